// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "cidr.h"

namespace Pennon {

namespace {

constexpr int IPv4Offset = 96;

quint64 highMask(int prefix)
{
    if (prefix <= 0)
        return 0;
    if (prefix >= 64)
        return ~quint64(0);
    return ~quint64(0) << (64 - prefix);
}

quint64 lowMask(int prefix)
{
    if (prefix <= 64)
        return 0;
    if (prefix >= 128)
        return ~quint64(0);
    return ~quint64(0) << (128 - prefix);
}

} // namespace

std::optional<Cidr> Cidr::parse(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    const QStringView addressText = slash < 0 ? text : text.left(slash);
    const auto address = IpAddress::parse(addressText);
    if (!address)
        return std::nullopt;
    const bool writtenAsIPv4 = !addressText.contains(u':');
    if (slash < 0)
        return fromAddress(*address, 128);

    const QStringView prefixText = text.mid(slash + 1);
    if (prefixText.isEmpty() || prefixText.size() > 3
        || (prefixText.size() > 1 && prefixText.front() == u'0')) {
        return std::nullopt;
    }
    int prefix = 0;
    for (QChar c : prefixText) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        prefix = prefix * 10 + (c.unicode() - u'0');
    }
    if (prefix > (writtenAsIPv4 ? 32 : 128))
        return std::nullopt;
    return fromAddress(*address, writtenAsIPv4 ? prefix + IPv4Offset : prefix);
}

Cidr Cidr::fromAddress(const IpAddress &address, int prefixLength128)
{
    Cidr range;
    range.m_prefix = qBound(0, prefixLength128, 128);
    range.m_maskHigh = highMask(range.m_prefix);
    range.m_maskLow = lowMask(range.m_prefix);
    range.m_high = address.high() & range.m_maskHigh;
    range.m_low = address.low() & range.m_maskLow;
    return range;
}

bool Cidr::contains(const IpAddress &address) const
{
    return (address.high() & m_maskHigh) == m_high && (address.low() & m_maskLow) == m_low;
}

IpAddress Cidr::network() const
{
    return IpAddress::fromIPv6(m_high, m_low);
}

bool Cidr::isIPv4() const
{
    return m_prefix >= IPv4Offset && network().isIPv4();
}

int Cidr::prefixLength() const
{
    return isIPv4() ? m_prefix - IPv4Offset : m_prefix;
}

QString Cidr::toString() const
{
    return network().toString() + u'/' + QString::number(prefixLength());
}

} // namespace Pennon
