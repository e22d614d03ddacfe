// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Semantic Versioning 2.0.0: strict parsing and precedence (https://semver.org).

#include "values/semver.h"

#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestSemVer final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void compare_data();
    void compare();
    void specPrecedenceChain();
    void buildMetadataIgnored();
};

void TestSemVer::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("major");
    QTest::addColumn<quint64>("minor");
    QTest::addColumn<quint64>("patch");
    QTest::addColumn<QString>("preRelease");
    QTest::addColumn<QString>("build");

    QTest::newRow("release") << u"1.2.3"_s << quint64(1) << quint64(2) << quint64(3) << QString() << QString();
    QTest::newRow("zeros") << u"0.0.0"_s << quint64(0) << quint64(0) << quint64(0) << QString() << QString();
    QTest::newRow("large") << u"10.20.30"_s << quint64(10) << quint64(20) << quint64(30) << QString() << QString();
    QTest::newRow("max 64 bit") << u"18446744073709551615.0.0"_s << quint64(18446744073709551615ULL)
                                << quint64(0) << quint64(0) << QString() << QString();
    QTest::newRow("prerelease") << u"1.0.0-alpha"_s << quint64(1) << quint64(0) << quint64(0) << u"alpha"_s << QString();
    QTest::newRow("prerelease dotted") << u"1.0.0-alpha.1"_s << quint64(1) << quint64(0) << quint64(0) << u"alpha.1"_s << QString();
    QTest::newRow("prerelease with hyphens") << u"1.0.0-x-y-z.--"_s << quint64(1) << quint64(0) << quint64(0) << u"x-y-z.--"_s << QString();
    QTest::newRow("prerelease alnum leading zero") << u"1.0.0-0alpha"_s << quint64(1) << quint64(0) << quint64(0) << u"0alpha"_s << QString();
    QTest::newRow("prerelease zero") << u"1.0.0-0"_s << quint64(1) << quint64(0) << quint64(0) << u"0"_s << QString();
    QTest::newRow("build") << u"1.0.0+20130313144700"_s << quint64(1) << quint64(0) << quint64(0) << QString() << u"20130313144700"_s;
    QTest::newRow("build leading zeros") << u"1.0.0+001"_s << quint64(1) << quint64(0) << quint64(0) << QString() << u"001"_s;
    QTest::newRow("prerelease and build") << u"1.0.0-beta+exp.sha.5114f85"_s << quint64(1) << quint64(0) << quint64(0) << u"beta"_s << u"exp.sha.5114f85"_s;
    QTest::newRow("build with hyphen") << u"1.0.0+21AF26D3----117B344092BD"_s << quint64(1) << quint64(0) << quint64(0) << QString() << u"21AF26D3----117B344092BD"_s;
    QTest::newRow("rc with build") << u"1.0.0-rc.1+build.1"_s << quint64(1) << quint64(0) << quint64(0) << u"rc.1"_s << u"build.1"_s;
}

void TestSemVer::valid()
{
    QFETCH(QString, text);
    const auto version = SemVer::parse(text);
    QVERIFY2(version.has_value(), qPrintable(text));
    QTEST(version->majorVersion(), "major");
    QTEST(version->minorVersion(), "minor");
    QTEST(version->patchVersion(), "patch");
    QTEST(version->preRelease(), "preRelease");
    QTEST(version->build(), "build");
    QCOMPARE(version->toString(), text);
}

void TestSemVer::invalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("leading v") << u"v1.2.3"_s;
    QTest::newRow("leading V") << u"V1.2.3"_s;
    QTest::newRow("two parts") << u"1.2"_s;
    QTest::newRow("one part") << u"1"_s;
    QTest::newRow("four parts") << u"1.2.3.4"_s;
    QTest::newRow("leading zero major") << u"01.2.3"_s;
    QTest::newRow("leading zero minor") << u"1.02.3"_s;
    QTest::newRow("leading zero patch") << u"1.2.03"_s;
    QTest::newRow("leading zero numeric prerelease") << u"1.2.3-01"_s;
    QTest::newRow("leading zero in second prerelease id") << u"1.2.3-alpha.01"_s;
    QTest::newRow("empty prerelease") << u"1.2.3-"_s;
    QTest::newRow("empty prerelease identifier") << u"1.2.3-alpha..1"_s;
    QTest::newRow("trailing dot prerelease") << u"1.2.3-alpha."_s;
    QTest::newRow("empty build") << u"1.2.3+"_s;
    QTest::newRow("empty build identifier") << u"1.2.3+a..b"_s;
    QTest::newRow("two plus") << u"1.2.3+a+b"_s;
    QTest::newRow("underscore") << u"1.2.3-alpha_1"_s;
    QTest::newRow("non ascii") << u"1.2.3-ä"_s;
    QTest::newRow("leading space") << u" 1.2.3"_s;
    QTest::newRow("trailing space") << u"1.2.3 "_s;
    QTest::newRow("negative") << u"-1.2.3"_s;
    QTest::newRow("plus sign") << u"+1.2.3"_s;
    QTest::newRow("empty major") << u".2.3"_s;
    QTest::newRow("empty patch") << u"1.2."_s;
    QTest::newRow("letters in core") << u"1.2.x"_s;
    QTest::newRow("wildcard") << u"1.*.0"_s;
    QTest::newRow("overflow") << u"18446744073709551616.0.0"_s;
    QTest::newRow("fullwidth digit") << u"1.2.３"_s;
}

