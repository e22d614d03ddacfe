// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "environmentsdialog.h"

#include "problemlabel.h"
#include "undokeys.h"
#include "workspacesession.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// One edit of the list: the whole list before and after (a handful of environments), and
/// the environment to select after each.
class EnvironmentListCommand final : public QUndoCommand
{
public:
    EnvironmentListCommand(EnvironmentsDialog *dialog, QList<Environment> before, QList<Environment> after,
                           QString selectBefore, QString selectAfter, const QString &text, QString mergeKey)
        : QUndoCommand(text)
        , m_dialog(dialog)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_selectBefore(std::move(selectBefore))
        , m_selectAfter(std::move(selectAfter))
        , m_mergeKey(std::move(mergeKey))
    {
    }

    void undo() override { m_dialog->setEnvironments(m_before, m_selectBefore); }
    void redo() override { m_dialog->setEnvironments(m_after, m_selectAfter); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const EnvironmentListCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        m_selectAfter = next->m_selectAfter;
        setText(next->text());
        setObsolete(m_after == m_before);
        return true;
    }

private:
    EnvironmentsDialog *m_dialog;
    QList<Environment> m_before;
    QList<Environment> m_after;
    QString m_selectBefore;
    QString m_selectAfter;
    QString m_mergeKey;
};

enum Column { KeyColumn, NameColumn, ProtectedColumn, ColumnCount };

} // namespace

