// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// IPv4 and IPv6 addresses and CIDR ranges, IPv4-mapped IPv6 included.

#include "values/cidr.h"
#include "values/ipaddress.h"

#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestIpAddress final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void address_data();
    void address();
    void invalidAddress_data();
    void invalidAddress();
    void range_data();
    void range();
    void invalidRange_data();
    void invalidRange();
    void contains_data();
    void contains();
};

void TestIpAddress::address_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ipv4");
    QTest::addColumn<quint64>("high");
    QTest::addColumn<quint64>("low");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("ipv4") << u"192.168.0.1"_s << true << quint64(0) << quint64(0x0000ffffc0a80001ULL) << u"192.168.0.1"_s;
    QTest::newRow("ipv4 zero") << u"0.0.0.0"_s << true << quint64(0) << quint64(0x0000ffff00000000ULL) << u"0.0.0.0"_s;
    QTest::newRow("ipv4 broadcast") << u"255.255.255.255"_s << true << quint64(0) << quint64(0x0000ffffffffffffULL) << u"255.255.255.255"_s;
    QTest::newRow("ipv6 loopback") << u"::1"_s << false << quint64(0) << quint64(1) << u"::1"_s;
    QTest::newRow("ipv6 unspecified") << u"::"_s << false << quint64(0) << quint64(0) << u"::"_s;
    QTest::newRow("ipv6 full") << u"2001:0db8:0000:0000:0000:ff00:0042:8329"_s << false
                               << quint64(0x20010db800000000ULL) << quint64(0x0000ff0000428329ULL)
                               << u"2001:db8::ff00:42:8329"_s;
    QTest::newRow("ipv6 upper case") << u"2001:DB8::1"_s << false << quint64(0x20010db800000000ULL) << quint64(1) << u"2001:db8::1"_s;
    QTest::newRow("ipv6 trailing gap") << u"fe80::"_s << false << quint64(0xfe80000000000000ULL) << quint64(0) << u"fe80::"_s;
    QTest::newRow("ipv6 single zero group not compressed") << u"1:0:2:3:4:5:6:7"_s << false
                                                           << quint64(0x0001000000020003ULL) << quint64(0x0004000500060007ULL)
                                                           << u"1:0:2:3:4:5:6:7"_s;
    QTest::newRow("ipv6 first longest run compressed") << u"1:0:0:2:0:0:0:3"_s << false
                                                       << quint64(0x0001000000000002ULL) << quint64(0x0000000000000003ULL)
                                                       << u"1:0:0:2::3"_s;
    QTest::newRow("ipv4 mapped") << u"::ffff:10.1.2.3"_s << true << quint64(0) << quint64(0x0000ffff0a010203ULL) << u"10.1.2.3"_s;
    QTest::newRow("ipv4 mapped hex") << u"::ffff:a01:203"_s << true << quint64(0) << quint64(0x0000ffff0a010203ULL) << u"10.1.2.3"_s;
    QTest::newRow("ipv4 tail without gap") << u"0:0:0:0:0:ffff:1.2.3.4"_s << true << quint64(0) << quint64(0x0000ffff01020304ULL) << u"1.2.3.4"_s;
    QTest::newRow("ipv4 compatible is ipv6") << u"::1.2.3.4"_s << false << quint64(0) << quint64(0x01020304ULL) << u"::102:304"_s;
}

void TestIpAddress::address()
{
    QFETCH(QString, text);
    const auto address = IpAddress::parse(text);
    QVERIFY2(address.has_value(), qPrintable(text));
    QTEST(address->isIPv4(), "ipv4");
    QTEST(address->high(), "high");
    QTEST(address->low(), "low");
    QTEST(address->toString(), "canonical");
    QCOMPARE(IpAddress::parse(address->toString()), address);
}

void TestIpAddress::invalidAddress_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("three octets") << u"10.0.0"_s;
    QTest::newRow("five octets") << u"10.0.0.0.0"_s;
    QTest::newRow("octet too large") << u"256.0.0.1"_s;
    QTest::newRow("octet leading zero") << u"10.01.0.1"_s;
    QTest::newRow("empty octet") << u"10..0.1"_s;
    QTest::newRow("trailing dot") << u"10.0.0.1."_s;
    QTest::newRow("sign") << u"+10.0.0.1"_s;
    QTest::newRow("space") << u"10.0.0.1 "_s;
    QTest::newRow("hostname") << u"localhost"_s;
    QTest::newRow("two gaps") << u"1::2::3"_s;
    QTest::newRow("triple colon") << u":::"_s;
    QTest::newRow("leading single colon") << u":1::2"_s;
    QTest::newRow("trailing single colon") << u"1::2:"_s;
    QTest::newRow("seven groups") << u"1:2:3:4:5:6:7"_s;
    QTest::newRow("nine groups") << u"1:2:3:4:5:6:7:8:9"_s;
    QTest::newRow("gap with eight groups") << u"1:2:3:4::5:6:7:8"_s;
    QTest::newRow("group too long") << u"12345::"_s;
    QTest::newRow("not hex") << u"g::1"_s;
    QTest::newRow("zone id") << u"fe80::1%eth0"_s;
    QTest::newRow("brackets") << u"[::1]"_s;
    QTest::newRow("ipv4 tail not last") << u"::1.2.3.4:1"_s;
    QTest::newRow("ipv4 tail before gap") << u"1.2.3.4::"_s;
    QTest::newRow("ipv4 tail too many groups") << u"1:2:3:4:5:6:7:1.2.3.4"_s;
    QTest::newRow("with prefix") << u"10.0.0.0/8"_s;
}

void TestIpAddress::invalidAddress()
{
    QFETCH(QString, text);
    QVERIFY2(!IpAddress::parse(text).has_value(), qPrintable(text));
}

