// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The engine's public face: binding contexts, evaluating (the walk is in walker.cpp) and
// reading results back. Compiling is in compiler.cpp.

#include "engine.h"

#include "plan.h"
#include "walker.h"

#include "values/instant.h"

#include <QDateTime>

#include <cmath>

namespace Pennon {

Engine::Engine() = default;
Engine::~Engine() = default;

const QString &Engine::environment() const { return m_plan->environment; }
int Engine::flagCount() const { return int(m_plan->flags.size()); }
int Engine::flagIndex(QStringView key) const { return m_plan->flagIndex.value(key.toString(), -1); }
const Flag &Engine::flag(int index) const { return m_plan->flags.at(index); }
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
    // Absent: now. A date (ISO 8601) or a number of milliseconds since 1970: that moment.
    // Anything else is no time at all, not now.
    if (const AttributeValue *now = context.find(u"currentTime")) {
        std::optional<Instant> instant;
        if (now->kind == AttributeValue::Kind::String)
            instant = Instant::parse(now->text);
        if (instant)
            bound.m_currentTimeMs = instant->msecsSinceEpoch();
        else if (now->kind == AttributeValue::Kind::Number && std::isfinite(now->number))
            bound.m_currentTimeMs = qint64(now->number); // ms since epoch
        else
            bound.m_currentTimeValid = false;
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
    return m_plan->flags.at(result.flag).variations.at(result.variation).key;
}

QJsonValue Engine::value(const EvaluationResult &result) const
{
    if (result.flag < 0 || result.variation < 0)
        return QJsonValue(QJsonValue::Undefined);
    return m_plan->flags.at(result.flag).variations.at(result.variation).value;
}

QString Engine::ruleId(const EvaluationResult &result) const
{
    if (result.flag < 0 || result.rule < 0)
        return {};
    return m_plan->plans.at(result.flag).rules.at(result.rule).id;
}

} // namespace Pennon
