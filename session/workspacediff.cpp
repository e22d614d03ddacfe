// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "workspacediff.h"

#include <QHash>

namespace Pennon {

WorkspaceDiff WorkspaceDiff::between(const Workspace &before, const Workspace &after)
{
    WorkspaceDiff diff;
    QHash<QString, const Flag *> old;
    old.reserve(before.flags.size());
    for (const Flag &flag : before.flags)
        old.insert(flag.key, &flag);
    QStringList kept;   // the keys both have, in the newer order
    for (const Flag &flag : after.flags) {
        const Flag *previous = old.value(flag.key);
        if (!previous) {
            diff.addedFlags.append(flag.key);
            continue;
        }
        kept.append(flag.key);
        if (!(*previous == flag))
            diff.changedFlags.append(flag.key);
    }
    QHash<QString, bool> present;
    present.reserve(after.flags.size());
    for (const Flag &flag : after.flags)
        present.insert(flag.key, true);
    QStringList keptBefore;
    for (const Flag &flag : before.flags) {
        if (!present.contains(flag.key))
            diff.removedFlags.append(flag.key);
        else
            keptBefore.append(flag.key);
    }
    diff.flagOrderChanged = kept != keptBefore;
    diff.environmentsChanged = before.environments != after.environments;
    diff.activationsChanged = before.activations != after.activations;
    diff.segmentsChanged = before.segments != after.segments;
    diff.personasChanged = before.personas != after.personas;
    return diff;
}

} // namespace Pennon
