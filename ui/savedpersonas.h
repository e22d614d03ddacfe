// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/persona.h"

#include <QSet>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace Pennon {

class PersonaEditor;
class ProblemLabel;
struct StorageError;
class WorkspaceSession;

/// The personas saved in the workspace, above the persona editor: choose one to edit it;
/// Save (its changes), Save As… (a new persona with a name), Rename…, Delete and Import… (a
/// CSV or JSONL file of contexts, one persona each, PersonaImport). Every write is one
/// WorkspaceSession::saveObjects() transaction, so it is recorded in the history and a
/// colleague's change meanwhile is a conflict that is shown, not overwritten.
class SavedPersonas final : public QWidget
{
    Q_OBJECT
public:
    SavedPersonas(WorkspaceSession *session, PersonaEditor *editor, QWidget *parent = nullptr);

    /// The key of the saved persona being edited, or empty.
    QString currentKey() const;
    /// Chooses a saved persona (it is shown in the editor); false when there is none by that key.
    bool choose(const QString &key);
    /// Chooses the saved persona by that key when the editor holds what it saved (the editor
    /// was restored from the last session), so that it shows as that persona, unchanged.
    void chooseIfSame(const QString &key);
    /// Whether the editor holds changes of the chosen persona that are not saved.
    bool isModified() const;

private:
    void refill();
    void chosen(int index);
    void updateActions();
    void save();
    void saveAs();
    void rename();
    void remove();
    void import();
    /// The personas read (or why not, in error) from the file at path.
    void importRead(const QString &path, const std::optional<QList<Persona>> &personas, const QString &error);
    /// The keys of the saved personas (new keys must differ).
    QSet<QString> savedKeys() const;
    /// Writes personas (saved when next is set, deleted when not) in one transaction.
    bool write(const QList<std::pair<Persona, bool>> &personas, const QString &comment,
               const QString &done);
    void saved(int request);
    void saveFailed(int request, const StorageError &error);
    /// A name asked for in a dialog; empty when cancelled.
    QString askName(const QString &title, const QString &name);

    WorkspaceSession *m_session;
    PersonaEditor *m_editor;
    QComboBox *m_list;
    QPushButton *m_save;
    QPushButton *m_saveAs;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_import;
    ProblemLabel *m_problem;
    QLabel *m_status;
    int m_request = -1;
    QString m_done;           ///< what the status says once the request is written
    QString m_chooseAfter;    ///< the key to choose once the request is written
};

} // namespace Pennon
