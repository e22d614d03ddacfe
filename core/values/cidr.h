// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "ipaddress.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Pennon {

/// An address range in CIDR notation ("10.0.0.0/8", "2001:db8::/32") or a single address
/// (a bare address is /32 for IPv4, /128 for IPv6). Held as a 128-bit network and mask, so
/// contains() is a pair of masked compares. IPv4 ranges live in the IPv4-mapped part of the
/// IPv6 space: "10.0.0.0/8" is "::ffff:10.0.0.0/104", so it contains both "10.1.2.3" and
/// "::ffff:10.1.2.3"; "::/0" contains every address, IPv4 included.
class Cidr final
{
public:
    /// "::/128".
    Cidr() = default;

    /// Parses "ADDRESS" or "ADDRESS/PREFIX" (IpAddress::parse syntax; PREFIX decimal without
    /// leading zeros, at most 32 after an IPv4 address and 128 after an IPv6 one). Host bits
    /// below the prefix are allowed and ignored ("10.1.2.3/8" is "10.0.0.0/8").
    static std::optional<Cidr> parse(QStringView text);

    /// The range of addresses sharing the first prefixLength128 bits (0..128) with address.
    static Cidr fromAddress(const IpAddress &address, int prefixLength128);

    /// Whether address lies in this range. Allocates nothing.
    bool contains(const IpAddress &address) const;

    /// The first address of the range.
    IpAddress network() const;
    /// The prefix length in the 128-bit space (an IPv4 "/8" is 104).
    int prefixLength128() const { return m_prefix; }
    /// Whether this is an IPv4 range (inside ::ffff:0:0/96).
    bool isIPv4() const;
    /// The prefix length as written for the family: 0..32 for IPv4 ranges, else 0..128.
    int prefixLength() const;

    /// "10.0.0.0/8", "2001:db8::/32"; single addresses keep their prefix ("10.0.0.1/32").
    QString toString() const;

    friend bool operator==(const Cidr &, const Cidr &) = default;

private:
    quint64 m_high = 0;
    quint64 m_low = 0;
    quint64 m_maskHigh = ~quint64(0);
    quint64 m_maskLow = ~quint64(0);
    int m_prefix = 128;
};

} // namespace Pennon
