// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlError>
#include <QString>

#include <memory>

class QSqlDatabase;

namespace Pennon {

/// A forward-only result set read column by column as UTF-8 text or integers, for loading a
/// whole workspace quickly. On SQLite it steps the connection's own statement handle and hands
/// out the stored UTF-8 bytes (no conversion to UTF-16 and back, no QVariant per cell); on
/// PostgreSQL it reads libpq's text result of the driver's own connection the same way; on
/// other drivers through QSqlQuery.
class SqlCursor
{
public:
    virtual ~SqlCursor();

    /// Runs a SELECT (no parameters) on db; nullptr with *error when it cannot run.
    static std::unique_ptr<SqlCursor> select(const QSqlDatabase &db, const char *sql,
                                             QSqlError *error);

    /// The next row; false at the end or on an error (then error() says which).
    virtual bool next() = 0;
    /// A column of the current row as UTF-8, valid until next(); empty for NULL.
    virtual QByteArrayView text(int column) = 0;
    virtual qint64 integer(int column) = 0;
    virtual bool boolean(int column) = 0;
    virtual bool isNull(int column) = 0;
    /// Set when next() stopped because of an error.
    virtual QSqlError error() const = 0;

    QString string(int column) { return QString::fromUtf8(text(column)); }
    /// Whether the rows come straight from the driver's library (SQLite, libpq) rather than
    /// through QSqlQuery.
    virtual bool readsDriverHandle() const = 0;
};

} // namespace Pennon
