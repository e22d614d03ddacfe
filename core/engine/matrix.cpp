// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "matrix.h"

#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "formats/csvexport.h"
#include "text/flagtext.h"

#include <QElapsedTimer>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// One item of a values text: its text with the escapes taken, where it starts, and whether it
/// holds ".." written without a backslash (a range).
struct Item {
    QString text;
    qsizetype start = 0;
    bool range = false;
};

/// Reads "LOW..HIGH" or "LOW..HIGH step N"; false with *why and *at (offset in the item).
bool parseRange(const QString &item, qint64 *low, qint64 *high, qint64 *step, QString *why, qsizetype *at)
{
    const qsizetype dots = item.indexOf(u".."_s);
    const QString lowText = item.left(dots).trimmed();
    QString rest = item.mid(dots + 2);
    QString highText = rest;
    QString stepText;
    const qsizetype stepAt = rest.indexOf(u"step"_s);
    if (stepAt >= 0) {
        highText = rest.left(stepAt);
        stepText = rest.mid(stepAt + 4).trimmed();
    }
    highText = highText.trimmed();
    bool ok = false;
    *low = lowText.toLongLong(&ok);
    if (!ok || lowText.startsWith(u'+')) {
        *why = MatrixAttribute::tr("'%1' is no whole number to start a range").arg(lowText);
        *at = 0;
        return false;
    }
    *high = highText.toLongLong(&ok);
    if (!ok || highText.startsWith(u'+')) {
        *why = MatrixAttribute::tr("'%1' is no whole number to end a range").arg(highText);
        *at = dots + 2;
        return false;
    }
    *step = 1;
    if (stepAt >= 0) {
        *step = stepText.toLongLong(&ok);
        if (!ok || *step <= 0) {
            *why = MatrixAttribute::tr("the step must be a whole number above 0, not '%1'").arg(stepText);
            *at = dots + 2 + stepAt + 4;
            while (*at < item.size() && item.at(*at).isSpace())
                ++*at;
            return false;
        }
    }
    constexpr qint64 Limit = 1'000'000'000'000'000LL;   // 10^15, as range() of the generators
    if (*low < -Limit || *low > Limit || *high < -Limit || *high > Limit) {
        *why = MatrixAttribute::tr("a range's bounds lie between -10^15 and 10^15");
        *at = 0;
        return false;
    }
    if (*high < *low) {
        *why = MatrixAttribute::tr("the range ends (%1) below where it starts (%2)").arg(*high).arg(*low);
        *at = dots + 2;
        return false;
    }
    return true;
}

} // namespace

