// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Simulate ▸ Matrix… driven as a user would, on a real SQLite workspace seeded with the demo:
// attributes typed in (country = de,fr,us; plan = free,pro; age = 17..19) show 18
// combinations; after Run every cell's counts add up to 18 and equal the test's own Engine
// evaluation of the 18 contexts; clicking a cell lists 18 combinations; a bad range shows its
// error at the field and Run is refused; a combination opens as a persona with its values; an
// edit of the workspace makes the result stale; every control is named.

#include "bench/stallmeter.h"
#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "mainwindow.h"
#include "matrixcelldelegate.h"
#include "matrixwindow.h"
#include "personaeditor.h"
#include "personawindow.h"
#include "problemlabel.h"
#include "storage/defaultworkspace.h"
#include "storage/sqlrepository.h"
#include "guisession.h"
#include "testsettings.h"
#include "workspacesession.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QRegularExpression>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QCheckBox>
#include <QDateTimeEdit>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestMatrixWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void typedMatrixCountsAndDetail();
    void badRangeRefusesRun();
    void detailRowOpensPersona();
    void editMakesResultStale();
    void removeAttribute();
    void everyControlIsNamed();
    void largeMatrixCancelAndRun();
    void savesCsv();
    void evaluateAsOf();
    void flagFilter();

private:
    void openMatrix();
    void typeInto(QWidget *field, const QString &text);
    /// Adds an attribute row by the button and types its name, type (by keys) and values.
    void addAttribute(const QString &name, const QString &type, const QString &values);
    void typeExample();
    void runMatrix();
    void clickCell(int row, int column);
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_matrix->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }

    TestSettings m_settings;
    QTemporaryDir m_dir;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
    MatrixWindow *m_matrix = nullptr;
};

void TestMatrixWindow::init()
{
    TestSettings::clear();
    QVERIFY(m_dir.isValid());
    QString error;
    const QString url = GuiSession::seed(m_dir, std::nullopt, &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    QVERIFY2(GuiSession::open(url, QString(), &m_session, &m_window, &error), qPrintable(error));
}

void TestMatrixWindow::cleanup()
{
    delete m_window;   // the matrix window with it
    m_window = nullptr;
    m_matrix = nullptr;
    delete m_session;
    m_session = nullptr;
}

void TestMatrixWindow::openMatrix()
{
    // Simulate ▸ Matrix… by its shortcut.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QTest::keyClick(m_window, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    m_matrix = m_window->findChild<MatrixWindow *>(u"matrixWindow"_s);
    QVERIFY(m_matrix);
    QVERIFY(QTest::qWaitForWindowExposed(m_matrix));
    m_matrix->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_matrix));
}

void TestMatrixWindow::typeInto(QWidget *field, const QString &text)
{
    QVERIFY(field);
    field->setFocus(Qt::TabFocusReason);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

void TestMatrixWindow::addAttribute(const QString &name, const QString &type, const QString &values)
{
    auto *add = child<QPushButton>(u"matrixAddAttribute"_s);
    QVERIFY(add);
    const int before = m_matrix->findChildren<QLineEdit *>(QRegularExpression(u"^matrixAttributeName\\d+$"_s)).size();
    QTest::mouseClick(add, Qt::LeftButton);
    const QString n = QString::number(before);
    auto *nameField = child<QLineEdit>(u"matrixAttributeName"_s + n);
    QVERIFY(nameField);
    QVERIFY(nameField->hasFocus());
    QTest::keyClicks(nameField, name);
    auto *typeBox = child<QComboBox>(u"matrixAttributeType"_s + n);
    QVERIFY(typeBox);
    typeBox->setFocus(Qt::TabFocusReason);
    QTest::keyClick(typeBox, Qt::Key_Home);
    for (int i = 0; i < typeBox->count() && typeBox->currentText() != type; ++i)
        QTest::keyClick(typeBox, Qt::Key_Down);
    QCOMPARE(typeBox->currentText(), type);
    typeInto(child<QLineEdit>(u"matrixAttributeValues"_s + n), values);
}

void TestMatrixWindow::typeExample()
{
    openMatrix();
    // The window starts with userId = user-1.
    QCOMPARE(child<QLineEdit>(u"matrixAttributeName0"_s)->text(), u"userId"_s);
    QCOMPARE(child<QLineEdit>(u"matrixAttributeValues0"_s)->text(), u"user-1"_s);
    addAttribute(u"country"_s, u"string"_s, u"de,fr,us"_s);
    addAttribute(u"plan"_s, u"string"_s, u"free, pro"_s);
    addAttribute(u"age"_s, u"number"_s, u"17..19"_s);
    QCOMPARE(child<QLabel>(u"matrixCount"_s)->text(), u"Combinations: 18"_s);
}

void TestMatrixWindow::runMatrix()
{
    auto *run = child<QPushButton>(u"matrixRun"_s);
    QVERIFY(run);
    QVERIFY2(run->isEnabled(), qPrintable(child<ProblemLabel>(u"matrixProblem"_s)->message()));
    QSignalSpy finished(m_matrix, &MatrixWindow::runFinished);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(m_matrix->hasResult());
}

void TestMatrixWindow::clickCell(int row, int column)
{
    auto *table = child<QTableWidget>(u"matrixTable"_s);
    QVERIFY(table);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, column)).center());
}

