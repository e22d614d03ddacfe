// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/context.h"
#include "engine/evaluationresult.h"
#include "engine/trace.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <memory>

namespace Pennon {

class PluginRegistry;
struct EnginePlan;

/// A context bound to an engine: attribute values by the engine's attribute index, so that
/// evaluation looks nothing up by name. Cheap to reuse: set a value and evaluate again. It
/// points into the Context it was bound from, which must outlive it.
class BoundContext final
{
public:
    const AttributeValue *value(int attribute) const
    {
        return attribute >= 0 && attribute < m_values.size() ? m_values.at(attribute) : nullptr;
    }
    /// Points an attribute at a value owned by the caller (nullptr: absent).
    void setValue(int attribute, const AttributeValue *value) { m_values[attribute] = value; }
    qint64 currentTimeMs() const { return m_currentTimeMs; }
    void setCurrentTimeMs(qint64 ms)
    {
        m_currentTimeMs = ms;
        m_currentTimeValid = true;
    }
    /// False when the context's currentTime is no date: then no DATE_* operator and no
    /// schedule holds (docs/semantics.md, "Context").
    bool currentTimeValid() const { return m_currentTimeValid; }
    /// The context this was bound from (it must outlive the binding); plugins look up
    /// attributes the plan does not know there.
    const Context *source() const { return m_source; }

private:
    friend class Engine;
    const Context *m_source = nullptr;
    QList<const AttributeValue *> m_values;
    qint64 m_currentTimeMs = 0;
    bool m_currentTimeValid = true;
};

/// The evaluation engine (docs/semantics.md). compile() prepares every flag of a workspace for one
/// environment into an evaluation plan once (sets for lists, parsed numbers, semvers, dates
/// and CIDRs, compiled regexes, interned attribute names, resolved references); evaluate()
/// then walks the plan without allocating. Thread-safe for concurrent evaluate() calls.
class Engine final
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
public:
    /// plugins may be nullptr: plugin conditions then evaluate as ERROR (PLUGIN_ERROR).
    static std::shared_ptr<const Engine> compile(const Workspace &workspace,
                                                 const QString &environment,
                                                 const PluginRegistry *plugins = nullptr);
    ~Engine();

    const QString &environment() const;
    int flagCount() const;
    /// -1 when no flag has this key.
    int flagIndex(QStringView key) const;
    const Flag &flag(int index) const;

    /// The index of an attribute the plan looks at, or -1 when no flag uses it.
    int attributeIndex(QStringView name) const;
    BoundContext bind(const Context &context) const;

    EvaluationResult evaluate(int flagIndex, const BoundContext &context,
                              Trace *trace = nullptr) const;
    /// Convenience: unknown keys give ERROR / FLAG_NOT_FOUND.
    EvaluationResult evaluate(QStringView flagKey, const Context &context,
                              Trace *trace = nullptr) const;

    /// The served variation's key and value; empty / undefined when none.
    QString variationKey(const EvaluationResult &result) const;
    QJsonValue value(const EvaluationResult &result) const;
    /// The matched rule's id (may be empty), or empty when no rule matched.
    QString ruleId(const EvaluationResult &result) const;
    /// Problems met while compiling (e.g. a plugin that is missing or rejects its config),
    /// with paths such as /flags/2/environments/production/rules/0/conditions/1.
    const Problems &problems() const;

private:
    Engine();
    std::unique_ptr<EnginePlan> m_plan;
};

} // namespace Pennon
