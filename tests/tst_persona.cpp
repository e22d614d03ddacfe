// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Simulate ▸ Persona… driven like a user would, on a real SQLite workspace seeded with the
// demo: a persona typed in gets the right variation, reason and rule; the trace names the
// rule and condition that decided; a flag's draft changes the row at once; "What does this
// persona get?" opens on the flag; all environments side by side mark what differs; Copy as
// Command gives a line that the real pennonctl answers the same; 10,000 flags: the GUI
// thread's share is printed.

#include "flaglistview.h"
#include "mainwindow.h"
#include "personaeditor.h"
#include "personaresultmodel.h"
#include "personawindow.h"
#include "storage/defaultworkspace.h"
#include "storage/sqlrepository.h"
#include "modaltest.h"
#include "savedpersonas.h"
#include "guisession.h"
#include "testsettings.h"
#include "tracetreemodel.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QFileDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestPersona final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typedPersonaGetsVariationAndReason();
    void typedAttributes();
    void traceNamesTheMatchedRule();
    void draftChangesTheRow();
    void pluginNotInstalledIsUnknown();
    void whatDoesThisPersonaGet();
    void allEnvironmentsSideBySide();
    void copyAsCommandRunsTheSame();
    void everyControlIsNamed();
    void tenThousandFlags();
    void savedPersonasSaveEditImportDelete();
    void followsTheToolbarEnvironment();

private:
    void openPersona();
    void chooseEnvironment(const QString &name);
    void typeInto(QWidget *field, const QString &text);
    QString cell(const QString &flag, int column) const;
    void selectRow(const QString &flag, int column = 0);
    /// The trace row whose step text contains what (depth-first), or an invalid index.
    QModelIndex findStep(const QString &what, const QModelIndex &parent = {}) const;

    TestSettings m_settings;
    QTemporaryDir m_dir;
    QString m_url;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    PersonaWindow *m_persona = nullptr;
};

void TestPersona::init()
{
    TestSettings::clear();
    QVERIFY(m_dir.isValid());
    QString error;
    m_url = GuiSession::seed(m_dir, std::nullopt, &error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    QVERIFY2(GuiSession::open(m_url, QString(), &m_session, &m_window, &error), qPrintable(error));
}

void TestPersona::cleanup()
{
    delete m_window;   // the persona window with it
    m_window = nullptr;
    m_persona = nullptr;
    delete m_session;
    m_session = nullptr;
}

void TestPersona::openPersona()
{
    // Simulate ▸ Persona… by its shortcut.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    m_persona = m_window->findChild<PersonaWindow *>(u"personaWindow"_s);
    QVERIFY(m_persona);
    QVERIFY(QTest::qWaitForWindowExposed(m_persona));
    m_persona->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_persona));
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
}

void TestPersona::chooseEnvironment(const QString &name)
{
    auto *combo = m_persona->findChild<QComboBox *>(u"personaEnvironment"_s);
    QVERIFY(combo);
    combo->setFocus(Qt::TabFocusReason);
    // Home, then down the list until the name shows (the keys a user presses).
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < combo->count() && combo->currentText() != name; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), name);
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
}

void TestPersona::typeInto(QWidget *field, const QString &text)
{
    QVERIFY(field);
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

QString TestPersona::cell(const QString &flag, int column) const
{
    auto *table = m_persona->findChild<QTableView *>(u"personaResults"_s);
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == flag)
            return model->index(row, column).data().toString();
    }
    return u"<no row %1>"_s.arg(flag);
}

void TestPersona::selectRow(const QString &flag, int column)
{
    auto *table = m_persona->findChild<QTableView *>(u"personaResults"_s);
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == flag) {
            const QModelIndex index = model->index(row, column);
            table->scrollTo(index);
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            QCOMPARE(table->currentIndex().row(), row);
            return;
        }
    }
    QFAIL(qPrintable(u"no row for "_s + flag));
}

QModelIndex TestPersona::findStep(const QString &what, const QModelIndex &parent) const
{
    auto *tree = m_persona->findChild<QTreeView *>(u"personaTrace"_s);
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data().toString().contains(what))
            return index;
        if (const QModelIndex found = findStep(what, index); found.isValid())
            return found;
    }
    return {};
}

