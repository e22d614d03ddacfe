// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// ISO 8601 instants (with offsets, fractions, or a wall time in a time zone) and the
// decimal numbers of the NUM_* operators.

#include "values/instant.h"

#include <QDateTime>
#include <QTest>

#include <cmath>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestInstant final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void extremeYears();
    void invalidZoneNeedsOffset();
    void ordering();
    void decimal_data();
    void decimal();
    void invalidDecimal_data();
    void invalidDecimal();
};

namespace {
qint64 utc(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    Q_ASSERT(dt.isValid());
    return dt.toMSecsSinceEpoch();
}
} // namespace

void TestInstant::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expectedUtc");

    const QString utcZone = u"UTC"_s;
    QTest::newRow("Z") << u"2026-01-01T00:00:00Z"_s << utcZone << u"2026-01-01T00:00:00.000Z"_s;
    QTest::newRow("lower case t and z") << u"2026-01-01t12:34:56z"_s << utcZone << u"2026-01-01T12:34:56.000Z"_s;
    QTest::newRow("space separator") << u"2026-01-01 12:34:56Z"_s << utcZone << u"2026-01-01T12:34:56.000Z"_s;
    QTest::newRow("positive offset") << u"2026-01-01T01:00:00+01:00"_s << utcZone << u"2026-01-01T00:00:00.000Z"_s;
    QTest::newRow("negative offset") << u"2025-12-31T19:00:00-05:00"_s << utcZone << u"2026-01-01T00:00:00.000Z"_s;
    QTest::newRow("offset with minutes") << u"2026-01-01T05:30:00+05:30"_s << utcZone << u"2026-01-01T00:00:00.000Z"_s;
    QTest::newRow("offset without colon") << u"2026-01-01T05:30:00+0530"_s << utcZone << u"2026-01-01T00:00:00.000Z"_s;
    QTest::newRow("offset hours only") << u"2026-01-01T05:00:00+05"_s << utcZone << u"2026-01-01T00:00:00.000Z"_s;
    QTest::newRow("minus zero offset") << u"2026-01-01T00:00:00-00:00"_s << utcZone << u"2026-01-01T00:00:00.000Z"_s;
    QTest::newRow("offset wins over zone") << u"2026-01-01T00:00:00Z"_s << u"Europe/Berlin"_s << u"2026-01-01T00:00:00.000Z"_s;
    QTest::newRow("no seconds") << u"2026-01-01T10:15Z"_s << utcZone << u"2026-01-01T10:15:00.000Z"_s;
    QTest::newRow("milliseconds") << u"2026-01-01T00:00:00.123Z"_s << utcZone << u"2026-01-01T00:00:00.123Z"_s;
    QTest::newRow("one fraction digit") << u"2026-01-01T00:00:00.5Z"_s << utcZone << u"2026-01-01T00:00:00.500Z"_s;
    QTest::newRow("nanoseconds truncated") << u"2026-01-01T00:00:00.123999999Z"_s << utcZone << u"2026-01-01T00:00:00.123Z"_s;
    QTest::newRow("comma fraction") << u"2026-01-01T00:00:00,25Z"_s << utcZone << u"2026-01-01T00:00:00.250Z"_s;
    QTest::newRow("fraction with offset") << u"2026-01-01T02:00:00.75+02:00"_s << utcZone << u"2026-01-01T00:00:00.750Z"_s;
    QTest::newRow("leap day") << u"2024-02-29T00:00:00Z"_s << utcZone << u"2024-02-29T00:00:00.000Z"_s;
    QTest::newRow("plain date utc") << u"2026-01-01"_s << utcZone << u"2026-01-01T00:00:00.000Z"_s;
    QTest::newRow("plain date in zone") << u"2026-01-01"_s << u"Europe/Berlin"_s << u"2025-12-31T23:00:00.000Z"_s;
    QTest::newRow("plain date west of utc") << u"2026-07-01"_s << u"America/New_York"_s << u"2026-07-01T04:00:00.000Z"_s;
    QTest::newRow("wall time in zone winter") << u"2026-01-15T09:00:00"_s << u"Europe/Berlin"_s << u"2026-01-15T08:00:00.000Z"_s;
    QTest::newRow("wall time in zone summer") << u"2026-07-15T09:00:00"_s << u"Europe/Berlin"_s << u"2026-07-15T07:00:00.000Z"_s;
    QTest::newRow("wall time with fraction") << u"2026-07-15T09:00:00.042"_s << u"Asia/Tokyo"_s << u"2026-07-15T00:00:00.042Z"_s;
    QTest::newRow("wall time half-hour zone") << u"2026-01-01T05:30"_s << u"Asia/Kolkata"_s << u"2026-01-01T00:00:00.000Z"_s;
    // 2026-03-29 02:00 -> 03:00 in Berlin: 02:30 does not exist, it is read as 03:30 CEST.
    QTest::newRow("wall time in spring gap") << u"2026-03-29T02:30:00"_s << u"Europe/Berlin"_s << u"2026-03-29T01:30:00.000Z"_s;
    QTest::newRow("wall time after spring gap") << u"2026-03-29T03:30:00"_s << u"Europe/Berlin"_s << u"2026-03-29T01:30:00.000Z"_s;
    // 2026-10-25 03:00 -> 02:00 in Berlin: 02:30 happens twice, the earlier (CEST) one wins.
    QTest::newRow("wall time in autumn fold") << u"2026-10-25T02:30:00"_s << u"Europe/Berlin"_s << u"2026-10-25T00:30:00.000Z"_s;
    QTest::newRow("wall time after autumn fold") << u"2026-10-25T03:30:00"_s << u"Europe/Berlin"_s << u"2026-10-25T02:30:00.000Z"_s;
    QTest::newRow("new york spring gap") << u"2026-03-08T02:30"_s << u"America/New_York"_s << u"2026-03-08T07:30:00.000Z"_s;
    QTest::newRow("before epoch") << u"1969-12-31T23:59:59.999Z"_s << utcZone << u"1969-12-31T23:59:59.999Z"_s;
    QTest::newRow("end of day") << u"2026-12-31T23:59:59Z"_s << utcZone << u"2026-12-31T23:59:59.000Z"_s;
}

