// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// File ▸ Connect to PostgreSQL and a lost connection, driven like a user would: Ctrl+Shift+O,
// the fields typed into, Test Connection and Connect clicked, the password prompt answered.
// Against the PostgreSQL test server (PENNON_TEST_DATABASE, scripts/pg-test-server.sh), whose
// role pennon_password needs the password pennon-secret; without it, the cases skip.
#include "connectdialog.h"
#include "connectionindicator.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "passwordprompt.h"
#include "problemlabel.h"
#include "recentworkspaces.h"
#include "testdatabase.h"
#include "testsettings.h"
#include "workspaceopener.h"
#include "workspacesession.h"

#include "storage/connectioncheck.h"
#include "storage/sqlrepository.h"

#include <QAction>
#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QPointer>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Pennon;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Pennon::StorageError)
Q_DECLARE_METATYPE(Pennon::ConnectionReport::Outcome)

namespace {

constexpr int Wait = 15000;
const QString passwordUser = u"pennon_password"_s;
const QString password = u"pennon-secret"_s;

Flag makeFlag(const QString &key)
{
    Flag flag;
    flag.key = key;
    flag.name = key;
    flag.type = FlagType::Boolean;
    flag.variations = {{u"on"_s, QJsonValue(true), {}}, {u"off"_s, QJsonValue(false), {}}};
    for (const Environment &environment : Workspace::defaultEnvironments()) {
        EnvironmentConfig config;
        config.offVariation = u"off"_s;
        config.defaultServe.variation = u"off"_s;
        flag.environments.insert(environment.key, config);
    }
    return flag;
}

} // namespace

class TestConnect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void classifiesDriverMessages_data();
    void classifiesDriverMessages();
    void testConnectionSaysWhatFailed();
    void newerSchemaIsNamed();
    void wrongPasswordThenTheRightOne();
    void passwordAskedWhenNotGiven();
    void pgpasswordAndPgpassHonoured();
    void recentAsksForThePassword();
    void startAsksForThePassword();
    void lostConnectionKeepsDraftsAndComesBack();

private:
    bool havePostgres() const { return m_url.kind == DatabaseUrl::Kind::Postgresql; }
    DatabaseUrl passwordUrl(const QString &withPassword = {}) const;
    /// Ctrl+Shift+O: the dialog, active.
    ConnectDialog *openConnectDialog();
    /// The fields typed into (Ctrl+A, then the text).
    void fill(ConnectDialog *dialog, const DatabaseUrl &url, const QString &typedPassword);
    void type(QWidget *field, const QString &text);
    ConnectionReport testConnection(ConnectDialog *dialog);
    PasswordPrompt *waitForPrompt();
    QString settingsText() const;

    TestSettings m_settings;
    QTemporaryDir m_dir;
    DatabaseUrl m_url;   // the trusted one: postgres@…/pennon_test
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestConnect::initTestCase()
{
    qRegisterMetaType<StorageError>();
    QString error;
    const std::optional<DatabaseUrl> url = TestDatabase::url(m_dir, &error);
    QVERIFY2(url, qPrintable(error));
    m_url = *url;
    // psql's ways to a password, under the test's control: none until a case sets one.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", m_dir.filePath(u"no-pgpass"_s).toLocal8Bit());
}

