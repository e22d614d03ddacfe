// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <charconv>
#include <cmath>

namespace Pennon {

namespace {

/// Recursive-descent parser over UTF-8 bytes. It stops at the first error, which carries the
/// JSON pointer of the value being read and the line and column where reading failed.
class Parser final
{
public:
    Parser(const QByteArray &bytes, const JsonReader::Limits &limits)
        : m_begin(bytes.constData()), m_pos(m_begin), m_end(m_begin + bytes.size()),
          m_limits(limits)
    {
    }

    std::optional<QJsonValue> run(Problem *problem)
    {
        // A UTF-8 byte order mark is tolerated, as editors on some systems write one.
        if (m_end - m_pos >= 3 && static_cast<uchar>(m_pos[0]) == 0xEF
            && static_cast<uchar>(m_pos[1]) == 0xBB && static_cast<uchar>(m_pos[2]) == 0xBF)
            m_pos += 3;
        skipSpace();
        if (m_pos == m_end) {
            fail(JsonReader::tr("the document is empty"));
        } else {
            QJsonValue value = parseValue(0);
            if (!m_failed) {
                skipSpace();
                if (m_pos != m_end)
                    fail(JsonReader::tr("unexpected content after the JSON value"));
            }
            if (!m_failed)
                return value;
        }
        *problem = m_problem;
        return std::nullopt;
    }

private:
    void fail(const QString &why)
    {
        if (m_failed)
            return;
        m_failed = true;
        int line = 1;
        int column = 1;
        for (const char *p = m_begin; p < m_pos && p < m_end; ++p) {
            if (*p == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<uchar>(*p) & 0xC0) != 0x80) {
                ++column; // count code points, not continuation bytes
            }
        }
        QString path;
        for (const QString &token : std::as_const(m_path))
            path += u'/' + pointerToken(token);
        m_problem.path = path;
        m_problem.message = JsonReader::tr("line %1, column %2: %3").arg(line).arg(column).arg(why);
    }

    void skipSpace()
    {
        while (m_pos < m_end && (*m_pos == ' ' || *m_pos == '\t' || *m_pos == '\n' || *m_pos == '\r'))
            ++m_pos;
    }

    QString describeHere() const
    {
        if (m_pos >= m_end)
            return JsonReader::tr("the end of the document");
        const uchar c = static_cast<uchar>(*m_pos);
        if (c >= 0x20 && c < 0x7F)
            return u'\'' + QChar(QLatin1Char(static_cast<char>(c))) + u'\'';
        return JsonReader::tr("byte 0x%1").arg(c, 2, 16, QLatin1Char('0'));
    }

    QJsonValue parseValue(int depth)
    {
        if (m_pos >= m_end) {
            fail(JsonReader::tr("unexpected end of the document (truncated?)"));
            return {};
        }
        switch (*m_pos) {
        case '{': return parseObject(depth + 1);
        case '[': return parseArray(depth + 1);
        case '"': return parseString();
        case 't': return parseLiteral("true", QJsonValue(true));
        case 'f': return parseLiteral("false", QJsonValue(false));
        case 'n': return parseLiteral("null", QJsonValue(QJsonValue::Null));
        default:
            if (*m_pos == '-' || (*m_pos >= '0' && *m_pos <= '9'))
                return parseNumber();
            fail(JsonReader::tr("expected a value, found %1").arg(describeHere()));
            return {};
        }
    }

    QJsonValue parseLiteral(const char *word, const QJsonValue &value)
    {
        const qsizetype length = qstrlen(word);
        if (m_end - m_pos < length || qstrncmp(m_pos, word, length) != 0) {
            fail(JsonReader::tr("expected a value, found %1").arg(describeHere()));
            return {};
        }
        m_pos += length;
        return value;
    }

    bool enter(int depth)
    {
        if (depth > m_limits.maxDepth) {
            fail(JsonReader::tr("nesting deeper than %1 levels").arg(m_limits.maxDepth));
            return false;
        }
        ++m_pos;
        skipSpace();
        return true;
    }

    QJsonValue parseObject(int depth)
    {
        if (!enter(depth))
            return {};
        QJsonObject object;
        QSet<QString> seen;
        if (m_pos < m_end && *m_pos == '}') {
            ++m_pos;
            return object;
        }
        while (!m_failed) {
            skipSpace();
            if (m_pos >= m_end) {
                fail(JsonReader::tr("unexpected end of the document inside an object (truncated?)"));
                break;
            }
            if (*m_pos != '"') {
                fail(JsonReader::tr("expected a quoted field name, found %1").arg(describeHere()));
                break;
            }
            const QString key = parseString().toString();
            if (m_failed)
                break;
            if (seen.contains(key)) {
                fail(JsonReader::tr("duplicate field \"%1\"").arg(key));
                break;
            }
            seen.insert(key);
            skipSpace();
            if (m_pos >= m_end || *m_pos != ':') {
                fail(JsonReader::tr("expected ':' after field name \"%1\", found %2").arg(key, describeHere()));
                break;
            }
            ++m_pos;
            skipSpace();
            m_path.append(key);
            const QJsonValue value = parseValue(depth);
            if (m_failed)
                break;
            m_path.removeLast();
            object.insert(key, value);
            skipSpace();
            if (m_pos < m_end && *m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_end && *m_pos == '}') {
                ++m_pos;
                break;
            }
            fail(m_pos >= m_end
                     ? JsonReader::tr("unexpected end of the document inside an object (truncated?)")
                     : JsonReader::tr("expected ',' or '}' in an object, found %1").arg(describeHere()));
        }
        return object;
    }