std::optional<MatrixAttribute> MatrixAttribute::parse(const QString &name, PersonaAttribute::Type type,
                                                       const QString &text, QString *error, qsizetype *position)
{
    const auto fail = [&](qsizetype at, const QString &why) -> std::optional<MatrixAttribute> {
        if (error)
            *error = tr("%1, character %2: %3").arg(name.isEmpty() ? tr("(no name)") : name).arg(at + 1).arg(why);
        if (position)
            *position = at;
        return std::nullopt;
    };
    MatrixAttribute attribute;
    attribute.name = name;
    attribute.type = type;
    attribute.text = text;

    // Split at commas that no backslash takes; keep where each item starts.
    QList<Item> items;
    Item current;
    bool started = false;          // the item has a character (escaped or not) that is no space
    QString pendingSpaces;         // unescaped spaces after the item's last character so far
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i) == u',') {
            if (!started)
                return fail(i, text.trimmed().isEmpty() && items.isEmpty() ? tr("at least one value is needed")
                                                                            : tr("a value is missing"));
            items.append(current);
            current = Item();
            started = false;
            pendingSpaces.clear();
            continue;
        }
        QChar c = text.at(i);
        const bool escaped = c == u'\\';
        if (escaped) {
            if (i + 1 == text.size())
                return fail(i, tr("a backslash must be followed by the character it takes"));
            c = text.at(++i);
        }
        if (!escaped && c.isSpace()) {
            if (started)
                pendingSpaces += c;
            continue;
        }
        if (!started) {
            current.start = escaped ? i - 1 : i;
            started = true;
        }
        current.text += pendingSpaces;
        pendingSpaces.clear();
        if (!escaped && c == u'.' && i + 1 < text.size() && text.at(i + 1) == u'.')
            current.range = true;
        current.text += c;
    }

    QList<std::pair<QString, qsizetype>> values;   // each value with where its item starts
    for (const Item &item : std::as_const(items)) {
        if (!item.range) {
            values.append({item.text, item.start});
            continue;
        }
        qint64 low = 0;
        qint64 high = 0;
        qint64 step = 1;
        QString why;
        qsizetype at = 0;
        if (!parseRange(item.text, &low, &high, &step, &why, &at))
            return fail(item.start + at, why);
        const qint64 count = (high - low) / step + 1;
        if (count + values.size() > MatrixSpec::MaxCombinations)
            return fail(item.start, tr("the range holds %1 values, more than a matrix can take (%2)")
                                        .arg(count).arg(MatrixSpec::MaxCombinations));
        for (qint64 n = low; n <= high; n += step)
            values.append({QString::number(n), item.start});
    }
    // Each value typed as the attribute's type says; an error points at its item.
    for (const auto &[value, start] : std::as_const(values)) {
        const PersonaAttribute typed{name, type, value};
        QString why;
        const QJsonValue json = typed.jsonValue(&why);
        if (json.isUndefined())
            return fail(start, why);
        attribute.values.append(value);
        attribute.json.append(json);
    }
    return attribute;
}

qint64 MatrixSpec::combinations() const
{
    qint64 total = 1;
    for (const MatrixAttribute &attribute : attributes) {
        total *= std::max<qint64>(0, attribute.values.size());
        if (total > MaxCombinations)
            return MaxCombinations + 1;
    }
    return total;
}

bool MatrixSpec::check(QString *error) const
{
    QSet<QString> names;
    for (const MatrixAttribute &attribute : attributes) {
        if (attribute.name.trimmed().isEmpty()) {
            if (error)
                *error = tr("An attribute has no name.");
            return false;
        }
        if (names.contains(attribute.name)) {
            if (error)
                *error = tr("The attribute '%1' is there twice.").arg(attribute.name);
            return false;
        }
        names.insert(attribute.name);
    }
    if (combinations() > MaxCombinations) {
        if (error)
            *error = tr("More than %L1 combinations: a matrix takes at most %L1. Give fewer values, "
                        "or simulate many users (Simulate ▸ Many Users…).")
                         .arg(MaxCombinations);
        return false;
    }
    return true;
}

int MatrixSpec::valueIndex(qint64 combination, int attribute) const
{
    for (qsizetype a = attributes.size() - 1; a > attribute; --a)
        combination /= std::max<qsizetype>(1, attributes.at(a).values.size());
    const qsizetype count = std::max<qsizetype>(1, attributes.at(attribute).values.size());
    return int(combination % count);
}

QJsonObject MatrixSpec::contextJson(qint64 combination) const
{
    QJsonObject context;
    for (qsizetype a = attributes.size() - 1; a >= 0; --a) {
        const MatrixAttribute &attribute = attributes.at(a);
        const qsizetype count = attribute.values.size();
        if (count == 0)
            continue;
        context.insert(attribute.name, attribute.json.at(combination % count));
        combination /= count;
    }
    if (currentTime && !context.contains(u"currentTime"_s))
        context.insert(u"currentTime"_s, currentTime->toUTC().toString(Qt::ISODate));
    return context;
}

Context MatrixSpec::context(qint64 combination) const
{
    Context context;
    const QJsonObject json = contextJson(combination);
    for (auto it = json.begin(); it != json.end(); ++it)
        context.set(it.key(), it.value());
    return context;
}

