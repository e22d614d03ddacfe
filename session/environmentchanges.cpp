// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "environmentchanges.h"

#include "validation/validator.h"

#include <QHash>
#include <QSet>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// The first few keys and how many more: "a, b, c and 4 more".
QString fewOf(const QStringList &keys)
{
    constexpr int shown = 3;
    if (keys.size() <= shown)
        return keys.join(u", "_s);
    return EnvironmentChanges::tr("%1 and %n more", nullptr, int(keys.size() - shown))
            .arg(keys.mid(0, shown).join(u", "_s));
}

} // namespace

EnvironmentChanges::EnvironmentChanges(const Workspace &stored)
    : m_stored(stored)
{
}

QString EnvironmentChanges::nameOf(const Environment &environment)
{
    return environment.name.trimmed().isEmpty() ? environment.key : environment.name;
}

QString EnvironmentChanges::keyProblem(const QString &key, const QList<Environment> &edited)
{
    if (key.isEmpty())
        return tr("An environment needs a key.");
    if (const QString problem = Validator::keyProblem(key); !problem.isEmpty())
        return problem;
    for (const Environment &environment : edited) {
        if (environment.key == key)
            return tr("There is an environment with the key %1 already.").arg(key);
    }
    return {};
}

QStringList EnvironmentChanges::problems(const QList<Environment> &edited)
{
    QStringList found;
    QSet<QString> keys;
    for (const Environment &environment : edited) {
        if (environment.key.isEmpty())
            found.append(tr("An environment needs a key."));
        else if (const QString problem = Validator::keyProblem(environment.key); !problem.isEmpty())
            found.append(tr("%1: %2").arg(environment.key, problem));
        else if (keys.contains(environment.key))
            found.append(tr("There are two environments with the key %1.").arg(environment.key));
        keys.insert(environment.key);
        if (environment.name.trimmed().isEmpty())
            found.append(tr("%1 needs a name.").arg(environment.key));
    }
    return found;
}

QStringList EnvironmentChanges::configuredFlags(const QString &key) const
{
    QStringList flags;
    for (const Flag &flag : m_stored.flags) {
        if (flag.environments.contains(key))
            flags.append(flag.key);
    }
    return flags;
}

QString EnvironmentChanges::removalRefusal(const QString &key, const QList<Flag> &drafts) const
{
    if (!m_stored.environment(key))
        return {};   // added in this edit: nothing refers to it yet
    QStringList on;
    for (const Flag &flag : m_stored.flags) {
        if (flag.environments.value(key).on)
            on.append(flag.key);
    }
    if (!on.isEmpty()) {
        return tr("%1 cannot be removed while %n flag(s) are on there: %2. Switch them off first.",
                  nullptr, int(on.size()))
                .arg(key, fewOf(on));
    }
    // A draft configured there (as edited or as stored) would lose its configuration under
    // the user's hands, or could not be saved afterwards.
    QStringList drafted;
    for (const Flag &draft : drafts) {
        const Flag *stored = m_stored.flag(draft.key);
        if (draft.environments.contains(key) || (stored && stored->environments.contains(key)))
            drafted.append(draft.key);
    }
    if (!drafted.isEmpty()) {
        return tr("%1 cannot be removed while %n flag(s) with unsaved changes are configured there: "
                  "%2. Save or discard the changes first.", nullptr, int(drafted.size()))
                .arg(key, fewOf(drafted));
    }
    return {};
}