void TestMatrixWindow::typedMatrixCountsAndDetail()
{
    typeExample();
    runMatrix();

    auto *table = child<QTableWidget>(u"matrixTable"_s);
    const Workspace workspace = m_session->editedWorkspace();
    QStringList environments;
    for (const Environment &environment : workspace.environments)
        environments.append(environment.key);
    QCOMPARE(table->columnCount(), environments.size());
    int flags = 0;
    for (const Flag &flag : workspace.flags)
        flags += flag.archived ? 0 : 1;
    QCOMPARE(table->rowCount(), flags);

    // Every cell's counts (what its bar draws) add up to 18.
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            qint64 sum = 0;
            for (const QVariant &count : table->item(row, column)->data(MatrixCellDelegate::CountsRole).toList())
                sum += count.toLongLong();
            QCOMPARE(sum, 18);
        }
    }

    // Each cell's words equal the test's own Engine evaluation of the 18 contexts.
    bool someDiffer = false;
    for (int column = 0; column < environments.size(); ++column) {
        const auto engine = Engine::compile(workspace, environments.at(column), PluginRegistry::shared());
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString key = table->verticalHeaderItem(row)->text();
            const Flag &flag = *std::find_if(workspace.flags.cbegin(), workspace.flags.cend(),
                                             [&key](const Flag &f) { return f.key == key; });
            QList<qint64> counts(flag.variations.size(), 0);
            qint64 unserved = 0;
            qint64 errors = 0;
            for (const QString &country : {u"de"_s, u"fr"_s, u"us"_s}) {
                for (const QString &plan : {u"free"_s, u"pro"_s}) {
                    for (int age = 17; age <= 19; ++age) {
                        Problems problems;
                        const auto context = Context::fromJson(
                            QJsonObject{{u"userId"_s, u"user-1"_s}, {u"country"_s, country}, {u"plan"_s, plan}, {u"age"_s, age}},
                            u""_s, &problems);
                        QVERIFY(context);
                        const EvaluationResult r = engine->evaluate(key, *context);
                        if (r.variation >= 0)
                            ++counts[r.variation];
                        else if (r.reason == Reason::Error)
                            ++errors;
                        else
                            ++unserved;
                    }
                }
            }
            QStringList parts;
            for (qsizetype v = 0; v < counts.size(); ++v) {
                if (counts.at(v) > 0)
                    parts.append(u"%1 %2"_s.arg(flag.variations.at(v).key).arg(counts.at(v)));
            }
            if (unserved > 0)
                parts.append(u"no variation %1"_s.arg(unserved));
            if (errors > 0)
                parts.append(u"error %1"_s.arg(errors));
            QString text = table->item(row, column)->text();
            if (text.startsWith(u"≠ "_s)) {
                someDiffer = true;
                text = text.mid(2);
            }
            QCOMPARE(text, parts.join(u" · "_s));
        }
    }
    QVERIFY(someDiffer);   // the demo's environments differ somewhere, and it is marked

    // Clicking a cell lists its 18 combinations below.
    QAbstractItemModelTester tester(child<QTableView>(u"matrixDetail"_s)->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy shown(m_matrix, &MatrixWindow::detailShown);
    clickCell(0, 0);
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_matrix->detailRows(), 18);
    auto *detail = child<QTableView>(u"matrixDetail"_s);
    QCOMPARE(detail->model()->columnCount(), 4 + 3);   // userId, country, plan, age; variation, reason, rule
    QCOMPARE(detail->model()->index(0, 1).data().toString(), u"de"_s);
    QCOMPARE(detail->model()->index(17, 3).data().toString(), u"19"_s);
    clickCell(table->rowCount() - 1, environments.size() - 1);
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_matrix->detailRows(), 18);
}