void TestInstant::valid()
{
    QFETCH(QString, text);
    QFETCH(QString, zone);
    QFETCH(QString, expectedUtc);
    const QTimeZone timeZone(zone.toUtf8());
    QVERIFY(timeZone.isValid());
    const auto instant = Instant::parse(text, timeZone);
    QVERIFY2(instant.has_value(), qPrintable(text));
    QCOMPARE(instant->toString(), expectedUtc);
    QCOMPARE(instant->msecsSinceEpoch(), utc(expectedUtc));
}

void TestInstant::invalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("garbage") << u"yesterday"_s;
    QTest::newRow("year only") << u"2026"_s;
    QTest::newRow("year and month") << u"2026-01"_s;
    QTest::newRow("basic format date") << u"20260101"_s;
    QTest::newRow("short year") << u"26-01-01"_s;
    QTest::newRow("five digit year") << u"12026-01-01"_s;
    QTest::newRow("single digit month") << u"2026-1-01"_s;
    QTest::newRow("month 13") << u"2026-13-01"_s;
    QTest::newRow("month 0") << u"2026-00-01"_s;
    QTest::newRow("day 0") << u"2026-01-00"_s;
    QTest::newRow("february 30") << u"2026-02-30"_s;
    QTest::newRow("february 29 non leap") << u"2026-02-29"_s;
    QTest::newRow("february 29 1900") << u"1900-02-29"_s;
    QTest::newRow("april 31") << u"2026-04-31"_s;
    QTest::newRow("hour 24") << u"2026-01-01T24:00:00Z"_s;
    QTest::newRow("minute 60") << u"2026-01-01T10:60:00Z"_s;
    QTest::newRow("leap second") << u"2026-12-31T23:59:60Z"_s;
    QTest::newRow("hour only") << u"2026-01-01T10Z"_s;
    QTest::newRow("separator only") << u"2026-01-01T"_s;
    QTest::newRow("bad separator") << u"2026-01-01X10:00:00Z"_s;
    QTest::newRow("empty fraction") << u"2026-01-01T10:00:00.Z"_s;
    QTest::newRow("fraction without seconds") << u"2026-01-01T10:00.5Z"_s;
    QTest::newRow("offset hour 24") << u"2026-01-01T10:00:00+24:00"_s;
    QTest::newRow("offset minute 60") << u"2026-01-01T10:00:00+01:60"_s;
    QTest::newRow("offset one digit") << u"2026-01-01T10:00:00+1"_s;
    QTest::newRow("offset three digits") << u"2026-01-01T10:00:00+010"_s;
    QTest::newRow("offset colon no minutes") << u"2026-01-01T10:00:00+01:"_s;
    QTest::newRow("trailing text") << u"2026-01-01T10:00:00Zjunk"_s;
    QTest::newRow("leading space") << u" 2026-01-01"_s;
    QTest::newRow("trailing space") << u"2026-01-01 "_s;
    QTest::newRow("zone name suffix") << u"2026-01-01T10:00:00 Europe/Berlin"_s;
    QTest::newRow("fullwidth digits") << u"２０２６-01-01"_s;
    QTest::newRow("epoch number") << u"1767225600000"_s;
}

void TestInstant::invalid()
{
    QFETCH(QString, text);
    QVERIFY2(!Instant::parse(text, QTimeZone::utc()).has_value(), qPrintable(text));
}

