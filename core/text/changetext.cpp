// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "changetext.h"

#include "storage/objectjson.h"
#include "text/conditiontext.h"
#include "text/flagchangetext.h"

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// An object's name as the history shows it: its name, else its key.
template<typename Object>
QString shownName(const Object &object)
{
    return object.name.isEmpty() ? object.key : object.name;
}

/// The lines for the name and description of anything that has both.
template<typename Object>
void nameAndDescription(const Object &before, const Object &after, QStringList *lines)
{
    if (before.name != after.name)
        lines->append(FlagChangeText::fieldChange(ChangeText::tr("Name"), before.name, after.name));
    if (before.description != after.description) {
        lines->append(FlagChangeText::fieldChange(ChangeText::tr("Description"), before.description,
                                                  after.description));
    }
}

/// The object a state holds, when it holds one of this type.
template<typename Object>
const Object *as(const std::optional<StoredObject> &state)
{
    return state ? std::get_if<Object>(&*state) : nullptr;
}

} // namespace

QString ChangeText::kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Flag: return tr("Flag");
    case ObjectKind::Environment: return tr("Environment");
    case ObjectKind::Activation: return tr("Activation");
    case ObjectKind::Segment: return tr("Segment");
    case ObjectKind::Persona: return tr("Persona");
    }
    return {};
}

QString ChangeText::whatText(const Change &change)
{
    QString what;
    if (change.versionBefore == 0)
        what = tr("Created");
    else if (change.versionAfter == 0)
        what = tr("Deleted");
    else
        what = tr("Version %1 → %2").arg(change.versionBefore).arg(change.versionAfter);
    if (change.revertOf > 0)
        what = tr("%1, revert of change %2").arg(what).arg(change.revertOf);
    return what;
}

QString ChangeText::conditionsText(const QList<Condition> &conditions, const Workspace *context)
{
    if (conditions.isEmpty())
        return tr("always");
    QStringList words;
    for (const Condition &condition : conditions)
        words.append(ConditionText::describe(condition, context));
    return words.join(tr(" and "));
}

QStringList ChangeText::flag(const Flag *before, const Flag *after, const Workspace *context)
{
    if (!after)
        return before ? QStringList{tr("Flag “%1” deleted").arg(shownName(*before))} : QStringList();
    return FlagChangeText::describe(before, *after, context);
}

QStringList ChangeText::environment(const Environment *before, const Environment *after)
{
    if (!after)
        return before ? QStringList{tr("Environment “%1” deleted").arg(shownName(*before))} : QStringList();
    if (!before) {
        return {after->isProtected ? tr("New protected environment “%1”").arg(shownName(*after))
                                   : tr("New environment “%1”").arg(shownName(*after))};
    }
    QStringList lines;
    if (before->name != after->name)
        lines.append(FlagChangeText::fieldChange(tr("Name"), before->name, after->name));
    if (before->isProtected != after->isProtected)
        lines.append(after->isProtected ? tr("Protected") : tr("No longer protected"));
    return lines;
}

QStringList ChangeText::activation(const Activation *before, const Activation *after, const Workspace *context)
{
    if (!after)
        return before ? QStringList{tr("Activation “%1” deleted").arg(shownName(*before))} : QStringList();
    if (!before) {
        return {tr("New activation “%1”: %2")
                        .arg(shownName(*after), ConditionText::describe(after->condition, context))};
    }
    QStringList lines;
    nameAndDescription(*before, *after, &lines);
    if (before->condition != after->condition) {
        lines.append(FlagChangeText::fieldChange(tr("Condition"),
                                                 ConditionText::describe(before->condition, context),
                                                 ConditionText::describe(after->condition, context)));
    }
    return lines;
}

