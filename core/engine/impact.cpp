// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "impact.h"

#include "engine/engine.h"
#include "json/jsonwriter.h"

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
    for (const qint64 user : result.changedSamples)
        impact.samples.append(userId(options, user));
    return impact;
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
