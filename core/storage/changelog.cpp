// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "changelog.h"

#include <QSqlDatabase>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>

namespace Pennon {

namespace {

const QString changeColumns = QStringLiteral(
        "id, time, actor, object_kind, object_key, version_before, version_after, before, after,"
        " comment, revert_of");

/// The same columns without the states (the light listing): fromRow reads them alike.
const QString listingColumns = QStringLiteral(
        "id, time, actor, object_kind, object_key, version_before, version_after, NULL, NULL,"
        " comment, revert_of");

constexpr int ChangeColumns = 10;

/// A LIKE pattern that finds text anywhere, its wildcards taken literally (ESCAPE '\').
QString containsPattern(const QString &text)
{
    QString escaped = text.toLower();
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QVariant textOrNull(const QByteArray &text);

/// A change's values in the order of the changes table's columns after id.
QVariantList changeValues(const Change &change)
{
    return {change.time.toUTC().toString(Qt::ISODateWithMs),
            change.actor.isNull() ? QStringLiteral("") : change.actor,
            objectKindName(change.kind),
            change.key,
            change.versionBefore,
            change.versionAfter,
            textOrNull(change.before),
            textOrNull(change.after),
            change.comment.isNull() ? QStringLiteral("") : change.comment,
            change.revertOf > 0 ? QVariant(change.revertOf) : QVariant(QMetaType::fromType<qint64>())};
}

QVariant textOrNull(const QByteArray &text)
{
    if (text.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(text);
}

} // namespace

ChangeLog::ChangeLog(const QString &connectionName)
    : m_connectionName(connectionName)
{
}

ChangeLog::~ChangeLog() = default;

void ChangeLog::clear()
{
    m_insert.reset();
    m_batches.clear();
}

QString ChangeLog::historyKey(ObjectKind kind, const QString &key)
{
    return objectKindName(kind) + u'/' + key;
}

Change ChangeLog::fromRow(const QSqlQuery &q)
{
    Change change;
    change.id = q.value(0).toLongLong();
    change.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    change.time.setTimeSpec(Qt::UTC);
    change.actor = q.value(2).toString();
    parseObjectKind(q.value(3).toString(), &change.kind);
    change.key = q.value(4).toString();
    change.versionBefore = q.value(5).toLongLong();
    change.versionAfter = q.value(6).toLongLong();
    change.before = q.value(7).toString().toUtf8();
    change.after = q.value(8).toString().toUtf8();
    change.comment = q.value(9).toString();
    change.revertOf = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    return change;
}

bool ChangeLog::recordMany(const QList<Change> &changes, QSqlError *error)
{
    // Up to this many rows per statement (well below SQLite's limit on bound parameters).
    constexpr qsizetype MaxRows = 100;
    for (qsizetype first = 0; first < changes.size(); first += MaxRows) {
        const int count = int(std::min(MaxRows, changes.size() - first));
        std::unique_ptr<QSqlQuery> &q = m_batches[count];
        if (!q) {
            QString sql = QStringLiteral("INSERT INTO changes (time, actor, object_kind, object_key,"
                                         " version_before, version_after, before, after, comment,"
                                         " revert_of) VALUES ");
            for (int r = 0; r < count; ++r)
                sql += (r == 0 ? QString() : QStringLiteral(", ")) + QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
            if (!q->prepare(sql)) {
                *error = q->lastError();
                q.reset();
                return false;
            }
        }
        for (int r = 0; r < count; ++r) {
            const QVariantList values = changeValues(changes.at(first + r));
            for (int i = 0; i < ChangeColumns; ++i)
                q->bindValue(r * ChangeColumns + i, values.at(i));
        }
        if (!q->exec()) {
            *error = q->lastError();
            return false;
        }
    }
    return true;
}

std::optional<qint64> ChangeLog::record(const Change &change, QSqlError *error)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        if (!m_insert->prepare(QStringLiteral(
                    "INSERT INTO changes (time, actor, object_kind, object_key, version_before,"
                    " version_after, before, after, comment, revert_of)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))) {
            *error = m_insert->lastError();
            m_insert.reset();
            return std::nullopt;
        }
    }
    QSqlQuery &q = *m_insert;
    const QVariantList values = changeValues(change);
    for (int i = 0; i < ChangeColumns; ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

std::optional<QList<Change>> ChangeLog::history(const QString &key, int limit, QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + changeColumns + QStringLiteral(" FROM changes");
    if (!key.isEmpty())
        sql += QStringLiteral(" WHERE object_key = ?");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    q.prepare(sql);
    if (!key.isEmpty())
        q.addBindValue(key);
    if (limit > 0)
        q.addBindValue(limit);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    QList<Change> changes;
    while (q.next())
        changes.append(fromRow(q));
    return changes;
}

std::optional<QList<Change>> ChangeLog::list(const ChangeQuery &query, QSqlError *error)
{
    QStringList where;
    QVariantList values;
    if (query.exactKey && !query.key.isEmpty()) {
        // One object: the changes_object index's prefix.
        where.append(QStringLiteral("object_key = ?"));
        values.append(query.key);
        if (query.kind) {
            where.append(QStringLiteral("object_kind = ?"));
            values.append(objectKindName(*query.kind));
        }
    } else if (query.kind || !query.key.isEmpty()) {
        // The kind and key text are looked for in the changes_object index, which holds both
        // and the id: a scan of it reads a few megabytes where the table's rows, with their
        // states, are hundreds (a key named by few of 100,000 changes).
        QStringList object;
        if (query.kind) {
            object.append(QStringLiteral("object_kind = ?"));
            values.append(objectKindName(*query.kind));
        }
        if (!query.key.isEmpty()) {
            object.append(QStringLiteral("LOWER(object_key) LIKE ? ESCAPE '\\'"));
            values.append(containsPattern(query.key));
        }
        where.append(QStringLiteral("id IN (SELECT id FROM changes WHERE ") + object.join(QStringLiteral(" AND "))
                     + u')');
    }
    if (!query.actor.isEmpty()) {
        where.append(QStringLiteral("LOWER(actor) LIKE ? ESCAPE '\\'"));
        values.append(containsPattern(query.actor));
    }
    // Times are stored as UTC ISO 8601 text with milliseconds, which sorts as the times do.
    if (query.from.isValid()) {
        where.append(QStringLiteral("time >= ?"));
        values.append(query.from.toUTC().toString(Qt::ISODateWithMs));
    }
    if (query.until.isValid()) {
        where.append(QStringLiteral("time < ?"));
        values.append(query.until.toUTC().toString(Qt::ISODateWithMs));
    }
    if (query.olderThan > 0) {
        where.append(QStringLiteral("id < ?"));
        values.append(query.olderThan);
    }
    if (query.newerThan > 0) {
        where.append(QStringLiteral("id > ?"));
        values.append(query.newerThan);
    }
    QString sql = QStringLiteral("SELECT ") + (query.withStates ? changeColumns : listingColumns)
            + QStringLiteral(" FROM changes");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values.append(query.limit);
    }
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = q.lastError();
        return std::nullopt;
    }
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    QList<Change> changes;
    while (q.next())
        changes.append(fromRow(q));
    return changes;
}

std::optional<std::optional<Change>> ChangeLog::change(qint64 id, QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT ") + changeColumns + QStringLiteral(" FROM changes WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::optional<Change>();
    return std::optional<Change>(fromRow(q));
}

std::optional<std::optional<Change>> ChangeLog::last(ObjectKind kind, const QString &key, QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT ") + changeColumns
              + QStringLiteral(" FROM changes WHERE object_key = ? AND object_kind = ?"
                               " ORDER BY id DESC LIMIT 1"));
    q.addBindValue(key);
    q.addBindValue(objectKindName(kind));
    if (!q.exec()) {
        *error = q.lastError();
        return std::nullopt;
    }
    if (!q.next())
        return std::optional<Change>();
    return std::optional<Change>(fromRow(q));
}

std::optional<qint64> ChangeLog::nextVersion(ObjectKind kind, const QString &key, QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(version_before), 0), COALESCE(MAX(version_after), 0)"
                             " FROM changes WHERE object_key = ? AND object_kind = ?"));
    q.addBindValue(key);
    q.addBindValue(objectKindName(kind));
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return std::nullopt;
    }
    return std::max(q.value(0).toLongLong(), q.value(1).toLongLong()) + 1;
}

std::optional<QHash<QString, qint64>> ChangeLog::highestVersions(QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT object_kind, object_key, MAX(version_before), MAX(version_after)"
                               " FROM changes GROUP BY object_kind, object_key"))) {
        *error = q.lastError();
        return std::nullopt;
    }
    QHash<QString, qint64> versions;
    while (q.next()) {
        versions.insert(q.value(0).toString() + u'/' + q.value(1).toString(),
                        std::max(q.value(2).toLongLong(), q.value(3).toLongLong()));
    }
    return versions;
}

std::optional<qint64> ChangeLog::maxId(QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM changes")) || !q.next()) {
        *error = q.lastError();
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

} // namespace Pennon
