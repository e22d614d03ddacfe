// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "libraryeditor.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Pennon {

class ImpactLine;

/// Before a library activation or segment is saved: what changes in it (before → after, in
/// words), and the flags whose behaviour changes, per environment — each with the rules that
/// reach it, whether the flag is on there, and the flags that follow it by a prerequisite —
/// with a comment for the history. Changes that reach a protected environment need a tick
/// before Save is enabled, as in the flags' review, and show the change impact there over
/// synthetic users (an ImpactLine per protected environment, worked out while the dialog is
/// open; Save does not wait for it).
class LibraryImpactDialog final : public QDialog
{
    Q_OBJECT
public:
    /// changes: WorkspaceUses::behaviourChanges() of the object (empty when its conditions
    /// stay as they were, conditionChanged false, or nothing uses it).
    LibraryImpactDialog(const Workspace &workspace, const std::optional<LibraryObject> &before,
                        const LibraryObject &after, const QList<BehaviourChange> &changes,
                        bool conditionChanged, QWidget *parent = nullptr);

    /// The review as shown.
    QString text() const;
    QString comment() const;
    /// The change impact lines, one per protected environment the change reaches.
    QList<ImpactLine *> impactLines() const { return m_impactLines; }

    /// The lines of the review: what changes in the object, then the flags per environment.
    static QStringList lines(const Workspace &workspace, const std::optional<LibraryObject> &before,
                             const LibraryObject &after, const QList<BehaviourChange> &changes,
                             bool conditionChanged);

private:
    QPlainTextEdit *m_text;
    QLineEdit *m_comment;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_save;
    QList<ImpactLine *> m_impactLines;
};

} // namespace Pennon
