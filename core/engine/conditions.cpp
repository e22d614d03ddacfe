// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The conditions of a rule (docs/semantics.md, "Conditions"): user lists, regexes, constraints
// (their operators are in operators.cpp), schedules, IP ranges, prerequisites, segments and
// plugins; percentage gates are in splits.cpp. Negation is applied here, in one place.

#include "operators.h"
#include "pluginview.h"
#include "walker.h"

#include "values/unleashvalues.h"


#include <QDateTime>

namespace Pennon {

using namespace Qt::StringLiterals;


bool Walker::prerequisiteHolds(const ConditionPlan &c, int flagIndex, int depth, QString *detail)
{
    // Evaluated without a trace of its own; the step says what it served.
    Walker inner(m_plan, m_context, nullptr);
    const EvaluationResult other = inner.evaluate(c.flag, depth + 1);
    bool holds = false;
    if (other.reason == Reason::Error && other.error == ErrorCode::PrerequisiteCycle
        && m_plan.plans.at(flagIndex).error == ErrorCode::None) {
        holds = false;
    } else if (c.variations.isEmpty()) {
        holds = other.variation >= 0 && other.variation != m_plan.plans.at(c.flag).offVariation;
    } else {
        holds = c.variations.contains(other.variation);
    }
    if (m_trace) {
        *detail = m_plan.flags.at(c.flag).key + u" served "_s + variationName(c.flag, other.variation)
            + u" ("_s + reasonName(other.reason) + u')';
    }
    return holds;
}

Walker::Outcome Walker::segmentHolds(const ConditionPlan &c, int flagIndex, int depth, int traceDepth)
{
    if (m_trace)
        step(TraceStep::Kind::ConditionChecked, traceDepth, c.label, -1, nullptr, true, {});
    const qsizetype stepIndex = m_trace ? m_trace->steps.size() - 1 : -1;
    Outcome outcome = Outcome::True;
    for (const ConditionPlan &child : c.children) {
        outcome = holds(child, flagIndex, depth, traceDepth + 1);
        if (outcome != Outcome::True)
            break;
    }
    if (m_trace)
        m_trace->steps[stepIndex].outcome = outcome == Outcome::True;
    return outcome;
}

Walker::Outcome Walker::holds(const ConditionPlan &c, int flagIndex, int depth, int traceDepth)
{
    // Gates first: the commonest condition in a rollout, and it needs none of the below.
    // (The rule walk takes constraints straight to their operator when it keeps no trace.)
    if (c.kind == ConditionPlan::Kind::Percentage)
        return percentage(c, traceDepth);
    if (c.kind == ConditionPlan::Kind::Segment)
        return segmentHolds(c, flagIndex, depth, traceDepth);
    const AttributeValue *value = c.attribute >= 0 ? m_context.value(c.attribute) : nullptr;
    bool result = false;
    QString detail;
    switch (c.kind) {
    case ConditionPlan::Kind::UserList:
        result = value && c.set.contains(*value);
        break;
    case ConditionPlan::Kind::Regex:
        result = value && value->kind != AttributeValue::Kind::List && c.patterns.first().search(value->utf8);
        break;
    case ConditionPlan::Kind::Constraint:
        result = c.test(c, value, m_context.currentTimeMs(), m_context.currentTimeValid());
        if (c.negate)
            result = !result;
        if (m_trace && c.operandUnusable)
            detail = c.broken + (c.negate ? u": the operator is false, negated"_s : u": the operator is false"_s);
        break;
    case ConditionPlan::Kind::Schedule: {
        const qint64 now = m_context.currentTimeMs();
        result = m_context.currentTimeValid() && (!c.start || *c.start <= now) && (!c.end || now < *c.end);
        if (m_trace) {
            detail = m_context.currentTimeValid()
                ? u"now "_s + QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs)
                : u"currentTime is no date"_s;
        }
        value = nullptr;
        break;
    }
    case ConditionPlan::Kind::Ip:
        if (c.unleash) {
            result = value && value->kind == AttributeValue::Kind::String
                && (c.set.contains(value->text)
                    || (!UnleashValues::isIPv6Text(value->text) && inRanges(c.cidrs, value)));
        } else {
            result = inRanges(c.cidrs, value);
        }
        break;
    case ConditionPlan::Kind::Prerequisite:
        result = prerequisiteHolds(c, flagIndex, depth, &detail);
        break;
    case ConditionPlan::Kind::Plugin: {
        const PluginView view(m_plan, m_context);
        result = c.plugin->holds(view);
        break;
    }
    case ConditionPlan::Kind::Never:
    case ConditionPlan::Kind::Error:
        // Fails closed, whatever its negate (docs/semantics.md, "Broken data").
        result = false;
        if (m_trace)
            detail = c.broken;
        break;
    case ConditionPlan::Kind::Percentage:
    case ConditionPlan::Kind::Segment:
        Q_UNREACHABLE(); // handled above
    }
    if (m_trace)
        step(TraceStep::Kind::ConditionChecked, traceDepth, c.label, c.attribute, value, result, detail);
    return result ? Outcome::True : Outcome::False;
}

} // namespace Pennon
