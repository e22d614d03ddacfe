// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// pennon [--db URL | FILE], read apart from main().
#include "commandline.h"

#include <QDir>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(u"9.8.7"_s); }
    void none();
    void dbUrl();
    void file();
    void badUrl();
    void both();
    void unknownOption();
    void helpAndVersion();
};

void TestCommandLine::none()
{
    const CommandLine c = CommandLine::parse({u"pennon"_s});
    QCOMPARE(c.exitCode, -1);
    QVERIFY(!c.url);
    QVERIFY(c.error.isEmpty());
}

void TestCommandLine::dbUrl()
{
    CommandLine c = CommandLine::parse({u"pennon"_s, u"--db"_s, u"postgresql://anna:secret@db.example.com:5433/flags"_s});
    QCOMPARE(c.exitCode, -1);
    QVERIFY(c.url);
    QCOMPARE(c.url->kind, DatabaseUrl::Kind::Postgresql);
    QCOMPARE(c.url->host, u"db.example.com"_s);
    QCOMPARE(c.url->port, 5433);
    QCOMPARE(c.url->database, u"flags"_s);
    c = CommandLine::parse({u"pennon"_s, u"--db=sqlite:/tmp/x.sqlite"_s});
    QVERIFY(c.url);
    QCOMPARE(c.url->kind, DatabaseUrl::Kind::Sqlite);
    QCOMPARE(c.url->path, u"/tmp/x.sqlite"_s);
}

void TestCommandLine::file()
{
    const CommandLine c = CommandLine::parse({u"pennon"_s, u"some/work.sqlite"_s});
    QCOMPARE(c.exitCode, -1);
    QVERIFY(c.url);
    QCOMPARE(c.url->kind, DatabaseUrl::Kind::Sqlite);
    QCOMPARE(c.url->path, QDir::cleanPath(QDir::current().absoluteFilePath(u"some/work.sqlite"_s)));
}

void TestCommandLine::badUrl()
{
    const CommandLine c = CommandLine::parse({u"pennon"_s, u"--db"_s, u"mysql://db/flags"_s});
    QCOMPARE(c.exitCode, 2);
    QVERIFY(!c.url);
    QVERIFY2(c.error.contains(u"--db"_s), qPrintable(c.error));
    QVERIFY2(c.error.contains(u"mysql://db/flags"_s), qPrintable(c.error));
    const CommandLine port = CommandLine::parse({u"pennon"_s, u"--db"_s, u"postgresql://db:99999/flags"_s});
    QCOMPARE(port.exitCode, 2);
    QVERIFY(port.error.contains(u"--db"_s));
    QVERIFY(port.error.contains(u"99999"_s));
}

void TestCommandLine::both()
{
    const CommandLine c = CommandLine::parse({u"pennon"_s, u"--db"_s, u"sqlite:/tmp/a.sqlite"_s, u"b.sqlite"_s});
    QCOMPARE(c.exitCode, 2);
    QVERIFY(!c.error.isEmpty());
    const CommandLine two = CommandLine::parse({u"pennon"_s, u"a.sqlite"_s, u"b.sqlite"_s});
    QCOMPARE(two.exitCode, 2);
}

void TestCommandLine::unknownOption()
{
    const CommandLine c = CommandLine::parse({u"pennon"_s, u"--frobnicate"_s});
    QCOMPARE(c.exitCode, 2);
    QVERIFY2(c.error.contains(u"frobnicate"_s), qPrintable(c.error));
    QVERIFY(c.error.contains(u"--help"_s));
}

void TestCommandLine::helpAndVersion()
{
    const CommandLine help = CommandLine::parse({u"pennon"_s, u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.output.contains(u"--db"_s));
    QVERIFY(help.output.contains(u"FILE"_s));
    const CommandLine version = CommandLine::parse({u"pennon"_s, u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.output, u"pennon 9.8.7\n"_s);
}

QTEST_MAIN(TestCommandLine)
#include "tst_commandline.moc"