void TestInstant::extremeYears()
{
    // ISO 8601 counts a year 0 (1 BC), which QDate does not.
    const auto yearZero = Instant::parse(u"0000-01-01T00:00:00Z");
    QVERIFY(yearZero);
    QCOMPARE(yearZero->msecsSinceEpoch(), Q_INT64_C(-62167219200000));
    const auto last = Instant::parse(u"9999-12-31T23:59:59.999Z");
    QVERIFY(last);
    QCOMPARE(last->msecsSinceEpoch(), Q_INT64_C(253402300799999));
    const auto epoch = Instant::parse(u"1970-01-01");
    QVERIFY(epoch);
    QCOMPARE(epoch->msecsSinceEpoch(), 0);
}

void TestInstant::invalidZoneNeedsOffset()
{
    const QTimeZone invalid("No/Such_Zone");
    QVERIFY(!invalid.isValid());
    QVERIFY(!Instant::parse(u"2026-01-01", invalid));
    QVERIFY(!Instant::parse(u"2026-01-01T10:00:00", invalid));
    QVERIFY(Instant::parse(u"2026-01-01T10:00:00Z", invalid));
    QVERIFY(Instant::parse(u"2026-01-01T10:00:00+01:00", invalid));
}

void TestInstant::ordering()
{
    const auto a = Instant::parse(u"2026-01-01T00:00:00+01:00");
    const auto b = Instant::parse(u"2026-01-01T00:00:00Z");
    QVERIFY(a && b);
    QVERIFY(*a < *b);
    QCOMPARE(*Instant::parse(u"2026-01-01T01:00:00+01:00"), *b);
}

void TestInstant::decimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");

    QTest::newRow("integer") << u"42"_s << 42.0;
    QTest::newRow("zero") << u"0"_s << 0.0;
    QTest::newRow("negative") << u"-7"_s << -7.0;
    QTest::newRow("plus sign") << u"+7"_s << 7.0;
    QTest::newRow("fraction") << u"3.25"_s << 3.25;
    QTest::newRow("negative fraction") << u"-0.5"_s << -0.5;
    QTest::newRow("leading dot") << u".5"_s << 0.5;
    QTest::newRow("trailing dot") << u"5."_s << 5.0;
    QTest::newRow("leading zeros") << u"007"_s << 7.0;
    QTest::newRow("exponent") << u"1e3"_s << 1000.0;
    QTest::newRow("upper exponent") << u"2.5E-2"_s << 0.025;
    QTest::newRow("exponent plus") << u"1e+2"_s << 100.0;
    QTest::newRow("surrounding whitespace") << u"  12.5\t\n"_s << 12.5;
    QTest::newRow("largest double") << u"1.7976931348623157e308"_s << 1.7976931348623157e308;
    QTest::newRow("underflow is zero") << u"1e-400"_s << 0.0;
    QTest::newRow("denormal") << u"5e-324"_s << 5e-324;
}

void TestInstant::decimal()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    double value = -1;
    QVERIFY2(parseDecimal(text, &value), qPrintable(text));
    QCOMPARE(value, expected);
    QVERIFY(parseDecimal(text, nullptr));
}

void TestInstant::invalidDecimal_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("sign only") << u"-"_s;
    QTest::newRow("dot only") << u"."_s;
    QTest::newRow("two signs") << u"--1"_s;
    QTest::newRow("two dots") << u"1.2.3"_s;
    QTest::newRow("hex") << u"0x10"_s;
    QTest::newRow("inf") << u"inf"_s;
    QTest::newRow("infinity") << u"Infinity"_s;
    QTest::newRow("nan") << u"nan"_s;
    QTest::newRow("exponent without digits") << u"1e"_s;
    QTest::newRow("exponent sign only") << u"1e+"_s;
    QTest::newRow("exponent only") << u"e5"_s;
    QTest::newRow("thousands separator") << u"1,000"_s;
    QTest::newRow("decimal comma") << u"1,5"_s;
    QTest::newRow("underscore") << u"1_000"_s;
    QTest::newRow("inner space") << u"1 000"_s;
    QTest::newRow("trailing letters") << u"12abc"_s;
    QTest::newRow("unit") << u"10px"_s;
    QTest::newRow("overflow") << u"1e999"_s;
    QTest::newRow("negative overflow") << u"-1e400"_s;
    QTest::newRow("fullwidth digits") << u"１２"_s;
}

void TestInstant::invalidDecimal()
{
    QFETCH(QString, text);
    double value = 123;
    QVERIFY2(!parseDecimal(text, &value), qPrintable(text));
    QCOMPARE(value, 123.0);
}

QTEST_GUILESS_MAIN(TestInstant)
#include "tst_instant.moc"