EnvironmentsDialog::EnvironmentsDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_changes(session->workspace())
    , m_edited(session->workspace().environments)
    , m_undo(new QUndoStack(this))
    , m_editing(new QWidget(this))
    , m_list(new QTreeWidget(m_editing))
    , m_key(new QLabel(m_editing))
    , m_name(new QLineEdit(m_editing))
    , m_nameProblem(new ProblemLabel(m_editing))
    , m_rename(new QPushButton(tr("Re&name"), m_editing))
    , m_up(new QPushButton(tr("Move &Up"), m_editing))
    , m_down(new QPushButton(tr("Move Do&wn"), m_editing))
    , m_protect(new QPushButton(tr("&Protect"), m_editing))
    , m_remove(new QPushButton(tr("&Remove"), m_editing))
    , m_notice(new ProblemLabel(m_editing))
    , m_newKey(new QLineEdit(m_editing))
    , m_newName(new QLineEdit(m_editing))
    , m_newKeyProblem(new ProblemLabel(m_editing))
    , m_add(new QPushButton(tr("&Add"), m_editing))
    , m_summary(new QPlainTextEdit(m_editing))
    , m_comment(new QLineEdit(m_editing))
    , m_saveProblem(new ProblemLabel(this))
    , m_save(nullptr)
{
    setWindowTitle(tr("Manage Environments"));
    setObjectName(u"environmentsDialog"_s);
    for (const QString &key : session->drafts()) {
        if (const std::optional<Flag> draft = session->editedFlag(key))
            m_drafts.append(*draft);
    }

    // The list, in the order shown everywhere.
    m_list->setObjectName(u"environmentList"_s);
    m_list->setAccessibleName(tr("Environments"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Key"), tr("Name"), tr("Protected")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->setToolTip(tr("Alt+Up and Alt+Down move the selected environment"));
    auto *listLabel = new QLabel(tr("En&vironments, in the order shown everywhere:"), m_editing);
    listLabel->setBuddy(m_list);

    m_key->setObjectName(u"environmentKey"_s);
    m_key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_key->setAccessibleName(tr("Key of the selected environment"));
    m_name->setObjectName(u"environmentName"_s);
    m_name->setAccessibleName(tr("Name of the selected environment"));
    m_name->setToolTip(tr("The name shown in the toolbar and the flag editor; the key stays"));
    m_nameProblem->setObjectName(u"environmentNameProblem"_s);
    leaveUndoToWindow(m_name);   // typing a name is a step of the dialog's undo stack

    const auto button = [](QPushButton *b, const QString &name, const QString &accessible, const QString &tip) {
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        b->setToolTip(tip);
        b->setAutoDefault(false);
    };
    button(m_rename, u"renameEnvironmentButton"_s, tr("Rename"), tr("Type a new name for the selected environment; its key stays"));
    button(m_up, u"moveEnvironmentUpButton"_s, tr("Move up"), tr("Move the selected environment up (Alt+Up)"));
    button(m_down, u"moveEnvironmentDownButton"_s, tr("Move down"), tr("Move the selected environment down (Alt+Down)"));
    button(m_protect, u"protectEnvironmentButton"_s, tr("Protect"),
           tr("A protected environment asks for confirmation before a flag's change there is saved"));
    button(m_remove, u"removeEnvironmentButton"_s, tr("Remove"),
           tr("Remove the selected environment; refused while flags are on there"));
    button(m_add, u"addEnvironmentButton"_s, tr("Add environment"), tr("Add an environment with this key and name, last in the list"));
    m_notice->setObjectName(u"environmentsNotice"_s);
    m_notice->setWordWrap(true);

    m_newKey->setObjectName(u"newEnvironmentKey"_s);
    m_newKey->setAccessibleName(tr("Key of the new environment"));
    m_newKey->setPlaceholderText(tr("e.g. qa"));
    m_newName->setObjectName(u"newEnvironmentName"_s);
    m_newName->setAccessibleName(tr("Name of the new environment"));
    m_newName->setPlaceholderText(tr("e.g. QA (the key when empty)"));
    m_newKeyProblem->setObjectName(u"newEnvironmentKeyProblem"_s);
    m_newKeyProblem->setWordWrap(true);

    m_summary->setObjectName(u"environmentChanges"_s);
    m_summary->setAccessibleName(tr("Changes to save"));
    m_summary->setReadOnly(true);
    m_summary->setPlaceholderText(tr("No changes yet"));
    m_summary->setTabChangesFocus(true);
    m_comment->setObjectName(u"environmentsComment"_s);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Why: goes into the history with the changes"));
    m_saveProblem->setObjectName(u"environmentsSaveProblem"_s);
    m_saveProblem->setWordWrap(true);

    // Undo and redo inside the dialog: its own stack, not the window's.
    QAction *undo = m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    undo->setObjectName(u"environmentsUndoAction"_s);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    redo->setObjectName(u"environmentsRedoAction"_s);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    addAction(redo);
    // Buttons for the same, saying which step they undo or redo.
    auto *undoButton = new QPushButton(tr("Undo"), this);
    undoButton->setObjectName(u"environmentsUndoButton"_s);
    auto *redoButton = new QPushButton(tr("Redo"), this);
    redoButton->setObjectName(u"environmentsRedoButton"_s);
    for (QPushButton *b : {undoButton, redoButton})
        b->setAutoDefault(false);
    connect(undoButton, &QPushButton::clicked, undo, &QAction::trigger);
    connect(redoButton, &QPushButton::clicked, redo, &QAction::trigger);
    connect(undo, &QAction::changed, undoButton, [undo, undoButton] {
        undoButton->setEnabled(undo->isEnabled());
        undoButton->setToolTip(tr("%1 (%2)").arg(undo->text(), undo->shortcut().toString(QKeySequence::NativeText)));
    });
    connect(redo, &QAction::changed, redoButton, [redo, redoButton] {
        redoButton->setEnabled(redo->isEnabled());
        redoButton->setToolTip(tr("%1 (%2)").arg(redo->text(), redo->shortcut().toString(QKeySequence::NativeText)));
    });
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);

    // Alt+Up / Alt+Down on the list.
    auto *up = new QAction(tr("Move Environment Up"), m_list);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    up->setShortcutContext(Qt::WidgetShortcut);
    auto *down = new QAction(tr("Move Environment Down"), m_list);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    down->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(up);
    m_list->addAction(down);
    connect(up, &QAction::triggered, this, [this] { moveBy(-1); });
    connect(down, &QAction::triggered, this, [this] { moveBy(1); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveEnvironmentsButton"_s);
    // Enter adds the environment typed (Add is the default button, enabled only then); it
    // never saves: that takes Save itself.
    for (QAbstractButton *b : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    }
    m_add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnvironmentsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnvironmentsDialog::reject);

    // Layout: the list with its buttons, the selected one's fields, a new one, the changes.
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_rename, m_up, m_down, m_protect, m_remove})
        side->addWidget(b);
    side->addStretch(1);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(side);
    auto *selected = new QFormLayout;
    selected->addRow(tr("Key:"), m_key);
    auto *nameLabel = new QLabel(tr("Na&me:"), m_editing);
    nameLabel->setBuddy(m_name);
    selected->addRow(nameLabel, m_name);
    selected->addRow(QString(), m_nameProblem);

    auto *addBox = new QGroupBox(tr("New environment"), m_editing);
    auto *addLayout = new QGridLayout(addBox);
    auto *newKeyLabel = new QLabel(tr("&Key:"), addBox);
    newKeyLabel->setBuddy(m_newKey);
    auto *newNameLabel = new QLabel(tr("Nam&e:"), addBox);
    newNameLabel->setBuddy(m_newName);
    addLayout->addWidget(newKeyLabel, 0, 0);
    addLayout->addWidget(m_newKey, 0, 1);
    addLayout->addWidget(newNameLabel, 0, 2);
    addLayout->addWidget(m_newName, 0, 3);
    addLayout->addWidget(m_add, 0, 4);
    addLayout->addWidget(m_newKeyProblem, 1, 1, 1, 4);

    auto *summaryLabel = new QLabel(tr("Changes to save:"), m_editing);
    summaryLabel->setBuddy(m_summary);
    auto *commentRow = new QFormLayout;
    auto *commentLabel = new QLabel(tr("&Comment:"), m_editing);
    commentLabel->setBuddy(m_comment);
    commentRow->addRow(commentLabel, m_comment);

    auto *editingLayout = new QVBoxLayout(m_editing);
    editingLayout->setContentsMargins(0, 0, 0, 0);
    editingLayout->addWidget(listLabel);
    editingLayout->addLayout(listRow, 2);
    editingLayout->addLayout(selected);
    editingLayout->addWidget(m_notice);
    editingLayout->addWidget(addBox);
    editingLayout->addWidget(summaryLabel);
    editingLayout->addWidget(m_summary, 1);
    editingLayout->addLayout(commentRow);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(undoButton);
    bottom->addWidget(redoButton);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editing, 1);
    layout->addWidget(m_saveProblem);
    layout->addLayout(bottom);

    setTabOrder(m_list, m_rename);
    setTabOrder(m_rename, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_protect);
    setTabOrder(m_protect, m_remove);
    setTabOrder(m_remove, m_name);
    setTabOrder(m_name, m_newKey);
    setTabOrder(m_newKey, m_newName);
    setTabOrder(m_newName, m_add);
    setTabOrder(m_add, m_summary);
    setTabOrder(m_summary, m_comment);
    setTabOrder(m_comment, undoButton);
    setTabOrder(undoButton, redoButton);
    setTabOrder(redoButton, m_save);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &EnvironmentsDialog::updateSelection);
    connect(m_name, &QLineEdit::textEdited, this, &EnvironmentsDialog::renameTyped);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        m_name->setFocus(Qt::OtherFocusReason);
        m_name->selectAll();
    });
    connect(m_up, &QPushButton::clicked, up, &QAction::trigger);
    connect(m_down, &QPushButton::clicked, down, &QAction::trigger);
    connect(m_protect, &QPushButton::clicked, this, &EnvironmentsDialog::toggleProtected);
    connect(m_remove, &QPushButton::clicked, this, &EnvironmentsDialog::removeSelected);
    connect(m_newKey, &QLineEdit::textChanged, this, &EnvironmentsDialog::updateNewKey);
    connect(m_add, &QPushButton::clicked, this, &EnvironmentsDialog::addEnvironment);
    connect(m_session, &WorkspaceSession::objectsSaved, this, &EnvironmentsDialog::saved);
    connect(m_session, &WorkspaceSession::objectsSaveFailed, this, &EnvironmentsDialog::saveFailed);

    setEnvironments(m_edited, m_edited.isEmpty() ? QString() : m_edited.constFirst().key);
    updateNewKey();
    m_list->setFocus();
    resize(640, 620);
}

