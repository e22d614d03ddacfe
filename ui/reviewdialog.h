// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Pennon {

class ImpactLine;
class WorkspaceSession;

/// File ▸ Save: what the unsaved changes do, flag by flag and environment by environment, in
/// words and as before → after, with a comment for the history. Changes to a protected
/// environment need a tick before Save is enabled, and show their change impact there (an
/// ImpactLine per flag and protected environment, worked out while the dialog is open; Save
/// does not wait for it).
class ReviewDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReviewDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    /// The review as shown.
    QString text() const;
    QString comment() const;
    /// The flags the review covers (those with drafts when it opened).
    QStringList flags() const { return m_flags; }
    /// The change impact lines, one per reviewed flag and protected environment it changes.
    QList<ImpactLine *> impactLines() const { return m_impactLines; }

private:
    QStringList m_flags;
    QPlainTextEdit *m_text;
    QLineEdit *m_comment;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_save;
    QList<ImpactLine *> m_impactLines;
};

} // namespace Pennon
