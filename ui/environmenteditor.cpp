// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "environmenteditor.h"

#include "conditioneditor.h"
#include "newflagdialog.h"
#include "problemlabel.h"
#include "rulelistmodel.h"
#include "serveeditor.h"
#include "undokeys.h"
#include "text/flagtext.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// The problems under a JSON pointer prefix, with the prefix taken off their paths.
Problems under(const Problems &problems, const QString &prefix)
{
    Problems found;
    for (const Problem &problem : problems) {
        if (problem.path == prefix)
            found.append({QString(), problem.message});
        else if (problem.path.startsWith(prefix) && problem.path.at(prefix.size()) == u'/')
            found.append({problem.path.mid(prefix.size()), problem.message});
    }
    return found;
}

/// The widgets Tab stops at inside a compound editor, in its own order (Qt 6.4's setTabOrder
/// moves only the widget named, not its children).
QList<QWidget *> tabStops(QWidget *compound)
{
    QList<QWidget *> stops;
    QWidget *start = compound->window();
    QWidget *widget = start;
    do {
        if (compound->isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            stops.append(widget);
        widget = widget->nextInFocusChain();
    } while (widget && widget != start);
    return stops;
}

} // namespace

EnvironmentEditor::EnvironmentEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_configure(new QPushButton(this))
    , m_on(new QCheckBox(tr("O&n"), this))
    , m_offVariation(new QComboBox(this))
    , m_offProblem(new ProblemLabel(this))
    , m_rules(new QListView(this))
    , m_ruleModel(new RuleListModel(this))
    , m_addRule(new QPushButton(tr("&Add Rule"), this))
    , m_duplicateRule(new QPushButton(tr("D&uplicate"), this))
    , m_removeRule(new QPushButton(tr("&Remove"), this))
    , m_disableRule(new QPushButton(tr("Disa&ble"), this))
    , m_ruleUp(new QToolButton(this))
    , m_ruleDown(new QToolButton(this))
    , m_ruleBox(new QGroupBox(this))
    , m_ruleName(new QLineEdit(m_ruleBox))
    , m_ruleProblem(new ProblemLabel(m_ruleBox))
    , m_conditionsLayout(new QVBoxLayout)
    , m_noConditions(new QLabel(tr("No conditions: the rule serves everyone who reaches it."), m_ruleBox))
    , m_addCondition(new QPushButton(tr("Add &Condition"), m_ruleBox))
    , m_ruleServe(new ServeEditor(m_ruleBox))
    , m_defaultServe(new ServeEditor(this))
{
    setObjectName(u"environmentEditor"_s);
    m_offProblem->setObjectName(u"offVariationProblem"_s);
    m_ruleProblem->setObjectName(u"ruleProblem"_s);
    m_title->setObjectName(u"environmentTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_configure->setObjectName(u"configureEnvironmentButton"_s);
    m_configure->setToolTip(tr("Give the flag a configuration here: off, serving its off variation"));
    m_on->setObjectName(u"flagOnBox"_s);
    m_on->setAccessibleName(tr("On in this environment"));
    m_offVariation->setObjectName(u"flagOffVariationBox"_s);
    m_offVariation->setAccessibleName(tr("Off variation"));
    m_rules->setObjectName(u"ruleList"_s);
    m_rules->setAccessibleName(tr("Rules, in the order they are tried"));
    m_rules->setModel(m_ruleModel);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    // Rules are dragged within the list (the model takes only its own rows).
    m_rules->setDragDropMode(QAbstractItemView::DragDrop);
    m_rules->setDefaultDropAction(Qt::MoveAction);
    m_rules->setDropIndicatorShown(true);
    m_rules->setWordWrap(true);
    m_rules->setAlternatingRowColors(true);
    m_rules->setMinimumHeight(m_rules->fontMetrics().lineSpacing() * 8);
    m_addRule->setObjectName(u"addRuleButton"_s);
    m_addRule->setToolTip(tr("Add a rule after the selected one"));
    m_duplicateRule->setObjectName(u"duplicateRuleButton"_s);
    m_duplicateRule->setToolTip(tr("Add a copy of the selected rule below it"));
    m_removeRule->setObjectName(u"removeRuleButton"_s);
    m_removeRule->setToolTip(tr("Remove the selected rule"));
    m_disableRule->setObjectName(u"disableRuleButton"_s);
    m_ruleUp->setObjectName(u"ruleUpButton"_s);
    m_ruleUp->setArrowType(Qt::UpArrow);
    m_ruleUp->setAccessibleName(tr("Move rule up"));
    m_ruleUp->setToolTip(tr("Move the rule up (Alt+Up): it is tried earlier"));
    m_ruleDown->setObjectName(u"ruleDownButton"_s);
    m_ruleDown->setArrowType(Qt::DownArrow);
    m_ruleDown->setAccessibleName(tr("Move rule down"));
    m_ruleDown->setToolTip(tr("Move the rule down (Alt+Down): it is tried later"));
    m_ruleBox->setObjectName(u"ruleBox"_s);
    m_ruleName->setObjectName(u"ruleNameEdit"_s);
    m_ruleName->setAccessibleName(tr("Rule name"));
    m_ruleName->setPlaceholderText(tr("e.g. Beta testers"));
    m_noConditions->setObjectName(u"noConditionsLabel"_s);
    m_addCondition->setObjectName(u"addConditionButton"_s);
    m_addCondition->setToolTip(tr("Add a condition: all of a rule's conditions must hold"));
    m_ruleServe->setObjectName(u"ruleServeEditor"_s);
    m_ruleServe->setAccessibleName(tr("What the rule serves"));
    m_defaultServe->setObjectName(u"defaultServeEditor"_s);
    m_defaultServe->setAccessibleName(tr("What the flag serves when no rule matches"));
    leaveUndoToWindow(m_ruleName);

    // Keyboard reordering on the list itself.
    auto *up = new QAction(tr("Move Rule Up"), m_rules);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetShortcut);
    auto *down = new QAction(tr("Move Rule Down"), m_rules);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    m_rules->addAction(up);
    m_rules->addAction(down);
    connect(up, &QAction::triggered, this, [this] { moveRule(currentRule(), currentRule() - 1); });
    connect(down, &QAction::triggered, this, [this] { moveRule(currentRule(), currentRule() + 1); });
    connect(m_ruleUp, &QToolButton::clicked, up, &QAction::trigger);
    connect(m_ruleDown, &QToolButton::clicked, down, &QAction::trigger);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    auto *configureRow = new QHBoxLayout;
    configureRow->addWidget(m_configure);
    configureRow->addStretch();
    layout->addLayout(configureRow);
    auto *top = new QFormLayout;
    top->addRow(m_on);
    auto *offLabel = new QLabel(tr("Off &variation:"), this);
    offLabel->setBuddy(m_offVariation);
    top->addRow(offLabel, m_offVariation);
    top->addRow(QString(), m_offProblem);
    layout->addLayout(top);

    auto *rulesLabel = new QLabel(tr("R&ules (the first that matches serves):"), this);
    rulesLabel->setBuddy(m_rules);
    layout->addWidget(rulesLabel);
    auto *rulesRow = new QHBoxLayout;
    rulesRow->addWidget(m_rules, 1);
    auto *ruleButtons = new QVBoxLayout;
    for (QWidget *button : {static_cast<QWidget *>(m_addRule), static_cast<QWidget *>(m_duplicateRule),
                            static_cast<QWidget *>(m_removeRule), static_cast<QWidget *>(m_disableRule)})
        ruleButtons->addWidget(button);
    auto *arrows = new QHBoxLayout;
    arrows->addWidget(m_ruleUp);
    arrows->addWidget(m_ruleDown);
    arrows->addStretch();
    ruleButtons->addLayout(arrows);
    ruleButtons->addStretch();
    rulesRow->addLayout(ruleButtons);
    layout->addLayout(rulesRow);

    auto *ruleLayout = new QVBoxLayout(m_ruleBox);
    auto *nameRow = new QFormLayout;
    auto *nameLabel = new QLabel(tr("Na&me:"), m_ruleBox);
    nameLabel->setBuddy(m_ruleName);
    nameRow->addRow(nameLabel, m_ruleName);
    ruleLayout->addLayout(nameRow);
    ruleLayout->addWidget(m_ruleProblem);
    auto *whenLabel = new QLabel(tr("When all of these hold:"), m_ruleBox);
    ruleLayout->addWidget(whenLabel);
    ruleLayout->addWidget(m_noConditions);
    ruleLayout->addLayout(m_conditionsLayout);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addCondition);
    addRow->addStretch();
    ruleLayout->addLayout(addRow);
    ruleLayout->addWidget(m_ruleServe);
    layout->addWidget(m_ruleBox);

    auto *otherwise = new QGroupBox(tr("Otherwise (no rule matches), serves:"), this);
    otherwise->setObjectName(u"defaultServeBox"_s);
    auto *otherwiseLayout = new QVBoxLayout(otherwise);
    otherwiseLayout->addWidget(m_defaultServe);
    layout->addWidget(otherwise);
    layout->addStretch();

    connect(m_on, &QCheckBox::toggled, this, [this](bool on) {
        change([on](EnvironmentConfig &config) { config.on = on; },
               on ? tr("Turn %1 on in %2").arg(m_flag->key, m_environmentName)
                  : tr("Turn %1 off in %2").arg(m_flag->key, m_environmentName),
               {});
    });
    connect(m_offVariation, &QComboBox::activated, this, [this] {
        const QString chosen = m_offVariation->currentData().toString();
        change([chosen](EnvironmentConfig &config) { config.offVariation = chosen; },
               tr("Change what %1 serves when off in %2").arg(m_flag->key, m_environmentName), {});
    });
    connect(m_rules->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        if (m_updating)
            return;
        const int row = currentRule();
        remember(row, row);
        showRule();
        updateButtons();
    });
    connect(m_ruleModel, &RuleListModel::ruleMoved, this, [this](int from, int to) {
        // The model moved the row already; the flag follows.
        if (!config() || from < 0 || from >= config()->rules.size())
            return;
        remember(from, to);
        change([from, to](EnvironmentConfig &config) { config.rules.move(from, to); },
               tr("Move a rule of %1 in %2").arg(m_flag->key, m_environmentName), {});
    });
    connect(m_configure, &QPushButton::clicked, this, [this] {
        if (!m_flag || config() || !m_editable || m_flag->variations.isEmpty())
            return;
        // As a new flag starts in every environment.
        Flag after = *m_flag;
        after.environments.insert(m_environment, NewFlagDialog::switchedOff(after));
        m_flag = after;
        Q_EMIT edited(after, tr("Set up %1 in %2").arg(after.key, m_environmentName), {});
    });
    connect(m_addRule, &QPushButton::clicked, this, &EnvironmentEditor::addRule);
    connect(m_duplicateRule, &QPushButton::clicked, this, &EnvironmentEditor::duplicateRule);
    connect(m_removeRule, &QPushButton::clicked, this, &EnvironmentEditor::removeRule);
    connect(m_disableRule, &QPushButton::clicked, this, &EnvironmentEditor::toggleRule);
    connect(m_ruleName, &QLineEdit::textEdited, this, [this](const QString &name) {
        const int row = currentRule();
        if (row < 0)
            return;
        change([row, name](EnvironmentConfig &config) { config.rules[row].name = name.trimmed(); },
               tr("Rename rule %1 of %2").arg(row + 1).arg(m_flag->key),
               ruleKey(row) + u"/name"_s);
    });
    connect(m_addCondition, &QPushButton::clicked, this, [this] {
        const int row = currentRule();
        if (row < 0)
            return;
        change([row](EnvironmentConfig &config) {
                   ConstraintActivation constraint;
                   constraint.attribute = u"userId"_s;
                   config.rules[row].conditions.append(constraint);
               },
               tr("Add a condition to rule %1 of %2").arg(row + 1).arg(m_flag->key), {});
        if (!m_conditionEditors.isEmpty())
            m_conditionEditors.last()->setFocus();
    });
    connect(m_ruleServe, &ServeEditor::edited, this, [this](const Serve &serve, const QString &text, const QString &field) {
        const int row = currentRule();
        if (row < 0)
            return;
        change([row, serve](EnvironmentConfig &config) { config.rules[row].serve = serve; },
               tr("%1 (rule %2 of %3)").arg(text).arg(row + 1).arg(m_flag->key),
               field.isEmpty() ? QString() : ruleKey(row) + u"/serve/"_s + field);
    });
    connect(m_defaultServe, &ServeEditor::edited, this, [this](const Serve &serve, const QString &text, const QString &field) {
        change([serve](EnvironmentConfig &config) { config.defaultServe = serve; },
               tr("%1 (what %2 serves otherwise)").arg(text, m_flag->key),
               field.isEmpty() ? QString() : u"defaultServe/"_s + field);
    });

    setTabOrder(m_configure, m_on);
    setTabOrder(m_on, m_offVariation);
    setTabOrder(m_offVariation, m_rules);
    setTabOrder(m_rules, m_addRule);
    setTabOrder(m_addRule, m_duplicateRule);
    setTabOrder(m_duplicateRule, m_removeRule);
    setTabOrder(m_removeRule, m_disableRule);
    setTabOrder(m_disableRule, m_ruleUp);
    setTabOrder(m_ruleUp, m_ruleDown);
    setTabOrder(m_ruleDown, m_ruleName);
    setFlag(std::nullopt, false);
}