QStringList EnvironmentsDialog::changes() const
{
    return m_changes.describe(m_edited);
}

void EnvironmentsDialog::setEnvironments(const QList<Environment> &environments, const QString &selectKey)
{
    m_edited = environments;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        QTreeWidgetItem *select = nullptr;
        for (const Environment &environment : std::as_const(m_edited)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(KeyColumn, environment.key);
            item->setText(NameColumn, environment.name);
            item->setText(ProtectedColumn, environment.isProtected ? tr("protected") : QString());
            item->setData(KeyColumn, Qt::UserRole, environment.key);
            if (environment.key == selectKey)
                select = item;
        }
        if (!select && m_list->topLevelItemCount() > 0)
            select = m_list->topLevelItem(0);
        m_list->setCurrentItem(select);
    }
    updateSelection();
    refresh();
}

QString EnvironmentsDialog::selectedKey() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(KeyColumn, Qt::UserRole).toString() : QString();
}

int EnvironmentsDialog::selectedRow() const
{
    const QString key = selectedKey();
    for (qsizetype i = 0; i < m_edited.size(); ++i) {
        if (m_edited.at(i).key == key)
            return int(i);
    }
    return -1;
}

void EnvironmentsDialog::updateSelection()
{
    const int row = selectedRow();
    const bool has = row >= 0;
    const Environment environment = has ? m_edited.at(row) : Environment();
    m_key->setText(has ? environment.key : QString());
    if (m_name->text() != environment.name)
        m_name->setText(environment.name);
    m_name->setEnabled(has);
    m_rename->setEnabled(has);
    m_up->setEnabled(has && row > 0);
    m_down->setEnabled(has && row + 1 < m_edited.size());
    m_protect->setEnabled(has);
    m_protect->setText(has && environment.isProtected ? tr("Un&protect") : tr("&Protect"));
    m_protect->setAccessibleName(has && environment.isProtected ? tr("Unprotect") : tr("Protect"));
    m_remove->setEnabled(has);
    m_nameProblem->showProblem(has && environment.name.trimmed().isEmpty() ? tr("An environment needs a name.")
                                                                           : QString(),
                               m_name);
    m_notice->setMessage({});
}