Persona MatrixSpec::persona(qint64 combination) const
{
    Persona persona;
    for (qsizetype a = 0; a < attributes.size(); ++a) {
        const MatrixAttribute &attribute = attributes.at(a);
        if (attribute.values.isEmpty())
            continue;
        const QString value = attribute.values.at(valueIndex(combination, int(a)));
        if (attribute.name == idAttribute && attribute.type == PersonaAttribute::Type::String)
            persona.userId = value;
        else
            persona.attributes.append(PersonaAttribute{attribute.name, attribute.type, value});
    }
    if (currentTime)
        persona.currentTime = currentTime->toUTC();
    return persona;
}

qint64 MatrixCell::total() const
{
    qint64 sum = unserved + errors;
    for (qint64 count : counts)
        sum += count;
    return sum;
}

bool MatrixResult::differs(int flag) const
{
    const QList<MatrixCell> &row = cells.at(flag);
    for (qsizetype e = 1; e < row.size(); ++e) {
        if (!(row.at(e) == row.at(0)))
            return true;
    }
    return false;
}

QString MatrixResult::cellText(int flag, int environment) const
{
    const MatrixCell &cell = cells.at(flag).at(environment);
    QStringList parts;
    const QStringList &keys = variations.at(flag);
    for (qsizetype v = 0; v < cell.counts.size(); ++v) {
        if (cell.counts.at(v) > 0)
            parts.append(u"%1 %2"_s.arg(keys.value(v)).arg(cell.counts.at(v)));
    }
    if (cell.unserved > 0)
        parts.append(tr("no variation %1").arg(cell.unserved));
    if (cell.errors > 0)
        parts.append(tr("error %1").arg(cell.errors));
    return parts.join(u" · "_s);
}

QByteArray MatrixResult::csv() const
{
    QString csv = u"flag,environment,variation,count\r\n"_s;
    for (qsizetype f = 0; f < flags.size(); ++f) {
        for (qsizetype e = 0; e < environments.size(); ++e) {
            const MatrixCell &cell = cells.at(f).at(e);
            const QString prefix = CsvExport::field(flags.at(f)) + u',' + CsvExport::field(environments.at(e)) + u',';
            for (qsizetype v = 0; v < cell.counts.size(); ++v)
                csv += prefix + CsvExport::field(variations.at(f).value(v)) + u',' + QString::number(cell.counts.at(v)) + u"\r\n"_s;
            if (cell.unserved > 0)
                csv += prefix + u',' + QString::number(cell.unserved) + u"\r\n"_s;
            if (cell.errors > 0)
                csv += prefix + u"ERROR,"_s + QString::number(cell.errors) + u"\r\n"_s;
        }
    }
    return csv.toUtf8();
}

