// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "environmentselector.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QMenu>

namespace Pennon {

using namespace Qt::StringLiterals;

EnvironmentSelector::EnvironmentSelector(QWidget *parent)
    : QComboBox(parent)
    , m_menu(new QMenu(tr("&Environment"), this))
    , m_group(new QActionGroup(this))
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setToolTip(tr("The environment whose on/off state the list shows"));
    setStatusTip(toolTip());
    m_menu->setIcon(QIcon(u":/pennon/icons/environment.svg"_s));
    m_group->setExclusive(true);
    m_separator = m_menu->addSeparator();
    m_manage = m_menu->addAction(QIcon(u":/pennon/icons/environment.svg"_s), tr("&Manage Environments…"));
    m_manage->setObjectName(u"manageEnvironmentsAction"_s);
    m_manage->setStatusTip(tr("Add, rename, reorder, protect and remove environments"));
    m_manage->setToolTip(m_manage->statusTip());
    connect(this, &QComboBox::currentIndexChanged, this, &EnvironmentSelector::onIndexChanged);
    connect(m_group, &QActionGroup::triggered, this, [this](QAction *action) {
        setCurrentIndex(findData(action->data()));
    });
}

void EnvironmentSelector::setEnvironments(const QList<Environment> &environments)
{
    const QString previous = currentEnvironment();
    {
        const QSignalBlocker blocker(this);
        clear();
        const QList<QAction *> old = m_group->actions();
        for (QAction *action : old)
            delete action;
        for (int i = 0; i < environments.size(); ++i) {
            const Environment &env = environments.at(i);
            const QString name = env.name.isEmpty() ? env.key : env.name;
            addItem(name, env.key);
            const QString tip = env.isProtected
                ? tr("%1 (protected): changes ask for confirmation").arg(env.key)
                : env.key;
            setItemData(i, tip, Qt::ToolTipRole);

            auto *action = new QAction(name, m_group);
            action->setData(env.key);
            action->setCheckable(true);
            action->setStatusTip(tr("Show the state of each flag in %1").arg(name));
            if (i < 9)
                action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
            m_menu->insertAction(m_separator, action);
        }
        const int index = findData(previous);
        setCurrentIndex(index >= 0 ? index : (count() > 0 ? 0 : -1));
    }
    setEnabled(count() > 0);
    onIndexChanged(currentIndex());
}

QString EnvironmentSelector::currentEnvironment() const
{
    return currentData().toString();
}

void EnvironmentSelector::setCurrentEnvironment(const QString &key)
{
    const int index = findData(key);
    if (index >= 0)
        setCurrentIndex(index);
}

void EnvironmentSelector::onIndexChanged(int index)
{
    const QList<QAction *> actions = m_group->actions();
    if (index >= 0 && index < actions.size())
        actions.at(index)->setChecked(true);
    Q_EMIT environmentChanged(currentEnvironment());
}

} // namespace Pennon
