// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "workspacesession.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Pennon {

/// The confirmation before a revert: which change, what reverting it changes (the change
/// backwards, in the history's words), a word when the object has unsaved changes, and an
/// optional comment for the history.
class RevertDialog final : public QDialog
{
    Q_OBJECT
public:
    /// entry: the change with its states.
    RevertDialog(WorkspaceSession *session, const HistoryEntry &entry, QWidget *parent = nullptr);

    /// The comment typed (trimmed); empty: the history says "Revert of change N".
    QString comment() const;
    /// What reverting changes, as shown.
    QString text() const;

private:
    QPlainTextEdit *m_text;
    QLineEdit *m_comment;
};

} // namespace Pennon
