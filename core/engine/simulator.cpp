// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "simulator.h"

#include <QVarLengthArray>

#include "engine.h"
#include "json/jsonwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>
#include <system_error>
#include <vector>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

// Workers take this many contexts at a time from a shared counter: large enough that the
// counter is not contended, small enough that cancel() is noticed within a millisecond or so.
constexpr qint64 ChunkSize = 4096;
constexpr int MaxDigits = 20; // 2^64 − 1 has 20 decimal digits

/// Writes n in decimal, most significant digit first; returns the number of digits.
int writeDigits(quint64 n, char *out)
{
    char reversed[MaxDigits];
    int length = 0;
    do {
        reversed[length++] = char('0' + n % 10);
        n /= 10;
    } while (n != 0);
    for (int i = 0; i < length; ++i)
        out[i] = reversed[length - 1 - i];
    return length;
}

/// A variation's configured share in percent, or −1 when no split decides.
double weightPercent(const SimulationResult &result, qsizetype variation)
{
    if (variation < 0 || variation >= result.configuredShares.size()
        || !result.configuredShares.at(variation).has_value()) {
        return -1;
    }
    return result.configuredShares.at(variation).value() * 100;
}

} // namespace

/// Everything the workers share, prepared once per run and only read by them.
struct Simulator::Prepared {
    const Engine *engine = nullptr;
    int flag = -1;
    qint64 total = 0;
    /// The constants bound once, so that every user sees the same currentTime.
    BoundContext base;

    // Synthetic users: the pattern's pieces around each "{n}".
    int idAttribute = -1;
    QStringList idText;
    QList<QByteArray> idUtf8;
    qsizetype idTextLength = 0;   ///< the pieces' length without the digits
    qsizetype idUtf8Length = 0;

    // Given contexts, and the constants to add where a context lacks them.
    const QList<Context> *contexts = nullptr;
    QList<std::pair<int, const AttributeValue *>> constants;

    int variations = 0;
    int splitSources = 0;          ///< the default split and one per rule
    int rules = 0;

    /// Generated attributes, by their index in this engine and in the other (-1: unused).
    struct GeneratorUse {
        const AttributeGenerator *generator;
        int attribute;
        int otherAttribute;
    };
    QList<GeneratorUse> generators;

    // The comparison (compareWith), bound as the above for the other engine.
    const Engine *other = nullptr;
    int otherFlag = -1;
    BoundContext otherBase;
    int otherIdAttribute = -1;
    QList<std::pair<int, const AttributeValue *>> otherConstants;
    int otherVariations = 0;
    /// Per variation here + 1: the variation of the same key there + 1 (0: none), or −1
    /// when the other flag has no variation of that key.
    QList<int> sameVariation;
    int maxSamples = 0;
};

/// One worker's counts; merged when the worker is done, so that the loop shares nothing.
struct Simulator::Tally {
    Tally(const Prepared &p)
        : width(qsizetype(p.variations) + 1),
          rules(p.rules),
          counts(size_t(width), 0),
          splits(size_t(width * p.splitSources), 0),
          deciders(size_t(width * (p.rules + SimulationResult::SpecialDeciders)), 0)
    {
        if (p.other) {
            otherWidth = qsizetype(p.otherVariations) + 1;
            transitions.assign(size_t(width * otherWidth), 0);
            sameVariation = p.sameVariation.constData();
            maxSamples = p.maxSamples;
            samples.reserve(size_t(std::min(maxSamples, 1024)));   // all changed users may be asked for
        }
    }

    /// The row of deciders that counts a result.
    int deciderRow(const EvaluationResult &result) const
    {
        if (result.reason == Reason::Disabled)
            return rules + SimulationResult::Off;
        if (result.reason == Reason::Error)
            return rules + SimulationResult::Failed;
        if (result.rule >= 0 && result.rule < rules)
            return result.rule;
        return rules + SimulationResult::Default;
    }