void TestPersona::typedPersonaGetsVariationAndReason()
{
    openPersona();
    chooseEnvironment(u"Production"_s);
    typeInto(m_persona->findChild<QLineEdit *>(u"personaUserId"_s), u"user-4471"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
    QCOMPARE(cell(u"new-checkout"_s, PersonaResultModel::VariationColumn), u"off"_s);
    QCOMPARE(cell(u"new-checkout"_s, PersonaResultModel::ValueColumn), u"false"_s);
    QCOMPARE(cell(u"new-checkout"_s, PersonaResultModel::ReasonColumn), u"TARGETING_MATCH"_s);
    QCOMPARE(cell(u"new-checkout"_s, PersonaResultModel::RuleColumn), u"Rule 1: Opted out after support ticket 8812"_s);
    // Another user: not opted out; the rollout or the default decides, never rule 1.
    typeInto(m_persona->findChild<QLineEdit *>(u"personaUserId"_s), u"someone-else"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
    QVERIFY(!cell(u"new-checkout"_s, PersonaResultModel::RuleColumn).startsWith(u"Rule 1"_s));
    QAbstractItemModelTester tester(m_persona->findChild<QTableView *>(u"personaResults"_s)->model());
    // The filter: only the flags whose key has "checkout".
    QTest::keyClicks(m_persona->findChild<QLineEdit *>(u"personaFilter"_s), u"CHECKOUT"_s);
    auto *results = m_persona->findChild<QTableView *>(u"personaResults"_s);
    QCOMPARE(results->model()->rowCount(), 1);
    QCOMPARE(results->model()->index(0, 0).data().toString(), u"new-checkout"_s);
}

void TestPersona::typedAttributes()
{
    openPersona();
    auto *editor = m_persona->editor();
    auto *table = editor->findChild<QTableWidget *>(u"personaAttributes"_s);
    auto *add = editor->findChild<QPushButton *>(u"addAttribute"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QTest::keyClicks(table->cellWidget(0, 0), u"age"_s);
    auto *type = qobject_cast<QComboBox *>(table->cellWidget(0, 1));
    type->setFocus(Qt::TabFocusReason);
    QTest::keyClick(type, Qt::Key_Down);   // String → Number
    QCOMPARE(type->currentIndex(), int(PersonaEditor::Type::Number));
    QTest::keyClicks(table->cellWidget(0, 2), u"4x"_s);
    QVERIFY(editor->problem().contains(u"age"_s));
    QVERIFY(!editor->contextJson().contains(u"age"_s));
    QTest::keyClick(table->cellWidget(0, 2), Qt::Key_Backspace);
    QVERIFY(editor->problem().isEmpty());
    QCOMPARE(editor->contextJson().value(u"age"_s).toDouble(), 4.0);
    // A boolean, then removed again.
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::keyClicks(table->cellWidget(1, 0), u"beta"_s);
    type = qobject_cast<QComboBox *>(table->cellWidget(1, 1));
    type->setFocus(Qt::TabFocusReason);
    QTest::keyClick(type, Qt::Key_Down);
    QTest::keyClick(type, Qt::Key_Down);
    QTest::keyClicks(table->cellWidget(1, 2), u"true"_s);
    QCOMPARE(editor->contextJson().value(u"beta"_s), QJsonValue(true));
    table->cellWidget(1, 2)->setFocus(Qt::TabFocusReason);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"removeAttribute"_s), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!editor->contextJson().contains(u"beta"_s));
    // Evaluate as of a moment: currentTime in the context.
    QTest::mouseClick(editor->findChild<QWidget *>(u"personaAsOf"_s), Qt::LeftButton);
    QVERIFY(editor->contextJson().value(u"currentTime"_s).toString().endsWith(u'Z'));
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
    // Remembered for the next time the window opens.
    typeInto(editor->findChild<QLineEdit *>(u"personaUserId"_s), u"ann"_s);
    const QJsonObject typed = editor->save();
    m_persona->close();
    QTRY_VERIFY(!m_window->findChild<PersonaWindow *>(u"personaWindow"_s));
    openPersona();
    QCOMPARE(m_persona->editor()->save(), typed);
}

void TestPersona::traceNamesTheMatchedRule()
{
    openPersona();
    chooseEnvironment(u"Production"_s);
    typeInto(m_persona->findChild<QLineEdit *>(u"personaUserId"_s), u"user-4471"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
    selectRow(u"new-checkout"_s);
    const QModelIndex rule = findStep(u"opted-out"_s);
    QVERIFY2(rule.isValid(), "the matched rule is in the trace");
    QCOMPARE(rule.siblingAtColumn(TraceTreeModel::ResultColumn).data().toString(), u"pass"_s);
    // Its condition: the user id looked at, seen as typed, passing.
    QVERIFY(rule.model()->rowCount(rule) >= 1);
    const QModelIndex condition = rule.model()->index(0, 0, rule);
    QCOMPARE(condition.siblingAtColumn(TraceTreeModel::AttributeColumn).data().toString(), u"userId"_s);
    QCOMPARE(condition.siblingAtColumn(TraceTreeModel::SeenColumn).data().toString(), u"user-4471"_s);
    QCOMPARE(condition.siblingAtColumn(TraceTreeModel::ResultColumn).data().toString(), u"pass"_s);
    // Someone else: rule 1 fails, and the rollout's percentage shows its bucket.
    typeInto(m_persona->findChild<QLineEdit *>(u"personaUserId"_s), u"someone-else"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
    QTRY_VERIFY(findStep(u"opted-out"_s).isValid());
    QCOMPARE(findStep(u"opted-out"_s).siblingAtColumn(TraceTreeModel::ResultColumn).data().toString(), u"fail"_s);
    const QModelIndex rollout = findStep(u"rollout"_s);
    QVERIFY(rollout.isValid());
    const QModelIndex percentage = rollout.model()->index(0, 0, rollout);
    QVERIFY(!percentage.siblingAtColumn(TraceTreeModel::BucketColumn).data().toString().isEmpty());
}

void TestPersona::draftChangesTheRow()
{
    openPersona();
    chooseEnvironment(u"Production"_s);
    typeInto(m_persona->findChild<QLineEdit *>(u"personaUserId"_s), u"user-4471"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
    QCOMPARE(cell(u"new-checkout"_s, PersonaResultModel::ReasonColumn), u"TARGETING_MATCH"_s);
    // The flag editor's edit (a draft): production switched off.
    std::optional<Flag> flag = m_session->editedFlag(u"new-checkout"_s);
    QVERIFY(flag);
    flag->environments[u"production"_s].on = false;
    flag->environments[u"production"_s].offVariation = u"on"_s;
    QVERIFY(m_session->editFlag(*flag, u"Switch off"_s));
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"new-checkout"_s, PersonaResultModel::ReasonColumn), u"DISABLED"_s, 30000);
    QCOMPARE(cell(u"new-checkout"_s, PersonaResultModel::VariationColumn), u"on"_s);
    // Undone: the stored flag again.
    m_session->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"new-checkout"_s, PersonaResultModel::ReasonColumn), u"TARGETING_MATCH"_s, 30000);
}

