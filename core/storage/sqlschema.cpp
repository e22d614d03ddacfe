// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "sqlschema.h"

#include "corelogging.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Pennon {

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

/// The statements of migration 1: the normalised workspace and the change history.
/// %ID% is the dialect's auto-numbered key; %CLUSTER% makes SQLite keep a child table in
/// primary-key order (WITHOUT ROWID), so that the ordered loads read it sequentially.
/// Everything else is common SQL.
const char *const migration1[] = {
    "CREATE TABLE environments ("
    " key TEXT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " protected BOOLEAN NOT NULL DEFAULT FALSE,"
    " version BIGINT NOT NULL)",

    "CREATE TABLE activations ("
    " key TEXT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " description TEXT NOT NULL,"
    " condition TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " version BIGINT NOT NULL)",

    "CREATE TABLE segments ("
    " key TEXT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " description TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " version BIGINT NOT NULL)",

    "CREATE TABLE segment_conditions ("
    " segment TEXT NOT NULL REFERENCES segments(key) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " condition TEXT NOT NULL,"
    " activation_key TEXT REFERENCES activations(key),"
    " PRIMARY KEY (segment, position))%CLUSTER%",

    "CREATE TABLE flags ("
    " key TEXT PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " description TEXT NOT NULL,"
    " type TEXT NOT NULL,"
    " owner TEXT NOT NULL,"
    " archived BOOLEAN NOT NULL DEFAULT FALSE,"
    " position INTEGER NOT NULL,"
    " version BIGINT NOT NULL,"
    " updated_at TEXT NOT NULL,"
    " updated_by TEXT NOT NULL)",

    "CREATE TABLE flag_tags ("
    " flag TEXT NOT NULL REFERENCES flags(key) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " tag TEXT NOT NULL,"
    " PRIMARY KEY (flag, position))%CLUSTER%",

    "CREATE TABLE variations ("
    " flag TEXT NOT NULL REFERENCES flags(key) ON DELETE CASCADE,"
    " position INTEGER NOT NULL,"
    " key TEXT NOT NULL,"
    " value TEXT NOT NULL,"
    " description TEXT NOT NULL,"
    " PRIMARY KEY (flag, position))%CLUSTER%",

    "CREATE TABLE flag_environments ("
    " flag TEXT NOT NULL REFERENCES flags(key) ON DELETE CASCADE,"
    " environment TEXT NOT NULL REFERENCES environments(key) ON DELETE CASCADE,"
    " is_on BOOLEAN NOT NULL,"
    " off_variation TEXT NOT NULL,"
    " default_serve TEXT NOT NULL,"
    " PRIMARY KEY (flag, environment))%CLUSTER%",

    "CREATE TABLE rules ("
    " flag TEXT NOT NULL,"
    " environment TEXT NOT NULL,"
    " position INTEGER NOT NULL,"
    " id TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " serve TEXT NOT NULL,"
    " PRIMARY KEY (flag, environment, position),"
    " FOREIGN KEY (flag, environment) REFERENCES flag_environments(flag, environment)"
    "  ON DELETE CASCADE)%CLUSTER%",

    "CREATE TABLE rule_conditions ("
    " flag TEXT NOT NULL,"
    " environment TEXT NOT NULL,"
    " rule_position INTEGER NOT NULL,"
    " position INTEGER NOT NULL,"
    " condition TEXT NOT NULL,"
    " activation_key TEXT REFERENCES activations(key),"
    " PRIMARY KEY (flag, environment, rule_position, position),"
    " FOREIGN KEY (flag, environment, rule_position)"
    "  REFERENCES rules(flag, environment, position) ON DELETE CASCADE)%CLUSTER%",

    "CREATE INDEX rule_conditions_activation ON rule_conditions(activation_key)",
    "CREATE INDEX segment_conditions_activation ON segment_conditions(activation_key)",

    "CREATE TABLE changes ("
    " id %ID%,"
    " time TEXT NOT NULL,"
    " actor TEXT NOT NULL,"
    " object_kind TEXT NOT NULL,"
    " object_key TEXT NOT NULL,"
    " version_before BIGINT NOT NULL,"
    " version_after BIGINT NOT NULL,"
    " before TEXT,"
    " after TEXT,"
    " comment TEXT NOT NULL,"
    " revert_of BIGINT REFERENCES changes(id))",

    "CREATE INDEX changes_object ON changes(object_key, object_kind, id)",
};

} // namespace

