// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "libraryeditor.h"

#include "conditioneditor.h"
#include "libraryimpactdialog.h"
#include "problemlabel.h"
#include "undokeys.h"
#include "workspacesession.h"

#include "engine/pluginregistry.h"
#include "text/conditiontext.h"
#include "validation/validator.h"

#include <QFont>
#include <QFormLayout>
#include <QIcon>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

LibraryObject LibraryObject::of(const Activation &activation)
{
    return {LibraryKind::Activation, activation.key, activation.name, activation.description,
            {activation.condition}, activation.version};
}

LibraryObject LibraryObject::of(const Segment &segment)
{
    return {LibraryKind::Segment, segment.key, segment.name, segment.description,
            segment.conditions, segment.version};
}

std::optional<LibraryObject> LibraryObject::find(const Workspace &workspace, LibraryKind kind, const QString &key)
{
    if (kind == LibraryKind::Activation) {
        if (const Activation *activation = workspace.activation(key))
            return of(*activation);
    } else if (const Segment *segment = workspace.segment(key)) {
        return of(*segment);
    }
    return std::nullopt;
}

StoredObject LibraryObject::stored() const
{
    if (kind == LibraryKind::Activation) {
        return Activation{key, name, description,
                          conditions.isEmpty() ? Condition(UserListActivation{}) : conditions.constFirst(),
                          version};
    }
    return Segment{key, name, description, conditions, version};
}

ObjectKind LibraryObject::objectKind() const
{
    return kind == LibraryKind::Activation ? ObjectKind::Activation : ObjectKind::Segment;
}

