// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditioneditor.h"
#include "undokeys.h"

#include "conditionconstraintpage.h"
#include "conditionippage.h"
#include "conditionlibrarypage.h"
#include "conditionpercentagepage.h"
#include "conditionpluginpage.h"
#include "conditionprerequisitepage.h"
#include "problemlabel.h"
#include "conditionregexpage.h"
#include "conditionschedulepage.h"
#include "conditionsegmentpage.h"
#include "conditionuserlistpage.h"

#include "engine/pluginregistry.h"
#include "model/workspace.h"
#include "validation/validator.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QVBoxLayout>

#include <type_traits>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr ActivationType Types[] = {
    ActivationType::UserList, ActivationType::Regex, ActivationType::Constraint,
    ActivationType::Percentage, ActivationType::Schedule, ActivationType::IpCidr,
    ActivationType::Prerequisite, ActivationType::Segment, ActivationType::Plugin,
    ActivationType::Ref,
};

QString typeLabel(ActivationType type)
{
    switch (type) {
    case ActivationType::UserList: return ConditionEditor::tr("User list");
    case ActivationType::Regex: return ConditionEditor::tr("Regular expression");
    case ActivationType::Constraint: return ConditionEditor::tr("Attribute constraint");
    case ActivationType::Percentage: return ConditionEditor::tr("Percentage of users");
    case ActivationType::Schedule: return ConditionEditor::tr("Schedule");
    case ActivationType::IpCidr: return ConditionEditor::tr("IP addresses and ranges");
    case ActivationType::Prerequisite: return ConditionEditor::tr("Prerequisite flag");
    case ActivationType::Segment: return ConditionEditor::tr("Segment");
    case ActivationType::Plugin: return ConditionEditor::tr("Plugin");
    case ActivationType::Ref: return ConditionEditor::tr("From library");
    }
    return activationTypeName(type);
}

/// Where the condition comes from, for the types that keep it.
ConditionSource sourceOf(const Condition &condition)
{
    return std::visit([](const auto &c) {
        if constexpr (requires { c.source; })
            return c.source;
        else
            return ConditionSource::Pennon;
    }, condition);
}

QString sourceLabel(ConditionSource source)
{
    switch (source) {
    case ConditionSource::Pennon: return ConditionEditor::tr("Pennon");
    case ConditionSource::Unleash: return ConditionEditor::tr("Unleash");
    }
    return conditionSourceName(source);
}

/// The attributes a condition reads, for the attribute lists.
void collectAttributes(const Condition &condition, QSet<QString> *out)
{
    std::visit([out](const auto &c) {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, PercentageActivation>) {
            for (const QString &attribute : c.stickiness.attributes)
                out->insert(attribute);
        } else if constexpr (requires { c.attribute; }) {
            out->insert(c.attribute);
        }
    }, condition);
}

/// The well-known attributes (docs/semantics.md, "Context"), then those the workspace uses.
QStringList attributesOf(const Workspace *workspace)
{
    QStringList attributes = {u"userId"_s, u"sessionId"_s, u"remoteAddress"_s,
                              u"environment"_s, u"appName"_s, u"currentTime"_s};
    if (!workspace)
        return attributes;
    QSet<QString> used;
    const auto split = [&used](const Serve &serve) {
        if (serve.split) {
            for (const QString &attribute : serve.split->stickiness.attributes)
                used.insert(attribute);
        }
    };
    for (const Flag &flag : workspace->flags) {
        for (const EnvironmentConfig &config : flag.environments) {
            split(config.defaultServe);
            for (const Rule &rule : config.rules) {
                split(rule.serve);
                for (const Condition &condition : rule.conditions)
                    collectAttributes(condition, &used);
            }
        }
    }
    for (const Segment &segment : workspace->segments) {
        for (const Condition &condition : segment.conditions)
            collectAttributes(condition, &used);
    }
    for (const Activation &activation : workspace->activations)
        collectAttributes(activation.condition, &used);
    for (const QString &attribute : std::as_const(attributes))
        used.remove(attribute);
    used.remove(QString());
    QStringList others(used.cbegin(), used.cend());
    others.sort(Qt::CaseInsensitive);
    return attributes + others;
}

} // namespace