void TestConnect::init()
{
    TestSettings::clear();
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", m_dir.filePath(u"no-pgpass"_s).toLocal8Bit());
    if (havePostgres())
        TestDatabase::reset(m_url);
    m_session = new WorkspaceSession;
    m_session->setReconnectTiming(200, 800, 300);
    m_window = new MainWindow(m_session);
    Workspace sample;
    sample.environments = Workspace::defaultEnvironments();
    m_session->openDetached(sample, u"sample"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestConnect::cleanup()
{
    delete m_window;
    delete m_session;
    m_window = nullptr;
    m_session = nullptr;
    if (havePostgres()) {
        DatabaseUrl admin = m_url;
        admin.database = u"postgres"_s;
        TestDatabase::execRaw(admin, u"ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true"_s.arg(m_url.database));
    }
}

DatabaseUrl TestConnect::passwordUrl(const QString &withPassword) const
{
    DatabaseUrl url = m_url;
    url.user = passwordUser;
    url.password = withPassword;
    return url;
}

ConnectDialog *TestConnect::openConnectDialog()
{
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window))
        return nullptr;
    QTest::keyClick(m_window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    ConnectDialog *dialog = nullptr;
    for (int i = 0; i < 100 && !(dialog && dialog->isVisible()); ++i) {
        dialog = m_window->findChild<ConnectDialog *>(u"connectDialog"_s);
        if (!(dialog && dialog->isVisible()))
            QTest::qWait(20);
    }
    if (dialog) {
        dialog->activateWindow();
        (void)QTest::qWaitForWindowActive(dialog);
    }
    return dialog;
}

void TestConnect::type(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
}

void TestConnect::fill(ConnectDialog *dialog, const DatabaseUrl &url, const QString &typedPassword)
{
    type(dialog->findChild<QLineEdit *>(u"connectHost"_s), url.host);
    auto *port = dialog->findChild<QSpinBox *>(u"connectPort"_s);
    type(port, QString::number(url.port));
    QCOMPARE(port->value(), url.port);
    type(dialog->findChild<QLineEdit *>(u"connectDatabase"_s), url.database);
    type(dialog->findChild<QLineEdit *>(u"connectUser"_s), url.user);
    type(dialog->findChild<QLineEdit *>(u"connectPassword"_s), typedPassword);
}

ConnectionReport TestConnect::testConnection(ConnectDialog *dialog)
{
    QSignalSpy shown(dialog, &ConnectDialog::reportShown);
    auto *test = dialog->findChild<QPushButton *>(u"testConnectionButton"_s);
    if (!test || !test->isEnabled())
        return {};
    QTest::mouseClick(test, Qt::LeftButton);
    if (!shown.wait(Wait))
        return {};
    return dialog->lastReport();
}

PasswordPrompt *TestConnect::waitForPrompt()
{
    QPointer<PasswordPrompt> prompt;   // a closed one may be deleted while waiting
    for (int i = 0; i < Wait / 50 && !(prompt && prompt->isVisible()); ++i) {
        prompt = m_window->findChild<PasswordPrompt *>(u"passwordPrompt"_s);
        if (!(prompt && prompt->isVisible()))
            QTest::qWait(50);
    }
    if (prompt) {
        prompt->activateWindow();
        (void)QTest::qWaitForWindowActive(prompt);
    }
    return prompt;
}

QString TestConnect::settingsText() const
{
    QSettings().sync();
    QString text;
    QDirIterator files(m_settings.path(), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(file.readAll());
    }
    return text;
}

void TestConnect::classifiesDriverMessages_data()
{
    using Outcome = ConnectionReport::Outcome;
    QTest::addColumn<QString>("text");
    QTest::addColumn<Outcome>("outcome");
    QTest::newRow("no password") << u"connection to server at \"127.0.0.1\", port 5432 failed: fe_sendauth: no password supplied\n QPSQL: Unable to connect"_s
                                 << Outcome::PasswordRequired;
    QTest::newRow("wrong password") << u"connection to server at \"db\", port 5432 failed: FATAL:  password authentication failed for user \"ann\""_s
                                    << Outcome::AuthenticationFailed;
    QTest::newRow("unknown role") << u"FATAL:  role \"nobody\" does not exist"_s << Outcome::AuthenticationFailed;
    QTest::newRow("no pg_hba line") << u"FATAL:  no pg_hba.conf entry for host \"10.0.0.2\""_s << Outcome::AuthenticationFailed;
    QTest::newRow("no database") << u"FATAL:  database \"nosuch\" does not exist"_s << Outcome::NoSuchDatabase;
    QTest::newRow("refused") << u"connection to server at \"127.0.0.1\", port 1 failed: Connection refused\n\tIs the server running"_s
                             << Outcome::Refused;
    QTest::newRow("unknown host") << u"could not translate host name \"nohost.invalid\" to address: Name or service not known"_s
                                  << Outcome::Unreachable;
    QTest::newRow("no route") << u"connection to server at \"10.1.1.1\", port 5432 failed: No route to host"_s << Outcome::Unreachable;
    QTest::newRow("timeout") << u"connection to server at \"10.1.1.1\", port 5432 failed: timeout expired"_s << Outcome::Unreachable;
    QTest::newRow("newer schema") << u"the workspace has schema version 9, newer than this Pennon understands (2); update Pennon to open it"_s
                                  << Outcome::NewerSchema;
    QTest::newRow("other") << u"out of memory"_s << Outcome::Failure;
}

void TestConnect::classifiesDriverMessages()
{
    QFETCH(QString, text);
    QFETCH(ConnectionReport::Outcome, outcome);
    QCOMPARE(ConnectionCheck::classify(text), outcome);
    DatabaseUrl url;
    url.kind = DatabaseUrl::Kind::Postgresql;
    url.host = u"db"_s;
    url.database = u"flags"_s;
    const ConnectionReport report = ConnectionCheck::failure(url, text);
    QVERIFY(!report.message.isEmpty());
    QVERIFY2(!report.detail.contains(u"QPSQL"_s) && !report.detail.startsWith(u"connection to server"_s),
             qPrintable(report.detail));
}

void TestConnect::testConnectionSaysWhatFailed()
{
    if (!havePostgres())
        QSKIP("needs the PostgreSQL test server (PENNON_TEST_DATABASE)");
    ConnectDialog *dialog = openConnectDialog();
    QVERIFY(dialog);
    auto *problem = dialog->findChild<ProblemLabel *>(u"connectProblem"_s);
    auto *result = dialog->findChild<QLabel *>(u"connectResult"_s);

    // Nothing listens on port 1.
    DatabaseUrl url = passwordUrl();
    url.port = 1;
    fill(dialog, url, password);
    ConnectionReport report = testConnection(dialog);
    QCOMPARE(report.outcome, ConnectionReport::Outcome::Refused);
    QVERIFY2(problem->message().contains(u"refused"_s), qPrintable(problem->message()));
    QVERIFY(problem->message().contains(u"port 1"_s));

    // A database the server does not have.
    url = passwordUrl();
    url.database = u"no_such_workspace"_s;
    fill(dialog, url, password);
    report = testConnection(dialog);
    QCOMPARE(report.outcome, ConnectionReport::Outcome::NoSuchDatabase);
    QVERIFY2(problem->message().contains(u"no database named no_such_workspace"_s), qPrintable(problem->message()));

    // The wrong password.
    fill(dialog, passwordUrl(), u"not-the-password"_s);
    report = testConnection(dialog);
    QCOMPARE(report.outcome, ConnectionReport::Outcome::AuthenticationFailed);
    QVERIFY2(problem->message().contains(u"Authentication failed"_s), qPrintable(problem->message()));
    QVERIFY(problem->message().contains(passwordUser));

    // No password at all (none in PGPASSWORD or a pgpass file either).
    fill(dialog, passwordUrl(), QString());
    report = testConnection(dialog);
    QCOMPARE(report.outcome, ConnectionReport::Outcome::PasswordRequired);
    QVERIFY2(problem->message().contains(u"asks for the password"_s), qPrintable(problem->message()));
    QVERIFY(!m_window->findChild<PasswordPrompt *>());   // Test only tells

    // Right: the server's version, and no workspace there yet.
    fill(dialog, passwordUrl(), password);
    report = testConnection(dialog);
    QVERIFY2(report.ok(), qPrintable(report.message + u' ' + report.detail));
    QVERIFY(problem->message().isEmpty());
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(u"Connected to PostgreSQL "_s), qPrintable(result->text()));
    QVERIFY(result->text().contains(u"no Pennon workspace yet"_s));
    QCOMPARE(report.schemaVersion, 0);
    // Testing created nothing.
    QCOMPARE(ConnectionCheck::run(m_url).schemaVersion, 0);
    QCOMPARE(m_session->sourceName(), u"sample"_s);
    dialog->reject();
}

