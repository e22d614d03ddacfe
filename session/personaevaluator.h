// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/context.h"
#include "engine/evaluationresult.h"
#include "model/workspace.h"

#include <QObject>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Pennon {

class Engine;

/// One flag's answer for a persona in one environment, in words ready to show.
struct PersonaCell {
    int flag = -1;               ///< the engine's flag index; -1 when the flag is not there
    EvaluationResult result;
    QString variation;           ///< the served variation's key; empty when none
    QString value;               ///< its value as compact JSON
    QString reason;              ///< "TARGETING_MATCH", "ERROR (PLUGIN_ERROR)", ...
    QString rule;                ///< the matched rule: its number, name or id; empty when none
};

/// Every flag's answer for one persona in one or more environments, with the engines that
/// gave them (thread-safe, kept so that a trace can be asked for afterwards).
struct PersonaAnswer {
    Context context;
    QStringList environments;
    QStringList environmentNames;                   ///< as FlagText::environmentName shows them
    QList<std::shared_ptr<const Engine>> engines;   ///< one per environment
    QStringList flags;                              ///< keys, in the workspace's order
    QList<QList<PersonaCell>> cells;                ///< [environment][flag]
    qint64 elapsedMs = 0;                           ///< compiling and evaluating, off the GUI thread
};

/// Evaluates every flag that is not archived for one context, off the GUI thread, with the
/// real Engine (one compiled per environment). A new request cancels the one it makes stale;
/// only the newest is answered.
class PersonaEvaluator final : public QObject
{
    Q_OBJECT
public:
    explicit PersonaEvaluator(QObject *parent = nullptr);
    ~PersonaEvaluator() override;

    /// Starts evaluating; evaluated() follows unless another request comes first.
    void evaluate(const Workspace &workspace, const Context &context, const QStringList &environments);
    bool isBusy() const { return m_running > 0; }

    /// The answer in one environment, computed on the calling thread (tests, benchmarks).
    static std::shared_ptr<PersonaAnswer> compute(const Workspace &workspace, const Context &context,
                                                  const QStringList &environments,
                                                  const std::atomic_bool *cancelled = nullptr);

    /// One result in words (variation, value, reason, rule), as the persona window shows it;
    /// the matrix's detail uses it too.
    static PersonaCell describe(const Engine &engine, const EvaluationResult &result,
                                const QString &environment);

Q_SIGNALS:
    void evaluated(std::shared_ptr<const Pennon::PersonaAnswer> answer);

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_generation = 0;
    int m_running = 0;
};

} // namespace Pennon