ConditionEditor::ConditionEditor(QWidget *parent)
    : QWidget(parent)
    , m_context(std::make_unique<ConditionContext>())
    , m_noWorkspace(std::make_unique<Workspace>())
    , m_typeLabel(new QLabel(tr("&Type:"), this))
    , m_type(new QComboBox(this))
    , m_note(new ProblemLabel(this, ProblemLabel::Role::Hint))
    , m_pages(new QWidget(this))
    , m_general(new ProblemLabel(this))
{
    setObjectName(u"conditionEditor"_s);
    m_type->setObjectName(u"conditionTypeBox"_s);
    m_type->setAccessibleName(tr("Condition type"));
    for (ActivationType type : Types)
        m_type->addItem(typeLabel(type), int(type));
    m_typeLabel->setBuddy(m_type);
    m_note->setObjectName(u"conditionSourceNote"_s);
    m_general->setObjectName(u"conditionProblem"_s);
    m_pages->setObjectName(u"conditionPages"_s);

    m_context->attributes = attributesOf(nullptr);
    m_pageList = {new ConditionUserListPage(m_pages), new ConditionRegexPage(m_pages),
                  new ConditionConstraintPage(m_pages), new ConditionPercentagePage(m_pages),
                  new ConditionSchedulePage(m_pages), new ConditionIpPage(m_pages),
                  new ConditionPrerequisitePage(m_pages), new ConditionSegmentPage(m_pages),
                  new ConditionPluginPage(m_pages), new ConditionLibraryPage(m_pages)};
    // One page shown at a time; hidden ones take no room (a stack would be as tall as the
    // tallest page).
    auto *pagesLayout = new QVBoxLayout(m_pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    for (ConditionPage *page : std::as_const(m_pageList)) {
        pagesLayout->addWidget(page);
        page->hide();
        page->setContext(m_context.get());
        connect(page, &ConditionPage::edited, this, &ConditionEditor::pageEdited);
        connect(page, &ConditionPage::ownProblemsChanged, this, &ConditionEditor::showProblems);
    }

    // The type and, under it, the note on an imported condition; the pages; the problems
    // that are about no field in particular, lined up with the fields.
    const auto cell = [this](QWidget *field, QWidget *under) {
        auto *container = new QWidget(this);
        auto *column = new QVBoxLayout(container);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        if (field)
            column->addWidget(field);
        column->addWidget(under);
        return container;
    };
    auto *top = new QFormLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    top->addRow(m_typeLabel, cell(m_type, m_note));
    auto *bottom = new QFormLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_generalLabel = new QLabel(this);
    bottom->addRow(m_generalLabel, cell(nullptr, m_general));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addLayout(bottom);
    layout->addStretch(1);
    // As tall as the page shown needs, no taller: in a rule editor the room below is the
    // rule's. Given more (a window's central widget), the fields stay at the top.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    alignLabels();

    // Ctrl+Z in a field is the window's undo, not the field's own.
    for (QWidget *widget : findChildren<QWidget *>()) {
        const auto *combo = qobject_cast<QComboBox *>(widget);
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || (combo && combo->isEditable()))
            leaveUndoToWindow(widget);
    }

    connect(m_type, &QComboBox::activated, this, &ConditionEditor::typeChosen);
    setCondition(UserListActivation{}, true);
}

ConditionEditor::~ConditionEditor() = default;

void ConditionEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        alignLabels();
}

void ConditionEditor::alignLabels()
{
    // One label column for the type and every page, so that switching types does not move the
    // fields sideways.
    QList<QLabel *> labels = {m_typeLabel, m_generalLabel};
    for (const ConditionPage *page : std::as_const(m_pageList))
        labels += page->rowLabels();
    int width = 0;
    for (QLabel *label : std::as_const(labels)) {
        label->setMinimumWidth(0);
        width = qMax(width, label->sizeHint().width());
    }
    for (QLabel *label : std::as_const(labels))
        label->setMinimumWidth(width);
}

ConditionPage *ConditionEditor::page(ActivationType type) const
{
    return m_pageList.at(int(type));
}

void ConditionEditor::setContext(const Workspace *workspace, const QString &flagKey,
                                 const PluginRegistry *plugins)
{
    m_context->workspace = workspace;
    m_context->flagKey = flagKey;
    m_context->plugins = plugins;
    m_context->attributes = attributesOf(workspace);
    m_checker.reset();
    const bool was = m_updating;
    m_updating = true;
    for (ConditionPage *page : std::as_const(m_pageList))
        page->setContext(m_context.get());
    m_updating = was;
    showNote();
    showProblems();
}

void ConditionEditor::setCondition(const Condition &condition, bool editable)
{
    const bool was = m_updating;
    m_updating = true;
    if (condition != m_condition)
        m_given.clear();
    m_condition = condition;
    m_editable = editable;
    const ActivationType type = conditionType(condition);
    m_type->setCurrentIndex(m_type->findData(int(type)));
    m_type->setEnabled(editable);
    showPage(type);
    page(type)->setCondition(condition, editable);
    m_updating = was;
    showNote();
    showProblems();
}

Condition ConditionEditor::condition() const
{
    return m_condition;
}

void ConditionEditor::setProblems(const Problems &problems)
{
    m_given = problems;
    showProblems();
}

