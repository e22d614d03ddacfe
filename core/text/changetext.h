// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pennon {

/// A recorded change in words, one line per changed part, for the history: flags in the
/// review's words (FlagChangeText), and environments (name, protected), library activations
/// (name, description, the condition in words) and segments (name, description, each
/// condition) in the same manner. A null before: created; a null after: deleted.
class ChangeText final
{
    Q_DECLARE_TR_FUNCTIONS(ChangeText)
public:
    /// The change's states (Change::before / after) read and described; one line saying so
    /// when a state does not read back.
    static QStringList describe(const Change &change, const Workspace *context = nullptr);
    static QStringList flag(const Flag *before, const Flag *after, const Workspace *context = nullptr);
    static QStringList environment(const Environment *before, const Environment *after);
    static QStringList activation(const Activation *before, const Activation *after,
                                  const Workspace *context = nullptr);
    static QStringList segment(const Segment *before, const Segment *after,
                               const Workspace *context = nullptr);
    static QStringList persona(const Persona *before, const Persona *after);
    /// A persona in words: "user id u-1, country = de, as of 2026-12-31T09:00:00Z".
    static QString personaText(const Persona &persona);

    /// "Flag", "Environment", "Activation", "Segment".
    static QString kindName(ObjectKind kind);
    /// "Created", "Deleted", "Version 3 → 4", with "revert of change 12" when it is one;
    /// from the listing alone (no states needed).
    static QString whatText(const Change &change);
    /// The conditions of a rule or segment in words, "always" for none.
    static QString conditionsText(const QList<Condition> &conditions, const Workspace *context);
};

} // namespace Pennon