void TestMatrixWindow::badRangeRefusesRun()
{
    typeExample();
    auto *age = child<QLineEdit>(u"matrixAttributeValues3"_s);
    typeInto(age, u"19..17"_s);
    auto *problem = child<ProblemLabel>(u"matrixAttributeProblem3"_s);
    QVERIFY(problem);
    QVERIFY2(problem->message().startsWith(u"age, character 5: "_s), qPrintable(problem->message()));
    QVERIFY(problem->message().contains(u"below"_s));
    QCOMPARE(age->accessibleDescription(), problem->message());
    auto *run = child<QPushButton>(u"matrixRun"_s);
    QVERIFY(!run->isEnabled());
    QVERIFY(!child<ProblemLabel>(u"matrixProblem"_s)->message().isEmpty());
    QCOMPARE(run->toolTip(), child<ProblemLabel>(u"matrixProblem"_s)->message());
    // Enter in the form does not run it either.
    QSignalSpy finished(m_matrix, &MatrixWindow::runFinished);
    QTest::keyClick(age, Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!m_matrix->hasResult());

    // Not a number; then fixed.
    typeInto(age, u"17, x"_s);
    QVERIFY2(problem->message().startsWith(u"age, character 5: "_s), qPrintable(problem->message()));
    QVERIFY(!run->isEnabled());
    typeInto(age, u"17..19 step 2"_s);
    QVERIFY(problem->message().isEmpty());
    QCOMPARE(child<QLabel>(u"matrixCount"_s)->text(), u"Combinations: 12"_s);
    QVERIFY(run->isEnabled());

    // Too many combinations: the count says so and Run is refused with the reason.
    typeInto(age, u"1..100000"_s);
    QVERIFY(child<QLabel>(u"matrixCount"_s)->text().startsWith(u"More than"_s));
    QVERIFY(!run->isEnabled());
    QVERIFY(child<ProblemLabel>(u"matrixProblem"_s)->message().contains(u"100,000"_s));

    // No environment chosen.
    typeInto(age, u"17"_s);
    QVERIFY(run->isEnabled());
    auto *environments = child<QListWidget>(u"matrixEnvironments"_s);
    environments->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < environments->count(); ++i) {
        environments->setCurrentRow(i);
        QTest::keyClick(environments, Qt::Key_Space);
    }
    QVERIFY(!run->isEnabled());
    QVERIFY(child<ProblemLabel>(u"matrixProblem"_s)->message().contains(u"environment"_s));
}

void TestMatrixWindow::detailRowOpensPersona()
{
    typeExample();
    runMatrix();
    auto *table = child<QTableWidget>(u"matrixTable"_s);
    int row = 0;
    for (; row < table->rowCount() && table->verticalHeaderItem(row)->text() != u"dark-mode"_s; ++row) {}
    QVERIFY(row < table->rowCount());
    QSignalSpy shown(m_matrix, &MatrixWindow::detailShown);
    clickCell(row, 0);
    QVERIFY(shown.wait(10000));
    auto *detail = child<QTableView>(u"matrixDetail"_s);
    // Combination 10: de/fr/us × free/pro × 17..19 → fr, pro, 18.
    const QRect rect = detail->visualRect(detail->model()->index(10, 0));
    QTest::mouseClick(detail->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(detail->viewport(), Qt::LeftButton, {}, rect.center());
    PersonaWindow *persona = nullptr;
    QTRY_VERIFY((persona = m_window->findChild<PersonaWindow *>(u"personaWindow"_s)) && persona->isVisible());
    const Persona p = persona->editor()->persona();
    QCOMPARE(p.userId, u"user-1"_s);
    QCOMPARE(p.attributes, QList<PersonaAttribute>({{u"country"_s, PersonaAttribute::Type::String, u"fr"_s},
                                                    {u"plan"_s, PersonaAttribute::Type::String, u"pro"_s},
                                                    {u"age"_s, PersonaAttribute::Type::Number, u"18"_s}}));

    // The button does the same for the selected row.
    m_matrix->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_matrix));
    QSignalSpy requested(m_matrix, &MatrixWindow::personaRequested);
    QTest::mouseClick(detail->viewport(), Qt::LeftButton, {}, detail->visualRect(detail->model()->index(0, 0)).center());
    QTest::mouseClick(child<QPushButton>(u"matrixOpenPersona"_s), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(1).toString(), u"dark-mode"_s);
    QCOMPARE(persona->editor()->persona().attributes.at(0).value, u"de"_s);
}

