// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "impact.h"

#include "engine/engine.h"
#include "json/jsonwriter.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>
#include <limits>
#include <vector>

namespace Pennon {

using namespace Qt::StringLiterals;

ImpactResult ChangeImpact::compare(std::shared_ptr<const Engine> from, std::shared_ptr<const Engine> to,
                                   const QString &flagKey, const SimulationOptions &options,
                                   int maxSamples)
{
    ImpactResult impact;
    impact.flag = flagKey;
    if (!from || !to) {
        impact.error = tr("no configuration to compare");
        return impact;
    }
    const int fromFlag = from->flagIndex(flagKey);
    if (fromFlag < 0) {
        impact.error = tr("no flag '%1' in the configuration compared from").arg(flagKey);
        return impact;
    }
    const int toFlag = to->flagIndex(flagKey);
    if (toFlag < 0) {
        impact.error = tr("no flag '%1' in the configuration compared with").arg(flagKey);
        return impact;
    }
    Simulator simulator(std::move(from), fromFlag, options);
    simulator.compareWith(std::move(to), toFlag, maxSamples);
    return fromSimulation(simulator.run(), options);
}

FlagsImpact ChangeImpact::compareFlags(const std::shared_ptr<const Engine> &from,
                                       const std::shared_ptr<const Engine> &to, const QStringList &flagKeys,
                                       const SimulationOptions &options, int maxSamples,
                                       const std::atomic<bool> *cancel, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    FlagsImpact impact;
    const qint64 users = options.contexts ? options.contexts->size() : qMax<qint64>(0, options.users);
    const qint64 total = users * flagKeys.size();
    // Who changed on any flag: one bit per user, set from each flag's changed users (the
    // Simulator keeps all of them when asked for as many samples as users). With one flag,
    // those are its changed users and nothing need be kept.
    const bool several = flagKeys.size() > 1;
    std::vector<bool> changed(several ? size_t(users) : 0, false);
    const int keepAll = several ? int(std::min<qint64>(users, std::numeric_limits<int>::max())) : maxSamples;
    bool first = true;
    for (qsizetype f = 0; f < flagKeys.size(); ++f) {
        const QString &key = flagKeys.at(f);
        ImpactResult result;
        result.flag = key;
        const int fromFlag = from ? from->flagIndex(key) : -1;
        const int toFlag = to ? to->flagIndex(key) : -1;
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            impact.cancelled = true;
            break;
        }
        if (fromFlag < 0 || toFlag < 0) {
            result.error = fromFlag < 0 ? tr("no flag '%1' in the configuration compared from").arg(key)
                                        : tr("no flag '%1' in the configuration compared with").arg(key);
            impact.flags.append(result);
            continue;
        }
        Simulator simulator(from, fromFlag, options);
        simulator.compareWith(to, toFlag, keepAll);
        const qint64 before = users * f;
        simulator.setProgressCallback([&](qint64 done, qint64) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                simulator.cancel();
            if (progress)
                progress(before + done, total);
        });
        const SimulationResult simulation = simulator.run();
        if (several) {
            for (const qint64 user : simulation.changedSamples)
                changed[size_t(user)] = true;
        } else {
            impact.changedAny = simulation.changed;
        }
        SimulationResult kept = simulation;
        kept.changedSamples = simulation.changedSamples.first(qMin<qsizetype>(qMax(0, maxSamples),
                                                                               simulation.changedSamples.size()));
        result = fromSimulation(kept, options);
        impact.users = first ? result.users : qMin(impact.users, result.users);
        first = false;
        impact.flags.append(result);
        if (result.cancelled) {
            impact.cancelled = true;
            break;
        }
    }
    if (several)
        impact.changedAny = qint64(std::count(changed.cbegin(), changed.cend(), true));
    impact.seconds = double(timer.nsecsElapsed()) / 1e9;
    return impact;
}

ImpactResult ChangeImpact::fromSimulation(const SimulationResult &result, const SimulationOptions &options)
{
    ImpactResult impact;
    impact.flag = result.flag;
    impact.users = result.users;
    impact.changed = result.changed;
    impact.seconds = result.seconds;
    impact.cancelled = result.cancelled;
    impact.error = result.error;
    const qsizetype toWidth = result.otherVariations.size() + 1;
    for (qsizetype f = 0; f <= result.variations.size(); ++f) {
        for (qsizetype t = 0; t < toWidth; ++t) {
            const qint64 count = result.transitions.value(f * toWidth + t);
            if (count > 0) {
                impact.matrix.append({f > 0 ? result.variations.at(f - 1) : QString(),
                                      t > 0 ? result.otherVariations.at(t - 1) : QString(), count});
            }
        }
    }
    for (const qint64 user : result.changedSamples) {
        impact.samples.append(userId(options, user));
        impact.sampleUsers.append(user);
    }
    return impact;
}

namespace {

QJsonValue toJson(const AttributeValue &value)
{
    switch (value.kind) {
    case AttributeValue::Kind::Absent:
        return QJsonValue::Null;
    case AttributeValue::Kind::String:
        return value.text;
    case AttributeValue::Kind::Number:
        return value.number;
    case AttributeValue::Kind::Boolean:
        return value.boolean;
    case AttributeValue::Kind::List:
        return QJsonArray::fromStringList(value.list);
    }
    return QJsonValue::Null;
}

} // namespace

QJsonObject ChangeImpact::userContextJson(const SimulationOptions &options, qint64 user)
{
    QJsonObject context;
    for (const auto &[name, value] : options.constants.entries()) {
        if (value.isPresent())
            context.insert(name, toJson(value));
    }
    for (const AttributeGenerator &generator : options.generators) {
        AttributeValue scratch;
        generator.prepareScratch(&scratch);
        if (const AttributeValue *value = generator.value(user, &scratch); value && value->isPresent())
            context.insert(generator.name(), toJson(*value));
    }
    if (options.contexts) {
        if (user >= 0 && user < options.contexts->size()) {
            for (const auto &[name, value] : options.contexts->at(user).entries()) {
                if (value.isPresent())
                    context.insert(name, toJson(value));
            }
        }
    } else {
        context.insert(options.idAttribute, userId(options, user));
    }
    return context;
}

QString ChangeImpact::userId(const SimulationOptions &options, qint64 user)
{
    if (options.contexts) {
        const AttributeValue *id = user >= 0 && user < options.contexts->size()
                                       ? options.contexts->at(user).find(options.idAttribute)
                                       : nullptr;
        return id && id->isPresent() ? id->text : u"#%1"_s.arg(user + 1);
    }
    QString id = options.idPattern;
    return id.replace(u"{n}"_s, QString::number(user));
}

QByteArray ImpactResult::writeJson(int indent) const
{
    const auto keyOrNull = [](JsonWriter &w, const QString &key) {
        if (key.isEmpty())
            w.null();
        else
            w.string(key);
    };
    JsonWriter w(indent);
    w.beginObject();
    w.key(u"flag");
    w.string(flag);
    w.key(u"users");
    w.integer(users);
    w.key(u"changed");
    w.integer(changed);
    w.key(u"matrix");
    w.beginArray();
    for (const Cell &cell : matrix) {
        w.beginObject();
        w.key(u"from");
        keyOrNull(w, cell.from);
        w.key(u"to");
        keyOrNull(w, cell.to);
        w.key(u"count");
        w.integer(cell.count);
        w.endObject();
    }
    w.endArray();
    w.key(u"samples");
    w.beginArray();
    for (const QString &sample : samples)
        w.string(sample);
    w.endArray();
    w.endObject();
    return w.finish();
}

} // namespace Pennon
