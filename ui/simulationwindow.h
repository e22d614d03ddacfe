// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/simulator.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace Pennon {

class BarChart;
class UsersForm;
class ProblemLabel;
class WorkspaceSession;

/// Simulate ▸ Many Users…: one flag evaluated for N synthetic users (an id pattern and
/// attribute) or the rows of a CSV file, in one environment, over the workspace as edited (the
/// drafts laid over it), on all cores (Simulator::start()) with a progress bar and Cancel.
/// Shows observed beside configured shares per variation as a chart, the counts in a table,
/// and the chi-square goodness of fit with its p-value (tab Variations); what decided for how
/// many users, per rule, then the default serve, off and error, with the count per variation,
/// as a table and a chart (tab By Rule); saves the chart as PNG or SVG and the numbers as
/// CSV; Copy as Command gives the `pennonctl simulate` line of the form. An edit of the flag
/// (or of the library) while it runs cancels the run it makes stale and says so.
class SimulationWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit SimulationWindow(WorkspaceSession *session, QWidget *parent = nullptr);
    ~SimulationWindow() override;

    /// Adds Simulate ▸ Many Users… to menu: it opens the window (one per parent) with the flag
    /// that selectedFlag() names, when there is one.
    static QAction *addMenuActions(QMenu *menu, WorkspaceSession *session,
                                   std::function<QString()> selectedFlag, QWidget *parent);

    /// Chooses the flag to simulate (ignored when the workspace has no such flag).
    void setFlag(const QString &key);
    QString flag() const;
    QString environment() const;
    bool isRunning() const { return m_simulator != nullptr || m_preparing; }
    /// The last finished (or cancelled) run's result.
    const SimulationResult &result() const { return m_result; }
    /// The numbers of the last result as CSV: variation,count,share,configured_share; then,
    /// after an empty line, the by-rule rows: decided_by,id,name,users,share and one column per
    /// variation (decided_by: the rule's index, or default, off, error, as pennonctl's byRule).
    QByteArray resultCsv() const;
    /// The `pennonctl simulate` line of the form as it stands (empty with *error when the form
    /// is not valid).
    QString command(QString *error = nullptr, QWidget **field = nullptr) const;

Q_SIGNALS:
    /// A run ended: finished, cancelled or failed (result().cancelled, result().error).
    void runFinished();

private:
    struct Prepared;

    void refreshChoices();
    void updateActions();
    void run();
    void cancel(const QString &why);
    void started(const std::shared_ptr<Prepared> &prepared);
    void poll();
    void finish();
    void showResult();
    void showByRule();
    void copyCommand();
    void flagEdited(const QString &key);
    void saveChart(bool svg);
    void saveCsv();

    WorkspaceSession *m_session;
    QComboBox *m_flag;
    QComboBox *m_environment;
    UsersForm *m_users;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    ProblemLabel *m_problem;
    QLabel *m_status;
    ProblemLabel *m_note;
    QTabWidget *m_tabs;
    BarChart *m_chart;
    QTableWidget *m_table;
    QLabel *m_fit;
    BarChart *m_ruleChart;
    QTableWidget *m_ruleTable;
    QPushButton *m_copyCommand;
    QPushButton *m_savePng;
    QPushButton *m_saveSvg;
    QPushButton *m_saveCsv;
    QTimer *m_poll;

    QString m_runFlag;           ///< the flag the running (or last) simulation evaluates
    quint64 m_generation = 0;    ///< a preparation whose generation is old is stale
    bool m_preparing = false;
    QString m_cancelReason;
    std::unique_ptr<Simulator> m_simulator;
    SimulationResult m_result;
    bool m_hasResult = false;
};

} // namespace Pennon