    void compare(const EvaluationResult &result, const EvaluationResult &other, qint64 user)
    {
        ++transitions[size_t((result.variation + 1) * otherWidth + other.variation + 1)];
        if (sameVariation[result.variation + 1] != other.variation + 1) {
            ++changed;
            if (qsizetype(samples.size()) < maxSamples)
                samples.push_back(user);
        }
    }

    void add(const EvaluationResult &result)
    {
        ++deciders[size_t(deciderRow(result) * width + result.variation + 1)];
        ++counts[size_t(result.variation + 1)];
        ++reasons[size_t(result.reason)];
        if (result.reason == Reason::Error)
            ++errors[size_t(result.error)];
        else if (result.reason == Reason::Split)
            ++splits[size_t((result.rule + 1) * width + result.variation + 1)];
        ++evaluated;
    }

    void merge(const Tally &other)
    {
        for (size_t i = 0; i < counts.size(); ++i)
            counts[i] += other.counts[i];
        for (size_t i = 0; i < splits.size(); ++i)
            splits[i] += other.splits[i];
        for (size_t i = 0; i < reasons.size(); ++i)
            reasons[i] += other.reasons[i];
        for (size_t i = 0; i < errors.size(); ++i)
            errors[i] += other.errors[i];
        for (size_t i = 0; i < deciders.size(); ++i)
            deciders[i] += other.deciders[i];
        for (size_t i = 0; i < transitions.size(); ++i)
            transitions[i] += other.transitions[i];
        changed += other.changed;
        samples.insert(samples.end(), other.samples.begin(), other.samples.end());
        evaluated += other.evaluated;
    }

    qsizetype width;                 ///< variations + 1: column 0 counts "no variation"
    int rules = 0;
    std::vector<qint64> counts;
    std::vector<qint64> splits;      ///< row 0 the default split, row r + 1 rule r
    std::array<qint64, SimulationResult::ReasonCount> reasons{};
    std::array<qint64, SimulationResult::ErrorCodeCount> errors{};
    qint64 evaluated = 0;
    std::vector<qint64> deciders;    ///< row per decider (SimulationResult::deciders)
    // The comparison: transitions[(here + 1) * otherWidth + there + 1].
    qsizetype otherWidth = 0;
    std::vector<qint64> transitions;
    const int *sameVariation = nullptr;
    qint64 changed = 0;
    int maxSamples = 0;
    std::vector<qint64> samples;     ///< the first changed users this worker met, ascending
};

Simulator::Simulator(std::shared_ptr<const Engine> engine, int flagIndex, SimulationOptions options)
    : m_engine(std::move(engine)), m_flag(flagIndex), m_options(std::move(options))
{
    m_total = m_options.contexts ? m_options.contexts->size() : qMax<qint64>(0, m_options.users);
}

Simulator::~Simulator()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void Simulator::setProgressCallback(ProgressCallback callback)
{
    m_progressCallback = std::move(callback);
}

void Simulator::compareWith(std::shared_ptr<const Engine> other, int otherFlagIndex, int maxSamples)
{
    m_other = std::move(other);
    m_otherFlag = otherFlagIndex;
    m_maxSamples = qMax(0, maxSamples);
}

void Simulator::cancel() { m_cancel.store(true, std::memory_order_relaxed); }
bool Simulator::isCancelled() const { return m_cancel.load(std::memory_order_relaxed); }
qint64 Simulator::progress() const { return m_done.load(std::memory_order_relaxed); }
qint64 Simulator::total() const { return m_total.load(std::memory_order_relaxed); }
bool Simulator::isFinished() const { return m_finished.load(std::memory_order_acquire); }

void Simulator::start()
{
    if (m_thread.joinable()) {
        if (!isFinished())
            return; // already running
        m_thread.join();
    }
    m_finished.store(false, std::memory_order_relaxed);
    m_thread = std::thread([this] {
        m_result = run();
        m_finished.store(true, std::memory_order_release);
    });
}

SimulationResult Simulator::result()
{
    if (m_thread.joinable())
        m_thread.join();
    return m_result;
}

void Simulator::reportProgress(qint64 count, qint64 total)
{
    const qint64 done = m_done.fetch_add(count, std::memory_order_relaxed) + count;
    if (m_progressCallback)
        m_progressCallback(done, total);
}

