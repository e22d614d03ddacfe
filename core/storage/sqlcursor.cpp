// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "sqlcursor.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <vector>

namespace Pennon {

namespace {

/// Steps a statement on the sqlite3 handle that Qt's QSQLITE driver opened (the driver and
/// this code use the same system libsqlite3).
class SqliteCursor final : public SqlCursor
{
public:
    explicit SqliteCursor(sqlite3_stmt *statement) : m_statement(statement) {}
    ~SqliteCursor() override { sqlite3_finalize(m_statement); }

    bool next() override
    {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE) {
            m_error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))),
                                QSqlError::StatementError, QString::number(rc));
        }
        return false;
    }
    QByteArrayView text(int column) override
    {
        const auto *data = sqlite3_column_text(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        return data ? QByteArrayView(reinterpret_cast<const char *>(data), size) : QByteArrayView();
    }
    qint64 integer(int column) override { return sqlite3_column_int64(m_statement, column); }
    bool boolean(int column) override { return sqlite3_column_int64(m_statement, column) != 0; }
    bool isNull(int column) override
    {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    QSqlError error() const override { return m_error; }
    bool readsDriverHandle() const override { return true; }

private:
    sqlite3_stmt *m_statement;
    QSqlError m_error;
};

/// The whole text-format result of one query on the libpq connection that Qt's QPSQL driver
/// opened (client encoding UTF-8, as the driver sets it).
class PostgresCursor final : public SqlCursor
{
public:
    explicit PostgresCursor(PGresult *result)
        : m_result(result), m_rows(PQntuples(result))
    {
    }
    ~PostgresCursor() override { PQclear(m_result); }

    bool next() override { return ++m_row < m_rows; }
    QByteArrayView text(int column) override
    {
        return QByteArrayView(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
    }
    qint64 integer(int column) override
    {
        const QByteArrayView value = text(column);
        qint64 number = 0;
        bool negative = false;
        for (qsizetype i = 0; i < value.size(); ++i) {
            const char c = value.at(i);
            if (i == 0 && c == '-')
                negative = true;
            else if (c >= '0' && c <= '9')
                number = number * 10 + (c - '0');
        }
        return negative ? -number : number;
    }
    bool boolean(int column) override
    {
        const QByteArrayView value = text(column);
        return !value.isEmpty() && (value.at(0) == 't' || value.at(0) == '1');
    }
    bool isNull(int column) override { return PQgetisnull(m_result, m_row, column) != 0; }
    QSqlError error() const override { return {}; }
    bool readsDriverHandle() const override { return true; }

private:
    PGresult *m_result;
    int m_rows;
    int m_row = -1;
};

/// Any other driver, through QSqlQuery.
class QueryCursor final : public SqlCursor
{
public:
    explicit QueryCursor(const QSqlDatabase &db) : m_query(db) { m_query.setForwardOnly(true); }

    bool exec(const char *sql, QSqlError *error)
    {
        if (m_query.exec(QString::fromLatin1(sql)))
            return true;
        *error = m_query.lastError();
        return false;
    }
    bool next() override
    {
        if (m_query.next())
            return true;
        if (m_query.lastError().isValid())
            m_error = m_query.lastError();
        return false;
    }
    QByteArrayView text(int column) override
    {
        if (m_buffers.size() <= size_t(column))
            m_buffers.resize(size_t(column) + 1);
        m_buffers[size_t(column)] = m_query.value(column).toString().toUtf8();
        return m_buffers[size_t(column)];
    }
    qint64 integer(int column) override { return m_query.value(column).toLongLong(); }
    bool boolean(int column) override { return m_query.value(column).toBool(); }
    bool isNull(int column) override { return m_query.isNull(column); }
    QSqlError error() const override { return m_error; }
    bool readsDriverHandle() const override { return false; }

private:
    QSqlQuery m_query;
    std::vector<QByteArray> m_buffers;
    QSqlError m_error;
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != u"QSQLITE")
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

PGconn *postgresHandle(const QSqlDatabase &db)
{
    if (db.driverName() != u"QPSQL")
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // The metatype names the struct behind libpq's typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

SqlCursor::~SqlCursor() = default;

std::unique_ptr<SqlCursor> SqlCursor::select(const QSqlDatabase &db, const char *sql,
                                             QSqlError *error)
{
    if (sqlite3 *handle = sqliteHandle(db)) {
        sqlite3_stmt *statement = nullptr;
        const int rc = sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
        if (rc != SQLITE_OK) {
            *error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(handle)),
                               QSqlError::StatementError, QString::number(rc));
            sqlite3_finalize(statement);
            return nullptr;
        }
        return std::make_unique<SqliteCursor>(statement);
    }
    if (PGconn *connection = postgresHandle(db)) {
        PGresult *result = PQexec(connection, sql);
        if (PQresultStatus(result) != PGRES_TUPLES_OK) {
            *error = QSqlError(QString(), QString::fromUtf8(PQresultErrorMessage(result)).trimmed(),
                               QSqlError::StatementError,
                               QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)));
            PQclear(result);
            return nullptr;
        }
        return std::make_unique<PostgresCursor>(result);
    }
    auto cursor = std::make_unique<QueryCursor>(db);
    if (!cursor->exec(sql, error))
        return nullptr;
    return cursor;
}

} // namespace Pennon
