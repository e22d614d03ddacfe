// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The rule walk (docs/semantics.md, "Evaluating one flag in one environment"). Nothing here
// allocates unless a trace is asked for.

#include "engine.h"

#include "bucketing.h"
#include "operators.h"
#include "plan.h"

#include "values/instant.h"

#include <QDateTime>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxPrerequisiteDepth = 64;

enum class Outcome : quint8 { False, True, Stop };

/// Adapts a bound context to the plugin interface.
class PluginView final : public PluginContext
{
public:
    PluginView(const EnginePlan &plan, const BoundContext &context)
        : m_plan(plan), m_context(context)
    {
    }
    const AttributeValue *value(QStringView attribute) const override
    {
        // Attributes the plan interned (bound, possibly set by a simulation), then the rest of
        // the context the caller bound; both without allocating.
        for (qsizetype i = 0; i < m_plan.attributeNames.size(); ++i) {
            if (m_plan.attributeNames.at(i) == attribute) {
                if (const AttributeValue *value = m_context.value(int(i)))
                    return value;
                break;
            }
        }
        return m_context.source() ? m_context.source()->find(attribute) : nullptr;
    }
    qint64 currentTimeMs() const override { return m_context.currentTimeMs(); }

private:
    const EnginePlan &m_plan;
    const BoundContext &m_context;
};

class Walker final
{
public:
    Walker(const EnginePlan &plan, const BoundContext &context, Trace *trace)
        : m_plan(plan), m_context(context), m_trace(trace)
    {
    }

    EvaluationResult evaluate(int flagIndex, int depth)
    {
        EvaluationResult result;
        result.flag = flagIndex;
        if (flagIndex < 0 || flagIndex >= m_plan.flags.size()) {
            result.flag = -1;
            result.error = ErrorCode::FlagNotFound;
            return result;
        }
        const FlagPlan &flag = m_plan.flags.at(flagIndex);
        const int traceDepth = depth * 2;
        if (m_trace)
            step(TraceStep::Kind::FlagEntered, traceDepth, u"flag "_s + flag.flag.key, -1, nullptr, true, {});
        if (!flag.configured) {
            result.error = ErrorCode::NotConfigured;
            return result;
        }
        if (flag.error != ErrorCode::None || depth > MaxPrerequisiteDepth) {
            result.variation = flag.offVariation;
            result.error = flag.error != ErrorCode::None ? flag.error : ErrorCode::PrerequisiteCycle;
            return result;
        }
        if (!flag.on) {
            result.variation = flag.offVariation;
            result.reason = Reason::Disabled;
            return result;
        }
        for (qsizetype r = 0; r < flag.rules.size(); ++r) {
            const RulePlan &rule = flag.rules.at(r);
            if (m_trace)
                step(TraceStep::Kind::RuleEntered, traceDepth + 1, ruleLabel(rule, r), -1, nullptr, true, {});
            Outcome outcome = Outcome::True;
            for (const ConditionPlan &condition : rule.conditions) {
                outcome = holds(condition, flagIndex, depth, traceDepth + 2);
                if (outcome != Outcome::True)
                    break;
            }
            if (outcome == Outcome::Stop)
                return stopped(flag, result);
            if (outcome == Outcome::False)
                continue;
            if (!rule.serve.isSplit) {
                result.variation = rule.serve.variation;
                result.reason = Reason::TargetingMatch;
                result.rule = int(r);
                return result;
            }
            // pick() writes into a local, not into result: taking result's address would keep
            // it in memory, and returning it would then stall on store forwarding.
            int variation = -1;
            const Outcome split = pick(flag, rule.serve, traceDepth + 2, &variation);
            if (split == Outcome::Stop)
                return stopped(flag, result);
            if (split == Outcome::False)
                continue; // a skip split whose stickiness is absent does not match
            result.variation = variation;
            result.reason = Reason::Split;
            result.rule = int(r);
            return result;
        }
        if (m_trace)
            step(TraceStep::Kind::DefaultServed, traceDepth + 1, u"default"_s, -1, nullptr, true, {});
        if (!flag.defaultServe.isSplit) {
            result.variation = flag.defaultServe.variation;
            result.reason = Reason::Default;
            return result;
        }
        int variation = -1;
        if (pick(flag, flag.defaultServe, traceDepth + 2, &variation) != Outcome::True)
            return stopped(flag, result);
        result.variation = variation;
        result.reason = Reason::Split;
        return result;
    }

private:
    static EvaluationResult stopped(const FlagPlan &flag, EvaluationResult result)
    {
        result.variation = flag.offVariation;
        result.reason = Reason::Default;
        result.rule = -1;
        return result;
    }

