// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QString AppSettings::language()
{
    const QString value = QSettings().value(key(LanguageKey)).toString();
    return value == u"en" || value == u"de" ? value : QString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(key(LanguageKey), language);
}

QString AppSettings::defaultWorkspace()
{
    return QSettings().value(key(DefaultWorkspaceKey)).toString();
}

void AppSettings::setDefaultWorkspace(const QString &text)
{
    QSettings settings;
    if (text.trimmed().isEmpty()) {
        settings.remove(key(DefaultWorkspaceKey));
        return;
    }
    // Never a password in the settings file: PGPASSWORD and ~/.pgpass supply it.
    QString error;
    const std::optional<DatabaseUrl> url = parseWorkspace(text, &error);
    settings.setValue(key(DefaultWorkspaceKey), url ? url->toDisplayString() : text.trimmed());
}

int AppSettings::staleDays()
{
    bool ok = false;
    const int days = QSettings().value(key(StaleDaysKey), DefaultStaleDays).toInt(&ok);
    return ok && days > 0 ? days : DefaultStaleDays;
}

void AppSettings::setStaleDays(int days)
{
    QSettings().setValue(key(StaleDaysKey), days);
}

std::optional<DatabaseUrl> AppSettings::parseWorkspace(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("the default workspace is empty");
        return std::nullopt;
    }
    // A URL names its scheme (sqlite:, postgresql://); anything else is a SQLite file's path
    // (C:\… included: a drive letter is not a scheme).
    const bool url = trimmed.startsWith(u"sqlite:"_s) || trimmed.contains(u"://"_s);
    if (url)
        return DatabaseUrl::parse(trimmed, error);
    return DatabaseUrl::parse(u"sqlite:"_s + QDir::cleanPath(QFileInfo(trimmed).absoluteFilePath()), error);
}

std::optional<DatabaseUrl> AppSettings::resolveWorkspace(QString *error)
{
    const QString setting = defaultWorkspace();
    if (!qEnvironmentVariableIsEmpty("PENNON_DB") || setting.isEmpty())
        return DatabaseUrl::resolve(QString(), error);
    std::optional<DatabaseUrl> url = parseWorkspace(setting, error);
    if (!url)
        *error = tr("Settings, default workspace: %1").arg(*error);
    return url;
}

} // namespace Pennon
