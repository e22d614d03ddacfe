// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"
#include "validation/problem.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace Pennon {

struct Workspace;

class ProblemLabel;

/// The selected flag's variations as a table: key, value (read as the flag's type: true or
/// false, a number, text, or JSON checked as it is typed, its error with line and column) and
/// description. Add, remove (refused while the flag uses the variation, saying where), move
/// up and down. A renamed key is renamed wherever the flag uses it. Each change is reported
/// as the flag after it, for the session's undo stack.
class FlagVariationsEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit FlagVariationsEditor(QWidget *parent = nullptr);

    void setFlag(const std::optional<Flag> &flag, bool editable);
    /// The workspace whose other flags may name this flag's variations as prerequisites:
    /// removing or renaming a variation one of them names is refused, naming them (not owned;
    /// nullptr: no such check).
    void setWorkspace(const Workspace *workspace) { m_workspace = workspace; }
    QTableWidget *table() const { return m_table; }
    /// Why the last change was not taken, or empty.
    QString problem() const;
    /// The validator's problems of the flag (paths from the flag); those of the variations
    /// are shown under the table.
    void setProblems(const Problems &problems);

    /// A cell's text as a value of the type; nullopt with *problem when it is none.
    static std::optional<QJsonValue> parseValue(const QString &text, FlagType type, QString *problem);
    /// A value as the cell shows it (strings without quotes).
    static QString valueText(const QJsonValue &value, FlagType type);

Q_SIGNALS:
    void edited(const Pennon::Flag &flag, const QString &text, const QString &field);

private:
    void cellChanged(int row, int column);
    void add();
    void remove();
    void move(int by);
    void showProblem(const QString &problem);
    void updateButtons();
    /// "upload (Production, Rule 1)" for each other flag whose prerequisite names the variation.
    QStringList dependants(const QString &variation) const;

    std::optional<Flag> m_flag;
    const Workspace *m_workspace = nullptr;
    bool m_editable = false;
    bool m_updating = false;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    ProblemLabel *m_problem;
    bool m_validatorShown = false;
};

} // namespace Pennon
