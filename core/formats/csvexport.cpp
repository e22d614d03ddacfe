// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "csvexport.h"

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// A variation's key, or "(no value)", "(error GENERAL)" for the other outcomes.
QString servedText(ServeOutcome outcome, const QString &variation)
{
    switch (outcome) {
    case ServeOutcome::Variation: return variation;
    case ServeOutcome::NoValue: return u"(no value)"_s;
    case ServeOutcome::Error:
    case ServeOutcome::ParseError: return u"(error "_s + serveErrorName(outcome) + u')';
    }
    return {};
}

QString serveText(const Serve &serve)
{
    if (!serve.isSplit())
        return servedText(serve.outcome, serve.variation);
    QStringList parts;
    for (const SplitWeight &weight : serve.split->weights)
        parts.append(servedText(weight.outcome, weight.variation) + u' ' + QString::number(weight.weight));
    return u"split "_s + parts.join(u" / "_s);
}

} // namespace

QString CsvExport::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray CsvExport::write(const Workspace &workspace, const QString &environment,
                            const QHash<QString, ChangeStamp> &stamps)
{
    QList<const Flag *> flags;
    for (const Flag &flag : workspace.flags)
        flags.append(&flag);
    std::sort(flags.begin(), flags.end(), [](const Flag *a, const Flag *b) { return a->key < b->key; });

    QString out = u"key,name,type,environment,state,rules,default,owner,tags,updated,updated_by,archived\r\n"_s;
    for (const Flag *flag : std::as_const(flags)) {
        for (const Environment &env : workspace.environments) {
            if (!environment.isEmpty() && env.key != environment)
                continue;
            const auto config = flag->environments.constFind(env.key);
            const bool configured = config != flag->environments.cend();
            const ChangeStamp stamp = stamps.value(flag->key);
            const QStringList row{
                field(flag->key),
                field(flag->name),
                flagTypeName(flag->type),
                field(env.key),
                configured ? (config->on ? u"on"_s : u"off"_s) : QString(),
                configured ? QString::number(std::count_if(config->rules.cbegin(), config->rules.cend(),
                                                           [](const Rule &rule) { return !rule.disabled; }))
                           : QString(),
                configured ? field(serveText(config->defaultServe)) : QString(),
                field(flag->owner),
                field(flag->tags.join(u"; "_s)),
                stamp.time.isValid() ? stamp.time.toUTC().toString(Qt::ISODate) : QString(),
                field(stamp.actor),
                flag->archived ? u"yes"_s : u"no"_s,
            };
            out += row.join(u',') + u"\r\n"_s;
        }
    }
    return out.toUtf8();
}

} // namespace Pennon
