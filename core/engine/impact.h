// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/simulator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace Pennon {

class Engine;

/// How one flag's answer changes between two configurations for the same users: how many
/// change variation (by key), from which to which, and the first few that change.
struct ImpactResult {
    struct Cell {
        QString from;   ///< variation key; empty for "no variation" (null in JSON)
        QString to;
        qint64 count = 0;
    };
    QString flag;
    qint64 users = 0;
    qint64 changed = 0;
    /// Every (from, to) pair that some user took, unchanged ones included, in the order of
    /// the variations (from's, then to's); "no variation" first.
    QList<Cell> matrix;
    QStringList samples;   ///< ids of the first users (by number) that changed
    QList<qint64> sampleUsers;   ///< the same users' numbers (context indexes for given contexts)
    double seconds = 0;
    bool cancelled = false;
    QString error;         ///< not empty when nothing could be compared (translated)

    /// {"flag", "users", "changed", "matrix": [{"from", "to", "count"}], "samples": [ids]}
    QByteArray writeJson(int indent = 2) const;
};

/// The impact of one change on several flags (ChangeImpact::compareFlags): one ImpactResult
/// per flag, and how many users change variation on at least one of them.
struct FlagsImpact {
    QList<ImpactResult> flags;   ///< in the order asked (a flag missing on either side has error set)
    qint64 users = 0;            ///< users compared (per flag; fewer than asked when cancelled)
    qint64 changedAny = 0;       ///< users who change variation on at least one flag
    double seconds = 0;
    bool cancelled = false;
};

/// Change impact (PRODUCT.md "Change impact"): the Simulator run over the same users with two
/// engines (Simulator::compareWith), e.g. the saved and the edited workspace or two
/// environments. pennonctl impact and the simulator window both go through here.
///
///     const ImpactResult impact = ChangeImpact::compare(saved, edited, u"new-checkout", options);
class ChangeImpact final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeImpact)
public:
    /// Evaluates flagKey for the users of options in both engines (blocking; see Simulator
    /// for threads); an error when either has no such flag.
    static ImpactResult compare(std::shared_ptr<const Engine> from, std::shared_ptr<const Engine> to,
                                const QString &flagKey, const SimulationOptions &options,
                                int maxSamples = 5);
    /// Called on a worker thread with the users done over all flags so far and the total
    /// (flags × users); keep it short and thread-safe.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    /// compare() for each of flagKeys over the same users (e.g. every flag that uses an edited
    /// shared activation or segment, WorkspaceUses::behaviourChanges), one after the other,
    /// each on all cores (options.threads), and the users who change on any of them. Blocking;
    /// stops soon after *cancel becomes true (then cancelled, with what was counted).
    static FlagsImpact compareFlags(const std::shared_ptr<const Engine> &from,
                                    const std::shared_ptr<const Engine> &to, const QStringList &flagKeys,
                                    const SimulationOptions &options, int maxSamples = 5,
                                    const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});
    /// The impact out of a simulation that was run with compareWith (for callers that run the
    /// Simulator themselves, e.g. with start() and progress()).
    static ImpactResult fromSimulation(const SimulationResult &result, const SimulationOptions &options);
    /// The id of user number `user`: the pattern's id, or a context's id attribute (its
    /// 1-based number "#N" when it has none).
    static QString userId(const SimulationOptions &options, qint64 user);
    /// User number `user` as a native context object (what Persona::fromContextJson takes):
    /// the constants, the generated attributes, a given context's own values and the id, with
    /// the same precedence as the Simulator.
    static QJsonObject userContextJson(const SimulationOptions &options, qint64 user);
};

} // namespace Pennon