void TestMatrixWindow::editMakesResultStale()
{
    typeExample();
    runMatrix();
    QVERIFY(!m_matrix->isStale());
    Flag flag = *m_session->editedFlag(u"dark-mode"_s);
    flag.description = u"edited"_s;
    QVERIFY(m_session->editFlag(flag, u"Edit"_s));
    QTRY_VERIFY(m_matrix->isStale());
    QVERIFY(child<QLabel>(u"matrixStatus"_s)->text().contains(u"stale"_s));
    runMatrix();
    QVERIFY(!m_matrix->isStale());
}

void TestMatrixWindow::removeAttribute()
{
    typeExample();
    QTest::mouseClick(child<QToolButton>(u"matrixAttributeRemove1"_s), Qt::LeftButton);   // country
    QTRY_COMPARE(child<QLabel>(u"matrixCount"_s)->text(), u"Combinations: 6"_s);
    QCOMPARE(child<QLineEdit>(u"matrixAttributeName1"_s)->text(), u"plan"_s);
    QVERIFY(!m_matrix->findChild<QLineEdit *>(u"matrixAttributeName3"_s));
    runMatrix();
    QCOMPARE(m_matrix->result().combinations, 6);
}

void TestMatrixWindow::everyControlIsNamed()
{
    typeExample();
    for (QWidget *widget : m_matrix->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                             || qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        if (!control || qobject_cast<QHeaderView *>(widget) || qobject_cast<QAbstractItemView *>(widget->parentWidget()) || widget->objectName().startsWith(u"qt_"_s)
            || !widget->isVisibleTo(m_matrix))
            continue;
        if (qobject_cast<QLineEdit *>(widget) && qobject_cast<QComboBox *>(widget->parentWidget()))
            continue;   // a combo box's own line edit
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        QVERIFY2(!widget->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                 qPrintable(widget->objectName() + u" "_s + QString::fromLatin1(widget->metaObject()->className())));
    }
}

void TestMatrixWindow::largeMatrixCancelAndRun()
{
    // 100,000 combinations (the cap): Cancel stops the run and shows nothing; run again, the
    // window keeps turning its event loop (the longest stall is printed) and every cell adds up.
    openMatrix();
    typeInto(child<QLineEdit>(u"matrixAttributeValues0"_s), u"0..24999"_s);
    addAttribute(u"plan"_s, u"string"_s, u"free,pro,team,enterprise"_s);
    QCOMPARE(child<QLabel>(u"matrixCount"_s)->text(), u"Combinations: 100,000"_s);
    auto *run = child<QPushButton>(u"matrixRun"_s);
    auto *cancel = child<QPushButton>(u"matrixCancel"_s);
    QVERIFY(run->isEnabled());
    QVERIFY(!cancel->isEnabled());
    QSignalSpy finished(m_matrix, &MatrixWindow::runFinished);
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(m_matrix->isRunning());
    QVERIFY(!run->isEnabled());
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QVERIFY(!m_matrix->isRunning());
    QVERIFY(!m_matrix->hasResult());
    QVERIFY2(child<QLabel>(u"matrixStatus"_s)->text().startsWith(u"Cancelled."_s),
             qPrintable(child<QLabel>(u"matrixStatus"_s)->text()));
    QVERIFY(run->isEnabled());

    StallMeter stall;
    QElapsedTimer timer;
    timer.start();
    stall.start();
    QTest::mouseClick(run, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    const double longest = stall.stop();
    QVERIFY(m_matrix->hasResult());
    QCOMPARE(child<QProgressBar>(u"matrixProgress"_s)->value(), 1000);
    auto *table = child<QTableWidget>(u"matrixTable"_s);
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int column = 0; column < table->columnCount(); ++column) {
            qint64 sum = 0;
            for (const QVariant &count : table->item(row, column)->data(MatrixCellDelegate::CountsRole).toList())
                sum += count.toLongLong();
            QCOMPARE(sum, 100'000);
        }
    }
    qInfo("100,000 combinations x %d flags x %d environments: %lld ms from Run to the table; "
          "the GUI thread's longest stall %.1f ms",
          table->rowCount(), table->columnCount(), timer.elapsed(), longest);

    // The detail of a cell: 100,000 rows.
    QSignalSpy shown(m_matrix, &MatrixWindow::detailShown);
    timer.restart();
    stall.start();
    clickCell(0, 0);
    QVERIFY(shown.wait(60000));
    const double detailStall = stall.stop();
    QCOMPARE(m_matrix->detailRows(), 100'000);
    qInfo("the detail of a cell, 100,000 rows: %lld ms; the GUI thread's longest stall %.1f ms",
          timer.elapsed(), detailStall);
}

void TestMatrixWindow::savesCsv()
{
    typeExample();
    runMatrix();
    const QString path = m_dir.filePath(u"matrix.csv"_s);
    QFile::remove(path);
    // The save dialog: type the file name and press Enter.
    bool typed = false;
    QTimer typer;
    typer.setInterval(20);
    connect(&typer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog || typed)
            return;
        auto *name = dialog->findChild<QLineEdit *>(u"fileNameEdit"_s);
        if (!name)
            return;
        typed = true;
        name->setText(path);   // at once: the dialog's completer pops up while typing
        QTest::keyClick(name, Qt::Key_Return);
    });
    typer.start();
    QTest::mouseClick(child<QPushButton>(u"matrixSaveCsv"_s), Qt::LeftButton);
    typer.stop();
    QVERIFY(typed);
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, m_matrix->result().csv());
    QVERIFY(csv.startsWith("flag,environment,variation,count\r\n"));
    // Per flag and environment the counts add up to 18.
    QHash<QByteArray, qint64> sums;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines.at(i).trimmed().split(',');
        if (fields.size() == 4)
            sums[fields.at(0) + ',' + fields.at(1)] += fields.at(3).toLongLong();
    }
    QVERIFY(!sums.isEmpty());
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        QCOMPARE(it.value(), 18);
    QVERIFY(child<QLabel>(u"matrixStatus"_s)->text().contains(path));
}

