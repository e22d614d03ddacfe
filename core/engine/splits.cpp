// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Percentage gates and splits (docs/semantics.md, "Bucketing"): the stickiness attribute, the
// absence policy, then Bucketing, the one implementation of the three schemes, for the bucket
// and for the walk over the weights.

#include "bucketing.h"
#include "walker.h"

namespace Pennon {

using namespace Qt::StringLiterals;

const AttributeValue *Walker::stickinessValue(const StickinessPlan &stickiness, BucketingScheme scheme,
                                              int *attribute) const
{
    for (const int index : stickiness.attributes) {
        const AttributeValue *value = m_context.value(index);
        // Unleash SDKs test a stickiness field for truth: an empty one counts as absent.
        if (value && !(scheme == BucketingScheme::Unleash && value->text.isEmpty()
                       && value->kind == AttributeValue::Kind::String)) {
            *attribute = index;
            return value;
        }
    }
    *attribute = stickiness.attributes.isEmpty() ? -1 : stickiness.attributes.first();
    return nullptr;
}

Walker::Outcome Walker::percentage(const ConditionPlan &c, int traceDepth)
{
    int attribute = -1;
    const AttributeValue *value = stickinessValue(c.stickiness, c.salted.scheme(), &attribute);
    qint64 bucket = -1;
    if (value) {
        bucket = Bucketing::gateBucket(c.salted, value->utf8);
    } else {
        switch (c.stickiness.absence) {
        case AbsencePolicy::Skip:
        case AbsencePolicy::Stop:
            if (m_trace)
                step(TraceStep::Kind::ConditionChecked, traceDepth, c.label, attribute, nullptr, false,
                     c.stickiness.absence == AbsencePolicy::Skip ? u"no stickiness attribute: does not hold"_s
                                                                 : u"no stickiness attribute: evaluation stops"_s);
            return c.stickiness.absence == AbsencePolicy::Skip ? Outcome::False : Outcome::Stop;
        case AbsencePolicy::Empty:
            bucket = Bucketing::gateBucket(c.salted, {});
            break;
        case AbsencePolicy::Random:
            bucket = Bucketing::randomGateBucket(c.salted.scheme());
            break;
        }
    }
    const bool holds = Bucketing::gateHolds(c.salted.scheme(), bucket, c.percentage);
    if (m_trace)
        step(TraceStep::Kind::ConditionChecked, traceDepth, c.label, attribute, value, holds,
             value || c.stickiness.absence != AbsencePolicy::Random
                 ? u"bucket "_s + QString::number(bucket)
                 : u"no stickiness attribute: random bucket"_s,
             bucket);
    return holds ? Outcome::True : Outcome::False;
}

Walker::Outcome Walker::pick(int flagIndex, const ServePlan &serve, int traceDepth, int *variation)
{
    int attribute = -1;
    const AttributeValue *value = stickinessValue(serve.stickiness, serve.salted.scheme(), &attribute);
    qint64 bucket = -1;
    if (value) {
        bucket = Bucketing::splitBucket(serve.salted, value->utf8, serve.total);
    } else {
        switch (serve.stickiness.absence) {
        case AbsencePolicy::Skip:
        case AbsencePolicy::Stop:
            if (m_trace)
                step(TraceStep::Kind::SplitBucketed, traceDepth, u"split"_s, attribute, nullptr, false,
                     serve.stickiness.absence == AbsencePolicy::Skip ? u"no stickiness attribute: skipped"_s
                                                                     : u"no stickiness attribute: evaluation stops"_s);
            return serve.stickiness.absence == AbsencePolicy::Skip ? Outcome::False : Outcome::Stop;
        case AbsencePolicy::Empty:
            bucket = Bucketing::splitBucket(serve.salted, {}, serve.total);
            break;
        case AbsencePolicy::Random:
            bucket = Bucketing::randomSplitBucket(serve.salted.scheme(), serve.total);
            break;
        }
    }
    const qsizetype index = Bucketing::splitIndex(serve.salted.scheme(), bucket,
                                                  std::span<const qint64>(serve.weights.constData(), size_t(serve.weights.size())));
    *variation = index >= 0 ? serve.variations[index] : -1;
    if (m_trace)
        traceSplit(flagIndex, serve, traceDepth, attribute, value, bucket, *variation);
    return Outcome::True;
}

} // namespace Pennon
