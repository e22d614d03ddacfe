// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conflictdialog.h"

#include "flagmerge.h"
#include "text/flagchangetext.h"
#include "workspacesession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

ConflictDialog::ConflictDialog(WorkspaceSession *session, const QString &key, const StorageError &error,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_key(key)
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Someone Saved %1 First").arg(key));
    setObjectName(u"conflictDialog"_s);
    const Workspace &workspace = session->workspace();
    const std::optional<Flag> base = session->draftBase(key);
    const Flag *theirs = workspace.flag(key);
    const std::optional<Flag> mine = session->editedFlag(key);

    const QString who = error.conflictActor.isEmpty() ? tr("Someone") : error.conflictActor;
    const QString when = error.conflictTime.isValid()
            ? QLocale().toString(error.conflictTime.toLocalTime(), QLocale::ShortFormat) : QString();
    auto *heading = new QLabel(when.isEmpty() ? tr("%1 saved %2 after you started editing it.").arg(who, key)
                                              : tr("%1 saved %2 at %3, after you started editing it.").arg(who, key, when),
                               this);
    heading->setWordWrap(true);

    QStringList lines;
    lines.append(tr("Their change:"));
    if (base && theirs) {
        for (const QString &line : FlagChangeText::describe(&*base, *theirs, &workspace))
            lines.append(u"  • "_s + line);
    } else if (!theirs) {
        lines.append(u"  • "_s + tr("deleted the flag"));
    }
    lines.append(tr("Your change:"));
    if (mine) {
        for (const QString &line : FlagChangeText::describe(base ? &*base : nullptr, *mine, &workspace))
            lines.append(u"  • "_s + line);
    }
    QStringList clashes;
    const bool mergeable = base && theirs && mine && FlagMerge::threeWay(*base, *mine, *theirs, &clashes);
    if (!mergeable && !clashes.isEmpty())
        lines.append(tr("Both changed: %1").arg(clashes.join(u", "_s)));
    m_text->setObjectName(u"conflictText"_s);
    m_text->setReadOnly(true);
    m_text->setPlainText(lines.join(u'\n'));
    m_text->setAccessibleName(tr("Their change and yours"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reapply = buttons->addButton(tr("&Put Mine on Theirs"), QDialogButtonBox::AcceptRole);
    m_reapply->setObjectName(u"reapplyButton"_s);
    m_reapply->setEnabled(mergeable);
    m_reapply->setToolTip(mergeable ? tr("Your changes on top of theirs; then review and save again")
                                    : tr("Both of you changed the same part"));
    QPushButton *keepTheirs = buttons->addButton(tr("&Keep Theirs"), QDialogButtonBox::DestructiveRole);
    keepTheirs->setObjectName(u"keepTheirsButton"_s);
    keepTheirs->setToolTip(tr("Drop your changes to %1 (Edit ▸ Undo brings them back)").arg(key));
    QPushButton *copy = buttons->addButton(tr("Keep Mine as a &Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyButton"_s);
    copy->setToolTip(tr("Your version becomes a new flag next to theirs, to save"));
    copy->setEnabled(mine.has_value());
    connect(m_reapply, &QPushButton::clicked, this, [this] {
        m_session->reapplyDraft(m_key);
        accept();
    });
    connect(keepTheirs, &QPushButton::clicked, this, [this] {
        m_session->discardDraft(m_key);
        accept();
    });
    connect(copy, &QPushButton::clicked, this, [this] {
        m_session->saveDraftAsCopy(m_key);
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(620, 380);
}

QString ConflictDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace Pennon