/// One change of the edited object; typing in one field (same merge key) is one step.
class LibraryEditCommand final : public QUndoCommand
{
public:
    LibraryEditCommand(LibraryEditor *editor, LibraryObject before, LibraryObject after,
                       const QString &text, QString mergeKey)
        : QUndoCommand(text)
        , m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {
    }
    void undo() override { m_editor->apply(m_before); }
    void redo() override { m_editor->apply(m_after); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 0x4c69; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const LibraryEditCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    LibraryEditor *m_editor;
    LibraryObject m_before;
    LibraryObject m_after;
    QString m_mergeKey;
};

LibraryEditor::LibraryEditor(WorkspaceSession *session, LibraryKind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_undo(new QUndoStack(this))
    , m_heading(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_keyProblem(new ProblemLabel(this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_conditionsBox(new QWidget(this))
    , m_conditionList(new QListWidget(this))
    , m_addCondition(new QPushButton(tr("Add C&ondition"), this))
    , m_removeCondition(new QPushButton(tr("Re&move Condition"), this))
    , m_upCondition(new QToolButton(this))
    , m_downCondition(new QToolButton(this))
    , m_conditionEditor(new ConditionEditor(this))
    , m_general(new ProblemLabel(this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_save(new QPushButton(tr("&Save…"), this))
    , m_impact(new QPushButton(tr("Im&pact…"), this))
    , m_saveReason(new QLabel(this))
{
    const bool activation = kind == LibraryKind::Activation;
    const QString prefix = activation ? u"activation"_s : u"segment"_s;
    setObjectName(prefix + u"Editor"_s);
    m_heading->setObjectName(prefix + u"EditorHeading"_s);
    m_heading->setTextFormat(Qt::PlainText);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_key->setObjectName(prefix + u"KeyField"_s);
    m_key->setAccessibleName(activation ? tr("Activation key") : tr("Segment key"));
    m_keyProblem->setObjectName(prefix + u"KeyProblem"_s);
    m_name->setObjectName(prefix + u"NameField"_s);
    m_name->setAccessibleName(activation ? tr("Activation name") : tr("Segment name"));
    m_description->setObjectName(prefix + u"DescriptionField"_s);
    m_description->setAccessibleName(activation ? tr("Activation description") : tr("Segment description"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_conditionList->setObjectName(u"segmentConditionList"_s);
    m_conditionList->setAccessibleName(tr("The segment's conditions"));
    m_conditionList->setMaximumHeight(m_conditionList->fontMetrics().lineSpacing() * 6 + 12);
    m_addCondition->setObjectName(u"addSegmentConditionButton"_s);
    m_addCondition->setAccessibleName(tr("Add a condition"));
    m_removeCondition->setObjectName(u"removeSegmentConditionButton"_s);
    m_removeCondition->setAccessibleName(tr("Remove the selected condition"));
    m_upCondition->setObjectName(u"moveConditionUpButton"_s);
    m_upCondition->setAccessibleName(tr("Move the condition up"));
    m_upCondition->setToolTip(tr("Move the condition up (Alt+Up)"));
    m_upCondition->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_upCondition->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_downCondition->setObjectName(u"moveConditionDownButton"_s);
    m_downCondition->setAccessibleName(tr("Move the condition down"));
    m_downCondition->setToolTip(tr("Move the condition down (Alt+Down)"));
    m_downCondition->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_downCondition->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_general->setObjectName(prefix + u"Problem"_s);
    m_revert->setObjectName(prefix + u"RevertButton"_s);
    m_revert->setAccessibleName(tr("Revert the changes"));
    m_save->setObjectName(prefix + u"SaveButton"_s);
    m_save->setAccessibleName(activation ? tr("Save the activation") : tr("Save the segment"));
    m_impact->setObjectName(prefix + u"ImpactButton"_s);
    m_impact->setAccessibleName(tr("Change impact of the edit on the flags that use it"));
    m_saveReason->setObjectName(prefix + u"SaveReason"_s);
    m_saveReason->setWordWrap(true);
    m_saveReason->setTextFormat(Qt::PlainText);
    m_saveReason->setEnabled(false);   // greyed: a note, not an error
    m_conditionEditor->setObjectName(prefix + u"ConditionEditor"_s);
    for (QWidget *field : {static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_name),
                           static_cast<QWidget *>(m_description)})
        leaveUndoToWindow(field);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *keyCell = new QWidget(this);
    auto *keyColumn = new QVBoxLayout(keyCell);
    keyColumn->setContentsMargins(0, 0, 0, 0);
    keyColumn->setSpacing(2);
    keyColumn->addWidget(m_key);
    keyColumn->addWidget(m_keyProblem);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Key:"), m_key), keyCell);
    form->addRow(label(tr("&Name:"), m_name), m_name);
    form->addRow(label(tr("&Description:"), m_description), m_description);

    auto *conditionsLayout = new QVBoxLayout(m_conditionsBox);
    conditionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *conditionsLabel = label(tr("Cond&itions (all must hold):"), m_conditionList);
    conditionsLayout->addWidget(conditionsLabel);
    conditionsLayout->addWidget(m_conditionList);
    auto *conditionButtons = new QHBoxLayout;
    conditionButtons->addWidget(m_addCondition);
    conditionButtons->addWidget(m_removeCondition);
    conditionButtons->addWidget(m_upCondition);
    conditionButtons->addWidget(m_downCondition);
    conditionButtons->addStretch(1);
    conditionsLayout->addLayout(conditionButtons);
    m_conditionsBox->setVisible(!activation);

    auto *conditionHeading = new QLabel(activation ? tr("Holds when:") : tr("The selected condition:"), this);
    conditionHeading->setObjectName(prefix + u"ConditionHeading"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveReason, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_impact);
    buttons->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_conditionsBox);
    layout->addWidget(conditionHeading);
    layout->addWidget(m_conditionEditor);
    layout->addWidget(m_general);
    layout->addStretch(1);
    layout->addLayout(buttons);

    setTabOrder(m_key, m_name);
    setTabOrder(m_name, m_description);
    setTabOrder(m_description, activation ? static_cast<QWidget *>(m_conditionEditor) : m_conditionList);

    connect(m_key, &QLineEdit::textEdited, this, [this](const QString &text) {
        LibraryObject after = m_object;
        after.key = text.trimmed();
        edit(after, tr("Change the key"), u"key"_s);
    });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        LibraryObject after = m_object;
        after.name = text;
        edit(after, tr("Change the name"), u"name"_s);
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (m_updating || m_description->toPlainText() == m_object.description)
            return;
        LibraryObject after = m_object;
        after.description = m_description->toPlainText();
        edit(after, tr("Change the description"), u"description"_s);
    });
    connect(m_conditionEditor, &ConditionEditor::edited, this, &LibraryEditor::conditionEdited);
    connect(m_conditionList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating || row < 0)
            return;
        m_currentCondition = row;
        showCondition();
        updateButtons();
    });
    connect(m_addCondition, &QPushButton::clicked, this, &LibraryEditor::addCondition);
    connect(m_removeCondition, &QPushButton::clicked, this, &LibraryEditor::removeCondition);
    connect(m_upCondition, &QToolButton::clicked, this, [this] { moveCondition(-1); });
    connect(m_downCondition, &QToolButton::clicked, this, [this] { moveCondition(1); });
    connect(m_revert, &QPushButton::clicked, this, &LibraryEditor::revert);
    connect(m_save, &QPushButton::clicked, this, &LibraryEditor::save);
    connect(m_impact, &QPushButton::clicked, this, [this] {
        if (!m_base)
            return;
        LibraryObject edited = m_object;
        edited.key = m_base->key;   // the flags name it by its stored key
        Q_EMIT impactRequested(edited);
    });
    connect(m_session, &WorkspaceSession::objectsSaved, this, [this](int request) {
        saveFinished(request, true, {});
    });
    connect(m_session, &WorkspaceSession::objectsSaveFailed, this, [this](int request, const StorageError &error) {
        saveFinished(request, false, error);
    });
    connect(m_session, &WorkspaceSession::stateChanged, this, &LibraryEditor::validate);

    m_conditionEditor->setContext(&m_session->workspace(), QString(), PluginRegistry::shared());
    showStored(QString());
}

LibraryEditor::~LibraryEditor() = default;

QString LibraryEditor::typeName() const
{
    return m_kind == LibraryKind::Activation ? tr("activation") : tr("segment");
}

bool LibraryEditor::isModified() const
{
    return m_editing && (!m_base || *m_base != m_object);
}

void LibraryEditor::setUses(const WorkspaceUses *uses)
{
    m_uses = uses;
}

void LibraryEditor::showStored(const QString &key)
{
    m_base = key.isEmpty() ? std::nullopt : LibraryObject::find(m_session->workspace(), m_kind, key);
    m_editing = m_base.has_value();
    m_undo->clear();
    m_currentCondition = 0;
    LibraryObject shown;
    shown.kind = m_kind;
    if (m_kind == LibraryKind::Activation)
        shown.conditions = {UserListActivation{}};
    apply(m_base.value_or(shown));
}

void LibraryEditor::startNew(const LibraryObject &object)
{
    m_base.reset();
    m_editing = true;
    m_undo->clear();
    m_currentCondition = 0;
    apply(object);
    m_key->setFocus(Qt::OtherFocusReason);
    m_key->selectAll();
}

void LibraryEditor::workspaceChanged()
{
    m_conditionEditor->setContext(&m_session->workspace(), QString(), PluginRegistry::shared());
    if (m_base) {
        const std::optional<LibraryObject> stored = LibraryObject::find(m_session->workspace(), m_kind, m_base->key);
        if (!isModified()) {
            // Not being changed: show what is stored now (a colleague's save, or gone).
            showStored(stored ? stored->key : QString());
            return;
        }
    }
    showConditions();
    validate();
}

void LibraryEditor::apply(const LibraryObject &state)
{
    const bool wasModified = isModified();
    const bool conditionsChanged = m_object.conditions != state.conditions;
    m_object = state;
    const bool was = m_updating;
    m_updating = true;
    if (m_key->text() != state.key)
        m_key->setText(state.key);
    if (m_name->text() != state.name)
        m_name->setText(state.name);
    if (m_description->toPlainText() != state.description)
        m_description->setPlainText(state.description);
    m_updating = was;
    const bool editable = m_editing && m_session->isWritable();
    // A stored object keeps its key (flags refer to it); a new one is given one.
    m_key->setReadOnly(!editable || m_base.has_value());
    m_key->setToolTip(m_base ? tr("The key stays: flags and segments refer to it") : QString());
    m_name->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    if (!m_editing)
        m_heading->setText(m_kind == LibraryKind::Activation ? tr("No activation selected") : tr("No segment selected"));
    else if (!m_base)
        m_heading->setText(m_kind == LibraryKind::Activation ? tr("New activation") : tr("New segment"));
    else
        m_heading->setText(m_kind == LibraryKind::Activation ? tr("Activation %1").arg(m_base->key)
                                                             : tr("Segment %1").arg(m_base->key));
    setEnabled(m_editing);
    showConditions();
    validate();
    if (wasModified != isModified())
        Q_EMIT modifiedChanged();
    if (conditionsChanged && m_editing && m_base) {
        LibraryObject edited = m_object;
        edited.key = m_base->key;
        Q_EMIT conditionsEdited(edited);
    }
}

void LibraryEditor::edit(const LibraryObject &after, const QString &text, const QString &mergeKey)
{
    if (m_updating || !m_editing || after == m_object)
        return;
    m_undo->push(new LibraryEditCommand(this, m_object, after, text, mergeKey));
}

void LibraryEditor::conditionEdited(const Condition &after, const QString &text, const QString &field)
{
    if (m_updating || m_currentCondition < 0 || m_currentCondition >= m_object.conditions.size())
        return;
    LibraryObject next = m_object;
    next.conditions[m_currentCondition] = after;
    edit(next, text, u"condition/%1/%2"_s.arg(m_currentCondition).arg(field));
}

void LibraryEditor::showConditions()
{
    const bool was = m_updating;
    m_updating = true;
    if (m_kind == LibraryKind::Segment) {
        const Workspace &workspace = m_session->workspace();
        QStringList texts;
        for (const Condition &condition : std::as_const(m_object.conditions))
            texts.append(ConditionText::describe(condition, &workspace));
        bool same = m_conditionList->count() == texts.size();
        for (int i = 0; same && i < texts.size(); ++i)
            same = m_conditionList->item(i)->text() == texts.at(i);
        if (!same) {
            m_conditionList->clear();
            m_conditionList->addItems(texts);
        }
        if (m_currentCondition >= m_object.conditions.size())
            m_currentCondition = int(m_object.conditions.size()) - 1;
        if (m_currentCondition < 0 && !m_object.conditions.isEmpty())
            m_currentCondition = 0;
        m_conditionList->setCurrentRow(m_currentCondition);
    } else {
        m_currentCondition = 0;
    }
    m_updating = was;
    showCondition();
    updateButtons();
}

void LibraryEditor::showCondition()
{
    const bool has = m_currentCondition >= 0 && m_currentCondition < m_object.conditions.size();
    m_conditionEditor->setVisible(has);
    if (!has)
        return;
    const bool was = m_updating;
    m_updating = true;
    m_conditionEditor->setCondition(m_object.conditions.at(m_currentCondition),
                                    m_editing && m_session->isWritable());
    m_updating = was;
}

void LibraryEditor::validate()
{
    m_problems.clear();
    Problems keyProblems;
    QHash<int, Problems> conditionProblems;
    QStringList general;
    if (m_editing) {
        // The workspace as it would be saved: the edit in its stored place, or added.
        Workspace overlay = m_session->workspace();
        qsizetype at = -1;
        QString prefix;
        if (m_kind == LibraryKind::Activation) {
            for (qsizetype i = 0; m_base && i < overlay.activations.size(); ++i) {
                if (overlay.activations.at(i).key == m_base->key)
                    at = i;
            }
            const Activation edited = std::get<Activation>(m_object.stored());
            if (at < 0) {
                at = overlay.activations.size();
                overlay.activations.append(edited);
            } else {
                overlay.activations[at] = edited;
            }
            prefix = u"/activations/"_s + QString::number(at);
        } else {
            for (qsizetype i = 0; m_base && i < overlay.segments.size(); ++i) {
                if (overlay.segments.at(i).key == m_base->key)
                    at = i;
            }
            const Segment edited = std::get<Segment>(m_object.stored());
            if (at < 0) {
                at = overlay.segments.size();
                overlay.segments.append(edited);
            } else {
                overlay.segments[at] = edited;
            }
            prefix = u"/segments/"_s + QString::number(at);
        }
        const QStringList users = m_uses && m_base ? m_uses->flags(m_kind, m_base->key) : QStringList();
        m_problems = Validator::validate(libraryCheckContext(overlay, users));
        const QString conditionPrefix = m_kind == LibraryKind::Activation ? prefix + u"/condition"_s
                                                                          : prefix + u"/conditions/"_s;
        for (const Problem &problem : std::as_const(m_problems)) {
            if (problem.path == prefix || problem.path == prefix + u"/key") {
                keyProblems.append(problem);
            } else if (m_kind == LibraryKind::Activation && (problem.path == conditionPrefix
                                                             || problem.path.startsWith(conditionPrefix + u'/'))) {
                conditionProblems[0].append({problem.path.mid(conditionPrefix.size()), problem.message});
            } else if (m_kind == LibraryKind::Segment && problem.path.startsWith(conditionPrefix)) {
                const QString rest = problem.path.mid(conditionPrefix.size());
                const qsizetype slash = rest.indexOf(u'/');
                bool ok = false;
                const int index = rest.left(slash < 0 ? rest.size() : slash).toInt(&ok);
                if (ok)
                    conditionProblems[index].append({slash < 0 ? QString() : rest.mid(slash), problem.message});
                else
                    general.append(problem.toString());
            } else if (problem.path.startsWith(prefix + u'/')) {
                general.append(problem.message);
            } else {
                // Elsewhere (a flag that uses it, another segment): say where.
                general.append(problem.toString());
            }
        }
    }
    QStringList keyMessages;
    for (const Problem &problem : std::as_const(keyProblems))
        keyMessages.append(problem.message);
    m_keyProblem->showProblem(keyMessages.join(u'\n'), m_key);
    if (m_kind == LibraryKind::Segment) {
        // Other conditions' problems are named in the list, the selected one's at its fields.
        for (int i = 0; i < m_conditionList->count(); ++i) {
            QListWidgetItem *item = m_conditionList->item(i);
            const bool bad = !conditionProblems.value(i).isEmpty();
            item->setIcon(bad ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
            item->setToolTip(bad ? conditionProblems.value(i).constFirst().message : QString());
        }
    }
    if (m_currentCondition >= 0 && m_currentCondition < m_object.conditions.size())
        m_conditionEditor->setProblems(conditionProblems.value(m_currentCondition));
    general.removeDuplicates();
    m_general->setMessage(general.join(u'\n'));
    updateButtons();
}

void LibraryEditor::updateButtons()
{
    const bool writable = m_session->isWritable();
    const bool conditionsEditable = m_editing && writable && m_kind == LibraryKind::Segment;
    m_addCondition->setEnabled(conditionsEditable);
    const bool has = m_currentCondition >= 0 && m_currentCondition < m_object.conditions.size();
    m_removeCondition->setEnabled(conditionsEditable && has);
    m_upCondition->setEnabled(conditionsEditable && has && m_currentCondition > 0);
    m_downCondition->setEnabled(conditionsEditable && has && m_currentCondition + 1 < m_object.conditions.size());
    m_revert->setEnabled(m_editing && isModified() && m_base.has_value());
    const bool conditionChanged = m_editing && m_base && m_base->conditions != m_object.conditions;
    m_impact->setEnabled(conditionChanged);
    m_impact->setToolTip(conditionChanged ? tr("How many users would get another variation of the flags that use it")
                                          : tr("Change its conditions to see the impact of the change"));

    if (!m_editing)
        m_blocked = tr("Nothing to save");
    else if (!writable)
        m_blocked = tr("The workspace is read-only");
    else if (m_request >= 0)
        m_blocked = tr("Saving…");
    else if (!isModified())
        m_blocked = tr("No changes to save");
    else if (!m_problems.isEmpty())
        m_blocked = tr("Cannot be saved: %1").arg(m_problems.constFirst().message);
    else
        m_blocked.clear();
    m_save->setEnabled(m_blocked.isEmpty());
    m_save->setToolTip(m_blocked.isEmpty() ? tr("Review the flags this changes, then save") : m_blocked);
    m_saveReason->setText(m_editing ? m_blocked : QString());
}

void LibraryEditor::addCondition()
{
    LibraryObject after = m_object;
    // A user list with no one in it: holds for no one until filled in; after the selected one.
    const int row = after.conditions.isEmpty() ? 0 : qBound(0, m_currentCondition + 1, int(after.conditions.size()));
    after.conditions.insert(row, UserListActivation{});
    edit(after, tr("Add a condition to %1").arg(after.key), {});
    m_currentCondition = qMin(row, int(m_object.conditions.size()) - 1);
    showConditions();
    m_conditionList->setFocus(Qt::OtherFocusReason);
}

void LibraryEditor::removeCondition()
{
    if (m_currentCondition < 0 || m_currentCondition >= m_object.conditions.size())
        return;
    LibraryObject after = m_object;
    after.conditions.removeAt(m_currentCondition);
    edit(after, tr("Remove condition %1 of %2").arg(m_currentCondition + 1).arg(after.key), {});
}

void LibraryEditor::moveCondition(int by)
{
    const int to = m_currentCondition + by;
    if (m_currentCondition < 0 || to < 0 || to >= m_object.conditions.size())
        return;
    LibraryObject after = m_object;
    after.conditions.swapItemsAt(m_currentCondition, to);
    edit(after, tr("Move condition %1 of %2").arg(m_currentCondition + 1).arg(after.key), {});
    m_currentCondition = to;
    showConditions();
}

void LibraryEditor::revert()
{
    if (m_base)
        edit(*m_base, tr("Revert the changes to %1").arg(m_base->key), {});
}

void LibraryEditor::save()
{
    updateButtons();
    if (!m_blocked.isEmpty())
        return;
    const Workspace &workspace = m_session->workspace();
    // Only a changed condition changes what flags serve; a name or description does not.
    const bool conditionChanged = !m_base || m_base->conditions != m_object.conditions;
    const QList<BehaviourChange> changes = m_uses && m_base && conditionChanged
            ? m_uses->behaviourChanges(m_kind, m_base->key)
            : QList<BehaviourChange>();
    LibraryImpactDialog dialog(workspace, m_base, m_object, changes, conditionChanged, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    WorkspaceWrite write;
    ObjectWrite object;
    object.kind = m_object.objectKind();
    object.key = m_object.key;
    object.next = m_object.stored();
    object.expectedVersion = m_base ? m_base->version : 0;
    write.objects.append(object);
    m_request = m_session->saveObjects(write, dialog.comment());
    updateButtons();
}

void LibraryEditor::saveFinished(int request, bool ok, const StorageError &error)
{
    if (request != m_request || request < 0)
        return;
    m_request = -1;
    if (ok) {
        // The session has reloaded: the saved object is the base now.
        const QString key = m_object.key;
        m_base = LibraryObject::find(m_session->workspace(), m_kind, key);
        if (m_base)
            m_object.version = m_base->version;
        apply(m_base.value_or(m_object));
        m_undo->setClean();
        Q_EMIT saved(key, false);
        return;
    }
    updateButtons();
    if (error.kind == StorageError::Kind::Conflict) {
        QMessageBox box(QMessageBox::Warning, tr("Not Saved"),
                        tr("%1 was changed by %2 at %3 since you started; nothing was saved.")
                                .arg(m_object.key, error.conflictActor,
                                     QLocale().toString(error.conflictTime.toLocalTime(), QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setObjectName(u"libraryConflict"_s);
        box.setInformativeText(tr("Keep your edit to save it over theirs (the review shows it again), "
                                  "or take theirs and drop your edit."));
        QPushButton *keep = box.addButton(tr("&Keep My Edit"), QMessageBox::AcceptRole);
        keep->setObjectName(u"keepMineButton"_s);
        QPushButton *theirs = box.addButton(tr("&Take Theirs"), QMessageBox::DestructiveRole);
        theirs->setObjectName(u"takeTheirsButton"_s);
        box.setDefaultButton(keep);
        box.exec();
        const int reload = m_session->reload();
        const bool takeTheirs = box.clickedButton() == theirs;
        auto *pending = new QObject(this);
        connect(m_session, &WorkspaceSession::reloaded, pending, [this, pending, reload, takeTheirs](int done) {
            if (done != reload)
                return;
            pending->deleteLater();
            const std::optional<LibraryObject> stored = LibraryObject::find(m_session->workspace(), m_kind, m_object.key);
            if (takeTheirs) {
                showStored(stored ? stored->key : QString());
                return;
            }
            // Theirs is the base now: the next save expects its version.
            m_base = stored;
            m_object.version = stored ? stored->version : 0;
            validate();
        });
        return;
    }
    m_general->setMessage(tr("Not saved: %1").arg(error.message));
}

} // namespace Pennon
