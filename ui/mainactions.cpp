// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "mainactions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QIcon icon(const QString &name)
{
    return QIcon(u":/pennon/icons/" + name + u".svg");
}

} // namespace

MainActions::MainActions(QObject *parent)
    : QObject(parent)
    , m_newFlag(new QAction(tr("&New Flag…"), this))
    , m_save(new QAction(tr("&Save…"), this))
    , m_discard(new QAction(tr("&Discard Changes…"), this))
    , m_duplicate(new QAction(tr("D&uplicate Flag…"), this))
    , m_archive(new QAction(tr("&Archive Flag"), this))
    , m_delete(new QAction(tr("&Delete Flag…"), this))
    , m_import(new QAction(tr("&Import…"), this))
    , m_export(new QAction(tr("&Export…"), this))
    , m_quit(new QAction(icon(u"quit"_s), tr("&Quit"), this))
    , m_find(new QAction(icon(u"search"_s), tr("&Find Flags"), this))
    , m_settings(new QAction(tr("Se&ttings…"), this))
    , m_showArchived(new QAction(tr("Show &Archived Flags"), this))
    , m_about(new QAction(icon(u"about"_s), tr("&About Pennon"), this))
    , m_aboutQt(new QAction(tr("About &Qt"), this))
{
    m_newFlag->setObjectName(u"newFlagAction"_s);
    m_newFlag->setShortcut(QKeySequence::New);
    m_newFlag->setStatusTip(tr("Create a flag: key, name and a type with its variations"));
    m_newFlag->setEnabled(false);

    m_save->setObjectName(u"saveAction"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Review the unsaved changes and write them to the workspace database"));
    m_save->setEnabled(false);

    m_discard->setObjectName(u"discardAction"_s);
    m_discard->setStatusTip(tr("Drop every unsaved change (Edit ▸ Undo brings them back)"));
    m_discard->setEnabled(false);

    m_duplicate->setObjectName(u"duplicateFlagAction"_s);
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_duplicate->setStatusTip(tr("Copy the selected flag, its variations and environments, under a new key"));
    m_duplicate->setEnabled(false);

    m_archive->setObjectName(u"archiveFlagAction"_s);
    m_archive->setCheckable(true);
    m_archive->setStatusTip(tr("Archive the selected flag: hidden from the list, still evaluated"));
    m_archive->setEnabled(false);

    m_delete->setObjectName(u"deleteFlagAction"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setStatusTip(tr("Delete the selected flag from the workspace database, after asking"));
    m_delete->setEnabled(false);

    m_import->setObjectName(u"importAction"_s);
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_import->setStatusTip(tr("Read a Pennon JSON, flagd or Unleash file into the workspace "
                              "database, with a preview first"));
    m_import->setEnabled(false);

    m_export->setObjectName(u"exportAction"_s);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setStatusTip(tr("Write the workspace as Pennon JSON, flagd (OpenFeature), Unleash "
                              "or CSV"));

    m_quit->setObjectName(u"quitAction"_s);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    m_quit->setStatusTip(tr("Close Pennon"));

    m_find->setObjectName(u"findAction"_s);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setStatusTip(tr("Search flags by key, name, tag or owner"));

    m_settings->setObjectName(u"settingsAction"_s);
    m_settings->setShortcut(QKeySequence::Preferences);   // none on some platforms
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setStatusTip(tr("Language, default workspace and when a flag is stale"));

    m_showArchived->setObjectName(u"showArchivedAction"_s);
    m_showArchived->setCheckable(true);
    m_showArchived->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_showArchived->setStatusTip(tr("Include archived flags in the list"));

    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    m_about->setStatusTip(tr("Version, licence and purpose of Pennon"));

    m_aboutQt->setObjectName(u"aboutQtAction"_s);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    m_aboutQt->setStatusTip(tr("The Qt version Pennon runs on and its licence"));
}

} // namespace Pennon
