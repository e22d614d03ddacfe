// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pennon {

/// One change made to many flags at once (Edit ▸ Bulk Edit): tags added or removed, the owner
/// set, switched on or off in an environment, archived or unarchived. applied() says what a
/// flag becomes; a flag it does not change comes back equal.
struct BulkEdit {
    Q_DECLARE_TR_FUNCTIONS(BulkEdit)
public:
    enum class Kind { AddTags, RemoveTags, SetOwner, SwitchOn, SwitchOff, Archive, Unarchive };

    Kind kind = Kind::AddTags;
    QStringList tags;        ///< AddTags, RemoveTags
    QString owner;           ///< SetOwner (empty: no owner)
    QString environment;     ///< SwitchOn, SwitchOff: the environment's key

    /// The flag with the edit made. Switching on in an environment the flag has no
    /// configuration in sets it up first as a new flag starts (NewFlagDialog::switchedOff),
    /// saying so in *setUp. Switching off there changes nothing: it is off already.
    Flag applied(const Flag &flag, bool *setUp = nullptr) const;
    /// Whether the edit needs something typed (tags, an owner).
    bool needsInput() const;
    /// The dialog's title and the undo step's name for count flags ("Add Tags to 3 Flags",
    /// "Switch On in Production: 3 Flags"); environmentName for the switches.
    QString title(qsizetype count, const QString &environmentName) const;
};

} // namespace Pennon