void TestConnect::newerSchemaIsNamed()
{
    if (!havePostgres())
        QSKIP("needs the PostgreSQL test server (PENNON_TEST_DATABASE)");
    StorageError error;
    QVERIFY(SqlRepository::open(m_url, &error));   // a workspace of this Pennon's schema…
    QVERIFY(TestDatabase::execRaw(m_url, u"INSERT INTO schema_version (version, applied_at, application) "
                                          "VALUES (99, '2030-01-01T00:00:00Z', 'Pennon 99')"_s));   // …made newer
    ConnectDialog *dialog = openConnectDialog();
    QVERIFY(dialog);
    fill(dialog, passwordUrl(), password);
    const ConnectionReport report = testConnection(dialog);
    QCOMPARE(report.outcome, ConnectionReport::Outcome::NewerSchema);
    auto *problem = dialog->findChild<ProblemLabel *>(u"connectProblem"_s);
    QVERIFY2(problem->message().contains(u"schema version 99, newer than this Pennon"_s), qPrintable(problem->message()));
    // Connect refuses too, and the dialog stays.
    QSignalSpy shown(dialog, &ConnectDialog::reportShown);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"connectPassword"_s), Qt::Key_Return);
    QVERIFY(shown.wait(Wait));
    QCOMPARE(dialog->lastReport().outcome, ConnectionReport::Outcome::NewerSchema);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_session->sourceName(), u"sample"_s);
    dialog->reject();
}