MatrixResult Matrix::evaluate(const Workspace &workspace, const MatrixSpec &spec, const QStringList &environments,
                              const QStringList &flags, const std::atomic_bool *cancelled,
                              std::atomic<qint64> *progress, int threads)
{
    QElapsedTimer timer;
    timer.start();
    MatrixResult result;
    QString error;
    if (!spec.check(&error)) {
        result.error = error;
        return result;
    }
    result.combinations = spec.combinations();
    result.environments = environments;
    for (const QString &environment : environments) {
        result.environmentNames.append(FlagText::environmentName(workspace, environment));
        result.engines.append(Engine::compile(workspace, environment, PluginRegistry::shared()));
    }
    for (const QString &key : flags) {
        const auto flag = std::find_if(workspace.flags.cbegin(), workspace.flags.cend(),
                                       [&key](const Flag &f) { return f.key == key; });
        if (flag == workspace.flags.cend())
            continue;
        result.flags.append(key);
        QStringList keys;
        for (const Variation &variation : flag->variations)
            keys.append(variation.key);
        result.variations.append(keys);
    }
    // Per environment, the engine's index of each flag.
    QList<QList<int>> indexes;
    for (const auto &engine : std::as_const(result.engines)) {
        QList<int> row;
        for (const QString &key : std::as_const(result.flags))
            row.append(engine->flagIndex(key));
        indexes.append(row);
    }
    const auto emptyCells = [&result] {
        QList<QList<MatrixCell>> cells;
        for (qsizetype f = 0; f < result.flags.size(); ++f) {
            MatrixCell cell;
            cell.counts.fill(0, result.variations.at(f).size());
            cells.append(QList<MatrixCell>(result.environments.size(), cell));
        }
        return cells;
    };

    const qint64 total = result.combinations;
    int workers = threads > 0 ? threads : QThread::idealThreadCount();
    workers = int(std::clamp<qint64>(total / 256, 1, std::max(1, workers)));
    std::vector<QList<QList<MatrixCell>>> partial(size_t(workers), emptyCells());
    std::vector<qint64> done(size_t(workers), 0);
    std::atomic<qint64> next{0};
    constexpr qint64 Chunk = 64;
    const auto work = [&](int w) {
        QList<QList<MatrixCell>> &cells = partial[size_t(w)];
        for (;;) {
            if (cancelled && *cancelled)
                return;
            const qint64 begin = next.fetch_add(Chunk);
            if (begin >= total)
                return;
            const qint64 end = std::min(total, begin + Chunk);
            for (qint64 n = begin; n < end; ++n) {
                const Context context = spec.context(n);
                for (qsizetype e = 0; e < result.engines.size(); ++e) {
                    const Engine &engine = *result.engines.at(e);
                    const BoundContext bound = engine.bind(context);
                    const QList<int> &index = indexes.at(e);
                    for (qsizetype f = 0; f < index.size(); ++f) {
                        EvaluationResult r;
                        if (index.at(f) >= 0)
                            r = engine.evaluate(index.at(f), bound);
                        else
                            r.error = ErrorCode::FlagNotFound;
                        MatrixCell &cell = cells[f][e];
                        if (r.variation >= 0 && r.variation < cell.counts.size())
                            ++cell.counts[r.variation];
                        else if (r.reason == Reason::Error)
                            ++cell.errors;
                        else
                            ++cell.unserved;
                    }
                }
            }
            done[size_t(w)] += end - begin;
            if (progress)
                progress->fetch_add(end - begin);
        }
    };
    if (workers == 1) {
        work(0);
    } else {
        std::vector<std::thread> pool;
        for (int w = 0; w < workers; ++w)
            pool.emplace_back(work, w);
        for (std::thread &thread : pool)
            thread.join();
    }
    result.cells = emptyCells();
    for (int w = 0; w < workers; ++w) {
        result.evaluated += done[size_t(w)];
        for (qsizetype f = 0; f < result.flags.size(); ++f) {
            for (qsizetype e = 0; e < result.environments.size(); ++e) {
                MatrixCell &into = result.cells[f][e];
                const MatrixCell &from = partial[size_t(w)].at(f).at(e);
                for (qsizetype v = 0; v < into.counts.size(); ++v)
                    into.counts[v] += from.counts.at(v);
                into.unserved += from.unserved;
                into.errors += from.errors;
            }
        }
    }
    result.cancelled = cancelled && *cancelled && result.evaluated < total;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

QList<EvaluationResult> Matrix::detail(const MatrixResult &result, const MatrixSpec &spec, int flag,
                                       int environment, const std::atomic_bool *cancelled)
{
    QList<EvaluationResult> results;
    if (flag < 0 || flag >= result.flags.size() || environment < 0 || environment >= result.engines.size())
        return results;
    const Engine &engine = *result.engines.at(environment);
    const int index = engine.flagIndex(result.flags.at(flag));
    results.reserve(result.combinations);
    for (qint64 n = 0; n < result.combinations; ++n) {
        if (cancelled && (n & 0xff) == 0 && *cancelled)
            return {};
        const Context context = spec.context(n);
        EvaluationResult r;
        if (index >= 0)
            r = engine.evaluate(index, engine.bind(context));
        else
            r.error = ErrorCode::FlagNotFound;
        results.append(r);
    }
    return results;
}

} // namespace Pennon