    QJsonValue parseArray(int depth)
    {
        if (!enter(depth))
            return {};
        QJsonArray array;
        if (m_pos < m_end && *m_pos == ']') {
            ++m_pos;
            return array;
        }
        while (!m_failed) {
            skipSpace();
            m_path.append(QString::number(array.size()));
            const QJsonValue value = parseValue(depth);
            if (m_failed)
                break;
            m_path.removeLast();
            array.append(value);
            skipSpace();
            if (m_pos < m_end && *m_pos == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_end && *m_pos == ']') {
                ++m_pos;
                break;
            }
            fail(m_pos >= m_end
                     ? JsonReader::tr("unexpected end of the document inside a list (truncated?)")
                     : JsonReader::tr("expected ',' or ']' in a list, found %1").arg(describeHere()));
        }
        return array;
    }

    /// Decodes one UTF-8 sequence at m_pos; -1 (and an error) when it is not valid UTF-8.
    char32_t decodeUtf8()
    {
        const auto *p = reinterpret_cast<const uchar *>(m_pos);
        const auto *end = reinterpret_cast<const uchar *>(m_end);
        const uchar lead = p[0];
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if (lead < 0x80) {
            ++m_pos;
            return lead;
        } else if ((lead & 0xE0) == 0xC0) {
            length = 2; cp = lead & 0x1F; minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3; cp = lead & 0x0F; minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4; cp = lead & 0x07; minimum = 0x10000;
        } else {
            fail(JsonReader::tr("invalid UTF-8 (byte 0x%1)").arg(lead, 2, 16, QLatin1Char('0')));
            return char32_t(-1);
        }
        if (end - p < length) {
            fail(JsonReader::tr("invalid UTF-8 (sequence cut short)"));
            return char32_t(-1);
        }
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80) {
                fail(JsonReader::tr("invalid UTF-8 (byte 0x%1)").arg(p[i], 2, 16, QLatin1Char('0')));
                return char32_t(-1);
            }
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            fail(JsonReader::tr("invalid UTF-8 (overlong or out-of-range sequence)"));
            return char32_t(-1);
        }
        m_pos += length;
        return cp;
    }

    int hex4()
    {
        if (m_end - m_pos < 4) {
            fail(JsonReader::tr("unexpected end of the document in a \\u escape"));
            return -1;
        }
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_pos[i];
            value <<= 4;
            if (c >= '0' && c <= '9') value |= c - '0';
            else if (c >= 'a' && c <= 'f') value |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F') value |= c - 'A' + 10;
            else {
                fail(JsonReader::tr("invalid \\u escape"));
                return -1;
            }
        }
        m_pos += 4;
        return value;
    }

    QJsonValue parseString()
    {
        ++m_pos; // opening quote
        const char *start = m_pos;
        // Fast path: plain UTF-8 without escapes becomes one fromUtf8 call.
        bool plain = true;
        while (m_pos < m_end && *m_pos != '"') {
            const uchar c = static_cast<uchar>(*m_pos);
            if (c == '\\') {
                plain = false;
                break;
            }
            if (c < 0x20) {
                fail(JsonReader::tr("control character 0x%1 inside a string (escape it)").arg(c, 2, 16, QLatin1Char('0')));
                return {};
            }
            if (c < 0x80) {
                ++m_pos;
            } else if (decodeUtf8() == char32_t(-1)) {
                return {};
            }
        }
        if (plain) {
            if (m_pos >= m_end) {
                fail(JsonReader::tr("unterminated string (truncated?)"));
                return {};
            }
            if (m_pos - start > m_limits.maxStringBytes) {
                fail(JsonReader::tr("string longer than %1 bytes").arg(m_limits.maxStringBytes));
                return {};
            }
            const QString text = QString::fromUtf8(start, m_pos - start);
            ++m_pos;
            return text;
        }
        QString text = QString::fromUtf8(start, m_pos - start);
        while (true) {
            if (m_pos >= m_end) {
                fail(JsonReader::tr("unterminated string (truncated?)"));
                return {};
            }
            if (m_pos - start > m_limits.maxStringBytes) {
                fail(JsonReader::tr("string longer than %1 bytes").arg(m_limits.maxStringBytes));
                return {};
            }
            const uchar c = static_cast<uchar>(*m_pos);
            if (c == '"') {
                ++m_pos;
                return text;
            }
            if (c < 0x20) {
                fail(JsonReader::tr("control character 0x%1 inside a string (escape it)").arg(c, 2, 16, QLatin1Char('0')));
                return {};
            }
            if (c != '\\') {
                const char32_t cp = decodeUtf8();
                if (cp == char32_t(-1))
                    return {};
                text += QChar::fromUcs4(cp);
                continue;
            }
            ++m_pos;
            if (m_pos >= m_end) {
                fail(JsonReader::tr("unterminated string (truncated?)"));
                return {};
            }
            const char e = *m_pos++;
            switch (e) {
            case '"': text += u'"'; break;
            case '\\': text += u'\\'; break;
            case '/': text += u'/'; break;
            case 'b': text += u'\b'; break;
            case 'f': text += u'\f'; break;
            case 'n': text += u'\n'; break;
            case 'r': text += u'\r'; break;
            case 't': text += u'\t'; break;
            case 'u': {
                const int unit = hex4();
                if (unit < 0)
                    return {};
                if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    fail(JsonReader::tr("lone low surrogate \\u%1").arg(unit, 4, 16, QLatin1Char('0')));
                    return {};
                }
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    if (m_end - m_pos < 2 || m_pos[0] != '\\' || m_pos[1] != 'u') {
                        fail(JsonReader::tr("lone high surrogate \\u%1").arg(unit, 4, 16, QLatin1Char('0')));
                        return {};
                    }
                    m_pos += 2;
                    const int low = hex4();
                    if (low < 0)
                        return {};
                    if (low < 0xDC00 || low > 0xDFFF) {
                        fail(JsonReader::tr("lone high surrogate \\u%1").arg(unit, 4, 16, QLatin1Char('0')));
                        return {};
                    }
                    text += QChar(static_cast<char16_t>(unit));
                    text += QChar(static_cast<char16_t>(low));
                } else {
                    text += QChar(static_cast<char16_t>(unit));
                }
                break;
            }
            default:
                --m_pos;
                fail(JsonReader::tr("invalid escape sequence \\%1").arg(QLatin1Char(e)));
                return {};
            }
        }
    }

    QJsonValue parseNumber()
    {
        const char *start = m_pos;
        auto digits = [this] {
            const char *from = m_pos;
            while (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9')
                ++m_pos;
            return m_pos - from;
        };
        if (*m_pos == '-')
            ++m_pos;
        if (m_pos < m_end && *m_pos == '0') {
            ++m_pos;
            if (m_pos < m_end && *m_pos >= '0' && *m_pos <= '9') {
                fail(JsonReader::tr("numbers may not have leading zeros"));
                return {};
            }
        } else if (digits() == 0) {
            fail(JsonReader::tr("invalid number"));
            return {};
        }
        if (m_pos < m_end && *m_pos == '.') {
            ++m_pos;
            if (digits() == 0) {
                fail(JsonReader::tr("invalid number: digits expected after '.'"));
                return {};
            }
        }
        if (m_pos < m_end && (*m_pos == 'e' || *m_pos == 'E')) {
            ++m_pos;
            if (m_pos < m_end && (*m_pos == '+' || *m_pos == '-'))
                ++m_pos;
            if (digits() == 0) {
                fail(JsonReader::tr("invalid number: digits expected in the exponent"));
                return {};
            }
        }
        double value = 0;
        const auto [ptr, ec] = std::from_chars(start, m_pos, value);
        if (ec == std::errc::result_out_of_range || !std::isfinite(value)) {
            // Underflow to zero is harmless; overflow is not representable.
            bool tiny = false;
            for (const char *p = start; p < m_pos && *p != 'e' && *p != 'E'; ++p) {
                if (*p >= '1' && *p <= '9') {
                    tiny = true;
                    break;
                }
            }
            const char *exponent = start;
            while (exponent < m_pos && *exponent != 'e' && *exponent != 'E')
                ++exponent;
            if (exponent < m_pos && exponent + 1 < m_pos && exponent[1] == '-' && tiny)
                return QJsonValue(0.0);
            m_pos = start;
            fail(JsonReader::tr("number %1 is out of range")
                     .arg(QString::fromLatin1(start, qMin<qsizetype>(ptr - start, 40))));
            return {};
        }
        if (ec != std::errc() || ptr != m_pos) {
            m_pos = start;
            fail(JsonReader::tr("invalid number"));
            return {};
        }
        return QJsonValue(value);
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    JsonReader::Limits m_limits;
    QStringList m_path;
    bool m_failed = false;
    Problem m_problem;
};

} // namespace

std::optional<QJsonValue> JsonReader::parse(const QByteArray &bytes, Problem *problem)
{
    return parse(bytes, Limits{}, problem);
}

std::optional<QJsonValue> JsonReader::parse(const QByteArray &bytes, const Limits &limits,
                                            Problem *problem)
{
    Parser parser(bytes, limits);
    return parser.run(problem);
}

} // namespace Pennon
