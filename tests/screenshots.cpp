// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Takes the README's screenshots: the main window on the demo workspace with the flag editor
// and an unsaved edit, the review before saving, and the New Flag dialog, in the language
// asked for, as PNG files. Run by scripts/screenshots.sh under the offscreen platform (the
// widgets draw themselves, no display needed).
//
//   screenshots OUTPUT_DIR LANGUAGE

#include "bulkeditdialog.h"
#include "connectdialog.h"
#include "personaeditor.h"
#include "personawindow.h"
#include "savedpersonas.h"
#include "matrixwindow.h"
#include "impactwindow.h"
#include "promotedialog.h"
#include "simulationwindow.h"
#include "environmenteditor.h"
#include "environmentsdialog.h"
#include "historywindow.h"
#include "librarywindow.h"
#include "flaggeneraleditor.h"
#include "serveeditor.h"
#include "flaglistview.h"
#include "formats/pennonjson.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "newflagdialog.h"
#include "reviewdialog.h"
#include "workspacesession.h"

#include "storage/sqlrepository.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QSpinBox>
#include <QTableView>
#include <QTabBar>
#include <QUndoStack>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *widget, const QString &path)
{
    widget->activateWindow();
    QTest::qWait(50);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "screenshots: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: screenshots OUTPUT_DIR LANGUAGE\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString language = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    installTranslations(&app, language);

    // The demo workspace in a database of its own.
    QTemporaryDir dir;
    QString urlError;
    const auto url = DatabaseUrl::parse(u"sqlite:"_s + dir.filePath(u"demo.sqlite"_s), &urlError);
    QFile demo(u":/pennon/demo-workspace.json"_s);
    Problems problems;
    StorageError error;
    std::optional<Workspace> workspace;
    if (demo.open(QIODevice::ReadOnly))
        workspace = PennonJson::read(demo.readAll(), &problems);
    auto repository = url ? SqlRepository::open(*url, &error) : nullptr;
    if (!workspace || !repository
        || !repository->importWorkspace(*workspace, ImportMode::Replace, false, {}, &error)) {
        std::fprintf(stderr, "screenshots: cannot prepare the demo workspace: %s\n", qPrintable(error.message));
        return 1;
    }

    WorkspaceSession session;
    MainWindow window(&session);
    window.resize(1280, 760);
    window.show();
    QSignalSpy opened(&session, &WorkspaceSession::opened);
    session.open(*url);
    if (!opened.wait(20000))
        return 1;
    auto *list = window.findChild<FlagListView *>(u"flagList"_s);
    list->selectFlag(u"new-checkout"_s);
    session.setCurrentEnvironment(u"production"_s);
    // An unsaved edit: the description typed in.
    auto *editor = window.findChild<FlagGeneralEditor *>();
    editor->descriptionEdit()->setFocus();
    QTest::keyClicks(editor->descriptionEdit(), QCoreApplication::translate("screenshots", "Rolled out to 25 % first. "));
    bool ok = save(&window, out + u"/main-window-"_s + language + u".png"_s);

    // An environment's tab: the rules, the selected one's conditions and split.
    window.resize(1280, 1180);
    list->selectFlag(u"pricing-page-copy"_s);
    auto *tabs = window.findChild<QTabBar *>(u"flagTabs"_s);
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabData(i).toString() == u"production")
            QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(i).center());
    }
    auto *environment = window.findChild<EnvironmentEditor *>();
    auto *rules = environment->ruleList();
    QTest::mouseClick(rules->viewport(), Qt::LeftButton, {}, rules->visualRect(rules->model()->index(1, 0)).center());
    QApplication::processEvents();
    ok = save(&window, out + u"/rules-"_s + language + u".png"_s) && ok;
    // A split that does not sum: said beside the weights, Save disabled.
    if (auto *weight = environment->ruleServeEditor()->findChild<QSpinBox *>(u"splitWeightSpin:value"_s)) {
        weight->setFocus();
        QTest::keyClick(weight, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(weight, u"40"_s);
    }
    QApplication::processEvents();
    ok = save(&window, out + u"/split-problem-"_s + language + u".png"_s) && ok;
    session.undoStack()->undo();
    window.resize(1280, 760);

    ReviewDialog review(&session, &window);
    review.show();
    ok = save(&review, out + u"/review-"_s + language + u".png"_s) && ok;
    review.close();

    NewFlagDialog newFlag(session.workspace(), &window);
    newFlag.show();
    QTest::keyClicks(newFlag.findChild<QLineEdit *>(u"newFlagKey"_s), u"search-v2"_s);
    QTest::keyClicks(newFlag.findChild<QLineEdit *>(u"newFlagName"_s), u"Search v2"_s);
    ok = save(&newFlag, out + u"/new-flag-"_s + language + u".png"_s) && ok;
    newFlag.close();

    ConnectDialog connect(&window);
    connect.show();
    ok = save(&connect, out + u"/connect-"_s + language + u".png"_s) && ok;
    connect.close();

    EnvironmentsDialog environments(&session, &window);
    environments.show();
    ok = save(&environments, out + u"/environments-"_s + language + u".png"_s) && ok;
    environments.close();

    LibraryWindow library(&session, &window);
    library.resize(1100, 720);
    library.show();
    QApplication::processEvents();
    ok = save(&library, out + u"/library-"_s + language + u".png"_s) && ok;
    library.close();

    BulkEdit addTags;
    addTags.kind = BulkEdit::Kind::AddTags;
    BulkEditDialog bulk(&session, addTags, {u"dark-mode"_s, u"new-checkout"_s, u"beta-api"_s},
                        {u"checkout"_s, u"growth"_s}, &window);
    bulk.resize(760, 520);
    bulk.show();
    if (auto *input = bulk.findChild<QLineEdit *>(u"bulkEditInput"_s))
        QTest::keyClicks(input, u"q4-launch"_s);
    ok = save(&bulk, out + u"/bulk-edit-"_s + language + u".png"_s) && ok;
    bulk.close();

    PromoteDialog promote(&session, {}, &window);
    promote.resize(1000, 640);
    promote.show();
    QApplication::processEvents();
    ok = save(&promote, out + u"/promote-"_s + language + u".png"_s) && ok;
    promote.close();

    PersonaWindow persona(&session, &window);
    persona.resize(1200, 760);
    persona.show();
    persona.savedPersonas()->choose(u"anna-pro-de"_s);   // one of the demo's saved personas
    persona.showFlag(u"new-checkout"_s);
    (void)QTest::qWaitFor([&] { return persona.isUpToDate(); }, 10000);
    QTest::qWait(200);
    ok = save(&persona, out + u"/persona-"_s + language + u".png"_s) && ok;
    persona.close();

    SimulationWindow simulation(&session, &window);
    simulation.resize(1100, 760);
    simulation.setFlag(u"pricing-page-copy"_s);
    simulation.show();
    if (auto *run = simulation.findChild<QPushButton *>(u"simulationRun"_s))
        QTest::mouseClick(run, Qt::LeftButton);
    (void)QTest::qWaitFor([&] { return !simulation.isRunning(); }, 30000);
    QTest::qWait(300);
    ok = save(&simulation, out + u"/simulation-"_s + language + u".png"_s) && ok;
    simulation.close();

    // The matrix: the plan and the billing country, every combination in every environment.
    MatrixWindow matrix(&session, &window);
    matrix.resize(1200, 780);
    matrix.show();
    const auto addMatrixRow = [&](int n, const QString &name, const QString &values) {
        QTest::mouseClick(matrix.findChild<QPushButton *>(u"matrixAddAttribute"_s), Qt::LeftButton);
        if (auto *field = matrix.findChild<QLineEdit *>(u"matrixAttributeName"_s + QString::number(n)))
            QTest::keyClicks(field, name);
        if (auto *field = matrix.findChild<QLineEdit *>(u"matrixAttributeValues"_s + QString::number(n)))
            QTest::keyClicks(field, values);
    };
    addMatrixRow(1, u"plan"_s, u"free, pro, enterprise"_s);
    addMatrixRow(2, u"email"_s, u"ann@acme.example, bo@mail.example"_s);
    if (auto *run = matrix.findChild<QPushButton *>(u"matrixRun"_s))
        QTest::mouseClick(run, Qt::LeftButton);
    (void)QTest::qWaitFor([&] { return matrix.hasResult() && !matrix.isRunning(); }, 30000);
    if (auto *table = matrix.findChild<QTableView *>(u"matrixTable"_s)) {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, 0).data(Qt::DisplayRole).toString().contains(u"dark-mode"_s)
                || table->model()->headerData(row, Qt::Vertical).toString().contains(u"dark-mode"_s)) {
                const QModelIndex cell = table->model()->index(row, table->model()->columnCount() - 1);
                QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
                break;
            }
        }
    }
    (void)QTest::qWaitFor([&] { return matrix.detailRows() > 0 && !matrix.isDetailBusy(); }, 10000);
    QTest::qWait(300);
    ok = save(&matrix, out + u"/matrix-"_s + language + u".png"_s) && ok;
    matrix.close();

    // Change impact: the new checkout in development compared with production.
    ImpactWindow impact(&session, &window);
    impact.resize(1200, 780);
    impact.showEnvironments(u"new-checkout"_s, u"production"_s, u"development"_s);
    impact.present(true);
    (void)QTest::qWaitFor([&] { return !impact.isRunning(); }, 30000);
    QTest::qWait(300);
    ok = save(&impact, out + u"/impact-"_s + language + u".png"_s) && ok;
    impact.close();

    // The edit saved, so that the history has a change of a flag to show.
    QSignalSpy saved(&session, &WorkspaceSession::flagSaved);
    session.saveDrafts(session.drafts(), QCoreApplication::translate("screenshots", "Rollout note"));
    saved.wait(20000);
    HistoryWindow history(&session, &window);
    history.resize(1100, 720);
    history.show();
    QTest::qWait(500);
    ok = save(&history, out + u"/history-"_s + language + u".png"_s) && ok;
    return ok ? 0 : 1;
}