void TestConnect::wrongPasswordThenTheRightOne()
{
    if (!havePostgres())
        QSKIP("needs the PostgreSQL test server (PENNON_TEST_DATABASE)");
    ConnectDialog *dialog = openConnectDialog();
    QVERIFY(dialog);
    fill(dialog, passwordUrl(), u"wrong-password"_s);
    QSignalSpy shown(dialog, &ConnectDialog::reportShown);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"connectPassword"_s), Qt::Key_Return);   // Connect
    QVERIFY(shown.wait(Wait));
    auto *problem = dialog->findChild<ProblemLabel *>(u"connectProblem"_s);
    QVERIFY2(problem->message().contains(u"Authentication failed"_s), qPrintable(problem->message()));
    QVERIFY(dialog->isVisible());
    auto *passwordField = dialog->findChild<QLineEdit *>(u"connectPassword"_s);
    QVERIFY(passwordField->hasFocus());
    QCOMPARE(passwordField->selectedText(), u"wrong-password"_s);   // typed over at once

    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    QTest::keyClicks(passwordField, password);
    QTest::keyClick(passwordField, Qt::Key_Return);
    QVERIFY(opened.wait(Wait));
    QTRY_VERIFY(!m_window->findChild<ConnectDialog *>());
    const QString shownName = passwordUrl().toDisplayString();
    QCOMPARE(m_session->sourceName(), shownName);
    QVERIFY(m_session->isWritable());
    QVERIFY(m_window->windowTitle().contains(shownName));
    QCOMPARE(RecentWorkspaces::entries(), QStringList{shownName});
    // Nowhere in the settings: the fields are remembered, the password is not.
    const QString settings = settingsText();
    QVERIFY(settings.contains(passwordUser));
    QVERIFY2(!settings.contains(password), qPrintable(settings));
    QVERIFY(!settings.contains(u"wrong-password"_s));

    // The next time the fields are filled in but for the password.
    dialog = openConnectDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"connectUser"_s)->text(), passwordUser);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"connectDatabase"_s)->text(), m_url.database);
    QCOMPARE(dialog->findChild<QSpinBox *>(u"connectPort"_s)->value(), m_url.port);
    QVERIFY(dialog->findChild<QLineEdit *>(u"connectPassword"_s)->text().isEmpty());
    dialog->reject();
}

