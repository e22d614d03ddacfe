// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"
#include "validation/problem.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Pennon {

class ConditionEditor;
class PluginRegistry;
class ProblemLabel;
class RuleListModel;
class ServeEditor;
struct Workspace;

/// A flag's configuration in one environment, as one tab of the flag editor: the on/off
/// switch, the off variation, the ordered rules (add, duplicate, remove, disable without
/// deleting, reorder by drag or Alt+Up / Alt+Down, a name each), the selected rule's
/// conditions and what it serves, and what the flag serves otherwise. Every change is
/// reported as the whole flag after it, for the session's undo stack; the validator's problems
/// are shown next to the field at fault.
class EnvironmentEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentEditor(QWidget *parent = nullptr);

    /// What the condition editors offer (library, segments, flags, plugins); the pointers
    /// stay valid until the next call. Called again when the workspace changed.
    void setContext(const Workspace *workspace, const PluginRegistry *plugins);
    /// Shows a flag (nullopt: none); fields that already show the value are left alone.
    void setFlag(const std::optional<Flag> &flag, bool editable);
    /// The environment shown; name as shown to people.
    void setEnvironment(const QString &key, const QString &name);
    QString environment() const { return m_environment; }
    /// The validator's problems for the whole flag (paths from the flag: "/environments/…").
    void setProblems(const Problems &problems);

    QCheckBox *onBox() const { return m_on; }
    QComboBox *offVariationBox() const { return m_offVariation; }
    QListView *ruleList() const { return m_rules; }
    RuleListModel *ruleModel() const { return m_ruleModel; }
    QLineEdit *ruleNameEdit() const { return m_ruleName; }
    QList<ConditionEditor *> conditionEditors() const { return m_conditionEditors; }
    ServeEditor *ruleServeEditor() const { return m_ruleServe; }
    ServeEditor *defaultServeEditor() const { return m_defaultServe; }
    /// The selected rule's position, or -1.
    int currentRule() const;

Q_SIGNALS:
    void edited(const Pennon::Flag &flag, const QString &text, const QString &field);

private:
    const EnvironmentConfig *config() const;
    void change(const std::function<void(EnvironmentConfig &)> &edit, const QString &text,
                const QString &field);
    void showRule();
    void showProblems();
    void selectRule(int row);
    void updateButtons();
    void addRule();
    void duplicateRule();
    void removeRule();
    void toggleRule();
    void moveRule(int from, int to);
    QString newRuleId(const EnvironmentConfig &config) const;
    /// Selects, once the edit comes back, the rule now at row, which will then stand at rowAfter.
    void remember(int row, int rowAfter);
    /// The merge key part of a rule: its id, or its place when it has none.
    QString ruleKey(int row) const;

    std::optional<Flag> m_flag;
    QString m_environment;
    QString m_environmentName;
    bool m_editable = false;
    bool m_updating = false;
    const Workspace *m_workspace = nullptr;
    const PluginRegistry *m_plugins = nullptr;
    QString m_contextFlag;   // the flag the condition editors were given their context for
    Problems m_problems;
    /// The rule to select once the edit comes back (by id: positions move).
    QString m_selectRuleId;
    int m_selectRow = -1;   // where that rule will stand, for rules without a (unique) id
    QList<QWidget *> m_tabOrder;   // the tab stops of the rule as last chained

    QLabel *m_title;
    QPushButton *m_configure;
    QCheckBox *m_on;
    QComboBox *m_offVariation;
    ProblemLabel *m_offProblem;
    QListView *m_rules;
    RuleListModel *m_ruleModel;
    QPushButton *m_addRule;
    QPushButton *m_duplicateRule;
    QPushButton *m_removeRule;
    QPushButton *m_disableRule;
    QToolButton *m_ruleUp;
    QToolButton *m_ruleDown;
    QGroupBox *m_ruleBox;
    QLineEdit *m_ruleName;
    ProblemLabel *m_ruleProblem;
    QVBoxLayout *m_conditionsLayout;
    QList<ConditionEditor *> m_conditionEditors;
    QList<QToolButton *> m_removeConditions;
    QLabel *m_noConditions;
    QPushButton *m_addCondition;
    ServeEditor *m_ruleServe;
    ServeEditor *m_defaultServe;
};

} // namespace Pennon
