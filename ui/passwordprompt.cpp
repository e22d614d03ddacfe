// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "passwordprompt.h"

#include "problemlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

PasswordPrompt::PasswordPrompt(const DatabaseUrl &url, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_password(new QLineEdit(this))
{
    setObjectName(u"passwordPrompt"_s);
    setWindowTitle(tr("PostgreSQL Password"));
    setAccessibleName(tr("PostgreSQL Password"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("The server asks for the password of user %1 for %2.")
                                    .arg(url.user.isEmpty() ? tr("(your login name)") : url.user,
                                         url.toDisplayString()),
                            this);
    text->setObjectName(u"passwordPromptText"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);
    auto *problemLabel = new ProblemLabel(this);
    problemLabel->setObjectName(u"passwordPromptProblem"_s);
    layout->addWidget(problemLabel);
    auto *form = new QFormLayout;
    m_password->setObjectName(u"passwordPromptField"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    layout->addLayout(form);
    if (!problem.isEmpty())
        problemLabel->showProblem(problem, m_password);
    auto *note = new QLabel(tr("Used for this connection only; Pennon never stores it."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Connect"));
    m_ok->setObjectName(u"passwordPromptOk"_s);
    m_ok->setAccessibleName(tr("Connect"));
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString &typed) { m_ok->setEnabled(!typed.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_password->setFocus();
}

QString PasswordPrompt::password() const
{
    return m_password->text();
}

DatabaseUrl PasswordPrompt::url() const
{
    DatabaseUrl url = m_url;
    url.password = password();
    return url;
}

} // namespace Pennon
