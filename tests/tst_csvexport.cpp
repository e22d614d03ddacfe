// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// CSV export: exact bytes (header, RFC 4180 quoting, CRLF), one row per flag and environment
// in a fixed order, --env, and the real pennonctl.

#include "ctlrunner.h"
#include "exporttestutil.h"
#include "formats/csvexport.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <QTemporaryDir>

using namespace Pennon;
using namespace Qt::StringLiterals;
using namespace ExportTest;

namespace {

const QByteArray Flags = R"([
  {"key": "zeta", "name": "Zeta, the \u0022last\u0022", "type": "string", "owner": "ana@example.com", "tags": ["ui", "beta"],
   "variations": [{"key": "off", "value": "O"}, {"key": "a", "value": "A"}, {"key": "b", "value": "B"}],
   "environments": {
     "prod": {"on": true, "offVariation": "off", "rules": [{"conditions": [], "serve": {"variation": "a"}}, {"conditions": [], "serve": {"variation": "b"}}],
              "defaultServe": {"split": {"weights": [{"variation": "a", "weight": 30}, {"variation": "b", "weight": 70}], "total": 100}}},
     "dev": {"on": false, "offVariation": "off", "rules": [], "defaultServe": {"variation": "b"}}}},
  {"key": "alpha", "name": "Alpha\nsecond line", "type": "boolean", "archived": true,
   "variations": [{"key": "on", "value": true}, {"key": "off", "value": false}],
   "environments": {"dev": {"on": true, "offVariation": "off", "rules": [], "defaultServe": {"variation": "on"}}}}])";

} // namespace

class TestCsvExport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exactBytes();
    void oneEnvironment();
    void disabledRulesNotCounted();
    void quoting_data();
    void quoting();
    void cli();
};

void TestCsvExport::exactBytes()
{
    const Workspace w = workspace(Flags, "[]", "[]", true);
    const QByteArray expected =
        "key,name,type,environment,state,rules,default,owner,tags,updated,updated_by,archived\r\n"
        "alpha,\"Alpha\nsecond line\",boolean,prod,,,,,,,,yes\r\n"
        "alpha,\"Alpha\nsecond line\",boolean,dev,on,0,on,,,,,yes\r\n"
        "zeta,\"Zeta, the \"\"last\"\"\",string,prod,on,2,split a 30 / b 70,ana@example.com,ui; beta,,,no\r\n"
        "zeta,\"Zeta, the \"\"last\"\"\",string,dev,off,0,b,ana@example.com,ui; beta,,,no\r\n";
    QCOMPARE(CsvExport::write(w), expected);
    QCOMPARE(CsvExport::write(w), CsvExport::write(w));
    // With the database's stamps: when and by whom each flag was last saved.
    QHash<QString, ChangeStamp> stamps;
    stamps.insert(u"zeta"_s, {QDateTime(QDate(2026, 11, 23), QTime(6, 30, 5), QTimeZone::utc()), u"Ana, PM"_s});
    QCOMPARE(CsvExport::write(w, u"dev"_s, stamps),
             QByteArray("key,name,type,environment,state,rules,default,owner,tags,updated,updated_by,archived\r\n"
                        "alpha,\"Alpha\nsecond line\",boolean,dev,on,0,on,,,,,yes\r\n"
                        "zeta,\"Zeta, the \"\"last\"\"\",string,dev,off,0,b,ana@example.com,ui; beta,2026-11-23T06:30:05Z,\"Ana, PM\",no\r\n"));
}

void TestCsvExport::oneEnvironment()
{
    const Workspace w = workspace(Flags, "[]", "[]", true);
    QCOMPARE(CsvExport::write(w, u"dev"_s),
             QByteArray("key,name,type,environment,state,rules,default,owner,tags,updated,updated_by,archived\r\n"
                        "alpha,\"Alpha\nsecond line\",boolean,dev,on,0,on,,,,,yes\r\n"
                        "zeta,\"Zeta, the \"\"last\"\"\",string,dev,off,0,b,ana@example.com,ui; beta,,,no\r\n"));
}

void TestCsvExport::disabledRulesNotCounted()
{
    // `rules` counts the rules evaluated: zeta's second rule disabled, one in prod.
    Workspace w = workspace(Flags, "[]", "[]", true);
    w.flags[0].environments[u"prod"_s].rules[1].disabled = true;
    QCOMPARE(CsvExport::write(w, u"prod"_s),
             QByteArray("key,name,type,environment,state,rules,default,owner,tags,updated,updated_by,archived\r\n"
                        "alpha,\"Alpha\nsecond line\",boolean,prod,,,,,,,,yes\r\n"
                        "zeta,\"Zeta, the \"\"last\"\"\",string,prod,on,1,split a 30 / b 70,ana@example.com,ui; beta,,,no\r\n"));
    w.flags[0].environments[u"prod"_s].rules[0].disabled = true;
    QVERIFY(CsvExport::write(w, u"prod"_s).contains(",string,prod,on,0,split a 30 / b 70,"));
}

void TestCsvExport::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << u"abc"_s << u"abc"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
    QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("spaces kept as they are") << u" a "_s << u" a "_s;
}

void TestCsvExport::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvExport::field(text), field);
}

void TestCsvExport::cli()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"ws.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(PennonJson::write(workspace(Flags, "[]", "[]", true)));
    }
    const CtlRun all = runPennonCtl({u"export"_s, u"--from"_s, path, u"--format"_s, u"csv"_s});
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out, QString::fromUtf8(CsvExport::write(workspace(Flags, "[]", "[]", true))));
    const QString out = dir.filePath(u"flags.csv"_s);
    const CtlRun prod = runPennonCtl({u"export"_s, u"--from"_s, path, u"--format"_s, u"csv"_s, u"--env"_s, u"prod"_s, u"-o"_s, out});
    QCOMPARE(prod.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), CsvExport::write(workspace(Flags, "[]", "[]", true), u"prod"_s));
    const CtlRun unknown = runPennonCtl({u"export"_s, u"--from"_s, path, u"--format"_s, u"csv"_s, u"--env"_s, u"qa"_s});
    QCOMPARE(unknown.exitCode, 2);

    // From a workspace database, the updated columns say when and by whom.
    const QString db = u"sqlite:"_s + dir.filePath(u"w.sqlite"_s);
    const CtlRun imported = runPennonCtl({u"--db"_s, db, u"import"_s, path});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const CtlRun fromDb = runPennonCtl({u"--db"_s, db, u"export"_s, u"--format"_s, u"csv"_s, u"--env"_s, u"dev"_s});
    QVERIFY2(fromDb.exitCode == 0, qPrintable(fromDb.err));
    const QStringList lines = fromDb.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    static const QRegularExpression stamped(u"^zeta,.*,ui; beta,\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ,[^,]+,no$"_s);
    QVERIFY2(stamped.match(lines.at(2)).hasMatch(), qPrintable(lines.at(2)));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
