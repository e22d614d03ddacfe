// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "connectdialog.h"

#include "passwordprompt.h"
#include "problemlabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {
// The last connection's fields; never its password.
const QString hostKey = u"connect/host"_s;
const QString portKey = u"connect/port"_s;
const QString databaseKey = u"connect/database"_s;
const QString userKey = u"connect/user"_s;
} // namespace

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_result(new QLabel(this))
    , m_problem(new ProblemLabel(this))
{
    setObjectName(u"connectDialog"_s);
    setWindowTitle(tr("Connect to PostgreSQL"));
    setAccessibleName(tr("Connect to PostgreSQL"));

    const QSettings settings;
    m_host->setObjectName(u"connectHost"_s);
    m_host->setAccessibleName(tr("Host"));
    m_host->setPlaceholderText(tr("the local socket"));
    m_host->setText(settings.value(hostKey, u"localhost"_s).toString());
    m_port->setObjectName(u"connectPort"_s);
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(settings.value(portKey, 5432).toInt());
    m_database->setObjectName(u"connectDatabase"_s);
    m_database->setAccessibleName(tr("Database"));
    m_database->setText(settings.value(databaseKey).toString());
    m_user->setObjectName(u"connectUser"_s);
    m_user->setAccessibleName(tr("User"));
    m_user->setPlaceholderText(tr("your login name"));
    m_user->setText(settings.value(userKey).toString());
    m_password->setObjectName(u"connectPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("optional: PGPASSWORD or ~/.pgpass, else asked"));
    m_password->setToolTip(tr("Leave empty to use PGPASSWORD or ~/.pgpass, as psql does; Pennon asks when "
                              "the server wants a password. It is never stored."));

    auto *form = new QFormLayout;
    const auto row = [this, form](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Host:"), m_host);
    row(tr("&Port:"), m_port);
    row(tr("&Database:"), m_database);
    row(tr("&User:"), m_user);
    row(tr("Pass&word:"), m_password);

    m_result->setObjectName(u"connectResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    m_problem->setObjectName(u"connectProblem"_s);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(u"testConnectionButton"_s);
    m_test->setAccessibleName(tr("Test Connection"));
    m_test->setAutoDefault(false);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setAccessibleName(tr("Connect"));
    m_connect->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_test, &QPushButton::clicked, this, [this] { check(Purpose::Test); });
    // Not QDialog::accept: the dialog closes once the server let it in.
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { check(Purpose::Connect); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);

    for (QLineEdit *field : {m_host, m_database})
        connect(field, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    // What the last check said is about the fields as they were.
    for (QLineEdit *field : {m_host, m_database, m_user, m_password}) {
        connect(field, &QLineEdit::textEdited, this, [this] {
            m_result->hide();
            m_problem->setMessage({});
        });
    }
    connect(&m_watcher, &QFutureWatcher<ConnectionReport>::finished, this, &ConnectDialog::checked);
    setTabOrder(m_host, m_port);
    setTabOrder(m_port, m_database);
    setTabOrder(m_database, m_user);
    setTabOrder(m_user, m_password);
    setTabOrder(m_password, m_test);
    setTabOrder(m_test, m_connect);
    (m_database->text().isEmpty() ? m_database : m_password)->setFocus();
    updateButtons();
}

DatabaseUrl ConnectDialog::url() const
{
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Postgresql;
    url.host = m_host->text().trimmed();
    url.port = m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.password = m_password->text();
    return url;
}

void ConnectDialog::updateButtons()
{
    // Not disabled while a check runs (a click then does nothing): a disabled button would
    // hand the focus, and with it Return, to Cancel.
    const bool complete = !m_database->text().trimmed().isEmpty();
    m_test->setEnabled(complete);
    m_connect->setEnabled(complete);
    m_connect->setToolTip(complete ? QString() : tr("Type the name of the database"));
}

void ConnectDialog::check(Purpose purpose)
{
    if (m_watcher.isRunning() || m_database->text().trimmed().isEmpty())
        return;
    m_purpose = purpose;
    m_problem->setMessage({});
    m_result->setText(tr("Connecting to %1…").arg(url().toDisplayString()));
    m_result->show();
    m_watcher.setFuture(ConnectionCheck::start(url()));
    updateButtons();
}

void ConnectDialog::checked()
{
    updateButtons();
    if (m_watcher.future().resultCount() == 0)
        return;
    m_report = m_watcher.result();
    const QString text = m_report.detail.isEmpty() || m_report.ok()
            ? m_report.message
            : tr("%1\n(%2)").arg(m_report.message, m_report.detail);
    if (m_report.ok()) {
        m_result->setText(text);
        m_result->show();
        m_problem->setMessage({});
    } else {
        m_result->hide();
        QWidget *field = m_database;
        switch (m_report.outcome) {
        case ConnectionReport::Outcome::Unreachable: field = m_host; break;
        case ConnectionReport::Outcome::Refused: field = m_port; break;
        case ConnectionReport::Outcome::PasswordRequired:
        case ConnectionReport::Outcome::AuthenticationFailed: field = m_password; break;
        default: break;
        }
        m_problem->showProblem(text, field);
    }
    Q_EMIT reportShown();
    if (m_purpose != Purpose::Connect)
        return;
    if (m_report.ok()) {
        remember();
        accept();
    } else if (m_report.outcome == ConnectionReport::Outcome::PasswordRequired) {
        askPassword({});
    } else if (m_report.outcome == ConnectionReport::Outcome::AuthenticationFailed) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void ConnectDialog::askPassword(const QString &problem)
{
    auto *prompt = new PasswordPrompt(url(), problem, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, [this, prompt] {
        m_password->setText(prompt->password());
        check(Purpose::Connect);
    });
    prompt->open();
}

void ConnectDialog::remember() const
{
    QSettings settings;
    settings.setValue(hostKey, m_host->text().trimmed());
    settings.setValue(portKey, m_port->value());
    settings.setValue(databaseKey, m_database->text().trimmed());
    settings.setValue(userKey, m_user->text().trimmed());
}

} // namespace Pennon
