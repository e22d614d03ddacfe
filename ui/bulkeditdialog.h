// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "bulkedit.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Pennon {

class WorkspaceSession;

/// Edit ▸ Bulk Edit ▸ …: one change for the selected flags, shown before it is made. For tags
/// and the owner a field to type them in (tags completed from the workspace's, comma
/// separated); below it, redone as it is typed, what changes flag by flag in the words of the
/// review before saving, and the flags it would not change named as unchanged. OK makes the
/// change, as one undo step (the flags become drafts, saved with File ▸ Save).
class BulkEditDialog final : public QDialog
{
    Q_OBJECT
public:
    /// keys: the selected flags, as listed. suggestions: the workspace's tags or owners.
    BulkEditDialog(WorkspaceSession *session, const BulkEdit &edit, const QStringList &keys,
                   const QStringList &suggestions, QWidget *parent = nullptr);

    /// The edit as filled in.
    BulkEdit edit() const;
    /// The flags it changes, as they become.
    QList<Flag> changedFlags() const { return m_changed; }
    /// The flags it leaves as they are.
    QStringList unchangedKeys() const { return m_unchanged; }
    /// The preview as shown.
    QString previewText() const;
    /// The name of the undo step.
    QString stepText() const;

private:
    void updatePreview();

    WorkspaceSession *m_session;
    BulkEdit m_edit;
    QStringList m_keys;
    QLineEdit *m_input = nullptr;
    QLabel *m_summary;
    QPlainTextEdit *m_preview;
    QPushButton *m_ok;
    QList<Flag> m_changed;
    QStringList m_unchanged;
};

} // namespace Pennon
