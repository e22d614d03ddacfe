// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// pennonctl: the headless tool. Wiring only; the commands live in cli/.

#include "cli/pennonctl.h"
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pennonctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pennon"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PENNON_VERSION));
    Pennon::installTranslations(&app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Pennon::PennonCtl ctl(out, err);
    const int code = ctl.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