    static QString ruleLabel(const RulePlan &rule, qsizetype index)
    {
        QString label = u"rule "_s + QString::number(index);
        if (!rule.id.isEmpty())
            label += u" ("_s + rule.id + u')';
        if (!rule.name.isEmpty())
            label += u": "_s + rule.name;
        return label;
    }

    void step(TraceStep::Kind kind, int depth, const QString &what, int attribute,
              const AttributeValue *seen, bool outcome, const QString &detail, qint64 bucket = -1)
    {
        TraceStep s;
        s.kind = kind;
        s.depth = depth;
        s.what = what;
        if (attribute >= 0) {
            s.attribute = m_plan.attributeNames.at(attribute);
            s.seen = seen ? (seen->kind == AttributeValue::Kind::List ? u'[' + seen->list.join(u", ") + u']'
                                                                       : seen->text)
                          : u"<absent>"_s;
        }
        s.outcome = outcome;
        s.detail = detail;
        s.bucket = bucket;
        m_trace->steps.append(s);
    }

    /// The first present stickiness attribute's value, or nullptr.
    const AttributeValue *stickinessValue(const StickinessPlan &stickiness, int *attribute) const
    {
        for (const int index : stickiness.attributes) {
            if (const AttributeValue *value = m_context.value(index)) {
                *attribute = index;
                return value;
            }
        }
        *attribute = stickiness.attributes.isEmpty() ? -1 : stickiness.attributes.first();
        return nullptr;
    }

    /// Chooses a split's variation. False: a skip split without its attribute.
    Outcome pick(const FlagPlan &flag, const ServePlan &serve, int traceDepth, int *variation)
    {
        int attribute = -1;
        const AttributeValue *value = stickinessValue(serve.stickiness, &attribute);
        QByteArrayView bytes;
        bool random = false;
        if (value) {
            bytes = value->utf8;
        } else {
            switch (serve.stickiness.absence) {
            case AbsencePolicy::Skip:
            case AbsencePolicy::Stop:
                if (m_trace)
                    step(TraceStep::Kind::SplitBucketed, traceDepth, u"split"_s, attribute, nullptr, false,
                         serve.stickiness.absence == AbsencePolicy::Skip
                             ? u"no stickiness attribute: skipped"_s
                             : u"no stickiness attribute: evaluation stops"_s);
                return serve.stickiness.absence == AbsencePolicy::Skip ? Outcome::False : Outcome::Stop;
            case AbsencePolicy::Empty:
                break;
            case AbsencePolicy::Random:
                random = true;
                break;
            }
        }
        qint64 running = 0;
        if (serve.scheme == BucketingScheme::Unleash) {
            const qint64 target = random ? Bucketing::randomBucket(serve.total) + 1
                                         : Bucketing::unleashVariantTarget(serve.salt, bytes, serve.total);
            for (const auto &[index, weight] : serve.weights) {
                if (weight <= 0)
                    continue;
                running += weight;
                if (running >= target) {
                    *variation = index;
                    break;
                }
            }
            if (m_trace)
                traceSplit(flag, serve, traceDepth, attribute, value, target, *variation);
            return Outcome::True;
        }
        const qint64 bucket = random ? Bucketing::randomBucket(serve.total)
                                     : Bucketing::flagdBucket(serve.salt, bytes, serve.total);
        for (const auto &[index, weight] : serve.weights) {
            running += weight;
            if (running > bucket) {
                *variation = index;
                break;
            }
        }
        if (m_trace)
            traceSplit(flag, serve, traceDepth, attribute, value, bucket, *variation);
        return Outcome::True;
    }

    void traceSplit(const FlagPlan &flag, const ServePlan &serve, int traceDepth, int attribute,
                    const AttributeValue *value, qint64 bucket, int variation)
    {
        const QString chosen = variation >= 0 ? flag.flag.variations.at(variation).key : u"<none>"_s;
        step(TraceStep::Kind::SplitBucketed, traceDepth, u"split ("_s + schemeName(serve.scheme) + u')',
             attribute, value, true,
             u"bucket "_s + QString::number(bucket) + u" of "_s + QString::number(serve.total)
                 + u" (salt \""_s + QString::fromUtf8(serve.salt) + u"\") → "_s + chosen,
             bucket);
    }

