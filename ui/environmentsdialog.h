// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "environmentchanges.h"

#include <QDialog>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace Pennon {

class ProblemLabel;
class WorkspaceSession;

/// Environment ▸ Manage Environments…: the workspace's environments in order, with their key,
/// name and protection. Add (the key checked as it is typed), rename (the key stays), move up
/// and down (Alt+Up / Alt+Down), protect or unprotect, remove (refused while flags are on there
/// or have unsaved changes there; flags configured there lose that configuration). Every edit
/// is a step on the dialog's own undo stack (Ctrl+Z / Ctrl+Shift+Z). The changes are shown in
/// words as they are made, and Save writes them all in one WorkspaceSession::saveObjects(),
/// expecting the versions as the dialog found them: a colleague's change meanwhile is a
/// conflict, shown here, and nothing is written. The dialog closes once the write is done.
class EnvironmentsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit EnvironmentsDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    /// The environments as edited, in order.
    QList<Environment> environments() const { return m_edited; }
    /// The changes in words, as shown.
    QStringList changes() const;
    QUndoStack *undoStack() const { return m_undo; }

    /// For the undo steps: the list becomes this, with that environment selected.
    void setEnvironments(const QList<Environment> &environments, const QString &selectKey);

    /// Asks first when there are changes; ignored while the save runs.
    void reject() override;

private:
    /// One undoable step from the current list to after (steps with the same mergeKey in a
    /// row are one: typing a name).
    void edit(const QList<Environment> &after, const QString &text, const QString &selectKey,
              const QString &mergeKey = {});
    void refresh();
    void updateSelection();
    void updateNewKey();
    QString selectedKey() const;
    int selectedRow() const;
    void addEnvironment();
    void renameTyped(const QString &name);
    void moveBy(int delta);
    void toggleProtected();
    void removeSelected();
    void save();
    void saved(int request);
    void saveFailed(int request, const StorageError &error);

    WorkspaceSession *m_session;
    EnvironmentChanges m_changes;
    QList<Flag> m_drafts;           // the flags with unsaved changes, as edited
    QList<Environment> m_edited;
    QUndoStack *m_undo;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    int m_request = -1;             // the save running, or -1

    QWidget *m_editing;             // everything but the dialog's buttons: off while saving
    QTreeWidget *m_list;
    QLabel *m_key;
    QLineEdit *m_name;
    ProblemLabel *m_nameProblem;
    QPushButton *m_rename;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_protect;
    QPushButton *m_remove;
    ProblemLabel *m_notice;         // a refused removal, a failed save
    QLineEdit *m_newKey;
    QLineEdit *m_newName;
    ProblemLabel *m_newKeyProblem;
    QPushButton *m_add;
    QPlainTextEdit *m_summary;
    QLineEdit *m_comment;
    ProblemLabel *m_saveProblem;
    QPushButton *m_save;
};

} // namespace Pennon
