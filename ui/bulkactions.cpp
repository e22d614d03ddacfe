// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "bulkactions.h"

#include "bulkeditdialog.h"
#include "flaglistmodel.h"
#include "flaglistview.h"
#include "promotedialog.h"
#include "workspacesession.h"

#include <QAction>
#include <QLabel>
#include <QMenu>

namespace Pennon {

using namespace Qt::StringLiterals;

BulkActions::BulkActions(WorkspaceSession *session, FlagListModel *model, FlagListView *list, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_model(model)
    , m_list(list)
    , m_window(window)
    , m_menu(new QMenu(tr("&Bulk Edit"), window))
    , m_switchOn(new QMenu(tr("Switch O&n in"), m_menu))
    , m_switchOff(new QMenu(tr("Switch O&ff in"), m_menu))
    , m_promote(new QAction(tr("&Promote…"), this))
    , m_promoteFlag(new QAction(tr("&Promote To…"), this))
    , m_summary(new QLabel(window))
{
    m_menu->setObjectName(u"bulkEditMenu"_s);
    m_switchOn->setObjectName(u"bulkSwitchOnMenu"_s);
    m_switchOff->setObjectName(u"bulkSwitchOffMenu"_s);
    const auto add = [this](const QString &text, const char *name, const QString &tip, BulkEdit::Kind kind) {
        QAction *action = m_menu->addAction(text);
        action->setObjectName(QString::fromLatin1(name));
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, [this, kind] {
            BulkEdit edit;
            edit.kind = kind;
            startBulkEdit(edit);
        });
        m_bulkActions.append(action);
        return action;
    };
    add(tr("Add &Tags…"), "bulkAddTagsAction", tr("Add tags to every selected flag"), BulkEdit::Kind::AddTags)
            ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    add(tr("&Remove Tags…"), "bulkRemoveTagsAction", tr("Remove tags from every selected flag"), BulkEdit::Kind::RemoveTags);
    add(tr("Set &Owner…"), "bulkSetOwnerAction", tr("Give every selected flag the same owner"), BulkEdit::Kind::SetOwner);
    m_menu->addSeparator();
    m_menu->addMenu(m_switchOn);
    m_menu->addMenu(m_switchOff);
    m_menu->addSeparator();
    add(tr("&Archive"), "bulkArchiveAction", tr("Archive every selected flag: hidden from the list, still evaluated"),
        BulkEdit::Kind::Archive);
    add(tr("&Unarchive"), "bulkUnarchiveAction", tr("Bring every selected archived flag back"), BulkEdit::Kind::Unarchive);

    m_promote->setObjectName(u"promoteAction"_s);
    m_promote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_promote->setStatusTip(tr("Copy flags' configuration from one environment to another, flag by flag"));
    m_promoteFlag->setObjectName(u"promoteFlagAction"_s);
    m_promoteFlag->setStatusTip(tr("Copy the selected flag's configuration from this environment to another"));
    connect(m_promote, &QAction::triggered, this, [this] { startPromotion({}); });
    connect(m_promoteFlag, &QAction::triggered, this, [this] { startPromotion(m_list->currentFlagKey()); });

    m_summary->setObjectName(u"selectionSummary"_s);
    m_summary->setAccessibleName(tr("Selected flags"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(4, 4, 4, 4);
    m_summary->hide();

    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &BulkActions::showContextMenu);
    connect(m_list, &FlagListView::selectedFlagsChanged, this, &BulkActions::updateActions);
    connect(m_list, &FlagListView::currentFlagChanged, this, &BulkActions::updateActions);
    connect(m_session, &WorkspaceSession::stateChanged, this, &BulkActions::updateActions);
    connect(m_session, &WorkspaceSession::environmentsChanged, this, &BulkActions::rebuildEnvironmentMenus);
    connect(m_session, &WorkspaceSession::workspaceReset, this, &BulkActions::rebuildEnvironmentMenus);
    rebuildEnvironmentMenus();
}

void BulkActions::rebuildEnvironmentMenus()
{
    for (QMenu *menu : {m_switchOn, m_switchOff}) {
        const bool on = menu == m_switchOn;
        menu->clear();
        for (const Environment &environment : m_session->workspace().environments) {
            const QString name = environment.name.isEmpty() ? environment.key : environment.name;
            QAction *action = menu->addAction(name);
            action->setObjectName((on ? u"bulkSwitchOn:"_s : u"bulkSwitchOff:"_s) + environment.key);
            action->setStatusTip(on ? tr("Switch every selected flag on in %1").arg(name)
                                    : tr("Switch every selected flag off in %1").arg(name));
            connect(action, &QAction::triggered, this, [this, on, key = environment.key] {
                BulkEdit edit;
                edit.kind = on ? BulkEdit::Kind::SwitchOn : BulkEdit::Kind::SwitchOff;
                edit.environment = key;
                startBulkEdit(edit);
            });
        }
    }
    updateActions();
}

void BulkActions::updateActions()
{
    const int selected = m_list->selectedFlagCount();
    const bool writable = m_session->isWritable();
    for (QAction *action : std::as_const(m_bulkActions))
        action->setEnabled(writable && selected > 0);
    m_switchOn->setEnabled(writable && selected > 0 && !m_switchOn->isEmpty());
    m_switchOff->setEnabled(writable && selected > 0 && !m_switchOff->isEmpty());
    m_menu->setEnabled(writable && selected > 0);
    const bool twoEnvironments = m_session->workspace().environments.size() > 1;
    m_promote->setEnabled(writable && twoEnvironments);
    m_promoteFlag->setEnabled(writable && twoEnvironments && !m_list->currentFlagKey().isEmpty());
    m_summary->setVisible(selected > 1);
    if (selected > 1) {
        const QString current = m_list->currentFlagKey();
        m_summary->setText(current.isEmpty()
                ? tr("%n flag(s) selected: Edit ▸ Bulk Edit changes them all.", nullptr, selected)
                : tr("%n flag(s) selected: Edit ▸ Bulk Edit changes them all. Shown below: %1.", nullptr, selected)
                          .arg(current));
    }
}

void BulkActions::showContextMenu(const QPoint &position)
{
    QMenu menu(m_list);
    menu.setObjectName(u"flagListContextMenu"_s);
    menu.addMenu(m_menu);
    menu.addAction(m_promoteFlag);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

void BulkActions::startBulkEdit(const BulkEdit &edit)
{
    const QStringList keys = m_list->selectedFlagKeys();
    if (keys.isEmpty() || !m_session->isWritable())
        return;
    const QStringList suggestions = edit.kind == BulkEdit::Kind::SetOwner ? m_model->owners() : m_model->tags();
    auto *dialog = new BulkEditDialog(m_session, edit, keys, suggestions, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Made on the flags as they are now (a colleague's save may have come in meanwhile).
        const BulkEdit made = dialog->edit();
        QList<Flag> changed;
        for (const Flag &flag : dialog->changedFlags()) {
            if (const std::optional<Flag> now = m_session->editedFlag(flag.key))
                changed.append(made.applied(*now));
        }
        m_session->editFlags(changed, dialog->stepText());
    });
    dialog->open();
}

void BulkActions::startPromotion(const QString &flagKey)
{
    if (!m_session->isWritable())
        return;
    auto *dialog = new PromoteDialog(m_session, flagKey, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_session->editFlags(dialog->chosenFlags(), dialog->stepText());
    });
    dialog->open();
}

} // namespace Pennon
