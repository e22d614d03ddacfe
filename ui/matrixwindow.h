// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/matrix.h"
#include "model/persona.h"

#include <QList>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;
class QVBoxLayout;

namespace Pennon {

class MatrixDetailModel;
class ProblemLabel;
class WorkspaceSession;

/// Simulate ▸ Matrix…: attributes with several values each (MatrixAttribute's syntax: lists
/// and ranges), every combination evaluated for the chosen flags in the chosen environments,
/// over the workspace as edited, off the GUI thread (Matrix::evaluate) with a progress bar and
/// Cancel. The table has a row per flag and a column per environment; each cell counts the
/// combinations per variation, with a bar, and the cells of a flag whose counts differ between
/// environments are marked. Clicking a cell lists its combinations below (attribute values,
/// variation, reason, matched rule); a combination opens as a persona (personaRequested).
/// The counts save as CSV. An edit of the workspace makes a shown result stale: it says so,
/// and a run under way is cancelled.
class MatrixWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit MatrixWindow(WorkspaceSession *session, QWidget *parent = nullptr);
    ~MatrixWindow() override;

    /// Adds Simulate ▸ Matrix… to menu: it opens the window (one per parent); openPersona
    /// receives what the window's personaRequested() asks for.
    static QAction *addMenuAction(QMenu *menu, WorkspaceSession *session, QWidget *parent,
                                  std::function<void(const Persona &, const QString &)> openPersona);

    /// The matrix as the form stands (as last checked); nullopt (with *error) when a field is
    /// wrong.
    std::optional<MatrixSpec> spec(QString *error = nullptr) const;
    bool isRunning() const { return m_running; }
    bool hasResult() const { return m_hasResult; }
    bool isStale() const { return m_stale; }
    const MatrixResult &result() const { return m_result; }
    /// The rows of the detail below the table (0 while none is shown or it is being computed).
    int detailRows() const;
    bool isDetailBusy() const { return m_detailBusy; }

Q_SIGNALS:
    void personaRequested(const Pennon::Persona &persona, const QString &flagKey);
    /// A run ended: finished, cancelled or failed.
    void runFinished();
    /// A cell's detail is shown.
    void detailShown();

private:
    struct Row;

    void addRow(const QString &name = {}, PersonaAttribute::Type type = PersonaAttribute::Type::String,
                const QString &values = {});
    void removeRow(Row *row);
    void renumber();
    void check();
    void updateButtons();
    void refreshEnvironments();
    QStringList chosenEnvironments() const;
    QStringList chosenFlags() const;
    void run();
    void cancel(const QString &why);
    void poll();
    void finished(const std::shared_ptr<MatrixResult> &result, quint64 generation);
    void showResult();
    void showDetail(int flag, int environment);
    void openPersona(int row);
    void workspaceEdited();
    void saveCsv();

    WorkspaceSession *m_session;
    QList<Row *> m_rows;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_addAttribute;
    QLabel *m_count;
    QCheckBox *m_asOf;
    QDateTimeEdit *m_time;
    QListWidget *m_environments;
    QLineEdit *m_flagFilter;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    ProblemLabel *m_problem;
    QLabel *m_status;
    QTableWidget *m_table;
    QLabel *m_detailTitle;
    QTableView *m_detail;
    MatrixDetailModel *m_detailModel;
    QPushButton *m_openPersona;
    QPushButton *m_saveCsv;
    QTimer *m_poll;

    bool m_running = false;
    bool m_hasResult = false;
    bool m_stale = false;
    bool m_detailBusy = false;
    quint64 m_generation = 0;
    quint64 m_detailGeneration = 0;
    int m_detailFlag = -1;          ///< the cell whose detail is shown (or being computed)
    int m_detailEnvironment = -1;
    qint64 m_total = 0;
    QString m_cancelReason;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic<qint64>> m_progressCount;
    std::shared_ptr<std::atomic_bool> m_detailCancel;
    std::optional<MatrixSpec> m_spec;   ///< the form as checked, when it is valid
    MatrixResult m_result;
    MatrixSpec m_resultSpec;
};

} // namespace Pennon
