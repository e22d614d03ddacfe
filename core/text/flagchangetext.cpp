// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagchangetext.h"

#include "text/conditiontext.h"
#include "text/flagtext.h"

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QString orNothing(const QString &text)
{
    return text.isEmpty() ? FlagChangeText::tr("(nothing)") : text;
}

QString ruleText(const Rule &rule, const Workspace *context)
{
    QStringList conditions;
    for (const Condition &condition : rule.conditions)
        conditions.append(ConditionText::describe(condition, context));
    const QString when = conditions.isEmpty() ? FlagChangeText::tr("always") : conditions.join(FlagChangeText::tr(" and "));
    const QString text = FlagChangeText::tr("when %1, serves %2").arg(when, FlagText::serveText(rule.serve));
    return rule.disabled ? FlagText::disabledText(text) : text;
}

/// Whether two rules differ in being disabled and in nothing else.
bool onlyDisabledChanged(const Rule &was, const Rule &is)
{
    Rule same = is;
    same.disabled = was.disabled;
    return was.disabled != is.disabled && same == was;
}

} // namespace

QStringList FlagChangeText::changedEnvironments(const Flag *before, const Flag &after)
{
    QStringList keys;
    for (auto it = after.environments.cbegin(); it != after.environments.cend(); ++it) {
        if (!before || before->environments.value(it.key()) != it.value() || !before->environments.contains(it.key()))
            keys.append(it.key());
    }
    if (before) {
        for (auto it = before->environments.cbegin(); it != before->environments.cend(); ++it) {
            if (!after.environments.contains(it.key()))
                keys.append(it.key());
        }
    }
    return keys;
}

QString FlagChangeText::fieldChange(const QString &field, const QString &was, const QString &is)
{
    return tr("%1: %2 → %3").arg(field, orNothing(was), orNothing(is));
}

QStringList FlagChangeText::describe(const Flag *before, const Flag &after, const Workspace *context)
{
    QStringList lines;
    if (!before) {
        QStringList variations;
        for (const Variation &v : after.variations)
            variations.append(v.key + u" = "_s + FlagText::valueText(v.value));
        // A flag created elsewhere (an import, another tool) may start on or with rules: its
        // environments are then described as changes from off, as a new flag starts.
        Flag off = after;
        for (EnvironmentConfig &config : off.environments) {
            config.on = false;
            config.rules.clear();
            config.defaultServe = Serve::of(config.offVariation);
        }
        if (off == after) {
            lines.append(tr("New flag “%1” of type %2 with the variations %3, off in every environment")
                             .arg(after.name, FlagText::typeName(after.type), variations.join(u", "_s)));
            return lines;
        }
        lines.append(tr("New flag “%1” of type %2 with the variations %3")
                         .arg(after.name, FlagText::typeName(after.type), variations.join(u", "_s)));
        lines.append(describe(&off, after, context));
        return lines;
    }
    const auto field = [&](const QString &name, const QString &was, const QString &is) {
        if (was != is)
            lines.append(fieldChange(name, was, is));
    };
    field(tr("Name"), before->name, after.name);
    field(tr("Description"), before->description, after.description);
    field(tr("Tags"), before->tags.join(u", "_s), after.tags.join(u", "_s));
    field(tr("Owner"), before->owner, after.owner);
    if (before->archived != after.archived)
        lines.append(after.archived ? tr("Archived") : tr("No longer archived"));
    // Variations by key.
    for (const Variation &v : after.variations) {
        const Variation *old = before->variation(v.key);
        if (!old)
            lines.append(tr("Variation %1 added: %2").arg(v.key, FlagText::valueText(v.value)));
        else if (old->value != v.value)
            lines.append(tr("Variation %1: %2 → %3").arg(v.key, FlagText::valueText(old->value), FlagText::valueText(v.value)));
        else if (old->description != v.description)
            lines.append(tr("Variation %1 description: %2 → %3").arg(v.key, orNothing(old->description), orNothing(v.description)));
    }
    for (const Variation &v : before->variations) {
        if (!after.variation(v.key))
            lines.append(tr("Variation %1 removed").arg(v.key));
    }
    for (const QString &key : changedEnvironments(before, after)) {
        const auto was = before->environments.constFind(key);
        const auto is = after.environments.constFind(key);
        const QString env = context && context->environment(key) && !context->environment(key)->name.isEmpty()
                ? context->environment(key)->name : key;
        if (was == before->environments.cend()) {
            lines.append(tr("%1: configured").arg(env));
            continue;
        }
        if (is == after.environments.cend()) {
            lines.append(tr("%1: no longer configured").arg(env));
            continue;
        }
        if (was->on != is->on)
            lines.append(is->on ? tr("%1: turned on").arg(env) : tr("%1: turned off").arg(env));
        if (was->offVariation != is->offVariation)
            lines.append(tr("%1: off variation %2 → %3").arg(env, was->offVariation, is->offVariation));
        const qsizetype rules = std::max(was->rules.size(), is->rules.size());
        for (qsizetype r = 0; r < rules; ++r) {
            if (r >= is->rules.size()) {
                lines.append(tr("%1: rule %2 removed (%3)").arg(env).arg(r + 1).arg(ruleText(was->rules.at(r), context)));
            } else if (r >= was->rules.size()) {
                lines.append(tr("%1: rule %2 added: %3").arg(env).arg(r + 1).arg(ruleText(is->rules.at(r), context)));
            } else if (onlyDisabledChanged(was->rules.at(r), is->rules.at(r))) {
                lines.append(is->rules.at(r).disabled ? tr("%1: rule %2 disabled").arg(env).arg(r + 1)
                                                      : tr("%1: rule %2 enabled").arg(env).arg(r + 1));
            } else if (was->rules.at(r) != is->rules.at(r)) {
                lines.append(tr("%1: rule %2: %3 → %4").arg(env).arg(r + 1)
                                 .arg(ruleText(was->rules.at(r), context), ruleText(is->rules.at(r), context)));
            }
        }
        if (was->defaultServe != is->defaultServe) {
            lines.append(tr("%1: otherwise serves %2 → %3")
                             .arg(env, FlagText::serveText(was->defaultServe), FlagText::serveText(is->defaultServe)));
        }
    }
    return lines;
}

} // namespace Pennon