void TestPersona::pluginNotInstalledIsUnknown()
{
    openPersona();
    chooseEnvironment(u"Production"_s);
    // A draft whose first rule asks a plugin that is not installed.
    std::optional<Flag> flag = m_session->editedFlag(u"new-checkout"_s);
    QVERIFY(flag);
    Rule rule;
    rule.id = u"by-plugin"_s;
    rule.conditions = {PluginActivation{u"not-installed"_s, {}}};
    rule.serve.variation = u"on"_s;
    flag->environments[u"production"_s].rules.prepend(rule);
    QVERIFY(m_session->editFlag(*flag, u"Plugin rule"_s));
    QTRY_COMPARE_WITH_TIMEOUT(cell(u"new-checkout"_s, PersonaResultModel::ReasonColumn), u"ERROR (PLUGIN_ERROR)"_s, 30000);
    selectRow(u"new-checkout"_s);
    auto *tree = m_persona->findChild<QTreeView *>(u"personaTrace"_s);
    const QModelIndex top = tree->model()->index(0, 0);
    bool unknown = false;
    for (int row = 0; row < tree->model()->rowCount(top); ++row) {
        const QModelIndex child = tree->model()->index(row, TraceTreeModel::ResultColumn, top);
        if (child.data().toString() == u"unknown"
            && child.siblingAtColumn(TraceTreeModel::DetailColumn).data().toString().contains(u"not-installed"_s))
            unknown = true;
    }
    QVERIFY2(unknown, "the plugin's condition is shown as unknown");
}

