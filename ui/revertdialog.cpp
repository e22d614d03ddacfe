// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "revertdialog.h"

#include "text/changetext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

RevertDialog::RevertDialog(WorkspaceSession *session, const HistoryEntry &entry, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_comment(new QLineEdit(this))
{
    const Change &change = entry.change;
    setWindowTitle(tr("Revert Change"));
    setObjectName(u"revertDialog"_s);
    auto *heading = new QLabel(tr("Revert change %1 (%2 %3: %4)?")
                                   .arg(QString::number(change.id), ChangeText::kindName(change.kind),
                                        change.key, ChangeText::whatText(change)),
                               this);
    heading->setWordWrap(true);
    // Reverting puts back the state before the change: the change read backwards.
    Change backwards = change;
    std::swap(backwards.before, backwards.after);
    std::swap(backwards.versionBefore, backwards.versionAfter);
    QStringList lines;
    for (const QString &line : ChangeText::describe(backwards, &session->workspace()))
        lines.append(u"• "_s + line);
    m_text->setObjectName(u"revertText"_s);
    m_text->setReadOnly(true);
    m_text->setPlainText(lines.join(u'\n'));
    m_text->setAccessibleName(tr("What reverting changes"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(new QLabel(tr("Reverting records a change of its own:"), this));
    layout->addWidget(m_text, 1);
    if (change.kind == ObjectKind::Flag && session->hasDraft(change.key)) {
        auto *draft = new QLabel(tr("%1 has unsaved changes. The revert replaces the stored flag; your "
                                    "changes stay unsaved, and saving them then reports a conflict, as "
                                    "after a colleague's change.").arg(change.key),
                                 this);
        draft->setObjectName(u"revertDraftWarning"_s);
        draft->setWordWrap(true);
        layout->addWidget(draft);
    }
    auto *form = new QFormLayout;
    auto *commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    m_comment->setObjectName(u"revertComment"_s);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setPlaceholderText(tr("Revert of change %1").arg(change.id));
    form->addRow(commentLabel, m_comment);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *revert = buttons->addButton(tr("&Revert"), QDialogButtonBox::AcceptRole);
    revert->setObjectName(u"revertConfirmButton"_s);
    revert->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_comment->setFocus();
    resize(560, 360);
}

QString RevertDialog::comment() const
{
    return m_comment->text().trimmed();
}

QString RevertDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace Pennon