void ConditionEditor::showPage(ActivationType type)
{
    ConditionPage *shown = page(type);
    for (ConditionPage *each : std::as_const(m_pageList)) {
        if (each != shown && !each->isHidden()) {
            each->showProblems({});
            each->hide();
        }
    }
    shown->show();
}

Condition ConditionEditor::defaultCondition(ActivationType type) const
{
    const Workspace *workspace = m_context->workspace;
    switch (type) {
    case ActivationType::UserList: return UserListActivation{};
    case ActivationType::Regex: return RegexActivation{};
    case ActivationType::Constraint: return ConstraintActivation{};
    case ActivationType::Percentage: return PercentageActivation{};
    case ActivationType::Schedule: return ScheduleActivation{};
    case ActivationType::IpCidr: return IpActivation{};
    case ActivationType::Prerequisite: {
        // The pickers start at their first choice, so that the condition is one at once.
        PrerequisiteActivation prerequisite;
        for (qsizetype i = 0; workspace && i < workspace->flags.size(); ++i) {
            if (workspace->flags.at(i).key != m_context->flagKey && !workspace->flags.at(i).archived) {
                prerequisite.flag = workspace->flags.at(i).key;
                break;
            }
        }
        return prerequisite;
    }
    case ActivationType::Segment: {
        SegmentActivation segment;
        if (workspace && !workspace->segments.isEmpty())
            segment.segment = workspace->segments.constFirst().key;
        return segment;
    }
    case ActivationType::Plugin: {
        PluginActivation plugin;
        if (m_context->plugins && !m_context->plugins->types().isEmpty())
            plugin.plugin = m_context->plugins->types().constFirst();
        return plugin;
    }
    case ActivationType::Ref: {
        ActivationRef ref;
        if (workspace && !workspace->activations.isEmpty())
            ref.key = workspace->activations.constFirst().key;
        return ref;
    }
    }
    return UserListActivation{};
}

void ConditionEditor::typeChosen(int index)
{
    if (m_updating)
        return;
    const auto type = ActivationType(m_type->itemData(index).toInt());
    if (type == conditionType(m_condition))
        return;
    const Condition after = defaultCondition(type);
    m_given.clear();
    m_condition = after;
    {
        const bool was = m_updating;
        m_updating = true;
        showPage(type);
        page(type)->setCondition(after, m_editable);
        m_updating = was;
    }
    showNote();
    showProblems();
    Q_EMIT edited(after, tr("Change the condition's type to %1").arg(typeLabel(type)), u"type"_s);
}

void ConditionEditor::pageEdited(const Condition &after, const QString &text, const QString &field)
{
    if (m_updating)
        return;
    // The problems given were about the condition before this edit; the session's next
    // setProblems() says what is left.
    m_given.clear();
    m_condition = after;
    showNote();
    showProblems();
    Q_EMIT edited(after, text, field);
}

void ConditionEditor::showProblems()
{
    ConditionPage *shown = page(conditionType(m_condition));
    const Workspace &workspace = m_context->workspace ? *m_context->workspace : *m_noWorkspace;
    if (!m_checker)
        m_checker = std::make_unique<PartChecker>(workspace);
    const Flag *owner = m_context->workspace ? m_context->workspace->flag(m_context->flagKey) : nullptr;
    // The validator's own checks as the user types, what only the page knows, and what the
    // session said; each once.
    Problems all = m_checker->condition(m_condition, QString(), owner) + shown->ownProblems();
    for (const Problem &problem : std::as_const(m_given)) {
        if (!all.contains(problem))
            all.append(problem);
    }
    const Problems unclaimed = shown->showProblems(all);
    QStringList messages;
    for (const Problem &problem : unclaimed) {
        if (!messages.contains(problem.message))
            messages.append(problem.message);
    }
    m_general->setMessage(messages.join(u'\n'));
    m_type->setAccessibleDescription(messages.join(u'\n'));
}

void ConditionEditor::showNote()
{
    const ConditionSource source = sourceOf(m_condition);
    if (source == ConditionSource::Pennon) {
        m_note->setMessage(QString());
        return;
    }
    // What the import kept that the source evaluates in its own way, in the validator's words.
    Workspace alone;
    Activation activation;
    activation.key = u"condition"_s;
    activation.condition = m_condition;
    alone.activations.append(activation);
    if (m_context->workspace) {
        for (const Segment &segment : m_context->workspace->segments) {
            Segment key;
            key.key = segment.key;
            alone.segments.append(key);
        }
    }
    QStringList lines = {tr("Imported from %1: evaluated as %1 evaluates it.").arg(sourceLabel(source))};
    for (const Problem &warning : Validator::warnings(alone))
        lines.append(warning.message);
    m_note->setMessage(lines.join(u'\n'));
}

} // namespace Pennon