    Outcome percentage(const ConditionPlan &c, int traceDepth)
    {
        int attribute = -1;
        const AttributeValue *value = stickinessValue(c.stickiness, &attribute);
        QByteArrayView bytes;
        qint64 bucket = -1;
        bool holds = false;
        if (!value) {
            switch (c.stickiness.absence) {
            case AbsencePolicy::Skip:
                if (m_trace)
                    step(TraceStep::Kind::ConditionChecked, traceDepth, c.label, attribute, nullptr, false,
                         u"no stickiness attribute: does not hold"_s);
                return Outcome::False;
            case AbsencePolicy::Stop:
                if (m_trace)
                    step(TraceStep::Kind::ConditionChecked, traceDepth, c.label, attribute, nullptr, false,
                         u"no stickiness attribute: evaluation stops"_s);
                return Outcome::Stop;
            case AbsencePolicy::Empty:
                break;
            case AbsencePolicy::Random: {
                // A fresh random bucket in the scheme's own range.
                switch (c.scheme) {
                case BucketingScheme::Flagd:
                    bucket = Bucketing::randomBucket(10000);
                    holds = bucket < qint64(std::llround(c.percentage * 100));
                    break;
                case BucketingScheme::Unleash:
                    bucket = Bucketing::randomBucket(100) + 1;
                    holds = c.percentage > 0 && bucket <= c.percentage;
                    break;
                case BucketingScheme::Rollout:
                    bucket = Bucketing::randomBucket(qint64(1) << 32);
                    holds = double(bucket) < (4294967295.0 / 100.0) * c.percentage;
                    break;
                }
                if (m_trace)
                    step(TraceStep::Kind::ConditionChecked, traceDepth, c.label, attribute, nullptr, holds,
                         u"no stickiness attribute: random bucket"_s, bucket);
                return holds ? Outcome::True : Outcome::False;
            }
            }
        } else {
            bytes = value->utf8;
        }
        switch (c.scheme) {
        case BucketingScheme::Flagd:
            holds = Bucketing::flagdGate(c.salt, bytes, c.percentage, &bucket);
            break;
        case BucketingScheme::Unleash:
            holds = Bucketing::unleashGate(c.salt, bytes, c.percentage, &bucket);
            break;
        case BucketingScheme::Rollout:
            holds = Bucketing::rolloutGate(bytes, c.salt, c.percentage, &bucket);
            break;
        }
        if (m_trace)
            step(TraceStep::Kind::ConditionChecked, traceDepth, c.label, attribute, value, holds,
                 u"bucket "_s + QString::number(bucket), bucket);
        return holds ? Outcome::True : Outcome::False;
    }

