// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/uses.h"
#include "model/workspace.h"
#include "storage/repository.h"
#include "validation/problem.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace Pennon {

class ConditionEditor;
class ProblemLabel;
class WorkspaceSession;

/// An activation or a segment as the library's editor edits it; an activation has exactly one
/// condition.
struct LibraryObject {
    LibraryKind kind = LibraryKind::Activation;
    QString key;
    QString name;
    QString description;
    QList<Condition> conditions;
    qint64 version = 0;

    static LibraryObject of(const Activation &activation);
    static LibraryObject of(const Segment &segment);
    /// The stored object of this kind and key in the workspace, if there is one.
    static std::optional<LibraryObject> find(const Workspace &workspace, LibraryKind kind, const QString &key);
    StoredObject stored() const;
    ObjectKind objectKind() const;
    friend bool operator==(const LibraryObject &, const LibraryObject &) = default;
};

/// Edits one library activation (key, name, description, its condition) or segment (its
/// conditions, added, removed and reordered) with the flag editor's ConditionEditor. Every
/// change is one step on the editor's own undo stack (typing in one field is one step). It is
/// checked as it is typed (the validator on the workspace with the edit laid over it; each
/// problem at its field) and Save is disabled, saying why, while it is invalid. Save shows the
/// flags whose behaviour changes (LibraryImpactDialog), then writes it in one saveObjects()
/// call expecting the version it started from.
class LibraryEditor final : public QWidget
{
    Q_OBJECT
public:
    LibraryEditor(WorkspaceSession *session, LibraryKind kind, QWidget *parent = nullptr);
    ~LibraryEditor() override;

    LibraryKind kind() const { return m_kind; }
    /// Shows the stored object with this key (empty or not there: nothing), dropping any
    /// unsaved change and the undo steps.
    void showStored(const QString &key);
    /// Starts a new object that is not stored yet.
    void startNew(const LibraryObject &object);
    /// The key of the stored object shown; empty for a new one or none.
    QString storedKey() const { return m_base ? m_base->key : QString(); }
    bool isEditing() const { return m_editing; }
    bool isModified() const;
    LibraryObject object() const { return m_object; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Who uses what in the stored workspace (not owned; kept by the library window).
    void setUses(const WorkspaceUses *uses);
    /// The workspace was reloaded: the pickers, the checks, and the stored object shown again
    /// unless it is being changed.
    void workspaceChanged();
    /// Why Save is disabled, or empty.
    QString saveBlockedReason() const { return m_blocked; }
    /// The problems of the edit as last checked.
    const Problems &problems() const { return m_problems; }

Q_SIGNALS:
    /// Saved (or deleted, key then of what was deleted and deleted true).
    void saved(const QString &key, bool deleted);
    void modifiedChanged();
    /// Impact…: the change impact of the object as edited now (key as stored) vs saved.
    void impactRequested(const Pennon::LibraryObject &edited);
    /// The conditions of a stored object changed in the editor (key as stored), e.g. to
    /// cancel a comparison of the edit before it that runs.
    void conditionsEdited(const Pennon::LibraryObject &edited);

private:
    friend class LibraryEditCommand;
    /// Shows a state (from an undo step).
    void apply(const LibraryObject &state);
    /// Changes the object as one undo step.
    void edit(const LibraryObject &after, const QString &text, const QString &mergeKey);
    void conditionEdited(const Condition &after, const QString &text, const QString &field);
    void showConditions();
    void showCondition();
    void validate();
    void updateButtons();
    void addCondition();
    void removeCondition();
    void moveCondition(int by);
    void revert();
    void save();
    void saveFinished(int request, bool ok, const StorageError &error);
    QString typeName() const;

    WorkspaceSession *m_session;
    LibraryKind m_kind;
    const WorkspaceUses *m_uses = nullptr;
    bool m_editing = false;
    std::optional<LibraryObject> m_base;   ///< the stored object the edit started from
    LibraryObject m_object;
    int m_currentCondition = 0;
    bool m_updating = false;
    int m_request = -1;
    Problems m_problems;
    QString m_blocked;
    QUndoStack *m_undo;

    QLabel *m_heading;
    QLineEdit *m_key;
    ProblemLabel *m_keyProblem;
    QLineEdit *m_name;
    QPlainTextEdit *m_description;
    QWidget *m_conditionsBox;
    QListWidget *m_conditionList;
    QPushButton *m_addCondition;
    QPushButton *m_removeCondition;
    QToolButton *m_upCondition;
    QToolButton *m_downCondition;
    ConditionEditor *m_conditionEditor;
    ProblemLabel *m_general;
    QPushButton *m_revert;
    QPushButton *m_save;
    QPushButton *m_impact;
    QLabel *m_saveReason;
};

} // namespace Pennon
