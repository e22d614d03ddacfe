// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;

namespace Pennon {

/// The main window's actions, with their shortcuts, icons and status tips. The window puts
/// them in menus and the toolbar and connects them; this class only defines them.
class MainActions final : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QObject *parent = nullptr);

    QAction *newFlag() const { return m_newFlag; }
    QAction *save() const { return m_save; }
    QAction *discard() const { return m_discard; }
    QAction *duplicateFlag() const { return m_duplicate; }
    QAction *archiveFlag() const { return m_archive; }
    QAction *deleteFlag() const { return m_delete; }
    QAction *importWorkspace() const { return m_import; }
    QAction *exportWorkspace() const { return m_export; }
    QAction *quit() const { return m_quit; }
    QAction *find() const { return m_find; }
    QAction *settings() const { return m_settings; }
    QAction *showArchived() const { return m_showArchived; }
    QAction *about() const { return m_about; }
    QAction *aboutQt() const { return m_aboutQt; }

private:
    QAction *m_newFlag;
    QAction *m_save;
    QAction *m_discard;
    QAction *m_duplicate;
    QAction *m_archive;
    QAction *m_delete;
    QAction *m_import;
    QAction *m_export;
    QAction *m_quit;
    QAction *m_find;
    QAction *m_settings;
    QAction *m_showArchived;
    QAction *m_about;
    QAction *m_aboutQt;
};

} // namespace Pennon
