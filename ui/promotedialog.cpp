// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "promotedialog.h"

#include "problemlabel.h"
#include "promotionmodel.h"
#include "workspacesession.h"
#include "text/flagtext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

PromoteDialog::PromoteDialog(WorkspaceSession *session, const QString &flagKey, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_flagKey(flagKey)
    , m_model(new PromotionModel(this))
    , m_source(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_onlyFlag(new QRadioButton(this))
    , m_everyFlag(new QRadioButton(tr("&Every flag that differs"), this))
    , m_warning(new ProblemLabel(this))
    , m_note(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_difference(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_selectAll(new QPushButton(tr("Select &All"), this))
    , m_selectNone(new QPushButton(tr("Select &None"), this))
{
    setObjectName(u"promoteDialog"_s);
    setWindowTitle(tr("Promote"));

    const QList<Environment> &environments = session->workspace().environments;
    for (const Environment &environment : environments)
        m_source->addItem(environment.name.isEmpty() ? environment.key : environment.name, environment.key);
    for (const Environment &environment : environments)
        m_target->addItem(environment.name.isEmpty() ? environment.key : environment.name, environment.key);
    // From the current environment to the next one (development → staging → production).
    const int from = std::max(0, m_source->findData(session->currentEnvironment()));
    m_source->setCurrentIndex(from);
    m_target->setCurrentIndex(from + 1 < m_target->count() ? from + 1 : std::max(0, from - 1));
    m_source->setObjectName(u"promoteSource"_s);
    m_source->setAccessibleName(tr("Copy from environment"));
    m_target->setObjectName(u"promoteTarget"_s);
    m_target->setAccessibleName(tr("Copy to environment"));

    m_onlyFlag->setObjectName(u"promoteOnlyFlag"_s);
    m_onlyFlag->setText(tr("&Only %1").arg(flagKey));
    m_onlyFlag->setAccessibleName(tr("Only the flag %1").arg(flagKey));
    m_onlyFlag->setVisible(!flagKey.isEmpty());
    m_everyFlag->setObjectName(u"promoteEveryFlag"_s);
    m_everyFlag->setAccessibleName(tr("Every flag that differs"));
    (flagKey.isEmpty() ? m_everyFlag : m_onlyFlag)->setChecked(true);

    m_warning->setObjectName(u"promoteWarning"_s);
    m_warning->setWordWrap(true);
    m_note->setObjectName(u"promoteNote"_s);
    m_note->setWordWrap(true);

    m_list->setObjectName(u"promoteList"_s);
    m_list->setAccessibleName(tr("Flags to promote"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(PromotionModel::FlagColumn, fontMetrics().horizontalAdvance(u'M') * 14);
    // Space ticks or unticks the current row, whichever of its cells is current.
    m_list->installEventFilter(this);
    m_difference->setObjectName(u"promoteDifference"_s);
    m_difference->setReadOnly(true);
    m_difference->setAccessibleName(tr("What changes in the selected flag"));
    m_difference->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_count->setObjectName(u"promoteCount"_s);
    m_selectAll->setObjectName(u"promoteSelectAll"_s);
    m_selectAll->setAccessibleName(tr("Select all flags"));
    m_selectNone->setObjectName(u"promoteSelectNone"_s);
    m_selectNone->setAccessibleName(tr("Select no flag"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("A&pply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"promoteApply"_s);
    m_apply->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_source);
    form->addRow(fromLabel, m_source);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_target);
    form->addRow(toLabel, m_target);
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_onlyFlag);
    scope->addWidget(m_everyFlag);
    form->addRow(tr("Flags:"), scope);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_difference);
    auto *choice = new QHBoxLayout;
    choice->addWidget(m_selectAll);
    choice->addWidget(m_selectNone);
    choice->addWidget(m_count, 1);
    layout->addLayout(choice);
    layout->addWidget(buttons);
    setTabOrder(m_source, m_target);
    setTabOrder(m_target, m_onlyFlag);
    setTabOrder(m_onlyFlag, m_everyFlag);
    setTabOrder(m_everyFlag, m_list);
    setTabOrder(m_list, m_difference);
    setTabOrder(m_difference, m_selectAll);
    setTabOrder(m_selectAll, m_selectNone);

    connect(m_source, &QComboBox::currentIndexChanged, this, &PromoteDialog::refill);
    connect(m_target, &QComboBox::currentIndexChanged, this, &PromoteDialog::refill);
    connect(m_everyFlag, &QRadioButton::toggled, this, &PromoteDialog::refill);
    connect(m_selectAll, &QPushButton::clicked, m_model, [this] { m_model->setAllChecked(true); });
    connect(m_selectNone, &QPushButton::clicked, m_model, [this] { m_model->setAllChecked(false); });
    connect(m_model, &PromotionModel::checkedCountChanged, this, &PromoteDialog::updateApply);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PromoteDialog::showDifference);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PromoteDialog::showDifference);

    refill();
    resize(760, 520);
}

bool PromoteDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier && m_list->currentIndex().isValid()) {
        const QModelIndex check = m_list->currentIndex().siblingAtColumn(PromotionModel::FlagColumn);
        const bool checked = check.data(Qt::CheckStateRole).toInt() == Qt::Checked;
        m_model->setData(check, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

QString PromoteDialog::sourceEnvironment() const
{
    return m_source->currentData().toString();
}

QString PromoteDialog::targetEnvironment() const
{
    return m_target->currentData().toString();
}

QString PromoteDialog::environmentName(const QString &key) const
{
    return FlagText::environmentName(m_session->workspace(), key);
}

QList<Flag> PromoteDialog::chosenFlags() const
{
    const QString source = sourceEnvironment();
    const QString target = targetEnvironment();
    QList<Flag> chosen;
    if (source == target)
        return chosen;
    // The flags as they are now (a colleague's save may have come in since they were listed).
    for (const Flag &listed : m_model->checkedFlags()) {
        std::optional<Flag> flag = m_session->editedFlag(listed.key);
        if (!flag || !flag->environments.contains(source))
            continue;
        flag->environments.insert(target, flag->environments.value(source));
        chosen.append(*flag);
    }
    return chosen;
}

QString PromoteDialog::stepText() const
{
    return tr("Promote %n flag(s) from %1 to %2", nullptr, m_model->checkedCount())
            .arg(environmentName(sourceEnvironment()), environmentName(targetEnvironment()));
}

void PromoteDialog::refill()
{
    const QString source = sourceEnvironment();
    const QString target = targetEnvironment();
    QList<PromotionModel::Row> rows;
    int notInSource = 0;
    int same = 0;
    if (source != target) {
        // The flags as edited: stored ones (in their order), then new ones not saved yet.
        QStringList keys;
        if (m_onlyFlag->isChecked()) {
            keys.append(m_flagKey);
        } else {
            const QList<Flag> &stored = m_session->workspace().flags;
            keys.reserve(stored.size());
            QSet<QString> seen;
            for (const Flag &flag : stored) {
                keys.append(flag.key);
                seen.insert(flag.key);
            }
            for (const QString &key : m_session->drafts()) {
                if (!seen.contains(key))
                    keys.append(key);
            }
        }
        for (const QString &key : std::as_const(keys)) {
            const std::optional<Flag> flag = m_session->editedFlag(key);
            if (!flag)
                continue;
            const auto from = flag->environments.constFind(source);
            if (from == flag->environments.cend()) {
                ++notInSource;
                continue;
            }
            const auto to = flag->environments.constFind(target);
            if (to != flag->environments.cend() && *to == *from) {
                ++same;
                continue;
            }
            Flag after = *flag;
            after.environments.insert(target, *from);
            rows.append({*flag, after});
        }
    }
    m_model->setRows(rows, &m_session->workspace(), target);
    if (!rows.isEmpty())
        m_list->setCurrentIndex(m_model->index(0, PromotionModel::FlagColumn));

    const Environment *to = m_session->workspace().environment(target);
    if (source == target)
        m_warning->setMessage(tr("Choose two different environments."));
    else if (to && to->isProtected)
        m_warning->setMessage(tr("%1 is protected: saving these changes asks you to confirm them.").arg(environmentName(target)));
    else
        m_warning->setMessage({});

    QStringList notes;
    if (source != target) {
        if (m_onlyFlag->isChecked() && rows.isEmpty()) {
            notes.append(notInSource ? tr("%1 has no configuration in %2: there is nothing to copy.")
                                               .arg(m_flagKey, environmentName(source))
                                     : tr("%1 is the same in %2 and %3.")
                                               .arg(m_flagKey, environmentName(source), environmentName(target)));
        } else if (!m_onlyFlag->isChecked()) {
            notes.append(tr("%n flag(s) differ between %1 and %2.", nullptr, int(rows.size()))
                                 .arg(environmentName(source), environmentName(target)));
            if (same)
                notes.append(tr("%n flag(s) are the same in both.", nullptr, same));
            if (notInSource)
                notes.append(tr("%n flag(s) have no configuration in %1 and are left out.", nullptr, notInSource)
                                     .arg(environmentName(source)));
        }
    }
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
    updateApply();
}

void PromoteDialog::showDifference()
{
    const QModelIndex current = m_list->currentIndex();
    m_difference->setPlainText(current.isValid() ? m_model->differenceLines(current.row()).join(u'\n') : QString());
}

void PromoteDialog::updateApply()
{
    const int chosen = m_model->checkedCount();
    m_count->setText(tr("%1 of %n flag(s) chosen", nullptr, m_model->rowCount()).arg(chosen));
    const bool can = chosen > 0 && sourceEnvironment() != targetEnvironment() && m_session->isWritable();
    m_apply->setEnabled(can);
    m_apply->setToolTip(can ? QString() : !m_session->isWritable() ? tr("The workspace is read-only")
                                                                    : tr("No flag is chosen"));
    m_selectAll->setEnabled(m_model->rowCount() > 0);
    m_selectNone->setEnabled(m_model->rowCount() > 0);
}

} // namespace Pennon
