// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// The rule walk over an evaluation plan, internal to the engine. One concern per file:
// walker.cpp the flag and its rules, conditions.cpp the conditions, splits.cpp percentage gates
// and splits (through Bucketing), tracing.cpp the trace steps.

#include "engine/engine.h"
#include "engine/plan.h"

namespace Pennon {

class Walker final
{
public:
    /// What a condition or a split decided. Stop: an absence policy ended the evaluation.
    enum class Outcome : quint8 { False, True, Stop };

    Walker(const EnginePlan &plan, const BoundContext &context, Trace *trace)
        : m_plan(plan), m_context(context), m_trace(trace)
    {
    }

    /// The flag at flagIndex, `depth` prerequisites deep.
    EvaluationResult evaluate(int flagIndex, int depth);

private:
    static EvaluationResult result(int flag, int variation, Reason reason, ErrorCode error, int rule)
    {
        EvaluationResult r;
        r.flag = flag;
        r.variation = variation;
        r.reason = reason;
        r.error = error;
        r.rule = rule;
        return r;
    }
    EvaluationResult stopped(int flagIndex) const;
    /// What a serve gave (a variation index or a Served code) as a result with this reason.
    EvaluationResult served(int flagIndex, int variation, Reason reason, int rule) const;

    // conditions.cpp
    Outcome holds(const ConditionPlan &c, int flagIndex, int depth, int traceDepth);
    bool prerequisiteHolds(const ConditionPlan &c, int flagIndex, int depth, QString *detail);
    Outcome segmentHolds(const ConditionPlan &c, int flagIndex, int depth, int traceDepth);

    // splits.cpp
    Outcome percentage(const ConditionPlan &c, int traceDepth);
    Outcome pick(int flagIndex, const ServePlan &serve, int traceDepth, int *variation);
    const AttributeValue *stickinessValue(const StickinessPlan &stickiness, BucketingScheme scheme,
                                          int *attribute) const;

    // tracing.cpp
    void step(TraceStep::Kind kind, int depth, const QString &what, int attribute,
              const AttributeValue *seen, bool outcome, const QString &detail, qint64 bucket = -1);
    void traceSplit(int flagIndex, const ServePlan &serve, int traceDepth, int attribute,
                    const AttributeValue *value, qint64 bucket, int variation);
    QString variationName(int flagIndex, int variation) const;
    /// A trace's words for a Served code: "no value", "error GENERAL (the source had ...)".
    static QString servedText(int flagIndex, int code, const QString &source);
    static QString ruleLabel(const RulePlan &rule, qsizetype index);

    const EnginePlan &m_plan;
    const BoundContext &m_context;
    Trace *m_trace;
};

} // namespace Pennon
