// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QStringView>

namespace Pennon {

/// Streams deterministic, indented JSON: fields in the order the caller writes them,
/// two-space indentation, "\n" line ends, a final newline; the layout is that of
/// JavaScript's JSON.stringify(value, null, 2). Numbers are written in their shortest
/// round-trip form. Exporters use it so that the same data gives the same bytes.
class JsonWriter final
{
public:
    /// Compact: the whole document on one line, without spaces (JSON Lines output).
    static constexpr int Compact = -1;
    explicit JsonWriter(int indent = 2);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The next field's name; the value follows with one of the value calls.
    void key(QStringView name);

    void string(QStringView text);
    void integer(qint64 number);
    void number(double number);
    void boolean(bool flag);
    void null();
    /// Any JSON value; object fields are written in sorted order.
    void value(const QJsonValue &json);

    /// A list of strings, one per line.
    void stringList(const QList<QString> &items);

    /// The document, with a final newline.
    QByteArray finish();

    /// The shortest text that reads back as exactly this double ("25", "12.5", "1e+21").
    static QByteArray formatNumber(double number);
    /// A JSON string literal with quotes, escaping what JSON requires.
    static void appendQuoted(QByteArray &out, QStringView text);

private:
    void beforeValue();
    void newline();

    struct Level {
        bool isObject;
        bool empty;
    };
    QByteArray m_out;
    QList<Level> m_levels;
    int m_indent;
    bool m_afterKey = false;
};

} // namespace Pennon