void Simulator::work(const Prepared &p, Tally *tally)
{
    const Engine &engine = *p.engine;
    // Generated values are written here (one for this engine, one for the other), reserved
    // once, so that generating allocates nothing per user.
    std::vector<std::array<AttributeValue, 2>> scratch(size_t(p.generators.size()));
    for (qsizetype g = 0; g < p.generators.size(); ++g) {
        for (AttributeValue &value : scratch[size_t(g)])
            p.generators.at(g).generator->prepareScratch(&value);
    }
    if (p.contexts) {
        while (!m_cancel.load(std::memory_order_relaxed)) {
            const qint64 begin = m_next.fetch_add(ChunkSize, std::memory_order_relaxed);
            if (begin >= p.total)
                break;
            const qint64 end = qMin(begin + ChunkSize, p.total);
            for (qint64 i = begin; i < end; ++i) {
                // Real contexts differ in their attributes, so each is bound on its own.
                const Context &context = p.contexts->at(i);
                const auto bindFor = [&](const Engine &e, const BoundContext &base, bool other,
                                         const QList<std::pair<int, const AttributeValue *>> &constants) {
                    BoundContext bound = e.bind(context);
                    for (qsizetype g = 0; g < p.generators.size(); ++g) {
                        const Prepared::GeneratorUse &use = p.generators.at(g);
                        const int attribute = other ? use.otherAttribute : use.attribute;
                        if (attribute >= 0 && !bound.value(attribute))
                            bound.setValue(attribute, use.generator->value(i, &scratch[size_t(g)][other ? 1 : 0]));
                    }
                    for (const auto &[attribute, value] : constants) {
                        if (!bound.value(attribute))
                            bound.setValue(attribute, value);
                    }
                    if (!context.find(u"currentTime"))
                        bound.setCurrentTimeMs(base.currentTimeMs());
                    return bound;
                };
                const BoundContext bound = bindFor(engine, p.base, false, p.constants);
                const EvaluationResult result = engine.evaluate(p.flag, bound);
                tally->add(result);
                if (p.other) {
                    const BoundContext otherBound = bindFor(*p.other, p.otherBase, true, p.otherConstants);
                    tally->compare(result, p.other->evaluate(p.otherFlag, otherBound), i);
                }
            }
            reportProgress(end - begin, p.total);
        }
        return;
    }

    // Synthetic users: one bound context per thread whose id value is rewritten in place.
    // The buffers are reserved for the longest id, so resize() never reallocates.
    const qsizetype pieces = p.idText.size();
    AttributeValue id;
    id.kind = AttributeValue::Kind::String;
    id.text.reserve(p.idTextLength + (pieces - 1) * MaxDigits);
    id.utf8.reserve(p.idUtf8Length + (pieces - 1) * MaxDigits);
    BoundContext bound = p.base;
    if (p.idAttribute >= 0)
        bound.setValue(p.idAttribute, &id);
    BoundContext otherBound = p.otherBase;
    if (p.otherIdAttribute >= 0)
        otherBound.setValue(p.otherIdAttribute, &id);
    const bool writeIds = p.idAttribute >= 0 || p.otherIdAttribute >= 0;

    // Consecutive users differ in their last digits only: while the number of digits stays,
    // those are rewritten in place (an odometer) instead of the whole id.
    char digits[MaxDigits];
    int length = 0;
    qint64 written = -1;                        ///< the user the id holds
    QVarLengthArray<qsizetype, 4> textRuns;     ///< where each run of digits starts
    QVarLengthArray<qsizetype, 4> utf8Runs;
    // The ids' characters, kept from writeWhole on: the id is never copied, so they stay
    // where they are, and writeNext need not ask data() (which checks for sharing) each time.
    QChar *textData = nullptr;
    char *utf8Data = nullptr;
    const auto writeWhole = [&](qint64 n) {
        length = writeDigits(quint64(n), digits);
        id.text.resize(p.idTextLength + (pieces - 1) * length);
        id.utf8.resize(p.idUtf8Length + (pieces - 1) * length);
        textRuns.clear();
        utf8Runs.clear();
        textData = id.text.data();
        utf8Data = id.utf8.data();
        QChar *text = textData;
        char *utf8 = utf8Data;
        for (qsizetype k = 0; k < pieces; ++k) {
            const QString &piece = p.idText.at(k);
            const QByteArray &piece8 = p.idUtf8.at(k);
            text = std::copy(piece.cbegin(), piece.cend(), text);
            std::memcpy(utf8, piece8.constData(), size_t(piece8.size()));
            utf8 += piece8.size();
            if (k + 1 < pieces) {
                textRuns.append(text - textData);
                utf8Runs.append(utf8 - utf8Data);
                for (int d = 0; d < length; ++d)
                    *text++ = QLatin1Char(digits[d]);
                std::memcpy(utf8, digits, size_t(length));
                utf8 += length;
            }
        }
    };
    /// The next number in place; false when it needs one more digit.
    const auto writeNext = [&] {
        int d = length - 1;
        while (d >= 0 && digits[d] == '9')
            digits[d--] = '0';
        if (d < 0)
            return false;
        ++digits[d];
        for (qsizetype r = 0; r < textRuns.size(); ++r) {
            QChar *text = textData + textRuns[r];
            char *utf8 = utf8Data + utf8Runs[r];
            for (int i = d; i < length; ++i) {
                text[i] = QLatin1Char(digits[i]);
                utf8[i] = digits[i];
            }
        }
        return true;
    };

    while (!m_cancel.load(std::memory_order_relaxed)) {
        const qint64 begin = m_next.fetch_add(ChunkSize, std::memory_order_relaxed);
        if (begin >= p.total)
            break;
        const qint64 end = qMin(begin + ChunkSize, p.total);
        for (qint64 n = begin; n < end; ++n) {
            if (writeIds) {
                if (written < 0 || n != written + 1 || !writeNext())
                    writeWhole(n);
                written = n;
            }
            for (qsizetype g = 0; g < p.generators.size(); ++g) {
                const Prepared::GeneratorUse &use = p.generators.at(g);
                const AttributeValue *value = use.generator->value(n, &scratch[size_t(g)][0]);
                if (use.attribute >= 0)
                    bound.setValue(use.attribute, value);
                if (use.otherAttribute >= 0)
                    otherBound.setValue(use.otherAttribute, value);
            }
            const EvaluationResult result = engine.evaluate(p.flag, bound);
            tally->add(result);
            if (p.other)
                tally->compare(result, p.other->evaluate(p.otherFlag, otherBound), n);
        }
        reportProgress(end - begin, p.total);
    }
}

