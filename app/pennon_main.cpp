// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The desktop app: translations, the workspace session, the main window. Wiring only.

#include "appsettings.h"
#include "commandline.h"
#include "formats/pennonjson.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "problemsdialog.h"
#include "workspaceopener.h"
#include "workspacesession.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Pennon"_s);
    QApplication::setApplicationName(u"Pennon"_s);
    QApplication::setApplicationVersion(QStringLiteral(PENNON_VERSION));
    QApplication::setWindowIcon(QIcon(u":/pennon/icons/pennon.svg"_s));

    // Pennon's own strings from :/i18n and Qt's from its translations folder: the language
    // of the settings, else the locale's.
    Pennon::installTranslations(&app, Pennon::AppSettings::language());

    // pennon [--db URL | FILE]: --help, --version and a bad argument end here, before a window.
    const Pennon::CommandLine commandLine = Pennon::CommandLine::parse(QApplication::arguments());
    if (commandLine.exitCode >= 0) {
        std::fputs(commandLine.output.toLocal8Bit().constData(), stdout);
        std::fputs(commandLine.error.toLocal8Bit().constData(), stderr);
        return commandLine.exitCode;
    }

    // The workspace: the command line's, else $PENNON_DB, else the settings' default workspace,
    // else the per-user default (created with the demo on first use), opened on the session's
    // own thread while the window is already up.
    Pennon::WorkspaceSession session;
    Pennon::MainWindow window(&session);
    const auto showDemo = [&](const QString &source, Pennon::Problems problems) {
        // The database could not be opened: say why, and show the demo read-only instead.
        QFile demo(u":/pennon/demo-workspace.json"_s);
        Pennon::Problems demoProblems;
        if (demo.open(QIODevice::ReadOnly)) {
            if (const auto fallback = Pennon::PennonJson::read(demo.readAll(), &demoProblems))
                session.openDetached(*fallback, QCoreApplication::translate("main", "Demo workspace"));
        }
        auto *dialog = new Pennon::ProblemsDialog(source, problems, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    // The first workspace only (a password asked first when the server wants one): later ones
    // (File ▸ Open) fall back to what the window had.
    QObject::connect(window.workspaceOpener(), &Pennon::WorkspaceOpener::startFailed, &window,
                     [&](const Pennon::StorageError &error) {
                         Pennon::Problems problems = error.problems;
                         problems.prepend({QString(), error.message});
                         showDemo(session.sourceName(), problems);
                     });
    window.show();
    QString urlError;
    std::optional<Pennon::DatabaseUrl> url = commandLine.url;
    if (!url)
        url = Pennon::AppSettings::resolveWorkspace(&urlError);
    if (url)
        window.workspaceOpener()->openAtStart(*url);
    else
        showDemo(qEnvironmentVariableIsEmpty("PENNON_DB") ? Pennon::AppSettings::defaultWorkspace()
                                                          : qEnvironmentVariable("PENNON_DB"),
                 {{QString(), urlError}});
    return QApplication::exec();
}