void TestPersona::whatDoesThisPersonaGet()
{
    auto *list = m_window->findChild<FlagListView *>(u"flagList"_s);
    QVERIFY(list);
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(Qt::DisplayRole).toString().contains(u"checkout"_s, Qt::CaseInsensitive)) {
            list->scrollTo(index);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
            break;
        }
    }
    QCOMPARE(list->currentFlagKey(), u"new-checkout"_s);
    auto *button = m_window->findChild<QToolButton *>(u"personaForFlagButton"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    m_persona = m_window->findChild<PersonaWindow *>(u"personaWindow"_s);
    QVERIFY(m_persona);
    QVERIFY(QTest::qWaitForWindowExposed(m_persona));
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
    auto *table = m_persona->findChild<QTableView *>(u"personaResults"_s);
    QTRY_COMPARE(table->currentIndex().data().toString(), u"new-checkout"_s);
    QTRY_VERIFY(findStep(u"new-checkout"_s).isValid());   // its trace, from the flag down
}

void TestPersona::allEnvironmentsSideBySide()
{
    openPersona();
    typeInto(m_persona->findChild<QLineEdit *>(u"personaUserId"_s), u"user-4471"_s);
    chooseEnvironment(u"All environments, side by side"_s);
    auto *table = m_persona->findChild<QTableView *>(u"personaResults"_s);
    QCOMPARE(table->model()->columnCount(), 4);
    QCOMPARE(table->model()->headerData(3, Qt::Horizontal).toString(), u"Production"_s);
    // new-checkout: "on" by default in development, "off" by the opt-out in production.
    QVERIFY(cell(u"new-checkout"_s, 1).contains(u"on"_s));
    QVERIFY(cell(u"new-checkout"_s, 3).startsWith(u"≠ off"_s));
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == u"new-checkout")
            row = r;
    }
    QVERIFY(table->model()->index(row, 1).data(PersonaResultModel::DiffersRole).toBool());
    // The production cell's trace.
    selectRow(u"new-checkout"_s, 3);
    QVERIFY(findStep(u"opted-out"_s).isValid());
}

void TestPersona::copyAsCommandRunsTheSame()
{
    openPersona();
    chooseEnvironment(u"Production"_s);
    typeInto(m_persona->findChild<QLineEdit *>(u"personaUserId"_s), u"it's-me"_s);   // a quote to survive the shell
    auto *table = m_persona->editor()->findChild<QTableWidget *>(u"personaAttributes"_s);
    QTest::mouseClick(m_persona->editor()->findChild<QPushButton *>(u"addAttribute"_s), Qt::LeftButton);
    QTest::keyClicks(table->cellWidget(0, 0), u"email"_s);
    QTest::keyClicks(table->cellWidget(0, 2), u"ann@acme.example"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);

    const auto run = [](const QString &line) {
        // The copied line as a shell runs it, with the real pennonctl in place of the name.
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"PENNON_DB"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(env);
        QString command = line;
        command.replace(0, int(qstrlen("pennonctl")), u"'"_s + QStringLiteral(PENNONCTL_PATH) + u"'"_s);
        process.start(u"/bin/sh"_s, {u"-c"_s, command});
        process.waitForFinished(60000);
        if (process.exitCode() != 0)
            qWarning("%s", process.readAllStandardError().constData());
        return QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    };
    for (const QString &flag : {u"new-checkout"_s, u"search-ranking"_s, u"pricing-page-copy"_s}) {
        selectRow(flag);
        QTest::mouseClick(m_persona->findChild<QPushButton *>(u"copyCommand"_s), Qt::LeftButton);
        const QString line = QGuiApplication::clipboard()->text();
        QVERIFY2(line.startsWith(u"pennonctl --db "_s), qPrintable(line));
        QVERIFY(line.contains(u"--flag "_s + flag));
        const QStringList answers = run(line);
        QCOMPARE(answers.size(), 1);
        const QJsonObject answer = QJsonDocument::fromJson(answers.at(0).toUtf8()).object();
        QCOMPARE(answer.value(u"flag"_s).toString(), flag);
        QCOMPARE(answer.value(u"variation"_s).toString(), cell(flag, PersonaResultModel::VariationColumn));
        QCOMPARE(answer.value(u"reason"_s).toString(), cell(flag, PersonaResultModel::ReasonColumn));
    }
    // Every flag at once.
    QTest::mouseClick(m_persona->findChild<QPushButton *>(u"copyAllCommand"_s), Qt::LeftButton);
    const QStringList answers = run(QGuiApplication::clipboard()->text());
    QCOMPARE(answers.size(), m_persona->findChild<QTableView *>(u"personaResults"_s)->model()->rowCount());
    for (const QString &text : answers) {
        const QJsonObject answer = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString flag = answer.value(u"flag"_s).toString();
        QCOMPARE(answer.value(u"variation"_s).toString(), cell(flag, PersonaResultModel::VariationColumn));
    }
}