void TestSemVer::invalid()
{
    QFETCH(QString, text);
    QVERIFY2(!SemVer::parse(text).has_value(), qPrintable(text));
}

void TestSemVer::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");

    QTest::newRow("equal") << u"1.2.3"_s << u"1.2.3"_s << 0;
    QTest::newRow("major") << u"1.0.0"_s << u"2.0.0"_s << -1;
    QTest::newRow("minor numeric not textual") << u"2.10.0"_s << u"2.9.0"_s << 1;
    QTest::newRow("patch") << u"2.1.1"_s << u"2.1.0"_s << 1;
    QTest::newRow("prerelease below release") << u"1.0.0-alpha"_s << u"1.0.0"_s << -1;
    QTest::newRow("prerelease above lower release") << u"1.0.1-alpha"_s << u"1.0.0"_s << 1;
    QTest::newRow("numeric identifiers numerically") << u"1.0.0-2"_s << u"1.0.0-10"_s << -1;
    QTest::newRow("numeric below alphanumeric") << u"1.0.0-1"_s << u"1.0.0-a"_s << -1;
    QTest::newRow("ascii order") << u"1.0.0-Beta"_s << u"1.0.0-alpha"_s << -1;
    QTest::newRow("more identifiers higher") << u"1.0.0-alpha"_s << u"1.0.0-alpha.1"_s << -1;
    QTest::newRow("long numeric identifier") << u"1.0.0-99999999999999999999999"_s << u"1.0.0-100000000000000000000000"_s << -1;
    QTest::newRow("hyphen identifier is alphanumeric") << u"1.0.0--"_s << u"1.0.0-0"_s << 1;
    QTest::newRow("build ignored") << u"1.0.0+a"_s << u"1.0.0+b"_s << 0;
    QTest::newRow("build ignored on prerelease") << u"1.0.0-rc.1+x"_s << u"1.0.0-rc.1"_s << 0;
}

void TestSemVer::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const auto va = SemVer::parse(a);
    const auto vb = SemVer::parse(b);
    QVERIFY(va && vb);
    QCOMPARE(va->compare(*vb), expected);
    QCOMPARE(vb->compare(*va), -expected);
    QCOMPARE(*va == *vb, expected == 0);
    QCOMPARE(*va < *vb, expected < 0);
    QCOMPARE(*va > *vb, expected > 0);
}

void TestSemVer::specPrecedenceChain()
{
    // The example of the specification, item 11.
    const QStringList chain = {
        u"1.0.0-alpha"_s, u"1.0.0-alpha.1"_s, u"1.0.0-alpha.beta"_s, u"1.0.0-beta"_s,
        u"1.0.0-beta.2"_s, u"1.0.0-beta.11"_s, u"1.0.0-rc.1"_s, u"1.0.0"_s,
        u"2.0.0"_s, u"2.1.0"_s, u"2.1.1"_s,
    };
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        const auto lower = SemVer::parse(chain.at(i));
        const auto higher = SemVer::parse(chain.at(i + 1));
        QVERIFY(lower && higher);
        QVERIFY2(*lower < *higher, qPrintable(chain.at(i) + u" < " + chain.at(i + 1)));
    }
}

void TestSemVer::buildMetadataIgnored()
{
    const auto a = SemVer::parse(u"1.0.0+build.1");
    const auto b = SemVer::parse(u"1.0.0+build.2");
    QVERIFY(a && b);
    QCOMPARE(*a, *b);
    QCOMPARE(a->build(), u"build.1"_s);
}

QTEST_GUILESS_MAIN(TestSemVer)
#include "tst_semver.moc"
