// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QTimer;

namespace Pennon {

class FlagFilterProxy;
class FlagListModel;

/// The filters above the flag list: a tag, an owner, the state in the current environment,
/// "stale only" and "archived too". Sets them on the proxy as they are chosen; the tag and owner choices follow
/// the model's flags (refreshed once per turn of the event loop, keeping the choice while it
/// is still there). The stale days come from the setting "list/staleDays" (30 when not set),
/// read whenever the stale filter is switched on or the choices are refreshed.
class FlagFilterBar final : public QWidget
{
    Q_OBJECT
public:
    FlagFilterBar(FlagListModel *model, FlagFilterProxy *proxy, QWidget *parent = nullptr);

    static constexpr int DefaultStaleDays = 30;
    /// The stale days as set ("list/staleDays"), or DefaultStaleDays.
    static int staleDaysSetting();

    QComboBox *tagBox() const { return m_tag; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *stateBox() const { return m_state; }
    QCheckBox *staleBox() const { return m_stale; }
    QCheckBox *archivedBox() const { return m_archived; }

    /// The Archived box and this action (View ▸ Show Archived Flags, which the proxy follows)
    /// are ticked together.
    void setShowArchivedAction(QAction *action);

    /// Tab goes from the tag through the owner, the state and the stale box to next (set now
    /// and again when the bar is first shown, after the window has placed all its widgets).
    void setTabOrderBefore(QWidget *next);

protected:
    void showEvent(QShowEvent *event) override;

public:

    /// Fills the tag and owner choices from the model now (else it happens on the next turn
    /// of the event loop after the flags change).
    void refreshChoices();

private:
    void scheduleRefresh();
    void applyStale();
    static void fill(QComboBox *box, const QString &anyText, const QStringList &values);

    FlagListModel *m_model;
    FlagFilterProxy *m_proxy;
    QComboBox *m_tag;
    QComboBox *m_owner;
    QComboBox *m_state;
    QCheckBox *m_stale;
    QCheckBox *m_archived;
    QTimer *m_refresh;
    QWidget *m_tabNext = nullptr;
    bool m_shown = false;
};

} // namespace Pennon
