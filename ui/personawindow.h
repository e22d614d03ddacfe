// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "personaevaluator.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QTreeView;

namespace Pennon {

class PersonaEditor;
class PersonaResultModel;
class ProblemLabel;
class SavedPersonas;
class TraceTreeModel;
class WorkspaceSession;

/// Simulate ▸ Persona…: what one user gets. The persona is edited on the left; every flag's
/// variation, value, reason and matched rule in the current environment (or all of them side
/// by side) on the right, evaluated by the real engine on the workspace as edited, drafts
/// included, again at once when the persona or a flag changes (off the GUI thread). The
/// selected flag's trace is a tree below; Copy as Command gives the `pennonctl eval` line.
class PersonaWindow final : public QWidget
{
    Q_OBJECT
public:
    PersonaWindow(WorkspaceSession *session, QWidget *parent = nullptr);
    ~PersonaWindow() override;

    PersonaEditor *editor() const { return m_editor; }
    /// The saved personas above the editor.
    SavedPersonas *savedPersonas() const { return m_saved; }
    /// Selects a flag's row (when the answer has it; else once it comes).
    void showFlag(const QString &key);
    /// Whether the table shows the answer for the persona and workspace as they are now.
    bool isUpToDate() const;
    /// How long the GUI thread spent starting the last evaluation, in ms (the rest is off it).
    qint64 lastStartMs() const { return m_lastStartMs; }
    /// How long the GUI thread spent showing the last answer (table and trace), in ms.
    qint64 lastShowMs() const { return m_lastShowMs; }

private:
    void schedule();
    void evaluate();
    void showAnswer(std::shared_ptr<const PersonaAnswer> answer);
    void fillEnvironments();
    void updateTrace();
    void copyCommand(bool allFlags);
    QString selectedFlag() const;
    /// The environment of the selected cell (its column when side by side).
    int selectedEnvironment() const;

    WorkspaceSession *m_session;
    PersonaEditor *m_editor;
    SavedPersonas *m_saved;
    QComboBox *m_environment;
    QLineEdit *m_filter;
    PersonaResultModel *m_model;
    QTableView *m_table;
    QLabel *m_traceTitle;
    TraceTreeModel *m_trace;
    QTreeView *m_traceView;
    QPushButton *m_copy;
    QPushButton *m_copyAll;
    QLabel *m_status;
    ProblemLabel *m_note;
    QTimer *m_timer;
    PersonaEvaluator *m_evaluator;
    QString m_wantedFlag;
    qint64 m_lastStartMs = 0;
    qint64 m_lastShowMs = 0;
};

} // namespace Pennon
