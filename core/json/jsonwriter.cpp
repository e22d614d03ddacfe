// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cmath>

namespace Pennon {

JsonWriter::JsonWriter(int indent)
    : m_indent(indent)
{
}

void JsonWriter::newline()
{
    if (m_indent < 0)
        return; // compact: one line
    m_out += '\n';
    m_out.append(m_levels.size() * m_indent, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_levels.isEmpty()) {
        Level &level = m_levels.last();
        if (!level.empty)
            m_out += ',';
        level.empty = false;
        newline();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append({true, true});
}

void JsonWriter::endObject()
{
    const bool empty = m_levels.takeLast().empty;
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append({false, true});
}

void JsonWriter::endArray()
{
    const bool empty = m_levels.takeLast().empty;
    if (!empty)
        newline();
    m_out += ']';
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    appendQuoted(m_out, name);
    m_out += m_indent < 0 ? ":" : ": ";
    m_afterKey = true;
}

void JsonWriter::string(QStringView text)
{
    beforeValue();
    appendQuoted(m_out, text);
}

void JsonWriter::integer(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::number(double number)
{
    beforeValue();
    m_out += formatNumber(number);
}

void JsonWriter::boolean(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool: boolean(json.toBool()); break;
    case QJsonValue::Double: number(json.toDouble()); break;
    case QJsonValue::String: string(json.toString()); break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = json.toArray();
        for (const QJsonValue &item : array)
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) { // QJsonObject is sorted
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    }
}

void JsonWriter::stringList(const QList<QString> &items)
{
    beginArray();
    for (const QString &item : items)
        string(item);
    endArray();
}

QByteArray JsonWriter::finish()
{
    Q_ASSERT(m_levels.isEmpty());
    m_out += '\n';
    return std::exchange(m_out, {});
}

QByteArray JsonWriter::formatNumber(double number)
{
    if (!std::isfinite(number))
        return "null"; // JSON has no infinities; readers never produce them
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
    return QByteArray(buffer, result.ptr - buffer);
}

void JsonWriter::appendQuoted(QByteArray &out, QStringView text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<uchar>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

} // namespace Pennon
