// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "changelog.h"

#include <QSqlDatabase>
#include <QTimeZone>
#include <QVariant>

namespace Pennon {

namespace {

const QString changeColumns = QStringLiteral(
        "id, time, actor, object_kind, object_key, version_before, version_after, before, after,"
        " comment, revert_of");

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
    q.bindValue(0, change.time.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(1, change.actor.isNull() ? QStringLiteral("") : change.actor);
    q.bindValue(2, objectKindName(change.kind));
    q.bindValue(3, change.key);
    q.bindValue(4, change.versionBefore);
    q.bindValue(5, change.versionAfter);
    q.bindValue(6, textOrNull(change.before));
    q.bindValue(7, textOrNull(change.after));
    q.bindValue(8, change.comment.isNull() ? QStringLiteral("") : change.comment);
    q.bindValue(9, change.revertOf > 0 ? QVariant(change.revertOf) : QVariant(QMetaType::fromType<qint64>()));
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