void TestPersona::everyControlIsNamed()
{
    openPersona();
    QTest::mouseClick(m_persona->editor()->findChild<QPushButton *>(u"addAttribute"_s), Qt::LeftButton);
    const QList<QWidget *> widgets = m_persona->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        if (!control || !widget->isVisibleTo(m_persona) || qobject_cast<QHeaderView *>(widget))
            continue;
        if (widget->parent() && (qobject_cast<QComboBox *>(widget->parent()) || qobject_cast<QAbstractSpinBox *>(widget->parent())))
            continue;   // a combo box's or date field's own line edit
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        QVERIFY2(!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                 qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName()));
    }
}

void TestPersona::tenThousandFlags()
{
    // 10,000 flags (the demo's, copied), edited as a draft: the GUI thread only starts the
    // evaluation and shows its answer.
    Workspace workspace = m_session->workspace();
    const QList<Flag> demo = workspace.flags;
    workspace.flags.clear();
    for (int i = 0; workspace.flags.size() < 10000; ++i) {
        Flag flag = demo.at(i % demo.size());
        if (i >= demo.size())
            flag.key += u'-' + QString::number(i);
        workspace.flags.append(flag);
    }
    m_session->openDetached(workspace, u"ten thousand flags"_s);
    openPersona();
    chooseEnvironment(u"Production"_s);
    QElapsedTimer typing;
    typing.start();
    typeInto(m_persona->findChild<QLineEdit *>(u"personaUserId"_s), u"user-4471"_s);
    const qint64 typed = typing.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 20000);
    const auto shown = std::count_if(workspace.flags.cbegin(), workspace.flags.cend(), [](const Flag &f) { return !f.archived; });
    QCOMPARE(m_persona->findChild<QTableView *>(u"personaResults"_s)->model()->rowCount(), int(shown));
    QCOMPARE(cell(u"new-checkout"_s, PersonaResultModel::ReasonColumn), u"TARGETING_MATCH"_s);
    qInfo("10,000 flags: typing 9 keys took %lld ms on the GUI thread; last start %lld ms, first answer shown in %lld ms; %s",
          typed, m_persona->lastStartMs(), m_persona->lastShowMs(),
          qPrintable(m_persona->findChild<QLabel *>(u"personaStatus"_s)->text()));
    // One more key: the same rows, their cells changed in place.
    QTest::keyClick(m_persona->findChild<QLineEdit *>(u"personaUserId"_s), Qt::Key_Backspace);
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
    qInfo("10,000 flags, one key more: start %lld ms, answer shown in %lld ms on the GUI thread; %s",
          m_persona->lastStartMs(), m_persona->lastShowMs(),
          qPrintable(m_persona->findChild<QLabel *>(u"personaStatus"_s)->text()));
    // Figures, not assertions: a loaded machine can stall any thread (README, "Persona").
}

