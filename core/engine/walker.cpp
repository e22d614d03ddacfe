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
} // namespace

EvaluationResult Walker::result(int flag, int variation, Reason reason, ErrorCode error, int rule) const
{
    EvaluationResult r;
    r.flag = flag;
    r.variation = variation;
    r.reason = reason;
    r.error = error;
    r.rule = rule;
    return r;
}

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

    for (qsizetype r = 0; r < flag.rules.size(); ++r) {
        const RulePlan &rule = flag.rules.at(r);
        if (m_trace)
            step(TraceStep::Kind::RuleEntered, traceDepth + 1, ruleLabel(rule, r), -1, nullptr, true, {});
        // The rule's conditions, all of which must hold.
        Outcome outcome = Outcome::True;
        for (const ConditionPlan &condition : rule.conditions) {
            // Constraints, the commonest conditions, straight to their operator when no trace
            // is kept; holds() does the rest.
            if (condition.kind == ConditionPlan::Kind::Constraint && !m_trace) {
                const bool holds = condition.test(condition, m_context.value(condition.attribute),
                                                  m_context.currentTimeMs(), m_context.currentTimeValid());
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