void EnvironmentsDialog::refresh()
{
    const QStringList lines = changes();
    m_summary->setPlainText(lines.join(u'\n'));
    const QStringList problems = EnvironmentChanges::problems(m_edited);
    QString reason;
    if (!problems.isEmpty())
        reason = tr("Cannot be saved: %1").arg(problems.constFirst());
    else if (lines.isEmpty())
        reason = tr("Nothing has changed yet");
    m_save->setEnabled(reason.isEmpty() && m_request < 0);
    m_save->setToolTip(reason.isEmpty() ? tr("Save the changes in one go") : reason);
    // An empty list of changes is no problem to show in red; a reason not to save is.
    m_saveProblem->setMessage(problems.isEmpty() ? QString() : reason);
    updateNewKey();   // a key added or removed changes what is taken
}

void EnvironmentsDialog::updateNewKey()
{
    const QString key = m_newKey->text().trimmed();
    const QString problem = EnvironmentChanges::keyProblem(key, m_edited);
    m_newKeyProblem->showProblem(key.isEmpty() ? QString() : problem, m_newKey);
    m_add->setEnabled(problem.isEmpty());
    m_add->setToolTip(problem.isEmpty() ? tr("Add an environment with this key and name, last in the list") : problem);
}

void EnvironmentsDialog::edit(const QList<Environment> &after, const QString &text, const QString &selectKey,
                              const QString &mergeKey)
{
    if (after == m_edited)
        return;
    m_undo->push(new EnvironmentListCommand(this, m_edited, after, selectedKey(), selectKey, text, mergeKey));
}

