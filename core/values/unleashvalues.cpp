// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "unleashvalues.h"

#include "values/instant.h"

#include <cmath>
#include <limits>

namespace Pennon::UnleashValues {

namespace {

bool isJsSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

QStringView jsTrimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isJsSpace(text[begin]))
        ++begin;
    while (end > begin && isJsSpace(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

std::optional<double> radixInteger(QStringView digits, int radix)
{
    if (digits.isEmpty())
        return std::nullopt;
    double value = 0;
    for (const QChar c : digits) {
        const char16_t u = c.toLower().unicode();
        int digit = -1;
        if (u >= u'0' && u <= u'9')
            digit = u - u'0';
        else if (u >= u'a' && u <= u'f')
            digit = 10 + (u - u'a');
        if (digit < 0 || digit >= radix)
            return std::nullopt;
        value = value * radix + digit;
    }
    return value;
}

} // namespace

std::optional<double> number(QStringView text)
{
    const QStringView t = jsTrimmed(text);
    if (t.isEmpty())
        return 0.0;
    if (t.size() > 2 && t[0] == u'0') {
        const char16_t prefix = t[1].toLower().unicode();
        if (prefix == u'x')
            return radixInteger(t.mid(2), 16);
        if (prefix == u'o')
            return radixInteger(t.mid(2), 8);
        if (prefix == u'b')
            return radixInteger(t.mid(2), 2);
    }
    QStringView unsignedPart = t;
    double sign = 1;
    if (t[0] == u'+' || t[0] == u'-') {
        sign = t[0] == u'-' ? -1 : 1;
        unsignedPart = t.mid(1);
    }
    if (unsignedPart == u"Infinity")
        return sign * std::numeric_limits<double>::infinity();
    double value = 0;
    if (parseDecimal(t, &value))
        return value;
    // parseDecimal refuses what does not fit a double; Number() gives ±Infinity for it.
    if (t.size() < 400) {
        bool ok = false;
        const double big = t.toDouble(&ok);
        if (std::isinf(big))
            return big;
    }
    return std::nullopt;
}

std::optional<SemVerView> constraintVersion(QStringView text)
{
    QStringView t = jsTrimmed(text);
    if (t.startsWith(u'v'))
        t = t.mid(1);
    return SemVerView::parse(t);
}

std::optional<SemVerView> contextVersion(QStringView text)
{
    if (text.startsWith(u'v'))
        return std::nullopt;
    return constraintVersion(text);
}

bool isIPv6Text(QStringView text)
{
    return text.contains(u':');
}

} // namespace Pennon::UnleashValues
