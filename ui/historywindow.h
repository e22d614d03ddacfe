// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/repository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QStringListModel;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTimer;

namespace Pennon {

class HistoryPane;
class WorkspaceSession;

/// View ▸ History…: every recorded change of the workspace, newest first, in a window of its
/// own (not modal), filtered by object (kind and key text), actor and time range; the
/// selected change's diff in words below, and Revert…. The list is read page by page as it
/// is scrolled (HistoryModel), so it opens at once on a long history.
class HistoryWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryWindow(WorkspaceSession *session, QWidget *parent = nullptr);

    HistoryPane *pane() const { return m_pane; }
    /// The filters as a query (no paging).
    ChangeQuery query() const;

private:
    void apply();
    void updateCount();
    void updateActors();

    WorkspaceSession *m_session;
    QComboBox *m_kind;
    QLineEdit *m_key;
    QLineEdit *m_actor;
    QStringListModel *m_actors;   // who made the changes listed, to complete from
    QCheckBox *m_fromOn;
    QDateTimeEdit *m_from;
    QCheckBox *m_untilOn;
    QDateTimeEdit *m_until;
    QLabel *m_count;
    HistoryPane *m_pane;
    QTimer *m_typing;
};

} // namespace Pennon