void EnvironmentsDialog::addEnvironment()
{
    const QString key = m_newKey->text().trimmed();
    if (!EnvironmentChanges::keyProblem(key, m_edited).isEmpty())
        return;
    Environment environment;
    environment.key = key;
    environment.name = m_newName->text().trimmed().isEmpty() ? key : m_newName->text().trimmed();
    QList<Environment> after = m_edited;
    after.append(environment);
    edit(after, tr("Add environment %1").arg(key), key);
    m_newKey->clear();
    m_newName->clear();
    m_newKey->setFocus(Qt::OtherFocusReason);   // ready for the next one
}

void EnvironmentsDialog::renameTyped(const QString &name)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QList<Environment> after = m_edited;
    after[row].name = name;
    const QString key = after.at(row).key;
    edit(after, tr("Rename %1 to %2").arg(key, name), key, u"name:"_s + key);
}

void EnvironmentsDialog::moveBy(int delta)
{
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_edited.size())
        return;
    QList<Environment> after = m_edited;
    after.move(row, to);
    const QString key = after.at(to).key;
    edit(after, tr("Move %1 to %2").arg(key).arg(to + 1), key);
    m_list->setFocus(Qt::OtherFocusReason);
}

void EnvironmentsDialog::toggleProtected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QList<Environment> after = m_edited;
    after[row].isProtected = !after.at(row).isProtected;
    const QString key = after.at(row).key;
    edit(after, after.at(row).isProtected ? tr("Protect %1").arg(key) : tr("Unprotect %1").arg(key), key);
}

void EnvironmentsDialog::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString key = m_edited.at(row).key;
    QString refusal = m_changes.removalRefusal(key, m_drafts);
    if (refusal.isEmpty() && m_edited.size() == 1)
        refusal = tr("%1 cannot be removed: a workspace keeps at least one environment.").arg(key);
    if (!refusal.isEmpty()) {
        m_notice->setMessage(refusal);
        return;
    }
    QList<Environment> after = m_edited;
    after.removeAt(row);
    const QString next = after.isEmpty() ? QString() : after.at(std::min<int>(row, int(after.size()) - 1)).key;
    edit(after, tr("Remove %1").arg(key), next);
    m_list->setFocus(Qt::OtherFocusReason);
}

void EnvironmentsDialog::save()
{
    if (m_request >= 0 || !m_save->isEnabled())
        return;
    const QStringList lines = changes();
    const QString comment = m_comment->text().trimmed().isEmpty() ? lines.join(u"; "_s) : m_comment->text().trimmed();
    m_notice->setMessage({});
    const int request = m_session->saveObjects(m_changes.write(m_edited), comment);
    if (request < 0) {
        m_notice->setMessage(tr("Nothing was saved: the workspace cannot be written to."));
        return;
    }
    m_request = request;
    m_editing->setEnabled(false);
    // The steps stay as they are until the answer: written, or shown why not.
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    m_save->setEnabled(false);
    m_saveProblem->setMessage({});
    m_save->setToolTip(tr("Saving…"));
}

void EnvironmentsDialog::saved(int request)
{
    if (request != m_request)
        return;
    m_request = -1;
    // Stored and recorded in the history; the dialog's steps end with it.
    m_undo->clear();
    QDialog::accept();
}

void EnvironmentsDialog::saveFailed(int request, const StorageError &error)
{
    if (request != m_request)
        return;
    m_request = -1;
    m_editing->setEnabled(true);
    m_undoAction->setEnabled(m_undo->canUndo());
    m_redoAction->setEnabled(m_undo->canRedo());
    QString message = tr("Nothing was saved: %1").arg(error.message);
    if (error.kind == StorageError::Kind::Conflict) {
        message += u' '
                + tr("Someone changed %1 since this dialog opened. Cancel and open it again to start from "
                     "their change.").arg(error.conflictKey);
    }
    m_notice->setMessage(message);
    refresh();
}

void EnvironmentsDialog::reject()
{
    if (m_request >= 0)
        return;   // the write is under way: its answer closes the dialog or shows why not
    if (!changes().isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Manage Environments"),
                        tr("Discard the changes to the environments?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(u"discardEnvironmentChanges"_s);
        box.setInformativeText(changes().join(u'\n'));
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace Pennon
