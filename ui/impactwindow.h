// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/impact.h"
#include "model/persona.h"
#include "model/workspace.h"

#include <QHash>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <variant>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace Pennon {

class BarChart;
class ProblemLabel;
class UsersForm;
class WorkspaceSession;

/// Simulate ▸ Change Impact…: how many users would get another variation, and which, when a
/// change is saved — the same users (UsersForm) evaluated with two configurations
/// (ChangeImpact::compareFlags) on all cores, off the GUI thread, with a progress bar and
/// Cancel. Three comparisons:
///  - a flag as saved vs as edited (its draft), in one environment;
///  - a flag in one environment vs another (both as edited);
///  - an activation or segment as saved vs as edited in the library editor, over every flag
///    that uses it there (WorkspaceUses::behaviourChanges): first a table of those flags with
///    their counts, then the selected flag's details.
/// Shows the count and share that change, the from → to matrix (unchanged cells greyed), a
/// chart of the pairs that changed, and sample users who change; a sample opens as a persona
/// (personaRequested). An edit of what is compared while it runs cancels the stale run.
class ImpactWindow final : public QWidget
{
    Q_OBJECT
public:
    enum Mode { CompareDraft = 0, CompareEnvironments = 1, CompareLibrary = 2 };

    explicit ImpactWindow(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ImpactWindow() override;

    /// The window of parent (made, and handed to `created`, when it has none yet).
    static ImpactWindow *ensure(WorkspaceSession *session, QWidget *parent,
                                const std::function<void(ImpactWindow *)> &created = {});
    /// Adds Simulate ▸ Change Impact… (Ctrl+Shift+I) to menu; the caller connects it.
    static QAction *addMenuAction(QMenu *menu);

    /// Chooses what to compare (ignored where the workspace has no such flag or environment);
    /// an empty environment keeps the one chosen.
    void showDraft(const QString &flagKey, const QString &environment = {});
    void showEnvironments(const QString &flagKey, const QString &from, const QString &to);
    /// An activation or segment as edited (not saved yet): compared with its saved state.
    void showLibraryEdit(const Activation &edited, const QString &environment = {});
    void showLibraryEdit(const Segment &edited, const QString &environment = {});

    /// The object was edited again: when its edit is the one compared, the comparison uses
    /// this one from now on, and a run of the one before is cancelled as stale.
    void updateLibraryEdit(const Activation &edited);
    void updateLibraryEdit(const Segment &edited);

    /// Shows the window and starts the comparison chosen (as Run does).
    void present(bool runNow);

    Mode mode() const;
    QString flag() const;
    QString environment() const;
    bool isRunning() const { return m_running; }
    /// The last finished (or cancelled) run's result: one entry per flag compared.
    const FlagsImpact &result() const;
    /// The last result as CSV: flag,from,to,count, one line per pair of variations some user
    /// took, for every flag compared (an empty from or to: no variation).
    QByteArray resultCsv() const;
    /// The flag whose details are shown (index into result().flags), or -1.
    int shownFlag() const { return m_shown; }

Q_SIGNALS:
    /// A sample user, as a persona, to open on the flag (MainWindow::showPersona).
    void personaRequested(const Pennon::Persona &persona, const QString &flagKey);
    /// A run ended: finished, cancelled or failed.
    void runFinished();

private:
    struct RunState;
    struct Outcome;

    void refreshChoices();
    void updateMode();
    void updateActions();
    void run();
    void cancel(const QString &why);
    void poll();
    void finished(const std::shared_ptr<Outcome> &outcome);
    void showResult();
    void showFlag(int index);
    void openSample();
    void flagEdited(const QString &key);
    void replaceLibraryEdit(const QString &id, const std::variant<Activation, Segment> &edited);
    void setLibraryEdit(const QString &id, const std::variant<Activation, Segment> &edited,
                        const QString &environment);

    WorkspaceSession *m_session;
    QComboBox *m_mode;
    QComboBox *m_flag;
    QComboBox *m_object;
    QLabel *m_objectState;
    QComboBox *m_environment;
    QComboBox *m_toEnvironment;
    QLabel *m_flagLabel;
    QLabel *m_objectLabel;
    QLabel *m_toLabel;
    UsersForm *m_users;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    ProblemLabel *m_problem;
    QLabel *m_status;
    QLabel *m_summary;
    QTableWidget *m_flags;
    QTableWidget *m_matrix;
    BarChart *m_chart;
    QListWidget *m_samples;
    QPushButton *m_openSample;
    QPushButton *m_savePng;
    QPushButton *m_saveSvg;
    QPushButton *m_saveCsv;
    QTimer *m_poll;

    /// Unsaved library edits by "a:key" / "s:key", as the library editor handed them over.
    QHash<QString, std::variant<Activation, Segment>> m_libraryEdits;

    bool m_running = false;
    bool m_rerun = false;        ///< run again once the stale run has stopped
    quint64 m_generation = 0;
    std::shared_ptr<RunState> m_state;
    QString m_cancelReason;
    QStringList m_runFlags;      ///< the flags the running (or last) comparison covers
    QString m_runObject;         ///< mode c: the object compared ("a:key" / "s:key")
    std::shared_ptr<const Outcome> m_outcome;   ///< the last run's, with its users
    int m_shown = -1;
};

} // namespace Pennon
