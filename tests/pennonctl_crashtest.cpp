// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// pennonctl for the crash tests (tst_ctlstorage): `pennonctl_crashtest N ARGUMENTS...` runs
// pennonctl's ARGUMENTS, and an import in it stops for ten minutes after writing N objects,
// inside its transaction, saying so on stderr, so that the test can kill it at exactly that
// point. The seam is SqlRepository::setImportHook(); the real pennonctl never sets it.

#include "cli/pennonctl.h"
#include "i18n/translations.h"
#include "storage/sqlrepository.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pennonctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pennon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PENNON_VERSION));
    Pennon::installTranslations(&app);

    QStringList arguments = QCoreApplication::arguments();
    bool ok = false;
    const int pauseAfter = arguments.size() > 1 ? arguments.at(1).toInt(&ok) : 0;
    if (!ok || pauseAfter <= 0) {
        std::fprintf(stderr, "usage: pennonctl_crashtest OBJECTS [pennonctl arguments...]\n");
        return 2;
    }
    arguments.removeAt(1);
    Pennon::SqlRepository::setImportHook(pauseAfter, [](int written) {
        std::fprintf(stderr, "pennon: import paused after %d objects (crash test)\n", written);
        std::fflush(stderr);
        QThread::sleep(600);
    });

    QTextStream out(stdout);
    QTextStream err(stderr);
    Pennon::PennonCtl ctl(out, err);
    const int code = ctl.run(arguments);
    out.flush();
    err.flush();
    return code;
}
