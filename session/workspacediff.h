// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"

#include <QStringList>

namespace Pennon {

/// What differs between two states of a workspace, object by object: the flags added,
/// changed (anything, its version included) and removed by key, in the newer state's order
/// (removed ones in the older's), and whether the environments, activations and segments
/// differ at all.
struct WorkspaceDiff {
    QStringList addedFlags;
    QStringList changedFlags;
    QStringList removedFlags;
    bool environmentsChanged = false;
    bool activationsChanged = false;
    bool segmentsChanged = false;
    bool personasChanged = false;
    /// The flags are in another order (a flag moved, not only added or removed).
    bool flagOrderChanged = false;

    bool isEmpty() const
    {
        return addedFlags.isEmpty() && changedFlags.isEmpty() && removedFlags.isEmpty()
            && !environmentsChanged && !activationsChanged && !segmentsChanged && !personasChanged
            && !flagOrderChanged;
    }

    static WorkspaceDiff between(const Workspace &before, const Workspace &after);
};

} // namespace Pennon
