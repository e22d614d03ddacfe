// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "databaseurl.h"

#include <QByteArray>
#include <QChar>
#include <QStandardPaths>
#include <QUrl>

namespace Pennon {

namespace {

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

/// Percent-decodes one part; false when an escape is broken or the result is not UTF-8.
bool decodePart(QStringView part, QString *out)
{
    for (qsizetype i = 0; i < part.size(); ++i) {
        if (part.at(i) != u'%')
            continue;
        if (i + 2 >= part.size() || !isHexDigit(part.at(i + 1))
            || !isHexDigit(part.at(i + 2)))
            return false;
    }
    const QByteArray bytes = QByteArray::fromPercentEncoding(part.toUtf8());
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return false;
    *out = text;
    return true;
}

} // namespace

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    const QString sqlitePrefix = QStringLiteral("sqlite:");
    if (text.startsWith(sqlitePrefix)) {
        DatabaseUrl url;
        url.kind = Kind::Sqlite;
        url.path = text.mid(sqlitePrefix.size());
        // sqlite:///abs/path is accepted as the URL spelling of sqlite:/abs/path.
        if (url.path.startsWith(QStringLiteral("///")))
            url.path = url.path.mid(2);
        if (url.path.isEmpty()) {
            *error = tr("database URL \"%1\": the SQLite file path is missing (sqlite:PATH)").arg(text);
            return std::nullopt;
        }
        return url;
    }

    QString rest;
    for (const QString &scheme : {QStringLiteral("postgresql://"), QStringLiteral("postgres://")}) {
        if (text.startsWith(scheme)) {
            rest = text.mid(scheme.size());
            break;
        }
    }
    if (rest.isNull()) {
        *error = tr("database URL \"%1\": unknown scheme; use sqlite:PATH or "
                    "postgresql://[user[:password]@]host[:port]/dbname").arg(text);
        return std::nullopt;
    }

    DatabaseUrl url;
    url.kind = Kind::Postgresql;
    const QString display = text;
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0) {
        *error = tr("database URL \"%1\": the database name is missing (…/dbname)").arg(display);
        return std::nullopt;
    }
    QString authority = rest.left(slash);
    const QString databasePart = rest.mid(slash + 1);
    if (databasePart.contains(u'?') || databasePart.contains(u'#') || databasePart.contains(u'/')) {
        *error = tr("database URL \"%1\": the database name may not contain '/', '?' or '#'").arg(display);
        return std::nullopt;
    }
    if (!decodePart(databasePart, &url.database) || url.database.isEmpty()) {
        *error = tr("database URL \"%1\": the database name is missing or badly encoded").arg(display);
        return std::nullopt;
    }

    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(u':');
        const QString userPart = colon < 0 ? userInfo : userInfo.left(colon);
        if (!decodePart(userPart, &url.user) || url.user.isEmpty()) {
            *error = tr("database URL \"%1\": the user name is empty or badly encoded").arg(display);
            return std::nullopt;
        }
        if (colon >= 0 && !decodePart(QStringView(userInfo).mid(colon + 1), &url.password)) {
            *error = tr("database URL \"%1\": the password is badly encoded").arg(display);
            return std::nullopt;
        }
    }

    QString hostPart = authority;
    QString portPart;
    if (authority.startsWith(u'[')) {   // [IPv6]:port
        const qsizetype close = authority.indexOf(u']');
        if (close < 0) {
            *error = tr("database URL \"%1\": the IPv6 host lacks its closing ']'").arg(display);
            return std::nullopt;
        }
        hostPart = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':')) {
                *error = tr("database URL \"%1\": unexpected text after the host").arg(display);
                return std::nullopt;
            }
            portPart = after.mid(1);
            if (portPart.isEmpty())
                portPart = QStringLiteral("-");
        }
    } else {
        const qsizetype colon = authority.lastIndexOf(u':');
        if (colon >= 0) {
            hostPart = authority.left(colon);
            portPart = authority.mid(colon + 1);
            if (portPart.isEmpty())
                portPart = QStringLiteral("-");
        }
    }
    if (!decodePart(hostPart, &url.host)) {
        *error = tr("database URL \"%1\": the host is badly encoded").arg(display);
        return std::nullopt;
    }
    if (!portPart.isEmpty()) {
        bool ok = false;
        const int port = portPart.toInt(&ok);
        if (!ok || port < 1 || port > 65535 || portPart.startsWith(u'+')) {
            *error = tr("database URL \"%1\": the port \"%2\" is not a number from 1 to 65535")
                             .arg(display, portPart == u"-" ? QString() : portPart);
            return std::nullopt;
        }
        url.port = port;
    }
    return url;
}

DatabaseUrl DatabaseUrl::defaultWorkspace()
{
    DatabaseUrl url;
    url.kind = Kind::Sqlite;
    url.path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + QStringLiteral("/Pennon/workspace.sqlite");
    return url;
}

std::optional<DatabaseUrl> DatabaseUrl::resolve(const QString &option, QString *error)
{
    if (!option.isEmpty())
        return parse(option, error);
    const QString environment = qEnvironmentVariable("PENNON_DB");
    if (!environment.isEmpty()) {
        auto url = parse(environment, error);
        if (!url)
            *error = tr("PENNON_DB: %1").arg(*error);
        return url;
    }
    return defaultWorkspace();
}

QString DatabaseUrl::toDisplayString() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("sqlite:") + path;
    const auto encode = [](const QString &part) -> QString {
        return QString::fromLatin1(QUrl::toPercentEncoding(part));
    };
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += encode(user) + u'@';
    text += host.contains(u':') ? u'[' + host + u']' : encode(host);
    if (port != 5432)
        text += u':' + QString::number(port);
    return text + u'/' + encode(database);
}

} // namespace Pennon
