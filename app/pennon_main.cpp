// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The desktop app: translations, the workspace database, the main window. Wiring only.

#include "formats/pennonjson.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "problemsdialog.h"
#include "storage/changewatcher.h"
#include "storage/defaultworkspace.h"
#include "storage/sqlrepository.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

#include <optional>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Pennon"_s);
    QApplication::setApplicationName(u"Pennon"_s);
    QApplication::setApplicationVersion(QStringLiteral(PENNON_VERSION));
    QApplication::setWindowIcon(QIcon(u":/pennon/icons/pennon.svg"_s));

    // Pennon's own strings from :/i18n and Qt's from its translations folder, by locale.
    Pennon::installTranslations(&app);

    // The workspace: $PENNON_DB, else the per-user default (created with the demo on first use).
    Pennon::MainWindow window;
    QString urlError;
    const std::optional<Pennon::DatabaseUrl> url = Pennon::DatabaseUrl::resolve(QString(), &urlError);
    Pennon::StorageError error;
    std::unique_ptr<Pennon::SqlRepository> repository = url ? Pennon::DefaultWorkspace::open(*url, &error) : nullptr;
    std::optional<Pennon::Workspace> workspace = repository ? repository->load(&error) : std::nullopt;
    Pennon::ChangeWatcher watcher;
    if (workspace) {
        const QString source = url->toDisplayString();
        window.setWorkspace(*workspace, Pennon::MainWindow::Origin::Database, source);
        window.setRepository(repository.get());
        // Other sessions' changes appear without a restart.
        QObject::connect(&watcher, &Pennon::ChangeWatcher::changed, &window, [&] {
            Pennon::StorageError reloadError;
            if (const auto reloaded = repository->load(&reloadError))
                window.setWorkspace(*reloaded, Pennon::MainWindow::Origin::Database, source);
        });
        Pennon::StorageError watchError;
        watcher.start(*url, &watchError);
    }
    window.show();
    if (!workspace) {
        // The database could not be opened: say why, and show the demo read-only instead.
        Pennon::Problems problems = error.problems;
        problems.prepend({QString(), url ? error.message : urlError});
        QFile demo(u":/pennon/demo-workspace.json"_s);
        Pennon::Problems demoProblems;
        if (demo.open(QIODevice::ReadOnly)) {
            if (const auto fallback = Pennon::PennonJson::read(demo.readAll(), &demoProblems))
                window.setWorkspace(*fallback, Pennon::MainWindow::Origin::Demo);
        }
        Pennon::ProblemsDialog dialog(url ? url->toDisplayString() : qEnvironmentVariable("PENNON_DB"), problems, &window);
        dialog.exec();
    }
    return QApplication::exec();
}