SimulationResult Simulator::run()
{
    QElapsedTimer timer;
    timer.start();
    m_done.store(0, std::memory_order_relaxed);
    m_next.store(0, std::memory_order_relaxed);

    SimulationResult result;
    if (!m_engine) {
        result.error = tr("no engine to simulate with");
        return result;
    }
    if (m_flag < 0 || m_flag >= m_engine->flagCount()) {
        result.error = tr("there is no flag with index %1").arg(m_flag);
        return result;
    }
    if (!m_options.contexts && m_options.users < 0) {
        result.error = tr("the number of users must not be negative");
        return result;
    }
    if (m_other && (m_otherFlag < 0 || m_otherFlag >= m_other->flagCount())) {
        result.error = tr("there is no flag with index %1 to compare with").arg(m_otherFlag);
        return result;
    }
    const Engine &engine = *m_engine;
    const Flag &flag = engine.flag(m_flag);
    const auto config = flag.environments.constFind(engine.environment());

    Prepared p;
    p.engine = &engine;
    p.flag = m_flag;
    p.total = m_options.contexts ? m_options.contexts->size() : m_options.users;
    m_total.store(p.total, std::memory_order_relaxed);
    p.base = engine.bind(m_options.constants);
    p.variations = int(flag.variations.size());
    p.splitSources = int(config == flag.environments.cend() ? 0 : config->rules.size()) + 1;
    p.rules = p.splitSources - 1;
    const auto constantsFor = [&](const Engine &e) {
        QList<std::pair<int, const AttributeValue *>> constants;
        for (const auto &[name, value] : m_options.constants.entries()) {
            const int attribute = e.attributeIndex(name);
            if (attribute >= 0 && value.isPresent())
                constants.append({attribute, &value});
        }
        return constants;
    };
    if (m_other) {
        const Flag &otherFlag = m_other->flag(m_otherFlag);
        p.other = m_other.get();
        p.otherFlag = m_otherFlag;
        p.otherBase = m_other->bind(m_options.constants);
        if (!m_options.constants.find(u"currentTime"))
            p.otherBase.setCurrentTimeMs(p.base.currentTimeMs()); // the same moment for both
        p.otherVariations = int(otherFlag.variations.size());
        p.maxSamples = m_maxSamples;
        p.sameVariation.append(0);
        for (const Variation &variation : flag.variations) {
            int same = -1;
            for (int w = 0; w < p.otherVariations; ++w) {
                if (otherFlag.variations.at(w).key == variation.key)
                    same = w + 1;
            }
            p.sameVariation.append(same);
        }
        for (const Variation &variation : otherFlag.variations)
            result.otherVariations.append(variation.key);
        if (m_options.contexts)
            p.otherConstants = constantsFor(*m_other);
        else
            p.otherIdAttribute = m_other->attributeIndex(m_options.idAttribute);
    }
    for (const AttributeGenerator &generator : std::as_const(m_options.generators)) {
        const int attribute = engine.attributeIndex(generator.name());
        const int otherAttribute = m_other ? m_other->attributeIndex(generator.name()) : -1;
        // A later generator of the same name wins, as a later --attribute does.
        p.generators.removeIf([&](const Prepared::GeneratorUse &use) {
            return use.generator->name() == generator.name();
        });
        if (attribute >= 0 || otherAttribute >= 0)
            p.generators.append({&generator, attribute, otherAttribute});
    }
    if (m_options.contexts) {
        p.contexts = &*m_options.contexts;
        p.constants = constantsFor(engine);
    } else {
        // An attribute that no flag looks at cannot change a result: then skip writing ids.
        p.idAttribute = engine.attributeIndex(m_options.idAttribute);
        p.idText = m_options.idPattern.split(u"{n}"_s);
        for (const QString &piece : std::as_const(p.idText)) {
            p.idUtf8.append(piece.toUtf8());
            p.idTextLength += piece.size();
            p.idUtf8Length += p.idUtf8.constLast().size();
        }
    }

    int threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    const qint64 chunks = (p.total + ChunkSize - 1) / ChunkSize;
    threads = int(std::clamp<qint64>(threads, 1, qMax<qint64>(1, chunks)));

    Tally sum(p);
    std::mutex sumMutex;
    const auto worker = [&] {
        Tally tally(p); // allocated by the thread that fills it
        work(p, &tally);
        const std::lock_guard lock(sumMutex);
        sum.merge(tally);
    };
    std::vector<std::thread> pool;
    pool.reserve(size_t(threads - 1));
    for (int t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(worker);
        } catch (const std::system_error &) {
            break; // fewer threads than asked: the others take more chunks
        }
    }
    worker();
    for (std::thread &thread : pool)
        thread.join();

    result.flag = flag.key;
    for (const Variation &variation : flag.variations)
        result.variations.append(variation.key);
    result.users = sum.evaluated;
    result.cancelled = sum.evaluated < p.total;
    result.unserved = sum.counts[0];
    result.counts.reserve(p.variations);
    for (int v = 0; v < p.variations; ++v)
        result.counts.append(sum.counts[size_t(v) + 1]);
    result.reasons = sum.reasons;
    result.errors = sum.errors;
    result.deciders = QList<qint64>(sum.deciders.cbegin(), sum.deciders.cend());
    if (config != flag.environments.cend()) {
        for (const Rule &rule : config->rules) {
            result.ruleIds.append(rule.id);
            result.ruleNames.append(rule.name);
        }
    }
    if (p.other) {
        result.transitions = QList<qint64>(sum.transitions.cbegin(), sum.transitions.cend());
        result.changed = sum.changed;
        std::sort(sum.samples.begin(), sum.samples.end());
        const size_t kept = std::min(sum.samples.size(), size_t(p.maxSamples));
        result.changedSamples = QList<qint64>(sum.samples.cbegin(), sum.samples.cbegin() + qsizetype(kept));
    }
    result.configuredShares.fill(std::nullopt, p.variations);
    result.splitCounts.fill(0, p.variations);

    // Which splits served anyone? Only when exactly one did does a configured split describe
    // the population (users served by a rule's fixed variation are left out of the test).
    int servingSplits = 0;
    int source = -1;
    for (int s = 0; s < p.splitSources; ++s) {
        qint64 served = 0;
        for (qsizetype v = 0; v < sum.width; ++v)
            served += sum.splits[size_t(s * sum.width + v)];
        if (served > 0) {
            ++servingSplits;
            source = s;
        }
    }
    if (servingSplits == 1 && config != flag.environments.cend()) {
        const int rule = source - 1;
        const Serve &serve = rule < 0 ? config->defaultServe : config->rules.at(rule).serve;
        if (serve.split && serve.split->total > 0) {
            result.decidingSplit = rule;
            const Split &split = *serve.split;
            QList<qint64> weights(p.variations, 0);
            for (const SplitWeight &weight : split.weights) {
                const auto it = std::find(result.variations.cbegin(), result.variations.cend(), weight.variation);
                if (it != result.variations.cend() && weight.weight > 0)
                    weights[it - result.variations.cbegin()] += weight.weight;
            }
            qint64 landed = 0;
            double weightSum = 0;
            int categories = 0;
            for (int v = 0; v < p.variations; ++v) {
                result.splitCounts[v] = sum.splits[size_t(source * sum.width + v + 1)];
                result.configuredShares[v] = double(weights.at(v)) / double(split.total);
                if (weights.at(v) > 0) {
                    landed += result.splitCounts.at(v);
                    weightSum += double(weights.at(v));
                    ++categories;
                }
            }
            if (categories >= 2 && landed > 0) {
                double chiSquare = 0;
                for (int v = 0; v < p.variations; ++v) {
                    if (weights.at(v) <= 0)
                        continue;
                    const double expected = double(landed) * double(weights.at(v)) / weightSum;
                    const double difference = double(result.splitCounts.at(v)) - expected;
                    chiSquare += difference * difference / expected;
                }
                result.chiSquare = chiSquare;
                result.degreesOfFreedom = categories - 1;
                result.pValue = chiSquarePValue(chiSquare, result.degreesOfFreedom);
            }
        }
    }
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

