// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "librarytab.h"

#include "libraryeditor.h"
#include "librarylistmodel.h"
#include "workspacesession.h"

#include "text/flagtext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

enum UserRole { UserKindRole = Qt::UserRole, UserKeyRole };
enum UserKind { FlagUser, SegmentUser, ActivationUser };

} // namespace

LibraryTab::LibraryTab(WorkspaceSession *session, LibraryKind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_model(new LibraryListModel(kind, this))
    , m_list(new QTreeView(this))
    , m_new(new QPushButton(this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_usedByHeading(new QLabel(this))
    , m_usedBy(new QListWidget(this))
    , m_open(new QPushButton(tr("S&how"), this))
    , m_editor(new LibraryEditor(session, kind, this))
{
    const bool activation = kind == LibraryKind::Activation;
    const QString prefix = activation ? u"activation"_s : u"segment"_s;
    setObjectName(prefix + u"Tab"_s);
    m_list->setObjectName(prefix + u"List"_s);
    m_list->setAccessibleName(activation ? tr("Activations") : tr("Segments"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(LibraryListModel::ConditionsColumn, QHeaderView::Stretch);
    m_new->setText(activation ? tr("Ne&w Activation") : tr("Ne&w Segment"));
    m_new->setObjectName(prefix + u"NewButton"_s);
    m_new->setAccessibleName(activation ? tr("New activation") : tr("New segment"));
    m_duplicate->setObjectName(prefix + u"DuplicateButton"_s);
    m_duplicate->setAccessibleName(activation ? tr("Duplicate the activation") : tr("Duplicate the segment"));
    m_delete->setObjectName(prefix + u"DeleteButton"_s);
    m_delete->setAccessibleName(activation ? tr("Delete the activation") : tr("Delete the segment"));
    m_usedByHeading->setObjectName(prefix + u"UsedByHeading"_s);
    m_usedByHeading->setTextFormat(Qt::PlainText);
    m_usedByHeading->setBuddy(m_usedBy);
    m_usedBy->setObjectName(prefix + u"UsedByList"_s);
    m_usedBy->setAccessibleName(tr("Flags and segments that use it"));
    m_usedBy->setToolTip(tr("Double-click or press Enter to show it"));
    m_open->setObjectName(prefix + u"ShowUserButton"_s);
    m_open->setAccessibleName(tr("Show the flag or segment that uses it"));
    m_open->setToolTip(tr("Shows the flag in the main window, or the segment in its tab"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    leftLayout->addWidget(m_usedByHeading);
    leftLayout->addWidget(m_usedBy, 1);
    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_open);
    leftLayout->addLayout(openRow);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(prefix + u"EditorArea"_s);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_list, m_new);
    setTabOrder(m_new, m_duplicate);
    setTabOrder(m_duplicate, m_delete);
    setTabOrder(m_delete, m_usedBy);
    setTabOrder(m_usedBy, m_open);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LibraryTab::currentChanged);
    connect(m_new, &QPushButton::clicked, this, &LibraryTab::newObject);
    connect(m_duplicate, &QPushButton::clicked, this, &LibraryTab::duplicateObject);
    connect(m_delete, &QPushButton::clicked, this, &LibraryTab::deleteObject);
    connect(m_usedBy, &QListWidget::itemActivated, this, &LibraryTab::openUser);
    connect(m_usedBy, &QListWidget::currentRowChanged, this, &LibraryTab::updateButtons);
    connect(m_open, &QPushButton::clicked, this, &LibraryTab::openUser);
    connect(m_editor, &LibraryEditor::saved, this, [this](const QString &key) {
        // A new object is in the list now (the session reloaded before saying it was saved).
        m_shown = key;
        select(key);
    });
    connect(m_session, &WorkspaceSession::objectsSaved, this, [this](int request) {
        if (request == m_deleteRequest)
            m_deleteRequest = -1;
    });
    connect(m_session, &WorkspaceSession::objectsSaveFailed, this, [this](int request, const StorageError &error) {
        if (request != m_deleteRequest)
            return;
        m_deleteRequest = -1;
        QMessageBox::warning(this, tr("Not Deleted"), tr("Nothing was deleted: %1").arg(error.message));
    });
    connect(m_session, &WorkspaceSession::stateChanged, this, &LibraryTab::updateButtons);
    showUsers();
    updateButtons();
}

void LibraryTab::setUses(const WorkspaceUses *uses)
{
    m_uses = uses;
    m_editor->setUses(uses);
    const QString keep = currentKey();
    m_selecting = true;
    m_model->setContent(m_session->workspace(), *uses);
    m_list->resizeColumnToContents(LibraryListModel::KeyColumn);
    m_list->resizeColumnToContents(LibraryListModel::UsedByColumn);
    const int row = m_model->rowOfKey(keep.isEmpty() ? m_shown : keep);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
    m_selecting = false;
    m_editor->workspaceChanged();
    if (m_editor->storedKey().isEmpty() && !m_editor->isEditing() && row < 0 && m_model->rowCount() > 0
        && m_shown.isEmpty()) {
        m_list->setCurrentIndex(m_model->index(0, 0));   // first shown: start at the top
    }
    showUsers();
    updateButtons();
}

bool LibraryTab::select(const QString &key)
{
    const int row = m_model->rowOfKey(key);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    m_list->scrollTo(m_model->index(row, 0));
    return currentKey() == key;
}

QString LibraryTab::currentKey() const
{
    return m_model->keyAt(m_list->currentIndex().row());
}

void LibraryTab::currentChanged()
{
    if (m_selecting)
        return;
    const QString key = currentKey();
    if (key == m_editor->storedKey() && m_editor->isEditing()) {
        showUsers();
        updateButtons();
        return;
    }
    if (m_editor->isModified()) {
        // Another object: the edit of this one is dropped only when the user says so.
        const QString editing = m_editor->object().key.isEmpty() ? tr("the new one") : m_editor->object().key;
        QMessageBox box(QMessageBox::Question, tr("Discard Changes"),
                        tr("Discard the unsaved changes to %1?").arg(editing),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(u"libraryDiscardConfirmation"_s);
        box.setDefaultButton(QMessageBox::Cancel);
        if (box.exec() != QMessageBox::Discard) {
            m_selecting = true;
            const int back = m_model->rowOfKey(m_editor->storedKey());
            m_list->setCurrentIndex(back >= 0 ? m_model->index(back, 0) : QModelIndex());
            m_selecting = false;
            return;
        }
    }
    m_shown = key;
    m_editor->showStored(key);
    showUsers();
    updateButtons();
}

void LibraryTab::showUsers()
{
    m_usedBy->clear();
    const QString key = currentKey();
    if (key.isEmpty() || !m_uses) {
        m_usedByHeading->setText(tr("Used by:"));
        updateButtons();
        return;
    }
    m_usedByHeading->setText(tr("%1:").arg(LibraryListModel::usedByText(*m_uses, m_kind, key)));
    const Workspace &workspace = m_session->workspace();
    // Each flag once, with where its rules use it: "checkout — development: Rule 1; production: Rule 2".
    QStringList flags;
    QHash<QString, QStringList> places;
    for (const RuleUse &use : m_uses->rules(m_kind, key)) {
        if (!flags.contains(use.flag))
            flags.append(use.flag);
        const Flag *flag = workspace.flag(use.flag);
        const EnvironmentConfig config = flag ? flag->environments.value(use.environment) : EnvironmentConfig();
        const QString rule = use.rule < config.rules.size() ? FlagText::ruleTitle(config.rules.at(use.rule), use.rule + 1)
                                                            : tr("Rule %1").arg(use.rule + 1);
        places[use.flag].append(tr("%1: %2").arg(FlagText::environmentName(workspace, use.environment), rule));
    }
    for (const QString &flag : std::as_const(flags)) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(flag, places.value(flag).join(u"; "_s)), m_usedBy);
        item->setData(UserKindRole, int(FlagUser));
        item->setData(UserKeyRole, flag);
        item->setToolTip(tr("Flag %1: double-click or press Enter to show it in the main window").arg(flag));
    }
    for (const QString &segment : m_uses->segments(m_kind, key)) {
        auto *item = new QListWidgetItem(tr("segment %1").arg(segment), m_usedBy);
        item->setData(UserKindRole, int(SegmentUser));
        item->setData(UserKeyRole, segment);
    }
    for (const QString &activation : m_uses->activations(m_kind, key)) {
        auto *item = new QListWidgetItem(tr("activation %1").arg(activation), m_usedBy);
        item->setData(UserKindRole, int(ActivationUser));
        item->setData(UserKeyRole, activation);
    }
    if (m_usedBy->count() > 0)
        m_usedBy->setCurrentRow(0);
    updateButtons();
}

void LibraryTab::openUser()
{
    const QListWidgetItem *item = m_usedBy->currentItem();
    if (!item)
        return;
    const QString key = item->data(UserKeyRole).toString();
    switch (UserKind(item->data(UserKindRole).toInt())) {
    case FlagUser:
        Q_EMIT flagRequested(key);
        break;
    case SegmentUser:
        Q_EMIT objectRequested(LibraryKind::Segment, key);
        break;
    case ActivationUser:
        Q_EMIT objectRequested(LibraryKind::Activation, key);
        break;
    }
}

QString LibraryTab::freeKey(const QString &base) const
{
    const Workspace &workspace = m_session->workspace();
    const auto taken = [&](const QString &key) {
        return m_kind == LibraryKind::Activation ? workspace.activation(key) != nullptr
                                                 : workspace.segment(key) != nullptr;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString key = base + u'-' + QString::number(n);
        if (!taken(key))
            return key;
    }
}

void LibraryTab::newObject()
{
    LibraryObject object;
    object.kind = m_kind;
    object.key = freeKey(m_kind == LibraryKind::Activation ? u"new-activation"_s : u"new-segment"_s);
    if (m_kind == LibraryKind::Activation)
        object.conditions = {UserListActivation{}};   // holds for no one until filled in
    startNew(object);
}

void LibraryTab::duplicateObject()
{
    const std::optional<LibraryObject> source = LibraryObject::find(m_session->workspace(), m_kind, currentKey());
    if (!source)
        return;
    LibraryObject copy = *source;
    copy.key = freeKey(source->key + u"-copy"_s);
    copy.name = source->name.isEmpty() ? QString() : tr("%1 (copy)").arg(source->name);
    copy.version = 0;
    startNew(copy);
}

void LibraryTab::startNew(const LibraryObject &object)
{
    if (m_editor->isModified()) {
        QMessageBox box(QMessageBox::Question, tr("Discard Changes"),
                        tr("Discard the unsaved changes to %1?").arg(m_editor->object().key),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(u"libraryDiscardConfirmation"_s);
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    m_selecting = true;
    m_list->setCurrentIndex(QModelIndex());
    m_selecting = false;
    m_shown.clear();
    m_editor->startNew(object);
    showUsers();
}

void LibraryTab::deleteObject()
{
    const QString key = currentKey();
    const std::optional<LibraryObject> stored = LibraryObject::find(m_session->workspace(), m_kind, key);
    if (!stored || !m_uses || !m_session->isWritable())
        return;
    const QString what = m_kind == LibraryKind::Activation ? tr("activation %1").arg(key) : tr("segment %1").arg(key);
    // Refused while anything refers to it, naming each user.
    QStringList users;
    const QStringList flags = m_uses->flags(m_kind, key);
    if (!flags.isEmpty())
        users.append(tr("the flag(s) %1", nullptr, int(flags.size())).arg(flags.join(u", "_s)));
    const QStringList segments = m_uses->segments(m_kind, key);
    if (!segments.isEmpty())
        users.append(tr("the segment(s) %1", nullptr, int(segments.size())).arg(segments.join(u", "_s)));
    const QStringList activations = m_uses->activations(m_kind, key);
    if (!activations.isEmpty())
        users.append(tr("the activation(s) %1", nullptr, int(activations.size())).arg(activations.join(u", "_s)));
    if (!users.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Delete"),
                        tr("The %1 cannot be deleted while it is used by %2.").arg(what, users.join(tr("; "))),
                        QMessageBox::Ok, this);
        box.setObjectName(u"libraryDeleteRefused"_s);
        box.setInformativeText(tr("Remove it from their conditions first."));
        box.exec();
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Delete"), tr("Delete the %1?").arg(what),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"libraryDeleteConfirmation"_s);
    box.setInformativeText(tr("Nothing uses it: no flag's behaviour changes."));
    QPushButton *deleteButton = box.addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    deleteButton->setObjectName(u"libraryConfirmDeleteButton"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;
    WorkspaceWrite write;
    write.objects.append({stored->objectKind(), key, std::nullopt, stored->version});
    m_deleteRequest = m_session->saveObjects(write, tr("Deleted %1").arg(what));
}

void LibraryTab::updateButtons()
{
    const bool writable = m_session->isWritable();
    const bool selected = !currentKey().isEmpty();
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && selected);
    m_delete->setEnabled(writable && selected);
    m_open->setEnabled(m_usedBy->currentItem() != nullptr);
}

} // namespace Pennon
