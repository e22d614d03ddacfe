// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/uses.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;

namespace Pennon {

class LibraryEditor;
struct LibraryObject;
class LibraryListModel;
class WorkspaceSession;

/// One tab of the library window: the activations or the segments in a list (key, name,
/// condition in words, "used by N flags"), New / Duplicate / Delete, the flags and segments
/// that use the selected one (each opens where it is), and its editor.
class LibraryTab final : public QWidget
{
    Q_OBJECT
public:
    LibraryTab(WorkspaceSession *session, LibraryKind kind, QWidget *parent = nullptr);

    LibraryKind kind() const { return m_kind; }
    LibraryEditor *editor() const { return m_editor; }
    LibraryListModel *model() const { return m_model; }
    /// The workspace or who uses what changed: the list again, the selection kept.
    void setUses(const WorkspaceUses *uses);
    /// Selects the object with this key; false when the list has none.
    bool select(const QString &key);
    QString currentKey() const;

Q_SIGNALS:
    /// A flag to show in the main window.
    void flagRequested(const QString &key);
    /// A segment or activation to show in its tab.
    void objectRequested(Pennon::LibraryKind kind, const QString &key);

private:
    void currentChanged();
    void showUsers();
    void openUser();
    void newObject();
    void duplicateObject();
    /// Puts object (new, unsaved) in the editor, after asking to discard an edit under way.
    void startNew(const LibraryObject &object);
    void deleteObject();
    QString freeKey(const QString &base) const;
    void updateButtons();

    WorkspaceSession *m_session;
    LibraryKind m_kind;
    const WorkspaceUses *m_uses = nullptr;
    LibraryListModel *m_model;
    QTreeView *m_list;
    QPushButton *m_new;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QLabel *m_usedByHeading;
    QListWidget *m_usedBy;
    QPushButton *m_open;
    LibraryEditor *m_editor;
    QString m_shown;          // the key the editor was given from the list
    bool m_selecting = false;
    int m_deleteRequest = -1;
};

} // namespace Pennon
