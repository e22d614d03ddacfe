// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/attributegenerator.h"
#include "engine/context.h"
#include "engine/evaluationresult.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace Pennon {

class Engine;

/// What to simulate (see Simulator). Either `users` synthetic users or the given `contexts`.
struct SimulationOptions {
    /// Synthetic users: ids made from idPattern with n = 0 .. users − 1.
    qint64 users = 0;
    /// Every "{n}" is replaced by the user's number in decimal ("user-{n}" → "user-0", ...).
    QString idPattern = QStringLiteral("user-{n}");
    /// The attribute that holds the synthetic id.
    QString idAttribute = QStringLiteral("userId");
    /// Attributes every user has. With `contexts`, a context's own value of an attribute wins.
    Context constants;
    /// Attributes generated per user from the user's number (AttributeGenerator); they win
    /// over `constants` of the same name. With `contexts`, a context's own value wins and the
    /// user's number is the context's index.
    QList<AttributeGenerator> generators;
    /// Real contexts (e.g. CSV rows, see CsvContexts); when set, `users` and the id are unused.
    std::optional<QList<Context>> contexts;
    /// Worker threads; 0 or less: QThread::idealThreadCount(). The counts do not depend on it.
    int threads = 0;
};

/// What a simulation observed. Lists indexed by variation follow the flag's variations.
struct SimulationResult {
    static constexpr int ReasonCount = int(Reason::Error) + 1;
    static constexpr int ErrorCodeCount = int(ErrorCode::ParseError) + 1;

    QString flag;                 ///< the flag's key
    QStringList variations;       ///< the flag's variation keys
    qint64 users = 0;             ///< contexts evaluated (fewer than asked when cancelled)
    QList<qint64> counts;         ///< per variation: how many were served it
    qint64 unserved = 0;          ///< results without a variation (e.g. flag not configured)
    std::array<qint64, ReasonCount> reasons{};    ///< per Reason, by int(reason)
    std::array<qint64, ErrorCodeCount> errors{};  ///< results with reason ERROR, by int(error code)
    double seconds = 0;           ///< wall-clock time of the simulation
    bool cancelled = false;
    QString error;                ///< not empty when nothing could be simulated (translated)

    /// The split that decided: set when every context served by a split (reason SPLIT) was
    /// served by the same one. A rule's index, or -1 for the default serve's split.
    std::optional<int> decidingSplit;
    /// Per variation: weight / total of the deciding split (0 for a variation it does not
    /// list); nullopt for every variation when no split decides.
    QList<std::optional<double>> configuredShares;
    /// Per variation: the contexts the deciding split served (zeros when none decides).
    QList<qint64> splitCounts;
    /// Pearson's chi-square of splitCounts against the configured weights, over the variations
    /// whose weight is above 0, with that many − 1 degrees of freedom, and its p-value. Nullopt
    /// when no split decides or it has fewer than two such variations.
    std::optional<double> chiSquare;
    std::optional<double> pValue;
    int degreesOfFreedom = 0;

    /// What decided, by decider: row r < rules for rule r, then Default (the default serve),
    /// Off (the flag is off) and Error; each row has variations + 1 columns, column 0 counting
    /// results without a variation. See deciderCount().
    enum Decider { Default = 0, Off = 1, Failed = 2, SpecialDeciders = 3 };
    QList<qint64> deciders;
    QStringList ruleIds;     ///< per rule of the flag's configuration in the environment
    QStringList ruleNames;
    qint64 deciderCount(int row, int variation) const
    {
        return deciders.value(qsizetype(row) * (variations.size() + 1) + variation + 1);
    }
    /// The row of a rule (0 .. rules − 1) or of a special decider.
    int deciderRow(Decider decider) const { return int(ruleIds.size()) + int(decider); }

    /// With a comparison (Simulator::compareWith): the other configuration's variation keys;
    /// per (variation here + 1, variation there + 1), row-major, how many users went from one
    /// to the other (index 0: no variation); how many changed variation (by key); and the
    /// first users that changed (numbers or context indexes, ascending).
    QStringList otherVariations;
    QList<qint64> transitions;
    qint64 changed = 0;
    QList<qint64> changedSamples;

