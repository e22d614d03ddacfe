// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The rule walk (docs/semantics.md, "Evaluating one flag in one environment"): the flag's
// state, its rules in order, then the default serve. Every return names its reason. Nothing
// here allocates unless a trace is asked for.

#include "walker.h"

#include "operators.h"

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {
constexpr int MaxPrerequisiteDepth = 64;

bool startsWithConstraint(const RulePlan &rule)
{
    return !rule.conditions.isEmpty() && rule.conditions.front().kind == ConditionPlan::Kind::Constraint;
}

/// The untraced walk's hot loop: from `rule` on (which starts with a constraint), the first
/// rule whose first condition is not a constraint that fails (the commonest way for a rule not
/// to match), or `end`. It keeps few values alive across the calls to the operators, so they
/// stay in registers.
const RulePlan *firstCandidate(const RulePlan *rule, const RulePlan *end, const BoundContext &context,
                               qint64 nowMs, bool timeValid)
{
    for (; rule != end; ++rule) {
        if (!startsWithConstraint(*rule))
            return rule;
        const ConditionPlan &c = rule->conditions.front();
        if (c.test(c, context.value(c.attribute), nowMs, timeValid) != c.negate)
            return rule;
    }
    return end;
}

} // namespace

EvaluationResult Walker::stopped(int flagIndex) const
{
    return result(flagIndex, m_plan.plans.at(flagIndex).offVariation, Reason::Default,
                  ErrorCode::None, -1);
}

EvaluationResult Walker::served(int flagIndex, int variation, Reason reason, int rule) const
{
    if (variation >= -1) [[likely]]
        return result(flagIndex, variation, reason, ErrorCode::None, rule);
    switch (variation) {
    case Served::NoValue:
        return result(flagIndex, -1, Reason::Default, ErrorCode::None, rule);
    case Served::ParseError:
        return result(flagIndex, m_plan.plans.at(flagIndex).offVariation, Reason::Error, ErrorCode::ParseError, rule);
    default:
        return result(flagIndex, m_plan.plans.at(flagIndex).offVariation, Reason::Error, ErrorCode::General, rule);
    }
}

EvaluationResult Walker::evaluate(int flagIndex, int depth)
{
    if (flagIndex < 0 || flagIndex >= m_plan.plans.size())
        return result(-1, -1, Reason::Error, ErrorCode::FlagNotFound, -1);
    const FlagPlan &flag = m_plan.plans.at(flagIndex);
    const int traceDepth = depth * 2;
    if (m_trace)
        step(TraceStep::Kind::FlagEntered, traceDepth, u"flag "_s + m_plan.flags.at(flagIndex).key, -1, nullptr, true, {});
    if (!flag.configured)
        return result(flagIndex, -1, Reason::Error, ErrorCode::NotConfigured, -1);
    if (flag.error != ErrorCode::None)
        return result(flagIndex, flag.offVariation, Reason::Error, flag.error, -1);
    if (depth > MaxPrerequisiteDepth)
        return result(flagIndex, flag.offVariation, Reason::Error, ErrorCode::PrerequisiteCycle, -1);
    if (!flag.on)
        return result(flagIndex, flag.offVariation, Reason::Disabled, ErrorCode::None, -1);

    // Read once: the calls below cannot change them, but the compiler would load them again
    // after every call through a pointer.
    const bool traced = m_trace != nullptr;
    const qint64 nowMs = m_context.currentTimeMs();
    const bool timeValid = m_context.currentTimeValid();
    const RulePlan *const rules = flag.rules.constData();
    const qsizetype ruleCount = flag.rules.size();
    for (qsizetype r = 0; r < ruleCount; ++r) {
        // The rule's conditions, all of which must hold; untraced, a first constraint that
        // holds was tested by firstCandidate.
        qsizetype i = 0;
        if (traced) {
            if (rules[r].disabled) {
                step(TraceStep::Kind::RuleEntered, traceDepth + 1, ruleLabel(rules[r], r), -1, nullptr, false,
                     Engine::tr("skipped: the rule is disabled"));
                continue;
            }
            step(TraceStep::Kind::RuleEntered, traceDepth + 1, ruleLabel(rules[r], r), -1, nullptr, true, {});
        } else if (startsWithConstraint(rules[r])) {
            r = firstCandidate(rules + r, rules + ruleCount, m_context, nowMs, timeValid) - rules;
            if (r == ruleCount)
                break;
            if (startsWithConstraint(rules[r]))
                i = 1;
        }
        const RulePlan &rule = rules[r];
        // A disabled rule has no conditions (so firstCandidate stops at it) and is skipped.
        if (rule.disabled)
            continue;
        Outcome outcome = Outcome::True;
        const ConditionPlan *const conditions = rule.conditions.constData();
        const qsizetype conditionCount = rule.conditions.size();
        for (; i < conditionCount; ++i) {
            const ConditionPlan &condition = conditions[i];
            // Constraints, the commonest conditions, straight to their operator when no trace
            // is kept; holds() does the rest.
            if (condition.kind == ConditionPlan::Kind::Constraint && !traced) {
                const bool holds = condition.test(condition, m_context.value(condition.attribute), nowMs, timeValid);
                outcome = holds != condition.negate ? Outcome::True : Outcome::False;
            } else {
                outcome = holds(condition, flagIndex, depth, traceDepth + 2);
            }
            if (outcome != Outcome::True)
                break;
        }
        if (outcome == Outcome::Stop)
            return stopped(flagIndex);
        if (outcome == Outcome::False)
            continue;
        if (!rule.serve.broken.isEmpty()) {
            // Fails closed: a rule that cannot serve does not match.
            if (m_trace)
                step(TraceStep::Kind::ConditionChecked, traceDepth + 2, u"serve"_s, -1, nullptr, false,
                     rule.serve.broken);
            continue;
        }
        if (!rule.serve.isSplit) {
            if (m_trace && rule.serve.variation < -1)
                step(TraceStep::Kind::ConditionChecked, traceDepth + 2, u"serve"_s, -1, nullptr, true,
                     servedText(flagIndex, rule.serve.variation, rule.serve.source));
            return served(flagIndex, rule.serve.variation, Reason::TargetingMatch, int(r));
        }
        int variation = -1;
        const Outcome split = pick(flagIndex, rule.serve, traceDepth + 2, &variation);
        if (split == Outcome::Stop)
            return stopped(flagIndex);
        if (split == Outcome::False)
            continue; // a skip split whose stickiness is absent does not match
        return served(flagIndex, variation, Reason::Split, int(r));
    }

    if (m_trace)
        step(TraceStep::Kind::DefaultServed, traceDepth + 1, u"default"_s, -1, nullptr, true, {});
    if (!flag.defaultServe.broken.isEmpty())
        return result(flagIndex, flag.offVariation, Reason::Error, ErrorCode::General, -1);
    if (!flag.defaultServe.isSplit) {
        if (m_trace && flag.defaultServe.variation < -1)
            step(TraceStep::Kind::ConditionChecked, traceDepth + 2, u"serve"_s, -1, nullptr, true,
                 servedText(flagIndex, flag.defaultServe.variation, flag.defaultServe.source));
        return served(flagIndex, flag.defaultServe.variation, Reason::Default, -1);
    }
    int variation = -1;
    if (pick(flagIndex, flag.defaultServe, traceDepth + 2, &variation) != Outcome::True)
        return stopped(flagIndex);
    return served(flagIndex, variation, Reason::Split, -1);
}

} // namespace Pennon
