// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Pennon {

QString installTranslations(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *pennon = new QTranslator(app);
    // The C locale (no LANG set) gets English, whose catalogue carries the plural forms.
    if (pennon->load(locale, QStringLiteral("pennon"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || pennon->load(QStringLiteral("pennon_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(pennon);
    else
        delete pennon;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return locale.name().left(2);
}

} // namespace Pennon