    qint64 reasonCount(Reason reason) const { return reasons[size_t(reason)]; }
    qint64 errorCount() const { return reasons[size_t(Reason::Error)]; }

    /// {"flag", "users", "variations": [{"variation", "weight", "count", "share"}],
    ///  "chiSquare", "pValue", "seconds"}: weight is the configured share in percent or null,
    /// share is count / users; chiSquare and pValue are null when no split decides.
    QJsonObject toJson() const;
    /// The same object with its fields in the order above (JsonWriter; Compact for one line).
    /// With byRule, "byRule": [{"rule", "id", "name", "users", "variations": [{"variation",
    /// "count"}]}] follows "variations": one row per rule ("rule" its index), then "default",
    /// and "off" and "error" when they decided for anyone; the rows' users sum to users.
    QByteArray writeJson(int indent = 2, bool byRule = false) const;
};

/// Evaluates one flag for many contexts: N synthetic users whose ids follow a pattern, or
/// given contexts (CSV rows). Prepares a bound context per worker thread and rewrites only the
/// id in place, so that the loop per user allocates nothing; results are counts, so they are
/// the same whatever the number of threads.
///
///     SimulationOptions options;
///     options.users = 1'000'000;
///     Simulator simulator(engine, engine->flagIndex(u"new-checkout"), options);
///     const SimulationResult result = simulator.run();   // or start(), progress(), result()
///
/// run() blocks and works on the calling thread plus threads − 1 others. start() returns at
/// once and runs the same on threads of its own; poll progress() / isFinished(), then take
/// result(). cancel() and progress() may be called from any thread at any time.
class Simulator final
{
    Q_DECLARE_TR_FUNCTIONS(Simulator)
public:
    /// Called on a worker thread every few thousand contexts with the number done so far
    /// and the total; keep it short and thread-safe (e.g. store into an atomic, or call
    /// cancel()).
    using ProgressCallback = std::function<void(qint64 done, qint64 total)>;

    Simulator(std::shared_ptr<const Engine> engine, int flagIndex, SimulationOptions options);
    /// Cancels and waits for a simulation started with start().
    ~Simulator();
    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    void setProgressCallback(ProgressCallback callback);
    /// Also evaluates every user with `other` (another configuration of the same users, e.g.
    /// the edited workspace or another environment) for its flag `otherFlagIndex`, and counts
    /// the transitions (SimulationResult::transitions); keeps up to maxSamples changed users.
    void compareWith(std::shared_ptr<const Engine> other, int otherFlagIndex, int maxSamples = 5);

    /// Simulates and returns the result. Not to be called while a started simulation runs.
    SimulationResult run();
    /// Starts run() off the caller's thread; does nothing while a started simulation runs.
    void start();
    /// True once a started simulation has finished (also when cancelled).
    bool isFinished() const;
    /// Waits for the simulation started with start() and returns its result.
    SimulationResult result();

    /// Asks the workers to stop; the result then counts what was evaluated until then.
    /// Cancelling is final: a later run() or start() stops at once.
    void cancel();
    bool isCancelled() const;
    /// Contexts evaluated so far, and the number to evaluate.
    qint64 progress() const;
    qint64 total() const;

    /// Q(a, x) = Γ(a, x) / Γ(a), the regularized upper incomplete gamma function, by its
    /// series for x < a + 1 and its continued fraction otherwise (Numerical Recipes 6.2).
    static double regularizedGammaQ(double a, double x);
    /// The probability that a chi-square variable with this many degrees of freedom is at
    /// least chiSquare: Q(df / 2, chiSquare / 2).
    static double chiSquarePValue(double chiSquare, int degreesOfFreedom);

private:
    struct Prepared;
    struct Tally;
    void work(const Prepared &prepared, Tally *tally);
    void reportProgress(qint64 count, qint64 total);

    std::shared_ptr<const Engine> m_engine;
    int m_flag;
    SimulationOptions m_options;
    ProgressCallback m_progressCallback;
    std::shared_ptr<const Engine> m_other;
    int m_otherFlag = -1;
    int m_maxSamples = 0;

    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_finished{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_next{0};
    std::atomic<qint64> m_total{0};
    std::thread m_thread;
    SimulationResult m_result;
};

} // namespace Pennon
