// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Benchmark of the evaluation hot path: murmur3 alone, a flag with one percentage gate, a flag
// with five mixed rules and a default split, and the simulator over a million users; plus heap
// allocations per evaluation, counted by interposing malloc and friends in this executable.
// A benchmark is not a test: it prints figures and always exits 0, whatever the machine's speed.

#include "engine/engine.h"
#include "engine/murmur3.h"
#include "engine/simulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <functional>

using namespace Pennon;
using namespace Qt::StringLiterals;

// ---- Allocation counting ------------------------------------------------------------------
// Every malloc, calloc and realloc of the process goes through these while the counter is
// enabled; they forward to glibc's own entry points, so nothing else changes.

extern "C" {
void *__libc_malloc(size_t size);
void *__libc_calloc(size_t count, size_t size);
void *__libc_realloc(void *pointer, size_t size);
void __libc_free(void *pointer);
}

namespace {
std::atomic<bool> g_counting{false};
std::atomic<qint64> g_allocations{0};
std::atomic<qint64> g_frees{0};

void countAllocation()
{
    if (g_counting.load(std::memory_order_relaxed))
        g_allocations.fetch_add(1, std::memory_order_relaxed);
}
} // namespace

extern "C" void *malloc(size_t size) noexcept
{
    countAllocation();
    return __libc_malloc(size);
}

extern "C" void *calloc(size_t count, size_t size) noexcept
{
    countAllocation();
    return __libc_calloc(count, size);
}

extern "C" void *realloc(void *pointer, size_t size) noexcept
{
    countAllocation();
    return __libc_realloc(pointer, size);
}

extern "C" void free(void *pointer) noexcept
{
    if (pointer && g_counting.load(std::memory_order_relaxed))
        g_frees.fetch_add(1, std::memory_order_relaxed);
    __libc_free(pointer);
}