void TestMatrixWindow::evaluateAsOf()
{
    // holiday-banner is on in December only (the demo's schedule): as of a moment in December
    // and one in June, the cells differ as the engine says for contexts with that currentTime.
    openMatrix();
    auto *asOf = child<QCheckBox>(u"matrixAsOf"_s);
    auto *time = child<QDateTimeEdit>(u"matrixTime"_s);
    QVERIFY(!time->isEnabled());
    QTest::mouseClick(asOf, Qt::LeftButton);
    QVERIFY(asOf->isChecked());
    QVERIFY(time->isEnabled());
    const Workspace workspace = m_session->editedWorkspace();
    const auto engine = Engine::compile(workspace, u"production"_s, PluginRegistry::shared());
    QStringList seen;
    for (const QString &moment : {u"2025-12-24T09:00:00Z"_s, u"2026-06-15T09:00:00Z"_s}) {
        time->setFocus(Qt::TabFocusReason);
        time->setDateTime(QDateTime::fromString(moment, Qt::ISODate));   // the edit's sections are typed alike
        runMatrix();
        QCOMPARE(m_matrix->result().combinations, 1);
        const int environment = int(m_matrix->result().environments.indexOf(u"production"_s));
        const int flag = int(m_matrix->result().flags.indexOf(u"holiday-banner"_s));
        QVERIFY(environment >= 0 && flag >= 0);
        Problems problems;
        const auto context = Context::fromJson(QJsonObject{{u"userId"_s, u"user-1"_s}, {u"currentTime"_s, moment}},
                                               u""_s, &problems);
        QVERIFY(context);
        const EvaluationResult r = engine->evaluate(u"holiday-banner"_s, *context);
        const QString expected = engine->variationKey(r) + u" 1"_s;
        QCOMPARE(m_matrix->result().cellText(flag, environment), expected);
        seen.append(expected);
    }
    QVERIFY2(seen.at(0) != seen.at(1), qPrintable(seen.join(u" / "_s)));
}

void TestMatrixWindow::flagFilter()
{
    openMatrix();
    auto *filter = child<QLineEdit>(u"matrixFlagFilter"_s);
    auto *run = child<QPushButton>(u"matrixRun"_s);
    typeInto(filter, u"no-such-flag"_s);
    QVERIFY(!run->isEnabled());
    QVERIFY(child<ProblemLabel>(u"matrixProblem"_s)->message().contains(u"no-such-flag"_s));
    typeInto(filter, u"DARK"_s);   // any case
    QVERIFY(run->isEnabled());
    runMatrix();
    QCOMPARE(m_matrix->result().flags, QStringList{u"dark-mode"_s});
    auto *table = child<QTableWidget>(u"matrixTable"_s);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->verticalHeaderItem(0)->text(), u"dark-mode"_s);
}

QTEST_MAIN(TestMatrixWindow)
#include "tst_matrixwindow.moc"
