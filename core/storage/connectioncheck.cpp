// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "connectioncheck.h"

#include "repository.h"
#include "sqlconnection.h"
#include "sqlschema.h"

#include <QPromise>
#include <algorithm>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>

#include <memory>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// libpq's and the server's words without their wrapping: "connection to server at …
/// failed: ", "FATAL:  ", Qt's "QPSQL: Unable to connect".
QString trimmedDetail(QString text)
{
    text.remove(u"QPSQL: Unable to connect"_s);
    static const QRegularExpression prefix(u"^.*?(connection to server (at|on) [^\\n]*? failed: |cannot open the workspace [^:]*: )"_s);
    text.remove(prefix);
    text.remove(QRegularExpression(u"\\b(FATAL|ERROR):\\s+"_s));
    return text.simplified();
}

QString where(const DatabaseUrl &url)
{
    const QString host = url.host.isEmpty() ? ConnectionCheck::tr("the local socket") : url.host;
    return ConnectionCheck::tr("%1, port %2").arg(host).arg(url.port);
}

} // namespace

ConnectionReport::Outcome ConnectionCheck::classify(const QString &driverText)
{
    using Outcome = ConnectionReport::Outcome;
    const auto has = [&driverText](QStringView part) { return driverText.contains(part, Qt::CaseInsensitive); };
    // libpq's own words (its messages in English; a translated libpq falls through to Failure,
    // whose detail still says what happened).
    if (has(u"no password supplied"))
        return Outcome::PasswordRequired;
    if (has(u"password authentication failed") || has(u"authentication failed for user")
        || (has(u"role \"") && has(u"does not exist")) || has(u"no pg_hba.conf entry")
        || has(u"password authentication") || has(u"pg_hba.conf rejects"))
        return Outcome::AuthenticationFailed;
    if (has(u"database \"") && has(u"does not exist"))
        return Outcome::NoSuchDatabase;
    if (has(u"Connection refused") || has(u"No such file or directory"))
        return Outcome::Refused;
    if (has(u"could not translate host name") || has(u"No route to host") || has(u"Network is unreachable")
        || has(u"timeout expired") || has(u"timed out") || has(u"Name or service not known"))
        return Outcome::Unreachable;
    if (has(u"newer than this Pennon"))
        return Outcome::NewerSchema;
    return Outcome::Failure;
}

ConnectionReport ConnectionCheck::failure(const DatabaseUrl &url, const QString &driverText)
{
    using Outcome = ConnectionReport::Outcome;
    ConnectionReport report;
    report.outcome = classify(driverText);
    report.detail = trimmedDetail(driverText);
    const QString user = url.user.isEmpty() ? tr("your login name") : url.user;
    switch (report.outcome) {
    case Outcome::Unreachable:
        report.message = tr("The host %1 cannot be reached: check its name and the network.")
                                 .arg(url.host.isEmpty() ? where(url) : url.host);
        break;
    case Outcome::Refused:
        report.message = tr("The connection was refused at %1: is PostgreSQL running there, "
                            "and is the port right?").arg(where(url));
        break;
    case Outcome::PasswordRequired:
        report.message = tr("The server asks for the password of user %1.").arg(user);
        break;
    case Outcome::AuthenticationFailed:
        report.message = tr("Authentication failed: the server did not accept user %1 with this password "
                            "(or does not let that user in from here).").arg(user);
        break;
    case Outcome::NoSuchDatabase:
        report.message = tr("The server has no database named %1.").arg(url.database);
        break;
    case Outcome::NewerSchema:
        report.message = tr("The database holds a workspace from a newer Pennon; update Pennon to open it.");
        break;
    case Outcome::Ok:
    case Outcome::Failure:
        report.outcome = Outcome::Failure;
        report.message = tr("The connection failed.");
        break;
    }
    return report;
}

ConnectionReport ConnectionCheck::run(const DatabaseUrl &url)
{
    const QString name = SqlConnection::uniqueName();
    StorageError error;
    if (!SqlConnection::open(url, name, &error))
        return failure(url, error.message);
    ConnectionReport report;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        const bool postgres = url.kind == DatabaseUrl::Kind::Postgresql;
        if (q.exec(postgres ? u"SHOW server_version"_s : u"SELECT sqlite_version()"_s) && q.next())
            report.serverVersion = (postgres ? u"PostgreSQL "_s : u"SQLite "_s) + q.value(0).toString();
        q.finish();
        // Read, never written: testing a connection creates no tables.
        StorageError schemaError;
        const int version = SqlSchema::storedVersion(db, &schemaError);
        report.schemaVersion = std::max(version, 0);
        if (version < 0) {
            report.outcome = ConnectionReport::Outcome::Failure;
            report.message = tr("Connected, but the workspace cannot be read.");
            report.detail = schemaError.message;
        } else if (version > SqlSchema::CurrentVersion) {
            report.outcome = ConnectionReport::Outcome::NewerSchema;
            report.message = tr("The database holds a workspace of schema version %1, newer than this "
                                "Pennon understands (%2); update Pennon to open it.")
                                     .arg(version).arg(SqlSchema::CurrentVersion);
        } else {
            report.outcome = ConnectionReport::Outcome::Ok;
            report.message = version == 0
                    ? tr("Connected to %1. The database has no Pennon workspace yet: Connect creates one.")
                              .arg(report.serverVersion)
                    : tr("Connected to %1. The database holds a Pennon workspace (schema version %2).")
                              .arg(report.serverVersion).arg(version);
        }
    }
    SqlConnection::close(name);
    return report;
}

QFuture<ConnectionReport> ConnectionCheck::start(const DatabaseUrl &url)
{
    auto promise = std::make_shared<QPromise<ConnectionReport>>();
    QFuture<ConnectionReport> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, url] {
        promise->addResult(run(url));
        promise->finish();
    });
    return future;
}

} // namespace Pennon