void EnvironmentEditor::setContext(const Workspace *workspace, const PluginRegistry *plugins)
{
    m_workspace = workspace;
    m_plugins = plugins;
    // The condition editors read the whole workspace (attributes in use, flags to depend on):
    // they are told when a rule is next shown, once however often it changed meanwhile.
    m_contextFlag.clear();
}

const EnvironmentConfig *EnvironmentEditor::config() const
{
    if (!m_flag)
        return nullptr;
    const auto it = m_flag->environments.constFind(m_environment);
    return it == m_flag->environments.cend() ? nullptr : &*it;
}

int EnvironmentEditor::currentRule() const
{
    const QModelIndex current = m_rules->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EnvironmentEditor::setEnvironment(const QString &key, const QString &name)
{
    if (key != m_environment)
        remember(-1, -1);
    m_environment = key;
    m_environmentName = name.isEmpty() ? key : name;
    setFlag(m_flag, m_editable);
}

void EnvironmentEditor::setFlag(const std::optional<Flag> &flag, bool editable)
{
    if (flag && m_flag && flag->key != m_flag->key)
        remember(-1, -1);
    m_updating = true;
    m_flag = flag;
    m_editable = editable;
    const EnvironmentConfig *shown = config();
    m_title->setText(shown ? tr("%1 in %2").arg(m_flag->key, m_environmentName)
                           : m_flag ? tr("%1 has no configuration in %2").arg(m_flag->key, m_environmentName)
                                    : QString());
    m_on->setText(tr("O&n in %1").arg(m_environmentName));
    m_configure->setText(tr("&Set Up in %1").arg(m_environmentName));
    m_configure->setVisible(m_flag && !shown);
    m_configure->setEnabled(m_flag && !shown && editable && !m_flag->variations.isEmpty());
    m_on->setChecked(shown && shown->on);
    QStringList keys;
    if (m_flag) {
        for (const Variation &variation : m_flag->variations)
            keys.append(variation.key);
    }
    QStringList listed;
    for (int i = 0; i < m_offVariation->count(); ++i)
        listed.append(m_offVariation->itemData(i).toString());
    if (listed != keys) {
        m_offVariation->clear();
        for (const QString &key : std::as_const(keys))
            m_offVariation->addItem(key, key);
    }
    m_offVariation->setCurrentIndex(shown ? m_offVariation->findData(shown->offVariation) : -1);
    m_ruleModel->setRules(shown ? shown->rules : QList<Rule>(), m_workspace);
    const QList<Variation> variations = m_flag ? m_flag->variations : QList<Variation>();
    m_ruleServe->setVariations(variations);
    m_defaultServe->setVariations(variations);
    m_defaultServe->setServe(shown ? shown->defaultServe : Serve(), shown && editable);
    for (QWidget *field : {static_cast<QWidget *>(m_on), static_cast<QWidget *>(m_offVariation)})
        field->setEnabled(shown && editable);
    // Read-only, the rules can still be looked at, one by one; only dragging is off.
    m_rules->setEnabled(shown != nullptr);
    m_rules->setDragEnabled(editable);
    m_rules->setAcceptDrops(editable);
    m_defaultServe->setEnabled(shown != nullptr);
    // The rule selected before the edit: by its id when that names one rule (it follows the
    // rule through moves and undo), else by its place; else the first.
    int select = shown && !shown->rules.isEmpty() ? 0 : -1;
    if (shown && m_selectRow >= 0)
        select = int(std::min<qsizetype>(m_selectRow, shown->rules.size() - 1));
    if (shown && !m_selectRuleId.isEmpty()) {
        int found = -1;
        int count = 0;
        for (qsizetype i = 0; i < shown->rules.size(); ++i) {
            if (shown->rules.at(i).id == m_selectRuleId) {
                found = int(i);
                ++count;
            }
        }
        if (count == 1)
            select = found;
    }
    selectRule(select);
    m_updating = false;
    showRule();
    showProblems();
    updateButtons();
}

void EnvironmentEditor::selectRule(int row)
{
    const bool updating = m_updating;
    m_updating = true;
    if (row < 0)
        m_rules->selectionModel()->clear();
    else if (m_rules->currentIndex().row() != row)
        m_rules->selectionModel()->setCurrentIndex(m_ruleModel->index(row), QItemSelectionModel::ClearAndSelect);
    m_updating = updating;
}

void EnvironmentEditor::showRule()
{
    const int row = currentRule();
    const EnvironmentConfig *shown = config();
    const bool has = shown && row >= 0 && row < shown->rules.size();
    m_ruleBox->setVisible(has);
    if (!has)
        return;
    const Rule &rule = shown->rules.at(row);
    m_ruleBox->setTitle(rule.disabled ? tr("Rule %1 (disabled: kept, but skipped)").arg(row + 1)
                                      : FlagText::ruleTitle(rule, row + 1));
    if (m_ruleName->text() != rule.name && !(m_ruleName->hasFocus() && m_ruleName->text().trimmed() == rule.name))
        m_ruleName->setText(rule.name);
    m_ruleName->setEnabled(m_editable);

    // One editor per condition, reused while the count stays.
    while (m_conditionEditors.size() > rule.conditions.size()) {
        delete m_conditionEditors.takeLast()->parentWidget();
        m_removeConditions.removeLast();
    }
    while (m_conditionEditors.size() < rule.conditions.size()) {
        const qsizetype index = m_conditionEditors.size();
        auto *frame = new QFrame(m_ruleBox);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *line = new QHBoxLayout(frame);
        auto *editor = new ConditionEditor(frame);
        editor->setObjectName(u"conditionEditor%1"_s.arg(index));
        editor->setContext(m_workspace, m_flag->key, m_plugins);
        auto *remove = new QToolButton(frame);
        remove->setObjectName(u"removeCondition%1"_s.arg(index));
        remove->setText(tr("Remove"));
        remove->setAccessibleName(tr("Remove condition %1").arg(index + 1));
        remove->setToolTip(tr("Remove this condition from the rule"));
        line->addWidget(editor, 1);
        line->addWidget(remove, 0, Qt::AlignTop);
        m_conditionsLayout->addWidget(frame);
        frame->show();   // now, not on the layout's next turn: it is typed into at once
        m_conditionEditors.append(editor);
        m_removeConditions.append(remove);
        connect(editor, &ConditionEditor::edited, this, [this, index](const Condition &after, const QString &text, const QString &field) {
            const int ruleRow = currentRule();
            if (ruleRow < 0)
                return;
            change([ruleRow, index, after](EnvironmentConfig &config) {
                       if (index < config.rules.at(ruleRow).conditions.size())
                           config.rules[ruleRow].conditions[index] = after;
                   },
                   tr("%1 (rule %2 of %3)").arg(text).arg(ruleRow + 1).arg(m_flag->key),
                   field.isEmpty() ? QString() : ruleKey(ruleRow) + u"/condition:%1/%2"_s.arg(index).arg(field));
        });
        connect(remove, &QToolButton::clicked, this, [this, index] {
            const int ruleRow = currentRule();
            if (ruleRow < 0)
                return;
            change([ruleRow, index](EnvironmentConfig &config) {
                       if (index < config.rules.at(ruleRow).conditions.size())
                           config.rules[ruleRow].conditions.removeAt(index);
                   },
                   tr("Remove a condition from rule %1 of %2").arg(ruleRow + 1).arg(m_flag->key), {});
        });
    }
    if (m_contextFlag != m_flag->key) {
        m_contextFlag = m_flag->key;
        for (ConditionEditor *editor : std::as_const(m_conditionEditors))
            editor->setContext(m_workspace, m_contextFlag, m_plugins);
    }
    for (qsizetype i = 0; i < rule.conditions.size(); ++i) {
        m_conditionEditors.at(i)->setCondition(rule.conditions.at(i), m_editable);
        m_removeConditions.at(i)->setEnabled(m_editable);
    }
    m_noConditions->setVisible(rule.conditions.isEmpty());
    m_addCondition->setEnabled(m_editable);
    m_ruleServe->setServe(rule.serve, m_editable);
    // Tab order: name, the conditions in turn, add, what it serves, what the flag serves
    // otherwise — set again when its stops changed (editors came or went, weights appeared).
    {
        QList<QWidget *> order{m_ruleName};
        for (qsizetype i = 0; i < m_conditionEditors.size(); ++i) {
            order += tabStops(m_conditionEditors.at(i));
            order.append(m_removeConditions.at(i));
        }
        order.append(m_addCondition);
        order += tabStops(m_ruleServe);
        order += tabStops(m_defaultServe);
        if (order != m_tabOrder) {
            m_tabOrder = order;
            for (qsizetype i = 1; i < order.size(); ++i)
                setTabOrder(order.at(i - 1), order.at(i));
        }
    }
    showProblems();
}

void EnvironmentEditor::setProblems(const Problems &problems)
{
    m_problems = problems;
    showProblems();
}

void EnvironmentEditor::showProblems()
{
    const QString prefix = u"/environments/"_s + pointerToken(m_environment);
    const Problems here = under(m_problems, prefix);
    const Problems off = under(here, u"/offVariation"_s);
    m_offProblem->showProblem(off.isEmpty() ? QString() : off.first().message, m_offVariation);
    QHash<int, QString> perRule;
    for (const Problem &problem : here) {
        if (!problem.path.startsWith(u"/rules/"))
            continue;
        bool ok = false;
        const int rule = problem.path.section(u'/', 2, 2).toInt(&ok);
        if (ok && !perRule.contains(rule))
            perRule.insert(rule, problem.message);
    }
    m_ruleModel->setProblems(perRule);
    const int row = currentRule();
    const Problems rule = row < 0 ? Problems() : under(here, u"/rules/%1"_s.arg(row));
    QStringList ruleMessages;
    for (const Problem &problem : rule) {
        if (problem.path.isEmpty() || problem.path == u"/id" || problem.path == u"/name")
            ruleMessages.append(problem.message);
    }
    m_ruleProblem->showProblem(ruleMessages.join(u'\n'), m_ruleName);
    for (qsizetype i = 0; i < m_conditionEditors.size(); ++i)
        m_conditionEditors.at(i)->setProblems(under(rule, u"/conditions/%1"_s.arg(i)));
    m_ruleServe->setProblems(under(rule, u"/serve"_s));
    m_defaultServe->setProblems(under(here, u"/defaultServe"_s));
}

void EnvironmentEditor::updateButtons()
{
    const EnvironmentConfig *shown = config();
    const int row = currentRule();
    const bool can = shown && m_editable;
    const bool selected = can && row >= 0;
    m_addRule->setEnabled(can);
    m_duplicateRule->setEnabled(selected);
    m_removeRule->setEnabled(selected);
    m_disableRule->setEnabled(selected);
    const bool disabled = selected && shown->rules.at(row).disabled;
    m_disableRule->setText(disabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_disableRule->setToolTip(disabled ? tr("Evaluate the rule again")
                                       : tr("Keep the rule but skip it in evaluation"));
    m_ruleUp->setEnabled(selected && row > 0);
    m_ruleDown->setEnabled(selected && row + 1 < shown->rules.size());
}

void EnvironmentEditor::change(const std::function<void(EnvironmentConfig &)> &edit,
                               const QString &text, const QString &field)
{
    if (m_updating || !m_flag || !m_editable)
        return;
    Flag after = *m_flag;
    const auto it = after.environments.find(m_environment);
    if (it == after.environments.end())
        return;
    edit(*it);
    if (after == *m_flag)
        return;
    m_flag = after;
    Q_EMIT edited(after, text, field.isEmpty() ? QString() : m_environment + u'/' + field);
}

void EnvironmentEditor::remember(int row, int rowAfter)
{
    const EnvironmentConfig *shown = config();
    m_selectRuleId = shown && row >= 0 && row < shown->rules.size() ? shown->rules.at(row).id : QString();
    m_selectRow = rowAfter;
}

QString EnvironmentEditor::ruleKey(int row) const
{
    // Edits of one rule merge; a rule without an id (imports may have none) goes by its place.
    const QString id = m_ruleModel->rules().at(row).id;
    return id.isEmpty() ? u"rule#%1"_s.arg(row) : u"rule:"_s + id;
}

QString EnvironmentEditor::newRuleId(const EnvironmentConfig &config) const
{
    QSet<QString> taken;
    for (const Rule &rule : config.rules)
        taken.insert(rule.id);
    for (int n = int(config.rules.size()) + 1;; ++n) {
        const QString id = u"rule-%1"_s.arg(n);
        if (!taken.contains(id))
            return id;
    }
}

void EnvironmentEditor::addRule()
{
    const EnvironmentConfig *shown = config();
    if (!shown)
        return;
    const int at = currentRule() < 0 ? int(shown->rules.size()) : currentRule() + 1;
    Rule rule;
    rule.id = newRuleId(*shown);
    // A new rule holds for no one until its users are listed: it changes nothing as added.
    ConstraintActivation constraint;
    constraint.attribute = u"userId"_s;
    rule.conditions.append(constraint);
    rule.serve = Serve::of(m_flag->variations.isEmpty() ? QString() : m_flag->variations.first().key);
    m_selectRuleId = rule.id;
    m_selectRow = at;
    change([at, rule](EnvironmentConfig &config) { config.rules.insert(at, rule); },
           tr("Add rule %1 to %2 in %3").arg(at + 1).arg(m_flag->key, m_environmentName), {});
    m_ruleName->setFocus();
}

void EnvironmentEditor::duplicateRule()
{
    const EnvironmentConfig *shown = config();
    const int row = currentRule();
    if (!shown || row < 0)
        return;
    Rule copy = shown->rules.at(row);
    copy.id = newRuleId(*shown);
    copy.name = copy.name.isEmpty() ? QString() : tr("%1 (copy)").arg(copy.name);
    m_selectRuleId = copy.id;
    m_selectRow = row + 1;
    change([row, copy](EnvironmentConfig &config) { config.rules.insert(row + 1, copy); },
           tr("Duplicate rule %1 of %2 in %3").arg(row + 1).arg(m_flag->key, m_environmentName), {});
}

void EnvironmentEditor::removeRule()
{
    const EnvironmentConfig *shown = config();
    const int row = currentRule();
    if (!shown || row < 0)
        return;
    const int next = row + 1 < shown->rules.size() ? row + 1 : row - 1;
    remember(next, next < row ? next : row);
    change([row](EnvironmentConfig &config) { config.rules.removeAt(row); },
           tr("Remove rule %1 of %2 in %3").arg(row + 1).arg(m_flag->key, m_environmentName), {});
    m_rules->setFocus();
}

void EnvironmentEditor::toggleRule()
{
    const EnvironmentConfig *shown = config();
    const int row = currentRule();
    if (!shown || row < 0)
        return;
    const bool disable = !shown->rules.at(row).disabled;
    change([row, disable](EnvironmentConfig &config) { config.rules[row].disabled = disable; },
           disable ? tr("Disable rule %1 of %2 in %3").arg(row + 1).arg(m_flag->key, m_environmentName)
                   : tr("Enable rule %1 of %2 in %3").arg(row + 1).arg(m_flag->key, m_environmentName),
           {});
}

void EnvironmentEditor::moveRule(int from, int to)
{
    const EnvironmentConfig *shown = config();
    if (!shown || !m_editable || from < 0 || to < 0 || from >= shown->rules.size() || to >= shown->rules.size())
        return;
    remember(from, to);
    change([from, to](EnvironmentConfig &config) { config.rules.move(from, to); },
           tr("Move rule %1 of %2 to %3").arg(from + 1).arg(m_flag->key).arg(to + 1), {});
}

} // namespace Pennon