void TestConnect::passwordAskedWhenNotGiven()
{
    if (!havePostgres())
        QSKIP("needs the PostgreSQL test server (PENNON_TEST_DATABASE)");
    ConnectDialog *dialog = openConnectDialog();
    QVERIFY(dialog);
    fill(dialog, passwordUrl(), QString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"connectButton"_s), Qt::LeftButton);
    PasswordPrompt *prompt = waitForPrompt();
    QVERIFY(prompt);
    auto *text = prompt->findChild<QLabel *>(u"passwordPromptText"_s);
    QVERIFY2(text->text().contains(passwordUser), qPrintable(text->text()));
    auto *field = prompt->findChild<QLineEdit *>(u"passwordPromptField"_s);
    QVERIFY(field->hasFocus());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(opened.wait(Wait));
    QCOMPARE(m_session->sourceName(), passwordUrl().toDisplayString());
    QVERIFY(!settingsText().contains(password));
}

void TestConnect::pgpasswordAndPgpassHonoured()
{
    if (!havePostgres())
        QSKIP("needs the PostgreSQL test server (PENNON_TEST_DATABASE)");
    // PGPASSWORD, as psql reads it: no prompt.
    qputenv("PGPASSWORD", password.toUtf8());
    ConnectDialog *dialog = openConnectDialog();
    QVERIFY(dialog);
    fill(dialog, passwordUrl(), QString());
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"connectPassword"_s), Qt::Key_Return);
    QVERIFY(opened.wait(Wait));
    QVERIFY(!m_window->findChild<PasswordPrompt *>());
    QCOMPARE(m_session->sourceName(), passwordUrl().toDisplayString());
    qunsetenv("PGPASSWORD");

    // A pgpass file (PGPASSFILE, else ~/.pgpass), which libpq reads only when it is private.
    const QString pgpass = m_dir.filePath(u"pgpass"_s);
    {
        QFile file(pgpass);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(u"%1:%2:%3:%4:%5\n"_s.arg(m_url.host).arg(m_url.port).arg(m_url.database, passwordUser, password).toUtf8());
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    qputenv("PGPASSFILE", pgpass.toLocal8Bit());
    m_session->openDetached(Workspace(), u"sample"_s);
    dialog = openConnectDialog();
    QVERIFY(dialog);
    const ConnectionReport report = testConnection(dialog);   // the fields as remembered
    QVERIFY2(report.ok(), qPrintable(report.message + u' ' + report.detail));
    QTest::keyClick(dialog->findChild<QLineEdit *>(u"connectPassword"_s), Qt::Key_Return);
    QVERIFY2(opened.wait(Wait), qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!m_window->findChild<PasswordPrompt *>());
    QCOMPARE(m_session->sourceName(), passwordUrl().toDisplayString());
}

void TestConnect::recentAsksForThePassword()
{
    if (!havePostgres())
        QSKIP("needs the PostgreSQL test server (PENNON_TEST_DATABASE)");
    RecentWorkspaces::add(passwordUrl(password));   // stored without it
    QCOMPARE(RecentWorkspaces::entries(), QStringList{passwordUrl().toDisplayString()});
    auto *recent = m_window->findChild<QMenu *>(u"recentWorkspacesMenu"_s);
    QVERIFY(recent);
    recent->popup(m_window->mapToGlobal(QPoint(10, 10)));
    QVERIFY(QTest::qWaitForWindowExposed(recent));
    QAction *action = recent->findChild<QAction *>(u"recentWorkspace0"_s);
    QVERIFY(action && action->isEnabled());
    QTest::mouseClick(recent, Qt::LeftButton, {}, recent->actionGeometry(action).center());

    // A wrong password first: asked again, saying so.
    PasswordPrompt *prompt = waitForPrompt();
    QVERIFY(prompt);
    auto *field = prompt->findChild<QLineEdit *>(u"passwordPromptField"_s);
    QTest::keyClicks(field, u"guess"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<PasswordPrompt *>(u"passwordPrompt"_s)
                                     || m_window->findChild<PasswordPrompt *>(u"passwordPrompt"_s) != prompt, Wait);
    prompt = waitForPrompt();
    QVERIFY(prompt);
    auto *problem = prompt->findChild<ProblemLabel *>(u"passwordPromptProblem"_s);
    QVERIFY2(problem->message().contains(u"Authentication failed"_s), qPrintable(problem->message()));
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    field = prompt->findChild<QLineEdit *>(u"passwordPromptField"_s);
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(opened.wait(Wait));
    QCOMPARE(m_session->sourceName(), passwordUrl().toDisplayString());
    QVERIFY(!settingsText().contains(password));
}