QStringList EnvironmentChanges::moved(const QList<Environment> &edited) const
{
    // The stored environments still there, in the new order, by their old places; the
    // longest run of them still in their old order stays, the others moved.
    QHash<QString, int> oldPlace;
    for (qsizetype i = 0; i < m_stored.environments.size(); ++i)
        oldPlace.insert(m_stored.environments.at(i).key, int(i));
    QList<int> places;
    QStringList keys;
    for (const Environment &environment : edited) {
        const auto found = oldPlace.constFind(environment.key);
        if (found != oldPlace.cend()) {
            places.append(*found);
            keys.append(environment.key);
        }
    }
    const qsizetype n = places.size();
    QList<int> length(n, 1);
    QList<int> previous(n, -1);
    int best = -1;
    for (qsizetype i = 0; i < n; ++i) {
        // Of equally long runs, the one through the later element: an environment moved up
        // by one reads as "Move X to N" for X rather than for the one it passed.
        for (qsizetype j = 0; j < i; ++j) {
            if (places.at(j) < places.at(i) && length.at(j) + 1 >= length.at(i)) {
                length[i] = length.at(j) + 1;
                previous[i] = int(j);
            }
        }
        if (best < 0 || length.at(i) >= length.at(best))
            best = int(i);
    }
    QSet<int> staying;
    for (int i = best; i >= 0; i = previous.at(i))
        staying.insert(i);
    QStringList result;
    for (qsizetype i = 0; i < n; ++i) {
        if (!staying.contains(int(i)))
            result.append(keys.at(i));
    }
    return result;
}

QStringList EnvironmentChanges::describe(const QList<Environment> &edited) const
{
    QStringList lines;
    QSet<QString> kept;
    for (const Environment &environment : edited) {
        kept.insert(environment.key);
        const Environment *stored = m_stored.environment(environment.key);
        if (!stored) {
            lines.append(environment.name == environment.key
                             ? tr("Add environment %1").arg(environment.key)
                             : tr("Add environment %1 (%2)").arg(environment.key, environment.name));
            if (environment.isProtected)
                lines.append(tr("Protect %1").arg(environment.key));
            continue;
        }
        if (stored->name != environment.name)
            lines.append(tr("Rename %1 to %2").arg(environment.key, environment.name));
        if (stored->isProtected != environment.isProtected)
            lines.append(environment.isProtected ? tr("Protect %1").arg(environment.key)
                                                 : tr("Unprotect %1").arg(environment.key));
    }
    const QStringList moves = moved(edited);
    for (qsizetype i = 0; i < edited.size(); ++i) {
        if (moves.contains(edited.at(i).key))
            lines.append(tr("Move %1 to %2").arg(edited.at(i).key).arg(i + 1));
    }
    for (const Environment &environment : m_stored.environments) {
        if (kept.contains(environment.key))
            continue;
        const int losing = int(configuredFlags(environment.key).size());
        lines.append(losing == 0
                         ? tr("Remove %1").arg(environment.key)
                         : tr("Remove %1 (%n flag(s) lose their configuration there)", nullptr, losing)
                               .arg(environment.key));
    }
    return lines;
}

WorkspaceWrite EnvironmentChanges::write(const QList<Environment> &edited) const
{
    WorkspaceWrite write;
    const QStringList moves = moved(edited);
    QSet<QString> kept;
    QStringList order;
    QStringList unchangedOrder;   // the order the repository keeps by itself
    QStringList added;
    for (const Environment &environment : edited) {
        kept.insert(environment.key);
        order.append(environment.key);
        const Environment *stored = m_stored.environment(environment.key);
        Environment next = environment;
        if (!stored) {
            next.version = 0;
            added.append(environment.key);
            write.objects.append({ObjectKind::Environment, next.key, StoredObject(next), 0});
            continue;
        }
        next.version = stored->version;
        // A move changes nothing in the environment itself; it is written still, so that it
        // is recorded (with the comment) and checked against a colleague's change.
        if (next != *stored || moves.contains(environment.key))
            write.objects.append({ObjectKind::Environment, next.key, StoredObject(next), stored->version});
    }
    QSet<QString> removed;
    for (const Environment &environment : m_stored.environments) {
        if (kept.contains(environment.key)) {
            unchangedOrder.append(environment.key);
        } else {
            removed.insert(environment.key);
            write.objects.append({ObjectKind::Environment, environment.key, std::nullopt, environment.version});
        }
    }
    unchangedOrder += added;
    // A flag configured in a removed environment loses that configuration in the same write.
    if (!removed.isEmpty()) {
        for (const Flag &flag : m_stored.flags) {
            Flag next = flag;
            for (const QString &key : removed)
                next.environments.remove(key);
            if (next.environments.size() != flag.environments.size())
                write.objects.append({ObjectKind::Flag, flag.key, StoredObject(next), flag.version});
        }
    }
    if (order != unchangedOrder)
        write.environmentOrder = order;
    return write;
}

} // namespace Pennon