void TestIpAddress::range_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("prefix128");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("ipv4 /8") << u"10.0.0.0/8"_s << 104 << u"10.0.0.0/8"_s;
    QTest::newRow("ipv4 /0") << u"0.0.0.0/0"_s << 96 << u"0.0.0.0/0"_s;
    QTest::newRow("ipv4 bare") << u"10.1.2.3"_s << 128 << u"10.1.2.3/32"_s;
    QTest::newRow("ipv4 host bits masked") << u"10.1.2.3/8"_s << 104 << u"10.0.0.0/8"_s;
    QTest::newRow("ipv6 /32") << u"2001:db8::/32"_s << 32 << u"2001:db8::/32"_s;
    QTest::newRow("ipv6 bare") << u"::1"_s << 128 << u"::1/128"_s;
    QTest::newRow("ipv6 /0") << u"::/0"_s << 0 << u"::/0"_s;
    QTest::newRow("ipv6 /65") << u"2001:db8:0:0:ffff:ffff:ffff:ffff/65"_s << 65 << u"2001:db8:0:0:8000::/65"_s;
    QTest::newRow("ipv4 mapped range") << u"::ffff:10.0.0.0/104"_s << 104 << u"10.0.0.0/8"_s;
}

void TestIpAddress::range()
{
    QFETCH(QString, text);
    const auto range = Cidr::parse(text);
    QVERIFY2(range.has_value(), qPrintable(text));
    QTEST(range->prefixLength128(), "prefix128");
    QTEST(range->toString(), "canonical");
}

void TestIpAddress::invalidRange_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("ipv4 prefix too long") << u"10.0.0.0/33"_s;
    QTest::newRow("ipv6 prefix too long") << u"::/129"_s;
    QTest::newRow("empty prefix") << u"10.0.0.0/"_s;
    QTest::newRow("prefix leading zero") << u"10.0.0.0/08"_s;
    QTest::newRow("negative prefix") << u"10.0.0.0/-1"_s;
    QTest::newRow("two slashes") << u"10.0.0.0/8/8"_s;
    QTest::newRow("netmask") << u"10.0.0.0/255.0.0.0"_s;
    QTest::newRow("bad address") << u"10.0.0/8"_s;
    QTest::newRow("only prefix") << u"/8"_s;
    QTest::newRow("spaces") << u"10.0.0.0 / 8"_s;
}

void TestIpAddress::invalidRange()
{
    QFETCH(QString, text);
    QVERIFY2(!Cidr::parse(text).has_value(), qPrintable(text));
}

void TestIpAddress::contains_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("expected");

    QTest::newRow("ipv4 inside") << u"10.0.0.0/8"_s << u"10.255.1.2"_s << true;
    QTest::newRow("ipv4 outside") << u"10.0.0.0/8"_s << u"11.0.0.1"_s << false;
    QTest::newRow("ipv4 /24 edge low") << u"192.168.1.0/24"_s << u"192.168.1.0"_s << true;
    QTest::newRow("ipv4 /24 edge high") << u"192.168.1.0/24"_s << u"192.168.1.255"_s << true;
    QTest::newRow("ipv4 /24 just outside") << u"192.168.1.0/24"_s << u"192.168.2.0"_s << false;
    QTest::newRow("ipv4 /31") << u"192.168.1.2/31"_s << u"192.168.1.3"_s << true;
    QTest::newRow("ipv4 bare equal") << u"10.1.2.3"_s << u"10.1.2.3"_s << true;
    QTest::newRow("ipv4 bare other") << u"10.1.2.3"_s << u"10.1.2.4"_s << false;
    QTest::newRow("ipv4 /0 all ipv4") << u"0.0.0.0/0"_s << u"203.0.113.9"_s << true;
    QTest::newRow("ipv4 /0 no ipv6") << u"0.0.0.0/0"_s << u"2001:db8::1"_s << false;
    QTest::newRow("ipv4 range mapped client") << u"10.0.0.0/8"_s << u"::ffff:10.1.2.3"_s << true;
    QTest::newRow("ipv4 bare mapped client") << u"10.1.2.3"_s << u"::ffff:10.1.2.3"_s << true;
    QTest::newRow("mapped range ipv4 client") << u"::ffff:10.0.0.0/104"_s << u"10.9.9.9"_s << true;
    QTest::newRow("ipv6 inside") << u"2001:db8::/32"_s << u"2001:db8:ffff::1"_s << true;
    QTest::newRow("ipv6 outside") << u"2001:db8::/32"_s << u"2001:db9::1"_s << false;
    QTest::newRow("ipv6 /64 boundary") << u"2001:db8:1:2::/64"_s << u"2001:db8:1:2:ffff:ffff:ffff:ffff"_s << true;
    QTest::newRow("ipv6 /64 outside") << u"2001:db8:1:2::/64"_s << u"2001:db8:1:3::"_s << false;
    QTest::newRow("ipv6 /127") << u"::/127"_s << u"::1"_s << true;
    QTest::newRow("ipv6 /128 other") << u"::1"_s << u"::2"_s << false;
    QTest::newRow("ipv6 /0 everything") << u"::/0"_s << u"10.0.0.1"_s << true;
    QTest::newRow("ipv6 range no ipv4") << u"2001:db8::/32"_s << u"10.0.0.1"_s << false;
}

void TestIpAddress::contains()
{
    QFETCH(QString, range);
    QFETCH(QString, address);
    const auto cidr = Cidr::parse(range);
    const auto ip = IpAddress::parse(address);
    QVERIFY(cidr && ip);
    QTEST(cidr->contains(*ip), "expected");
}

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ipaddress.moc"