namespace {

struct AllocationScope {
    AllocationScope()
    {
        g_allocations = 0;
        g_frees = 0;
        g_counting = true;
    }
    ~AllocationScope() { g_counting = false; }
};

// ---- Measuring ----------------------------------------------------------------------------

// Written after every call so that the optimiser cannot drop the work.
volatile quint32 g_sink = 0;

// Each figure is measured in slices and the fastest slice counts (the median is shown too), to
// see past a busy neighbour on a shared machine. --quick (for profiling under callgrind) runs
// a hundredth of the iterations in one slice.
int g_repeats = 20;
qint64 g_scale = 1;
// --only=bc runs only those sections (a to e), e.g. to profile one of them.
QString g_only;

bool wanted(char16_t section)
{
    return g_only.isEmpty() || g_only.contains(QChar(section));
}

struct Figure {
    double nsPerOp = 0;         ///< the fastest slice
    double medianNsPerOp = 0;
    double allocationsPerOp = 0; ///< over all slices
};

/// Runs work() iterations times in g_repeats slices, after a warm-up.
Figure measure(qint64 iterations, const std::function<void(qint64 begin, qint64 end)> &work)
{
    iterations /= g_scale;
    const qint64 slice = qMax<qint64>(1, iterations / g_repeats);
    work(0, slice / 10); // warm up caches and branch predictors
    QList<double> perOp;
    qint64 allocations = 0;
    for (int r = 0; r < g_repeats; ++r) {
        QElapsedTimer timer;
        AllocationScope scope;
        timer.start();
        work(0, slice);
        const qint64 ns = timer.nsecsElapsed();
        g_counting = false;
        allocations += g_allocations.load();
        perOp.append(double(ns) / double(slice));
    }
    std::sort(perOp.begin(), perOp.end());
    return {perOp.first(), perOp.at(perOp.size() / 2), double(allocations) / double(slice * g_repeats)};
}

void print(QTextStream &out, const QString &name, const Figure &figure, bool allocations)
{
    out << Qt::left << qSetFieldWidth(58) << name << qSetFieldWidth(0) << Qt::right
        << qSetFieldWidth(8) << QString::number(figure.nsPerOp, 'f', 1) << qSetFieldWidth(0)
        << " ns/eval (median " << QString::number(figure.medianNsPerOp, 'f', 1) << ")";
    if (allocations)
        out << "   " << QString::number(figure.allocationsPerOp, 'g', 3) << " allocations/eval";
    out << '\n';
    out.flush();
}

// ---- Flags --------------------------------------------------------------------------------

const QString Env = u"production"_s;

Flag flagWith(const QString &key, QList<Rule> rules, Serve defaultServe)
{
    Flag flag;
    flag.key = key;
    flag.type = FlagType::String;
    for (const QString &name : {u"off"_s, u"control"_s, u"treatment"_s, u"vip"_s})
        flag.variations.append({name, name, {}});
    EnvironmentConfig config;
    config.on = true;
    config.offVariation = u"off"_s;
    config.rules = std::move(rules);
    config.defaultServe = std::move(defaultServe);
    flag.environments.insert(Env, config);
    return flag;
}

Rule rule(Condition condition, const QString &variation)
{
    Rule r;
    r.conditions = {std::move(condition)};
    r.serve.variation = variation;
    return r;
}

ConstraintActivation constraint(const QString &attribute, Operator op, QStringList values)
{
    ConstraintActivation c;
    c.attribute = attribute;
    c.op = op;
    c.values = std::move(values);
    return c;
}

Serve split(QList<SplitWeight> weights)
{
    Split s;
    s.weights = std::move(weights);
    s.total = 100;
    Serve serve;
    serve.split = s;
    return serve;
}

QStringList vipList()
{
    QStringList ids;
    for (int i = 0; i < 50; ++i)
        ids.append(u"vip-"_s + QString::number(i));
    return ids;
}

/// (b): one percentage gate, then "off".
Flag gateFlag()
{
    PercentageActivation gate;
    gate.percentage = 50;
    Serve off;
    off.variation = u"off"_s;
    return flagWith(u"gate"_s, {rule(gate, u"treatment"_s)}, off);
}

/// (c): a user list, IN, STR_ENDS_WITH, SEMVER_GTE, NUM_GT, and a default split.
Flag mixedFlag()
{
    UserListActivation vips;
    vips.values = vipList();
    return flagWith(u"mixed"_s,
                    {rule(vips, u"vip"_s),
                     rule(constraint(u"country"_s, Operator::In, {u"DE"_s, u"FR"_s, u"NL"_s, u"BE"_s, u"AT"_s, u"CH"_s}), u"treatment"_s),
                     rule(constraint(u"email"_s, Operator::StrEndsWith, {u"@pennon.dev"_s, u"@internal.example"_s}), u"treatment"_s),
                     rule(constraint(u"appVersion"_s, Operator::SemverGte, {u"3.0.0"_s}), u"treatment"_s),
                     rule(constraint(u"age"_s, Operator::NumGt, {u"65"_s}), u"control"_s)},
                    split({{u"control"_s, 25}, {u"treatment"_s, 25}, {u"vip"_s, 50}}));
}

/// (e): what used to allocate per evaluation: a REGEX, a case-insensitive IN, a SEMVER_GT met
/// by pre-release versions, a case-insensitive STR_STARTS_WITH; then a split.
Flag allocatingFlag()
{
    ConstraintActivation country = constraint(u"country"_s, Operator::In, {u"de"_s, u"fr"_s, u"nl"_s});
    country.caseInsensitive = true;
    ConstraintActivation email = constraint(u"email"_s, Operator::StrStartsWith, {u"USER1"_s});
    email.caseInsensitive = true;
    return flagWith(u"allocating"_s,
                    {rule(constraint(u"userId"_s, Operator::Regex, {u"^user-12345[0-3]$"_s}), u"vip"_s),
                     rule(country, u"treatment"_s),
                     rule(constraint(u"appVersion"_s, Operator::SemverGt, {u"3.0.0-rc.2"_s}), u"treatment"_s),
                     rule(email, u"control"_s)},
                    split({{u"control"_s, 50}, {u"treatment"_s, 50}}));
}

/// (d): three rules and a split.
Flag simulatedFlag()
{
    UserListActivation vips;
    vips.values = vipList();
    return flagWith(u"new-checkout"_s,
                    {rule(vips, u"vip"_s),
                     rule(constraint(u"country"_s, Operator::In, {u"DE"_s, u"FR"_s, u"NL"_s}), u"treatment"_s),
                     rule(constraint(u"appVersion"_s, Operator::SemverGte, {u"3.0.0"_s}), u"treatment"_s)},
                    split({{u"control"_s, 30}, {u"treatment"_s, 70}}));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (app.arguments().contains(u"--quick"_s)) {
        g_repeats = 1;
        g_scale = 100;
    }
    for (const QString &argument : app.arguments()) {
        if (argument.startsWith(u"--only="_s))
            g_only = argument.mid(7);
    }

    Workspace workspace;
    workspace.environments = Workspace::defaultEnvironments();
    workspace.flags = {gateFlag(), mixedFlag(), simulatedFlag(), allocatingFlag()};
    const std::shared_ptr<const Engine> engine = Engine::compile(workspace, Env);
    const int gate = engine->flagIndex(u"gate");
    const int mixed = engine->flagIndex(u"mixed");
    const int simulated = engine->flagIndex(u"new-checkout");
    const int allocating = engine->flagIndex(u"allocating");

    // 1024 users, bound once: the loops only pick one, so they measure evaluation alone.
    constexpr int Users = 1024;
    QList<Context> worst;      // every rule is visited and fails; the default split decides
    QList<Context> population; // a mix: some users stop at an earlier rule
    for (int i = 0; i < Users; ++i) {
        Context c;
        c.setString(u"userId"_s, u"user-"_s + QString::number(123456 + i));
        c.setString(u"country"_s, u"US"_s);
        c.setString(u"email"_s, u"user"_s + QString::number(i) + u"@example.com"_s);
        c.setString(u"appVersion"_s, u"2.3.4"_s);
        c.set(u"age"_s, 30 + i % 20);
        worst.append(c);

        static const QString Countries[] = {u"US"_s, u"GB"_s, u"DE"_s, u"IN"_s, u"BR"_s};
        static const QString Versions[] = {u"2.3.4"_s, u"3.1.0"_s, u"2.9.12"_s, u"1.0.0"_s};
        Context m;
        m.setString(u"userId"_s, (i % 97 == 0 ? u"vip-"_s : u"user-"_s) + QString::number(i % 97 == 0 ? i % 50 : 123456 + i));
        m.setString(u"country"_s, Countries[i % 5]);
        m.setString(u"email"_s, u"user"_s + QString::number(i) + (i % 31 == 0 ? u"@pennon.dev"_s : u"@example.com"_s));
        m.setString(u"appVersion"_s, Versions[i % 4]);
        m.set(u"age"_s, 18 + i % 60);
        population.append(m);
    }
    QList<BoundContext> worstBound;
    QList<BoundContext> populationBound;
    for (int i = 0; i < Users; ++i) {
        worstBound.append(engine->bind(worst.at(i)));
        populationBound.append(engine->bind(population.at(i)));
    }

    out << "Pennon engine benchmark (" << QThread::idealThreadCount() << " cores; fastest of "
        << g_repeats << " slices, median in brackets; Qt " << qVersion() << ", " << "GCC " << __VERSION__
        << ")\n\n";

    // (a) murmur3 alone on a typical flagd bucketing string, fed as salt + value.
    const QByteArrayView salt("new-checkout");
    const QByteArrayView value("user-123456");
    const auto murmur = [&](qint64 begin, qint64 end) {
        for (qint64 i = begin; i < end; ++i) {
            Murmur3 h(0);
            h.add(salt);
            h.add(value);
            g_sink = g_sink ^ h.finish();
        }
    };
    Figure hash;
    if (wanted(u'a') || wanted(u'b')) {
        hash = measure(20'000'000, murmur);
        print(out, u"(a) murmur3 \"new-checkout\" + \"user-123456\""_s, hash, false);
    }

    const auto evaluate = [&](int flag, const QList<BoundContext> &bound) {
        return [&bound, &engine, flag](qint64 begin, qint64 end) {
            for (qint64 i = begin; i < end; ++i)
                g_sink = g_sink ^ quint32(engine->evaluate(flag, bound.at(i & (Users - 1))).variation);
        };
    };
    if (wanted(u'b')) {
        const Figure gated = measure(10'000'000, evaluate(gate, worstBound));
        print(out, u"(b) one percentage gate"_s, gated, true);
        // The machine's speed drifts while it is shared, so the ratio is also taken from (a) and
        // (b) measured in alternation, slice by slice.
        QList<double> ratios;
        for (int r = 0; r < g_repeats; ++r) {
            const qint64 slice = 200'000 / g_scale;
            QElapsedTimer timer;
            timer.start();
            murmur(0, slice);
            const qint64 a = timer.nsecsElapsed();
            timer.restart();
            evaluate(gate, worstBound)(0, slice);
            ratios.append(double(timer.nsecsElapsed()) / double(a));
        }
        std::sort(ratios.begin(), ratios.end());
        out << "    ratio (b) / (a): " << QString::number(gated.nsPerOp / hash.nsPerOp, 'f', 2)
            << " fastest to fastest, " << QString::number(ratios.at(ratios.size() / 2), 'f', 2)
            << " median of alternating slices\n";
    }
    if (wanted(u'c')) {
        const Figure mixedWorst = measure(5'000'000, evaluate(mixed, worstBound));
        print(out, u"(c) five mixed rules + split, all rules visited"_s, mixedWorst, true);
        const Figure mixedPopulation = measure(5'000'000, evaluate(mixed, populationBound));
        print(out, u"(c) five mixed rules + split, mixed population"_s, mixedPopulation, true);
    }

    // (e) regex, case-insensitive lists and prefixes, pre-release versions: no allocation either.
    if (wanted(u'e')) {
        QList<Context> varied;
        QList<BoundContext> variedBound;
        static const QString Countries[] = {u"US"_s, u"gb"_s, u"De"_s, u"IN"_s};
        static const QString Versions[] = {u"3.0.0-rc.1"_s, u"3.0.0-rc.10"_s, u"2.9.12"_s, u"3.0.0-beta.4"_s};
        for (int i = 0; i < Users; ++i) {
            Context c;
            c.setString(u"userId"_s, u"user-"_s + QString::number(123456 + i));
            c.setString(u"country"_s, Countries[i % 4]);
            c.setString(u"appVersion"_s, Versions[i % 4]);
            c.setString(u"email"_s, u"user"_s + QString::number(i) + u"@example.com"_s);
            varied.append(c);
        }
        for (const Context &c : std::as_const(varied))
            variedBound.append(engine->bind(c));
        print(out, u"(e) regex, case-insensitive IN and prefix, pre-release semver"_s,
              measure(5'000'000, evaluate(allocating, variedBound)), true);
    }

    // (d) the simulator, one million synthetic users over a flag with three rules and a split;
    // first the same flag evaluated over bound contexts, to show what the simulator adds.
    out << '\n';
    if (wanted(u'd')) {
        QList<Context> simulatedUsers;
        QList<BoundContext> simulatedBound;
        for (int i = 0; i < Users; ++i) {
            Context c;
            c.setString(u"userId"_s, u"user-"_s + QString::number(i));
            c.setString(u"country"_s, u"US"_s);
            c.setString(u"appVersion"_s, u"2.3.4"_s);
            simulatedUsers.append(c);
        }
        for (const Context &c : std::as_const(simulatedUsers))
            simulatedBound.append(engine->bind(c));
        print(out, u"(d) its flag (three rules + split), bound contexts"_s,
              measure(5'000'000, evaluate(simulated, simulatedBound)), true);
    }
    // (d) with constant attributes, then with the same attributes generated per user
    // (--attribute: a weighted choice and a version range, AttributeGenerator).
    for (const bool generated : {false, true})
    for (const int threads : {1, QThread::idealThreadCount()}) {
        if (!wanted(u'd'))
            break;
        SimulationOptions options;
        options.users = 1'000'000 / g_scale;
        options.threads = threads;
        if (generated) {
            QString error;
            options.generators = {*AttributeGenerator::parse(u"country=choice(DE:1,US:3,FR:1)"_s, &error),
                                  *AttributeGenerator::parse(u"appVersion=version(2.0.0,3.5.0)"_s, &error)};
        } else {
            options.constants.setString(u"country"_s, u"US"_s);
            options.constants.setString(u"appVersion"_s, u"2.3.4"_s);
        }
        QList<double> seconds;
        qint64 allocations = 0;
        SimulationResult result;
        for (int r = 0; r < qMin(g_repeats, 5); ++r) {
            Simulator simulator(engine, simulated, options);
            AllocationScope scope;
            result = simulator.run();
            g_counting = false;
            seconds.append(result.seconds);
            allocations = qMax(allocations, g_allocations.load());
        }
        std::sort(seconds.begin(), seconds.end());
        const double best = seconds.first();
        const double users = double(options.users);
        out << "(d) simulate " << options.users << (generated ? " generated" : "") << " users, " << threads << (threads == 1 ? " thread:  " : " threads: ")
            << QString::number(users / best / 1e6, 'f', 2) << " M users/s, "
            << QString::number(best * 1e9 / users, 'f', 1) << " ns/user wall, "
            << QString::number(best * 1e9 * threads / users, 'f', 1) << " ns/eval per thread (median run "
            << QString::number(seconds.at(seconds.size() / 2) * 1e3, 'f', 0) << " ms), "
            << allocations << " allocations per run (chi-square "
            << QString::number(result.chiSquare.value_or(-1), 'f', 2) << ", p "
            << QString::number(result.pValue.value_or(-1), 'f', 3) << ")\n";
        out.flush();
    }

    out << "\nsink " << g_sink << '\n';
    return 0;
}
