// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "reviewdialog.h"

#include "text/flagchangetext.h"
#include "workspacesession.h"

#include "impactline.h"
#include "impactwindow.h"
#include "protectedconfirmation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

ReviewDialog::ReviewDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_flags(session->drafts())
    , m_text(new QPlainTextEdit(this))
    , m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Review and Save"));
    setObjectName(u"reviewDialog"_s);
    const Workspace &workspace = session->workspace();
    QStringList lines;
    QStringList protectedTouched;
    QList<std::pair<QString, QString>> protectedChanges;   // (flag, environment)
    for (const QString &key : std::as_const(m_flags)) {
        const std::optional<Flag> edited = session->editedFlag(key);
        if (!edited)
            continue;
        const Flag *stored = workspace.flag(key);
        lines.append(edited->name.isEmpty() || edited->name == key ? key : tr("%1 (%2)").arg(key, edited->name));
        for (const QString &line : FlagChangeText::describe(stored, *edited, &workspace))
            lines.append(u"  • "_s + line);
        for (const QString &env : FlagChangeText::changedEnvironments(stored, *edited)) {
            const Environment *environment = workspace.environment(env);
            if (stored && environment && environment->isProtected) {
                if (!protectedTouched.contains(env))
                    protectedTouched.append(env);
                protectedChanges.append({key, env});
            }
        }
    }
    m_text->setObjectName(u"reviewText"_s);
    m_text->setReadOnly(true);
    m_text->setPlainText(lines.join(u'\n'));
    m_text->setAccessibleName(tr("Changes to save"));
    m_comment->setObjectName(u"reviewComment"_s);
    m_comment->setPlaceholderText(tr("Why: goes into the history with the change"));
    m_comment->setAccessibleName(tr("Comment"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"reviewSaveButton"_s);
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("%n flag(s) with unsaved changes:", nullptr, int(m_flags.size())), this);
    layout->addWidget(heading);
    layout->addWidget(m_text, 1);
    auto *form = new QFormLayout;
    auto *commentLabel = new QLabel(tr("&Comment:"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);
    layout->addLayout(form);
    if (!protectedChanges.isEmpty()) {
        // What the changes to protected environments do to their users, worked out meanwhile.
        auto *impact = new QGroupBox(tr("Change impact in protected environments"), this);
        impact->setObjectName(u"reviewImpact"_s);
        auto *impactLayout = new QVBoxLayout(impact);
        for (const auto &[key, env] : std::as_const(protectedChanges)) {
            auto *line = new ImpactLine(session, key, env, ImpactLine::DefaultUsers, impact);
            impactLayout->addWidget(line);
            m_impactLines.append(line);
            connect(line, &ImpactLine::detailsRequested, this, [this, session](const QString &flag, const QString &environment) {
                // A window of the review's own: a modal dialog blocks the main window's others.
                ImpactWindow *window = ImpactWindow::ensure(session, this);
                window->showDraft(flag, environment);
                window->present(true);
            });
        }
        layout->addWidget(impact);
    }
    if (!protectedTouched.isEmpty()) {
        m_confirm = requireProtectedConfirmation(layout, m_save, tr("Save the changes to the protected environment(s) %1")
                                      .arg(protectedTouched.join(u", "_s)), u"reviewConfirmProtected"_s);
    }
    layout->addWidget(buttons);
    m_comment->setFocus();
    resize(640, 420);
}

QString ReviewDialog::text() const
{
    return m_text->toPlainText();
}

QString ReviewDialog::comment() const
{
    return m_comment->text().trimmed();
}

} // namespace Pennon
