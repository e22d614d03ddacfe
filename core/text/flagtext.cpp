// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagtext.h"

#include <algorithm>

#include "conditiontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

namespace Pennon {

QString FlagText::typeName(FlagType type)
{
    switch (type) {
    case FlagType::Boolean: return tr("Boolean");
    case FlagType::String: return tr("String");
    case FlagType::Number: return tr("Number");
    case FlagType::Json: return tr("JSON");
    }
    return {};
}

QString FlagText::stateName(bool on)
{
    return on ? tr("On") : tr("Off");
}

QString FlagText::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::String: return u'"' + value.toString() + u'"';
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined: break;
    }
    return {};
}

QString FlagText::servedText(ServeOutcome outcome, const QString &variation, const QString &source)
{
    switch (outcome) {
    case ServeOutcome::Variation:
        return variation;
    case ServeOutcome::NoValue:
        return tr("no value (the application's default)");
    case ServeOutcome::Error:
    case ServeOutcome::ParseError:
        if (source.isEmpty())
            return tr("error %1").arg(serveErrorName(outcome));
        return tr("error %1 (kept from \"%2\")").arg(serveErrorName(outcome), source.left(60));
    }
    return {};
}

QString FlagText::serveText(const Serve &serve)
{
    if (!serve.isSplit()) {
        if (serve.outcome != ServeOutcome::Variation)
            return servedText(serve.outcome, serve.variation, serve.source);
        return tr("variation %1").arg(serve.variation);
    }
    const Split &split = *serve.split;
    if (split.stickiness.attributes.isEmpty()) {
        // Only with the random policy: every evaluation draws anew.
        QString text = tr("a split at random (%1): %2").arg(schemeName(split.scheme), weightsText(split));
        if (!split.salt.isEmpty())
            text = tr("%1; salt %2").arg(text, split.salt);
        return text;
    }
    QString text = tr("a split by %1 (%2): %3")
                       .arg(split.stickiness.attributes.join(u", "), schemeName(split.scheme),
                            weightsText(split));
    switch (split.stickiness.absence) {
    case AbsencePolicy::Skip: break;
    case AbsencePolicy::Empty: text = tr("%1; without the attribute: an empty value").arg(text); break;
    case AbsencePolicy::Stop: text = tr("%1; without the attribute: the off variation").arg(text); break;
    case AbsencePolicy::Random: text = tr("%1; without the attribute: at random").arg(text); break;
    }
    if (!split.salt.isEmpty())
        text = tr("%1; salt %2").arg(text, split.salt);
    return text;
}

QStringList FlagText::variationUses(const Flag &flag, const QString &key)
{
    const auto serves = [&key](const Serve &serve) {
        if (serve.split) {
            return std::any_of(serve.split->weights.begin(), serve.split->weights.end(), [&key](const SplitWeight &w) {
                return w.outcome == ServeOutcome::Variation && w.variation == key;
            });
        }
        return serve.outcome == ServeOutcome::Variation && serve.variation == key;
    };
    QStringList uses;
    for (auto it = flag.environments.cbegin(); it != flag.environments.cend(); ++it) {
        if (it->offVariation == key)
            uses.append(tr("%1: off variation").arg(it.key()));
        for (qsizetype r = 0; r < it->rules.size(); ++r) {
            // A disabled rule still uses it: it can be enabled again.
            if (serves(it->rules.at(r).serve)) {
                const QString use = tr("%1: rule %2").arg(it.key()).arg(r + 1);
                uses.append(it->rules.at(r).disabled ? disabledText(use) : use);
            }
        }
        if (serves(it->defaultServe))
            uses.append(tr("%1: what it serves otherwise").arg(it.key()));
    }
    return uses;
}

QString FlagText::weightsText(const Split &split)
{
    const QLocale locale;
    QStringList parts;
    parts.reserve(split.weights.size());
    for (const SplitWeight &w : split.weights) {
        const double share = split.total > 0 ? 100.0 * double(w.weight) / double(split.total) : 0.0;
        const QString percent = ConditionText::percentage(qRound(share * 100.0) / 100.0);
        if (split.total == 100)
            parts.append(tr("%1 %2 %", "variation, share in percent").arg(servedText(w.outcome, w.variation, w.source), percent));
        else
            parts.append(tr("%1 %2 % (%3 of %4)", "variation, share in percent, weight, total")
                             .arg(servedText(w.outcome, w.variation, w.source), percent, locale.toString(w.weight),
                                  locale.toString(split.total)));
    }
    return parts.join(u", ");
}

QString FlagText::environmentName(const Workspace &workspace, const QString &key)
{
    const Environment *environment = workspace.environment(key);
    return environment && !environment->name.isEmpty() ? environment->name : key;
}

QString FlagText::ruleTitle(const Rule &rule, qsizetype number)
{
    const QString title = rule.name.isEmpty() ? tr("Rule %1").arg(number)
                                              : tr("Rule %1: %2").arg(QString::number(number), rule.name);
    return rule.disabled ? disabledText(title) : title;
}

QString FlagText::disabledText(const QString &ruleText)
{
    return tr("%1 (disabled)", "a rule's text or title; the rule is kept but skipped in evaluation").arg(ruleText);
}

} // namespace Pennon
