// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Pennon {

/// An IPv4 or IPv6 address as one 128-bit value. An IPv4 address is held as its
/// IPv4-mapped IPv6 form (::ffff:a.b.c.d), so "10.1.2.3" and "::ffff:10.1.2.3" are the same
/// address and IPv4 ranges match IPv4-mapped clients (see Cidr). A plain value: parsing and
/// comparing allocate nothing.
class IpAddress final
{
public:
    /// The unspecified address "::".
    IpAddress() = default;

    /// Parses dotted-quad IPv4 ("192.168.0.1": four decimal parts 0..255, no leading zeros)
    /// or IPv6 text (RFC 4291: hex groups, one "::", an optional dotted IPv4 tail). No
    /// surrounding whitespace, no brackets, no zone id ("%eth0"), no prefix length.
    static std::optional<IpAddress> parse(QStringView text);

    static IpAddress fromIPv4(quint32 address);
    /// The address high:low, high holding the first 64 bits.
    static IpAddress fromIPv6(quint64 high, quint64 low);

    /// Whether this is an IPv4 address (held IPv4-mapped, ::ffff:0:0/96).
    bool isIPv4() const;
    /// The IPv4 address when isIPv4(), else 0.
    quint32 toIPv4() const;
    quint64 high() const { return m_high; }
    quint64 low() const { return m_low; }

    /// Dotted quad for IPv4 (mapped ones too), else RFC 5952 text ("2001:db8::1").
    QString toString() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;
    friend std::strong_ordering operator<=>(const IpAddress &, const IpAddress &) = default;

private:
    quint64 m_high = 0;
    quint64 m_low = 0;
};

} // namespace Pennon