double Simulator::regularizedGammaQ(double a, double x)
{
    if (!(a > 0) || !(x >= 0) || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x == 0)
        return 1.0;
    if (std::isinf(x))
        return 0.0;
    constexpr double Epsilon = 1e-15;
    constexpr double Tiny = 1e-300;
    // Enough terms for any a: the series and the fraction need O(sqrt(a)) of them near x ≈ a.
    const int maxIterations = 1000 + int(std::sqrt(a) * 100);
    const double logPrefix = -x + a * std::log(x) - std::lgamma(a);

    if (x < a + 1) {
        // P(a, x) by its series; Q = 1 − P.
        double ap = a;
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n <= maxIterations; ++n) {
            ap += 1;
            term *= x / ap;
            sum += term;
            if (std::fabs(term) < std::fabs(sum) * Epsilon)
                break;
        }
        return qBound(0.0, 1.0 - sum * std::exp(logPrefix), 1.0);
    }

    // Q(a, x) by its continued fraction, evaluated with the modified Lentz method.
    double b = x + 1 - a;
    double c = 1 / Tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i <= maxIterations; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::fabs(d) < Tiny)
            d = Tiny;
        c = b + an / c;
        if (std::fabs(c) < Tiny)
            c = Tiny;
        d = 1 / d;
        const double delta = d * c;
        h *= delta;
        if (std::fabs(delta - 1) < Epsilon)
            break;
    }
    return qBound(0.0, std::exp(logPrefix) * h, 1.0);
}

