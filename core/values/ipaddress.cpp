// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "ipaddress.h"

#include <array>

namespace Pennon {

namespace {

constexpr quint64 MappedPrefix = 0x0000ffff00000000ULL;

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

int hexValue(QChar c)
{
    if (isDigit(c))
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

/// Four decimal parts 0..255, no leading zeros (they read as octal elsewhere).
std::optional<quint32> parseIPv4(QStringView text)
{
    quint32 address = 0;
    int parts = 0;
    qsizetype pos = 0;
    while (parts < 4) {
        qsizetype end = text.indexOf(u'.', pos);
        if (end < 0)
            end = text.size();
        const QStringView part = text.mid(pos, end - pos);
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.front() == u'0'))
            return std::nullopt;
        quint32 value = 0;
        for (QChar c : part) {
            if (!isDigit(c))
                return std::nullopt;
            value = value * 10 + (c.unicode() - u'0');
        }
        if (value > 255)
            return std::nullopt;
        address = (address << 8) | value;
        ++parts;
        pos = end + 1;
        if (end == text.size())
            break;
    }
    if (parts != 4 || pos != text.size() + 1)
        return std::nullopt;
    return address;
}

/// Colon-separated hex groups of one side of "::"; the last may be a dotted IPv4 address
/// (two groups) when allowIPv4Tail. Appends to groups; false on a syntax error.
bool parseGroups(QStringView text, bool allowIPv4Tail, std::array<quint16, 8> *groups,
                 int *count)
{
    if (text.isEmpty())
        return true;
    qsizetype pos = 0;
    while (true) {
        qsizetype end = text.indexOf(u':', pos);
        const bool last = end < 0;
        if (last)
            end = text.size();
        const QStringView group = text.mid(pos, end - pos);
        if (last && allowIPv4Tail && group.contains(u'.')) {
            const auto v4 = parseIPv4(group);
            if (!v4 || *count > 6)
                return false;
            (*groups)[*count] = static_cast<quint16>(*v4 >> 16);
            (*groups)[*count + 1] = static_cast<quint16>(*v4 & 0xffff);
            *count += 2;
            return true;
        }
        if (group.isEmpty() || group.size() > 4 || *count > 7)
            return false;
        quint16 value = 0;
        for (QChar c : group) {
            const int digit = hexValue(c);
            if (digit < 0)
                return false;
            value = static_cast<quint16>((value << 4) | digit);
        }
        (*groups)[*count] = value;
        ++*count;
        if (last)
            return true;
        pos = end + 1;
    }
}

std::optional<IpAddress> parseIPv6(QStringView text)
{
    std::array<quint16, 8> left{};
    std::array<quint16, 8> right{};
    int leftCount = 0;
    int rightCount = 0;
    const qsizetype gap = text.indexOf(u"::");
    if (gap < 0) {
        if (!parseGroups(text, true, &left, &leftCount) || leftCount != 8)
            return std::nullopt;
    } else {
        if (text.indexOf(u"::", gap + 1) >= 0)
            return std::nullopt;
        if (!parseGroups(text.left(gap), false, &left, &leftCount)
            || !parseGroups(text.mid(gap + 2), true, &right, &rightCount)
            || leftCount + rightCount > 7) {
            return std::nullopt;
        }
    }
    std::array<quint16, 8> groups{};
    for (int i = 0; i < leftCount; ++i)
        groups[i] = left[i];
    for (int i = 0; i < rightCount; ++i)
        groups[8 - rightCount + i] = right[i];
    quint64 high = 0;
    quint64 low = 0;
    for (int i = 0; i < 4; ++i) {
        high = (high << 16) | groups[i];
        low = (low << 16) | groups[i + 4];
    }
    return IpAddress::fromIPv6(high, low);
}

} // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text)
{
    if (text.contains(u':'))
        return parseIPv6(text);
    if (const auto v4 = parseIPv4(text))
        return fromIPv4(*v4);
    return std::nullopt;
}

IpAddress IpAddress::fromIPv4(quint32 address)
{
    return fromIPv6(0, MappedPrefix | address);
}

IpAddress IpAddress::fromIPv6(quint64 high, quint64 low)
{
    IpAddress a;
    a.m_high = high;
    a.m_low = low;
    return a;
}

bool IpAddress::isIPv4() const
{
    return m_high == 0 && (m_low & 0xffffffff00000000ULL) == MappedPrefix;
}

quint32 IpAddress::toIPv4() const
{
    return isIPv4() ? static_cast<quint32>(m_low & 0xffffffffULL) : 0;
}

QString IpAddress::toString() const
{
    if (isIPv4()) {
        const quint32 a = toIPv4();
        return QString::number(a >> 24) + u'.' + QString::number((a >> 16) & 0xff) + u'.'
                + QString::number((a >> 8) & 0xff) + u'.' + QString::number(a & 0xff);
    }
    std::array<quint16, 8> groups{};
    for (int i = 0; i < 4; ++i) {
        groups[i] = static_cast<quint16>(m_high >> (48 - 16 * i));
        groups[i + 4] = static_cast<quint16>(m_low >> (48 - 16 * i));
    }
    // RFC 5952: compress the first longest run of two or more zero groups.
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    QString text;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            text += u"::";
            i += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(u':'))
            text += u':';
        text += QString::number(groups[i], 16);
    }
    return text;
}

} // namespace Pennon
