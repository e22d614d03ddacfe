// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Pennon {

/// The environments as edited (added, renamed, reordered, protected, removed) against the
/// workspace as loaded: whether the list can be saved, what it changes in words, and the one
/// write that stores it. Environments are told apart by key (a key never changes), so an
/// environment removed and added again under the same key is the stored one, edited.
class EnvironmentChanges
{
    Q_DECLARE_TR_FUNCTIONS(EnvironmentChanges)
public:
    /// stored: the workspace as loaded (its versions are the ones the write expects).
    explicit EnvironmentChanges(const Workspace &stored);

    const Workspace &stored() const { return m_stored; }

    /// What is wrong with the edited list (a bad, missing or duplicate key, an empty name),
    /// one message each, in list order; empty when it can be saved.
    static QStringList problems(const QList<Environment> &edited);
    /// Why a key cannot be added to the list: malformed, or taken; empty when it can.
    static QString keyProblem(const QString &key, const QList<Environment> &edited);

    /// Why the stored environment key cannot be removed, or empty: flags are on in it (the
    /// first few named, and a count), or flags with unsaved changes (drafts: their edited
    /// states) are configured there. Environments not stored yet can always go.
    QString removalRefusal(const QString &key, const QList<Flag> &drafts) const;
    /// The stored flags configured in an environment (each loses that configuration when it
    /// is removed).
    QStringList configuredFlags(const QString &key) const;

    /// The changes in words, one line each: "Add environment qa", "Rename staging to
    /// Pre-production", "Protect production", "Move production to 1", "Remove qa (3 flags lose
    /// their configuration there)". Empty when the list is as stored.
    QStringList describe(const QList<Environment> &edited) const;
    /// The stored environments that moved: the fewest whose moving explains the new order.
    QStringList moved(const QList<Environment> &edited) const;

    /// The one write: each added, changed or moved environment (expecting the version as
    /// loaded; a move is recorded as a change of its own), each removed one with every flag
    /// configured there written without that configuration, and the new order.
    WorkspaceWrite write(const QList<Environment> &edited) const;

private:
    /// The name shown for a stored or edited environment.
    static QString nameOf(const Environment &environment);

    Workspace m_stored;
};

} // namespace Pennon