    Outcome holds(const ConditionPlan &c, int flagIndex, int depth, int traceDepth)
    {
        // Gates first: the commonest condition in a rollout, and it needs none of the below.
        if (c.kind == ConditionPlan::Kind::Percentage)
            return percentage(c, traceDepth);
        const AttributeValue *value = c.attribute >= 0 ? m_context.value(c.attribute) : nullptr;
        bool result = false;
        QString detail;
        switch (c.kind) {
        case ConditionPlan::Kind::UserList:
            if (value) {
                if (value->kind == AttributeValue::Kind::List) {
                    for (const QString &item : value->list)
                        result = result || c.set.contains(item);
                } else {
                    result = c.set.contains(value->text);
                }
            }
            break;
        case ConditionPlan::Kind::Regex:
            result = value && value->kind != AttributeValue::Kind::List
                && c.regexes.first().match(value->text).hasMatch();
            break;
        case ConditionPlan::Kind::Constraint: {
            const bool isCurrentTime = c.attribute == m_plan.currentTimeAttribute;
            result = constraintHolds(c, value, m_context.currentTimeMs(), isCurrentTime);
            if (c.negate)
                result = !result;
            break;
        }
        case ConditionPlan::Kind::Percentage:
            Q_UNREACHABLE(); // handled above
        case ConditionPlan::Kind::Schedule: {
            const qint64 now = m_context.currentTimeMs();
            result = (!c.start || *c.start <= now) && (!c.end || now < *c.end);
            if (m_trace)
                detail = u"now "_s + QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
            value = nullptr;
            break;
        }
        case ConditionPlan::Kind::Ip:
            if (value && value->kind == AttributeValue::Kind::String) {
                if (const auto address = IpAddress::parse(value->text)) {
                    for (const Cidr &cidr : c.cidrs)
                        result = result || cidr.contains(*address);
                }
            }
            break;
        case ConditionPlan::Kind::Prerequisite: {
            // Evaluated without a trace of its own; the step below says what it served.
            Walker inner(m_plan, m_context, nullptr);
            const EvaluationResult other = inner.evaluate(c.flag, depth + 1);
            if (other.reason == Reason::Error && other.error == ErrorCode::PrerequisiteCycle
                && m_plan.flags.at(flagIndex).error == ErrorCode::None) {
                result = false;
            } else if (c.variations.isEmpty()) {
                result = other.variation >= 0 && other.variation != m_plan.flags.at(c.flag).offVariation;
            } else {
                result = c.variations.contains(other.variation);
            }
            if (m_trace) {
                const FlagPlan &prerequisite = m_plan.flags.at(c.flag);
                detail = prerequisite.flag.key + u" served "_s
                    + (other.variation >= 0 ? prerequisite.flag.variations.at(other.variation).key : u"nothing"_s)
                    + u" ("_s + reasonName(other.reason) + u')';
            }
            break;
        }
        case ConditionPlan::Kind::Segment: {
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
        case ConditionPlan::Kind::Plugin: {
            PluginView view(m_plan, m_context);
            result = c.plugin->holds(view);
            break;
        }
        case ConditionPlan::Kind::Broken:
            result = false;
            break;
        }
        if (m_trace)
            step(TraceStep::Kind::ConditionChecked, traceDepth, c.label, c.attribute, value, result, detail);
        return result ? Outcome::True : Outcome::False;
    }

    const EnginePlan &m_plan;
    const BoundContext &m_context;
    Trace *m_trace;
};

} // namespace

const QString &Engine::environment() const { return m_plan->environment; }
int Engine::flagCount() const { return int(m_plan->flags.size()); }
int Engine::flagIndex(QStringView key) const { return m_plan->flagIndex.value(key.toString(), -1); }
const Flag &Engine::flag(int index) const { return m_plan->flags.at(index).flag; }
const Problems &Engine::problems() const { return m_plan->problems; }

int Engine::attributeIndex(QStringView name) const
{
    return m_plan->attributeIndex.value(name.toString(), -1);
}

BoundContext Engine::bind(const Context &context) const
{
    BoundContext bound;
    bound.m_source = &context;
    bound.m_values.resize(m_plan->attributeNames.size(), nullptr);
    for (const auto &[name, value] : context.entries()) {
        if (!value.isPresent())
            continue;
        const auto it = m_plan->attributeIndex.constFind(name);
        if (it != m_plan->attributeIndex.cend())
            bound.m_values[it.value()] = &value;
    }
    bound.m_currentTimeMs = QDateTime::currentMSecsSinceEpoch();
    if (const AttributeValue *now = context.find(u"currentTime")) {
        if (now->kind == AttributeValue::Kind::String) {
            if (const auto instant = Instant::parse(now->text))
                bound.m_currentTimeMs = instant->msecsSinceEpoch();
        } else if (now->kind == AttributeValue::Kind::Number) {
            bound.m_currentTimeMs = qint64(now->number); // ms since epoch
        }
    }
    return bound;
}

EvaluationResult Engine::evaluate(int flagIndex, const BoundContext &context, Trace *trace) const
{
    return Walker(*m_plan, context, trace).evaluate(flagIndex, 0);
}

EvaluationResult Engine::evaluate(QStringView flagKey, const Context &context, Trace *trace) const
{
    const BoundContext bound = bind(context);
    return evaluate(flagIndex(flagKey), bound, trace);
}

QString Engine::variationKey(const EvaluationResult &result) const
{
    if (result.flag < 0 || result.variation < 0)
        return {};
    return m_plan->flags.at(result.flag).flag.variations.at(result.variation).key;
}

QJsonValue Engine::value(const EvaluationResult &result) const
{
    if (result.flag < 0 || result.variation < 0)
        return QJsonValue(QJsonValue::Undefined);
    return m_plan->flags.at(result.flag).flag.variations.at(result.variation).value;
}

QString Engine::ruleId(const EvaluationResult &result) const
{
    if (result.flag < 0 || result.rule < 0)
        return {};
    return m_plan->flags.at(result.flag).rules.at(result.rule).id;
}

} // namespace Pennon