QStringList SqlSchema::migration(int version, bool postgres)
{
    QStringList statements;
    if (version == 1) {
        const QString id = postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                    : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
        const QString cluster = postgres ? QString() : QStringLiteral(" WITHOUT ROWID");
        for (const char *statement : migration1)
            statements.append(QString::fromLatin1(statement)
                                      .replace(QStringLiteral("%ID%"), id)
                                      .replace(QStringLiteral("%CLUSTER%"), cluster));
    }
    if (version == 2) {
        // Rule::disabled: a rule kept but skipped in evaluation. The rows already stored
        // become rules that are not disabled.
        statements.append(QStringLiteral("ALTER TABLE rules ADD COLUMN disabled BOOLEAN NOT NULL DEFAULT FALSE"));
    }
    if (version == 3) {
        // Saved personas (Simulate ▸ Persona…). The attributes are one JSON text, a list of
        // {"name", "type", "value"} as in Pennon JSON; as_of is the ISO 8601 moment or NULL.
        statements.append(QStringLiteral("CREATE TABLE personas ("
                                         " key TEXT PRIMARY KEY,"
                                         " name TEXT NOT NULL,"
                                         " description TEXT NOT NULL,"
                                         " user_id TEXT NOT NULL,"
                                         " attributes TEXT NOT NULL,"
                                         " as_of TEXT,"
                                         " position INTEGER NOT NULL,"
                                         " version BIGINT NOT NULL)"));
    }
    // Later migrations (rollouts) append here: `if (version == 4) ...`.
    return statements;
}

int SqlSchema::storedVersion(QSqlDatabase &db, StorageError *error)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next()) {
        error->kind = StorageError::Kind::Failure;
        error->message = tr("cannot read the schema version: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).toInt();
}

bool SqlSchema::ensure(QSqlDatabase &db, StorageError *error, int target)
{
    const int version = storedVersion(db, error);
    if (version < 0)
        return false;
    if (version > CurrentVersion) {
        error->kind = StorageError::Kind::NewerSchema;
        error->message = tr("the workspace has schema version %1, newer than this Pennon "
                            "understands (%2); update Pennon to open it")
                                 .arg(version).arg(CurrentVersion);
        return false;
    }
    if (version >= target)
        return true;
    return updateDB(db, version, std::min(target, int(CurrentVersion)), error);
}

bool SqlSchema::updateDB(QSqlDatabase &db, int fromVersion, int toVersion, StorageError *error)
{
    const bool postgres = isPostgres(db);
    const auto fail = [&](const QString &what, const QSqlError &sqlError) {
        error->kind = StorageError::Kind::Failure;
        error->message = tr("cannot migrate the workspace schema (%1): %2").arg(what, sqlError.text());
    };
    for (int next = fromVersion + 1; next <= toVersion; ++next) {
        QSqlQuery q(db);
        const QString begin = postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
        if (!q.exec(begin)) {
            fail(tr("begin"), q.lastError());
            return false;
        }
        const auto rollback = [&] { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };
        if (postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7365501)"))) {
            fail(tr("lock"), q.lastError());
            rollback();
            return false;
        }
        // Another process may have migrated while this one waited for the lock.
        if (next == 1 && !db.tables().contains(QStringLiteral("schema_version"))) {
            if (!q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY,"
                                       " applied_at TEXT NOT NULL, application TEXT NOT NULL)"))) {
                fail(tr("schema_version"), q.lastError());
                rollback();
                return false;
            }
        }
        int current = 0;
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) && q.next())
            current = q.value(0).toInt();
        q.finish();
        if (current >= next) {
            q.exec(QStringLiteral("COMMIT"));
            continue;
        }
        qCDebug(lcCore) << "migrating the workspace schema to version" << next;
        const QStringList statements = migration(next, postgres);
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                fail(tr("version %1").arg(next), q.lastError());
                rollback();
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at, application)"
                                 " VALUES (?, ?, ?)"));
        q.addBindValue(next);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(QStringLiteral("Pennon " PENNON_VERSION));
        if (!q.exec() || !QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
            fail(tr("version %1").arg(next), q.lastError());
            rollback();
            return false;
        }
    }
    return true;
}

} // namespace Pennon