double Simulator::chiSquarePValue(double chiSquare, int degreesOfFreedom)
{
    if (degreesOfFreedom <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    return regularizedGammaQ(degreesOfFreedom / 2.0, chiSquare / 2.0);
}

QJsonObject SimulationResult::toJson() const
{
    QJsonArray rows;
    for (qsizetype v = 0; v < variations.size(); ++v) {
        const double weight = weightPercent(*this, v);
        const qint64 count = v < counts.size() ? counts.at(v) : 0;
        rows.append(QJsonObject{
            {u"variation"_s, variations.at(v)},
            {u"weight"_s, weight >= 0 ? QJsonValue(weight) : QJsonValue(QJsonValue::Null)},
            {u"count"_s, count},
            {u"share"_s, users > 0 ? double(count) / double(users) : 0.0},
        });
    }
    return QJsonObject{
        {u"flag"_s, flag},
        {u"users"_s, users},
        {u"variations"_s, rows},
        {u"chiSquare"_s, chiSquare ? QJsonValue(*chiSquare) : QJsonValue(QJsonValue::Null)},
        {u"pValue"_s, pValue ? QJsonValue(*pValue) : QJsonValue(QJsonValue::Null)},
        {u"seconds"_s, seconds},
    };
}

QByteArray SimulationResult::writeJson(int indent, bool byRule) const
{
    const auto optionalNumber = [](JsonWriter &w, const std::optional<double> &number) {
        if (number)
            w.number(*number);
        else
            w.null();
    };
    JsonWriter w(indent);
    w.beginObject();
    w.key(u"flag");
    w.string(flag);
    w.key(u"users");
    w.integer(users);
    w.key(u"variations");
    w.beginArray();
    for (qsizetype v = 0; v < variations.size(); ++v) {
        const double weight = weightPercent(*this, v);
        const qint64 count = v < counts.size() ? counts.at(v) : 0;
        w.beginObject();
        w.key(u"variation");
        w.string(variations.at(v));
        w.key(u"weight");
        if (weight >= 0)
            w.number(weight);
        else
            w.null();
        w.key(u"count");
        w.integer(count);
        w.key(u"share");
        w.number(users > 0 ? double(count) / double(users) : 0.0);
        w.endObject();
    }
    w.endArray();
    if (byRule) {
        w.key(u"byRule");
        w.beginArray();
        const int rules = int(ruleIds.size());
        for (int row = 0; row < rules + SpecialDeciders; ++row) {
            qint64 decided = 0;
            for (qsizetype v = -1; v < variations.size(); ++v)
                decided += deciderCount(row, int(v));
            if (row >= rules + Off && decided == 0)
                continue; // "off" and "error" only when they decided for anyone
            w.beginObject();
            w.key(u"rule");
            if (row < rules)
                w.integer(row);
            else if (row == rules + Default)
                w.string(u"default"_s);
            else if (row == rules + Off)
                w.string(u"off"_s);
            else
                w.string(u"error"_s);
            w.key(u"id");
            w.string(row < rules ? ruleIds.at(row) : QString());
            w.key(u"name");
            w.string(row < rules ? ruleNames.at(row) : QString());
            w.key(u"users");
            w.integer(decided);
            w.key(u"variations");
            w.beginArray();
            for (qsizetype v = 0; v < variations.size(); ++v) {
                w.beginObject();
                w.key(u"variation");
                w.string(variations.at(v));
                w.key(u"count");
                w.integer(deciderCount(row, int(v)));
                w.endObject();
            }
            w.endArray();
            w.endObject();
        }
        w.endArray();
    }
    w.key(u"chiSquare");
    optionalNumber(w, chiSquare);
    w.key(u"pValue");
    optionalNumber(w, pValue);
    w.key(u"seconds");
    w.number(seconds);
    w.endObject();
    return w.finish();
}

} // namespace Pennon
