// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The desktop app: translations, the demo workspace, the main window. Wiring only.

#include "formats/pennonjson.h"
#include "i18n/translations.h"
#include "mainwindow.h"
#include "problemsdialog.h"

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

    const QString demoPath = u":/pennon/demo-workspace.json"_s;
    Pennon::Problems problems;
    std::optional<Pennon::Workspace> workspace;
    QFile demo(demoPath);
    if (demo.open(QIODevice::ReadOnly))
        workspace = Pennon::PennonJson::read(demo.readAll(), &problems);
    else
        problems.append({QString(), demo.errorString()});

    Pennon::MainWindow window;
    if (workspace)
        window.setWorkspace(*workspace, Pennon::MainWindow::Origin::Demo);
    window.show();
    if (!workspace) {
        Pennon::ProblemsDialog dialog(demoPath, problems, &window);
        dialog.exec();
    }
    return QApplication::exec();
}