QStringList ChangeText::segment(const Segment *before, const Segment *after, const Workspace *context)
{
    if (!after)
        return before ? QStringList{tr("Segment “%1” deleted").arg(shownName(*before))} : QStringList();
    if (!before) {
        return {tr("New segment “%1”: %2")
                        .arg(shownName(*after), conditionsText(after->conditions, context))};
    }
    QStringList lines;
    nameAndDescription(*before, *after, &lines);
    // Condition by condition, as rules are compared in a flag.
    const qsizetype count = std::max(before->conditions.size(), after->conditions.size());
    for (qsizetype c = 0; c < count; ++c) {
        if (c >= after->conditions.size()) {
            lines.append(tr("Condition %1 removed (%2)").arg(c + 1)
                             .arg(ConditionText::describe(before->conditions.at(c), context)));
        } else if (c >= before->conditions.size()) {
            lines.append(tr("Condition %1 added: %2").arg(c + 1)
                             .arg(ConditionText::describe(after->conditions.at(c), context)));
        } else if (before->conditions.at(c) != after->conditions.at(c)) {
            lines.append(tr("Condition %1: %2 → %3").arg(c + 1)
                             .arg(ConditionText::describe(before->conditions.at(c), context),
                                  ConditionText::describe(after->conditions.at(c), context)));
        }
    }
    return lines;
}

QString ChangeText::personaText(const Persona &persona)
{
    QStringList parts;
    if (!persona.userId.isEmpty())
        parts.append(tr("user id %1").arg(persona.userId));
    for (const PersonaAttribute &attribute : persona.attributes)
        parts.append(tr("%1 = %2").arg(attribute.name, attribute.value));
    if (persona.currentTime)
        parts.append(tr("as of %1").arg(persona.currentTime->toUTC().toString(Qt::ISODate)));
    return parts.isEmpty() ? tr("no attributes") : parts.join(u", "_s);
}

QStringList ChangeText::persona(const Persona *before, const Persona *after)
{
    if (!after)
        return before ? QStringList{tr("Persona “%1” deleted").arg(shownName(*before))} : QStringList();
    if (!before)
        return {tr("New persona “%1”: %2").arg(shownName(*after), personaText(*after))};
    QStringList lines;
    nameAndDescription(*before, *after, &lines);
    if (before->userId != after->userId)
        lines.append(FlagChangeText::fieldChange(tr("User id"), before->userId, after->userId));
    const auto find = [](const QList<PersonaAttribute> &list, const QString &name) -> const PersonaAttribute * {
        for (const PersonaAttribute &attribute : list) {
            if (attribute.name == name)
                return &attribute;
        }
        return nullptr;
    };
    for (const PersonaAttribute &old : before->attributes) {
        const PersonaAttribute *now = find(after->attributes, old.name);
        if (!now)
            lines.append(tr("Attribute %1 removed (%2)").arg(old.name, old.value));
        else if (now->value != old.value || now->type != old.type)
            lines.append(FlagChangeText::fieldChange(tr("Attribute %1").arg(old.name), old.value, now->value));
    }
    for (const PersonaAttribute &now : after->attributes) {
        if (!find(before->attributes, now.name))
            lines.append(tr("Attribute %1 added: %2").arg(now.name, now.value));
    }
    if (before->currentTime != after->currentTime) {
        const auto moment = [](const std::optional<QDateTime> &time) {
            return time ? time->toUTC().toString(Qt::ISODate) : tr("now");
        };
        lines.append(FlagChangeText::fieldChange(tr("Evaluated as of"), moment(before->currentTime),
                                                 moment(after->currentTime)));
    }
    return lines;
}

QStringList ChangeText::describe(const Change &change, const Workspace *context)
{
    std::optional<StoredObject> before;
    std::optional<StoredObject> after;
    Problems problems;
    if (!change.before.isEmpty() && !(before = ObjectJson::read(change.kind, change.before, &problems)))
        return {tr("The state before this change cannot be read: %1").arg(problems.value(0).toString())};
    if (!change.after.isEmpty() && !(after = ObjectJson::read(change.kind, change.after, &problems)))
        return {tr("The state after this change cannot be read: %1").arg(problems.value(0).toString())};
    QStringList lines;
    switch (change.kind) {
    case ObjectKind::Flag:
        lines = flag(as<Flag>(before), as<Flag>(after), context);
        break;
    case ObjectKind::Environment:
        lines = environment(as<Environment>(before), as<Environment>(after));
        break;
    case ObjectKind::Activation:
        lines = activation(as<Activation>(before), as<Activation>(after), context);
        break;
    case ObjectKind::Segment:
        lines = segment(as<Segment>(before), as<Segment>(after), context);
        break;
    case ObjectKind::Persona:
        lines = persona(as<Persona>(before), as<Persona>(after));
        break;
    }
    if (lines.isEmpty())
        lines.append(tr("No difference in what is shown (only in how it is stored)"));
    return lines;
}

} // namespace Pennon