void TestPersona::savedPersonasSaveEditImportDelete()
{
    openPersona();
    auto *saved = m_persona->savedPersonas();
    auto *userId = m_persona->findChild<QLineEdit *>(u"personaUserId"_s);
    QVERIFY(userId);
    QString urlError;
    const DatabaseUrl url = *DatabaseUrl::parse(m_url, &urlError);
    const auto stored = [&url]() {
        StorageError error;
        auto repository = SqlRepository::open(url, &error);
        return repository ? repository->load(&error).value_or(Workspace()) : Workspace();
    };

    // Save As…: a name in the dialog, and the persona is in the workspace.
    typeInto(userId, u"u-42"_s);
    whenModal<QInputDialog>([](QInputDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>();
        name->selectAll();
        QTest::keyClicks(name, u"Anna (DE)"_s);
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::mouseClick(m_persona->findChild<QPushButton *>(u"savePersonaAs"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(stored().persona(u"anna-de"_s), 10000);
    QTRY_COMPARE(saved->currentKey(), u"anna-de"_s);
    QCOMPARE(stored().persona(u"anna-de"_s)->userId, u"u-42"_s);
    QTRY_COMPARE(m_persona->findChild<QComboBox *>(u"savedPersonaList"_s)->currentText(), u"Anna (DE)"_s);
    auto *save = m_persona->findChild<QPushButton *>(u"savePersona"_s);
    QTRY_VERIFY(!save->isEnabled());   // nothing changed since

    // An edit enables Save; Save writes it as version 2.
    typeInto(userId, u"u-43"_s);
    QVERIFY(saved->isModified());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stored().persona(u"anna-de"_s)->userId, u"u-43"_s, 10000);
    QCOMPARE(stored().persona(u"anna-de"_s)->version, 2);
    QTRY_VERIFY(!saved->isModified());
    {
        StorageError error;
        auto repository = SqlRepository::open(url, &error);
        const auto history = repository->history(u"anna-de"_s, 0, &error);
        QVERIFY(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->constFirst().kind, ObjectKind::Persona);
    }

    // Import… a JSONL file of two contexts: two personas, typed, in one write.
    const QString file = m_dir.filePath(u"people.jsonl"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"userId\":\"bea\",\"age\":17,\"beta\":true}\n{\"userId\":\"carl\",\"country\":\"fr\"}\n");
    }
    whenModal<QFileDialog>([file](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        name->setText(file);
        QTest::keyClick(name, Qt::Key_Return);
        whenModal<QMessageBox>([](QMessageBox *box) {
            QVERIFY(box->text().contains(u"bea"_s));
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
    });
    const qsizetype personasBefore = stored().personas.size();   // the demo's and Anna
    QTest::mouseClick(m_persona->findChild<QPushButton *>(u"importPersonas"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stored().personas.size(), personasBefore + 2, 10000);
    const Persona bea = *stored().persona(u"bea"_s);
    QCOMPARE(bea.contextJson().value(u"age"_s), QJsonValue(17));
    QCOMPARE(bea.contextJson().value(u"beta"_s), QJsonValue(true));
    // The first imported persona is shown, and evaluated.
    QTRY_COMPARE(saved->currentKey(), u"bea"_s);
    QCOMPARE(userId->text(), u"bea"_s);

    // Choosing another by the keyboard shows it; Delete removes it from the workspace.
    auto *list = m_persona->findChild<QComboBox *>(u"savedPersonaList"_s);
    list->setFocus(Qt::TabFocusReason);
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->count() && list->currentText() != u"carl"_s; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(saved->currentKey(), u"carl"_s);
    QCOMPARE(userId->text(), u"carl"_s);
    whenModal<QMessageBox>([](QMessageBox *box) { QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton); });
    QTest::mouseClick(m_persona->findChild<QPushButton *>(u"deletePersona"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!stored().persona(u"carl"_s), 10000);
    QTRY_VERIFY(saved->currentKey().isEmpty());
    QCOMPARE(userId->text(), u"carl"_s);   // still in the editor, not saved

    // A persona with a value that does not fit cannot be saved.
    QTest::keyClick(list, Qt::Key_Home);
    for (int i = 0; i < list->count() && list->currentText() != u"bea"_s; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(saved->currentKey(), u"bea"_s);
    auto *attributes = m_persona->findChild<QTableWidget *>(u"personaAttributes"_s);
    int ageRow = -1;
    for (int row = 0; row < attributes->rowCount(); ++row) {
        if (qobject_cast<QLineEdit *>(attributes->cellWidget(row, 0))->text() == u"age"_s)
            ageRow = row;
    }
    QVERIFY(ageRow >= 0);
    typeInto(attributes->cellWidget(ageRow, 2), u"seventeen"_s);
    QVERIFY(saved->isModified());
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_persona->findChild<QPushButton *>(u"savePersonaAs"_s)->isEnabled());
}

void TestPersona::followsTheToolbarEnvironment()
{
    openPersona();
    auto *combo = m_persona->findChild<QComboBox *>(u"personaEnvironment"_s);
    auto *toolbar = m_window->findChild<QComboBox *>(u"environmentSelector"_s);
    QVERIFY(combo && toolbar);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    toolbar->setFocus();
    QTest::keyClick(toolbar, Qt::Key_End);
    QCOMPARE(combo->currentData().toString(), u"production"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_persona->isUpToDate(), 30000);
    QTest::keyClick(toolbar, Qt::Key_Home);
    QCOMPARE(combo->currentData().toString(), u"development"_s);
    // Side by side stays side by side.
    m_persona->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_persona));
    chooseEnvironment(u"All environments, side by side"_s);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    toolbar->setFocus();
    QTest::keyClick(toolbar, Qt::Key_End);
    QCOMPARE(combo->currentData().toString(), u"*"_s);
}

QTEST_MAIN(TestPersona)
#include "tst_persona.moc"
