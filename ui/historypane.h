// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/repository.h"
#include "workspacesession.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace Pennon {

class HistoryModel;
class ProblemLabel;

/// Changes in a table, newest first, over the selected one's full diff in words, with a
/// Revert… button: the flag editor's History tab (one flag, each row with its words) and the
/// workspace history window (any query, the light listing, a change's states read when it is
/// selected). Follows the session: changes recorded since appear at the top.
class HistoryPane final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPane(WorkspaceSession *session, QWidget *parent = nullptr);

    /// The workspace history: the changes the query selects.
    void setQuery(const ChangeQuery &query);
    /// One flag's history, each row with its words; read when the pane is first shown.
    void showFlag(const QString &key);

    HistoryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The selected change's diff, as shown.
    QString diffText() const;
    /// The last revert's outcome: what was recorded, or why it was refused.
    QString message() const;

Q_SIGNALS:
    /// A revert started here was recorded.
    void reverted(const Pennon::Change &recorded);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readPending();
    void currentChanged();
    void showEntry(const HistoryEntry &entry);
    void askRevert();
    void updateRevert();

    WorkspaceSession *m_session;
    HistoryModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_diff;
    QPushButton *m_revert;
    QLabel *m_done;
    ProblemLabel *m_problem;
    std::optional<HistoryEntry> m_shown;   // the selected change, with its states
    int m_readRequest = -1;
    int m_revertRequest = -1;
    QString m_flag;                        // the flag shown (flag mode)
    bool m_flagPending = false;            // its history is to be read when shown
};

} // namespace Pennon