void TestConnect::startAsksForThePassword()
{
    if (!havePostgres())
        QSKIP("needs the PostgreSQL test server (PENNON_TEST_DATABASE)");
    // As `pennon --db URL` does: the URL without its password. Cancelled, the start fails (main
    // then shows the demo); asked again and answered, it opens.
    QSignalSpy startFailed(m_window->workspaceOpener(), &WorkspaceOpener::startFailed);
    m_window->workspaceOpener()->openAtStart(passwordUrl());
    PasswordPrompt *prompt = waitForPrompt();
    QVERIFY(prompt);
    QTest::keyClick(prompt->findChild<QLineEdit *>(u"passwordPromptField"_s), Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(startFailed.size(), 1, Wait);
    QVERIFY(!startFailed.first().first().value<StorageError>().message.isEmpty());

    startFailed.clear();
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    m_window->workspaceOpener()->openAtStart(passwordUrl());
    prompt = waitForPrompt();
    QVERIFY(prompt);
    auto *field = prompt->findChild<QLineEdit *>(u"passwordPromptField"_s);
    QTest::keyClicks(field, password);
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(opened.wait(Wait));
    QCOMPARE(startFailed.size(), 0);
    QCOMPARE(m_session->sourceName(), passwordUrl().toDisplayString());
    QVERIFY(!settingsText().contains(password));
}

void TestConnect::lostConnectionKeepsDraftsAndComesBack()
{
    if (!havePostgres())
        QSKIP("needs the PostgreSQL test server (PENNON_TEST_DATABASE)");
    {
        StorageError error;
        auto repository = SqlRepository::open(m_url, &error);
        QVERIFY2(repository, qPrintable(error.message));
        Workspace start;
        start.environments = Workspace::defaultEnvironments();
        start.flags = {makeFlag(u"dark-mode"_s)};
        QVERIFY2(repository->importWorkspace(start, ImportMode::Replace, false, {}, &error), qPrintable(error.message));
    }
    QSignalSpy opened(m_session, &WorkspaceSession::opened);
    m_window->workspaceOpener()->open(m_url);
    QVERIFY(opened.wait(Wait));
    QVERIFY(m_session->workspace().flag(u"dark-mode"_s));

    // A draft.
    Flag edited = *m_session->editedFlag(u"dark-mode"_s);
    edited.name = u"Dark mode, edited while the server was away"_s;
    QVERIFY(m_session->editFlag(edited, u"Rename"_s));
    QVERIFY(m_window->mainActions()->save()->isEnabled());

    // The server turns everyone away and ends this database's connections.
    DatabaseUrl admin = m_url;
    admin.database = u"postgres"_s;
    QSignalSpy lost(m_session, &WorkspaceSession::connectionLost);
    // The GUI thread's longest pause while Pennon notices, retries and reconnects (printed, not
    // asserted: a figure); the test's own SQL on this thread is left out.
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, this, [&] {
        longestStall = std::max(longestStall, sinceTick.restart());
    });
    sinceTick.start();
    ticker.start();
    QVERIFY(TestDatabase::execRaw(admin, u"ALTER DATABASE %1 WITH ALLOW_CONNECTIONS false"_s.arg(m_url.database)));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(TestDatabase::execRaw(admin, u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(m_url.database)));
    sinceTick.restart();
    QVERIFY(lost.wait(Wait));
    const qint64 noticed = clock.elapsed();
    QVERIFY(m_session->isConnectionLost());
    auto *indicator = m_window->findChild<ConnectionIndicator *>(u"connectionIndicator"_s);
    QVERIFY(indicator);
    QVERIFY(indicator->isVisible());
    QVERIFY2(indicator->text().contains(u"Connection to %1 lost"_s.arg(m_url.toDisplayString())), qPrintable(indicator->text()));
    // Retried, and the indicator says when next.
    QSignalSpy retried(m_session, &WorkspaceSession::reconnectFailed);
    QVERIFY(retried.wait(Wait));
    QTRY_VERIFY2(indicator->text().contains(u"retrying in"_s), qPrintable(indicator->text()));

    // The draft is kept, and still editable; saving is refused, saying why.
    QCOMPARE(m_session->drafts(), QStringList{u"dark-mode"_s});
    QCOMPARE(m_session->editedFlag(u"dark-mode"_s)->name, edited.name);
    QAction *save = m_window->mainActions()->save();
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(u"connection"_s), qPrintable(save->toolTip()));
    QSignalSpy errors(m_session, &WorkspaceSession::errorOccurred);
    QCOMPARE(m_session->saveDraft(u"dark-mode"_s, {}), -1);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.last().first().toString().contains(u"lost"_s), qPrintable(errors.last().first().toString()));
    edited.description = u"typed while disconnected"_s;
    QVERIFY(m_session->editFlag(edited, u"Describe"_s));
    QVERIFY(indicator->isVisible());

    // The server lets it in again: reconnected by itself, reloaded, and Save works.
    QSignalSpy restored(m_session, &WorkspaceSession::connectionRestored);
    QVERIFY(TestDatabase::execRaw(admin, u"ALTER DATABASE %1 WITH ALLOW_CONNECTIONS true"_s.arg(m_url.database)));
    clock.restart();
    sinceTick.restart();
    QVERIFY(restored.wait(Wait));
    qInfo("connection lost noticed after %lld ms (heartbeat 300 ms); back %lld ms after the server let it in "
          "(pauses 200 ms doubling to 800 ms); %lld attempts failed meanwhile; longest GUI-thread pause %lld ms",
          noticed, clock.elapsed(), qlonglong(retried.size()), longestStall);
    ticker.stop();
    QVERIFY(!m_session->isConnectionLost());
    QTRY_VERIFY(!indicator->isVisible());
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"is back"_s));
    QCOMPARE(m_session->editedFlag(u"dark-mode"_s)->description, edited.description);
    QVERIFY(save->isEnabled());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QSignalSpy saved(m_session, &WorkspaceSession::flagSaved);
    QTest::keyClick(m_window, Qt::Key_S, Qt::ControlModifier);   // the review
    QWidget *review = nullptr;
    QTRY_VERIFY((review = QApplication::activeModalWidget()));
    auto *saveButton = review->findChild<QPushButton *>(u"reviewSaveButton"_s);
    QVERIFY(saveButton);
    QTest::mouseClick(saveButton, Qt::LeftButton);
    QVERIFY(saved.wait(Wait));
    QVERIFY(m_session->drafts().isEmpty());
    StorageError error;
    auto other = SqlRepository::open(m_url, &error);
    QVERIFY(other);
    QCOMPARE(other->flag(u"dark-mode"_s, &error)->description, edited.description);
    // And changes made elsewhere arrive again (the watcher listens anew).
    Flag theirs = *other->flag(u"dark-mode"_s, &error);
    theirs.name = u"Renamed by a colleague"_s;
    QVERIFY(other->saveFlag(theirs, theirs.version, {}, &error));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->workspace().flag(u"dark-mode"_s)->name, theirs.name, Wait);
}

QTEST_MAIN(TestConnect)
#include "tst_connect.moc"
