// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagfilterbar.h"

#include "flagfilterproxy.h"
#include "flaglistmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSettings>
#include <QSignalBlocker>
#include <QTimer>

namespace Pennon {

using namespace Qt::StringLiterals;

FlagFilterBar::FlagFilterBar(FlagListModel *model, FlagFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(proxy)
    , m_tag(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_stale(new QCheckBox(tr("Stale"), this))
    , m_archived(new QCheckBox(tr("Archived"), this))
    , m_refresh(new QTimer(this))
{
    setObjectName(u"flagFilterBar"_s);
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setToolTip(tr("Shows only the flags with this tag"));
    m_owner->setObjectName(u"ownerFilter"_s);
    m_owner->setAccessibleName(tr("Filter by owner"));
    m_owner->setToolTip(tr("Shows only the flags of this owner"));
    m_state->setObjectName(u"stateFilter"_s);
    m_state->setAccessibleName(tr("Filter by state"));
    m_state->setToolTip(tr("Shows only the flags on, or off, in the current environment"));
    m_state->addItem(tr("any state"), int(FlagFilterProxy::State::Any));
    m_state->addItem(tr("on here"), int(FlagFilterProxy::State::On));
    m_state->addItem(tr("off here"), int(FlagFilterProxy::State::Off));
    m_stale->setObjectName(u"staleFilter"_s);
    m_stale->setAccessibleName(tr("Only stale flags"));
    m_archived->setObjectName(u"archivedFilter"_s);
    m_archived->setAccessibleName(tr("Archived flags too"));
    m_archived->setToolTip(tr("Shows the archived flags too"));
    m_archived->setEnabled(false);   // until it has the action to follow
    for (QComboBox *box : {m_tag, m_owner, m_state}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 16);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tag);
    layout->addWidget(m_owner);
    layout->addWidget(m_state);
    layout->addWidget(m_stale);
    layout->addWidget(m_archived);
    layout->addStretch(1);

    fill(m_tag, tr("any tag"), {});
    fill(m_owner, tr("any owner"), {});
    applyStale();   // the tooltip, with the days

    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTagFilter(m_tag->currentData().toString());
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOwnerFilter(m_owner->currentData().toString());
    });
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(FlagFilterProxy::State(m_state->currentData().toInt()));
    });
    connect(m_stale, &QCheckBox::toggled, this, &FlagFilterBar::applyStale);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(0);
    connect(m_refresh, &QTimer::timeout, this, &FlagFilterBar::refreshChoices);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FlagFilterBar::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FlagFilterBar::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FlagFilterBar::scheduleRefresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                // Only a flag's own fields change its tags or owner (not an environment switch).
                if (topLeft.column() <= FlagListModel::OwnerColumn && bottomRight.column() >= FlagListModel::TagsColumn)
                    scheduleRefresh();
            });
    refreshChoices();
}

int FlagFilterBar::staleDaysSetting()
{
    bool ok = false;
    const int days = QSettings().value(u"list/staleDays"_s, DefaultStaleDays).toInt(&ok);
    return ok && days >= 0 ? days : DefaultStaleDays;
}

void FlagFilterBar::applyStale()
{
    const int days = staleDaysSetting();
    m_stale->setToolTip(tr("Shows only the flags not changed for %n days that serve one variation "
                           "to everyone in every environment (off, or every enabled rule and the "
                           "default serving the same variation)", nullptr, days));
    m_proxy->setStaleDays(days);
    m_proxy->setStaleOnly(m_stale->isChecked());
}

void FlagFilterBar::setTabOrderBefore(QWidget *next)
{
    m_tabNext = next;
    QWidget::setTabOrder(m_tag, m_owner);
    QWidget::setTabOrder(m_owner, m_state);
    QWidget::setTabOrder(m_state, m_stale);
    QWidget::setTabOrder(m_stale, m_archived);
    QWidget::setTabOrder(m_archived, next);
}

void FlagFilterBar::setShowArchivedAction(QAction *action)
{
    m_archived->setEnabled(true);
    m_archived->setChecked(action->isChecked());
    m_archived->setToolTip(tr("Shows the archived flags too (%1)")
                               .arg(action->shortcut().toString(QKeySequence::NativeText)));
    connect(m_archived, &QCheckBox::toggled, action, &QAction::setChecked);
    connect(action, &QAction::toggled, m_archived, &QCheckBox::setChecked);
}

void FlagFilterBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Widgets moved into tool bars and splitters after the bar was made take their place in
    // the tab chain as they move; the order is settled once the window is complete.
    if (!m_shown && m_tabNext)
        setTabOrderBefore(m_tabNext);
    m_shown = true;
}

void FlagFilterBar::scheduleRefresh()
{
    m_refresh->start();
}

void FlagFilterBar::fill(QComboBox *box, const QString &anyText, const QStringList &values)
{
    const QString current = box->currentData().toString();
    if (box->count() == values.size() + 1) {
        bool same = true;
        for (qsizetype i = 0; i < values.size() && same; ++i)
            same = box->itemData(int(i + 1)).toString() == values.at(i);
        if (same)
            return;
    }
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(anyText, QString());
    for (const QString &value : values)
        box->addItem(value, value);
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void FlagFilterBar::refreshChoices()
{
    m_refresh->stop();
    fill(m_tag, tr("any tag"), m_model->tags());
    fill(m_owner, tr("any owner"), m_model->owners());
    // A choice that is gone is "any" now: the proxy follows (no-ops when nothing changed).
    m_proxy->setTagFilter(m_tag->currentData().toString());
    m_proxy->setOwnerFilter(m_owner->currentData().toString());
    if (m_stale->isChecked() && m_proxy->staleDays() != staleDaysSetting())
        applyStale();
}

} // namespace Pennon
