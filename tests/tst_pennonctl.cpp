// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// pennonctl as users and CI run it: the real binary, real files, exit codes and output.

#include "ctlrunner.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = CtlRun;

Run pennonctl(const QStringList &arguments, const QByteArray &input = {})
{
    return runPennonCtl(arguments, input);
}

QString demoPath()
{
    return QStringLiteral(PENNON_SOURCE_DIR "/resources/demo-workspace.json");
}

} // namespace

class TestPennonCtl final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void validateValidFile();
    void validateStandardInput();
    void validateInvalidFile();
    void validateWarnsOfKeptBrokenParts();
    void validateSyntaxError();
    void validateUnreadableFile();
    void germanMessages();
    void doesNotLinkWidgets();

private:
    QTemporaryDir m_dir;
};

void TestPennonCtl::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PENNONCTL_PATH)));
}

void TestPennonCtl::version()
{
    const Run run = pennonctl({u"--version"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"pennonctl " PENNON_VERSION "\n"_s);
}

void TestPennonCtl::help()
{
    const Run run = pennonctl({u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Usage: pennonctl [--db URL] COMMAND"));
    QVERIFY(run.out.contains(u"validate FILE"));
    QVERIFY(run.out.contains(u"Exit codes: 0 success, 1 runtime failure, 2 bad input, 3 conflict."));
}

void TestPennonCtl::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList() << u"no command given"_s;
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s, u"validate"_s} << u"unknown option '--colour'"_s;
    QTest::newRow("--db without URL") << QStringList{u"--db"_s} << u"option --db needs a database URL"_s;
    QTest::newRow("validate without file") << QStringList{u"validate"_s} << u"validate takes exactly one FILE"_s;
    QTest::newRow("validate with two files") << QStringList{u"validate"_s, u"a"_s, u"b"_s} << u"validate takes exactly one FILE"_s;
    QTest::newRow("validate unknown option") << QStringList{u"validate"_s, u"--strict"_s, u"a"_s} << u"Unknown option 'strict'"_s;
}

void TestPennonCtl::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run run = pennonctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.err.contains(u"pennonctl --help"));
    QVERIFY(run.out.isEmpty());
}

void TestPennonCtl::validateValidFile()
{
    const Run run = pennonctl({u"validate"_s, demoPath()});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u": valid Pennon workspace: 3 environments, 12 flags, 4 activations, 2 segments\n"), qPrintable(run.out + run.err));
    QCOMPARE(run.out.count(u'\n'), 1);
    QVERIFY(run.err.isEmpty());
}

void TestPennonCtl::validateStandardInput()
{
    QFile demo(demoPath());
    QVERIFY(demo.open(QIODevice::ReadOnly));
    const Run run = pennonctl({u"validate"_s, u"-"_s}, demo.readAll());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"<stdin>: valid Pennon workspace"));
}

void TestPennonCtl::validateWarnsOfKeptBrokenParts()
{
    // An Unleash-sourced constraint whose operand SDKs cannot use is valid (it evaluates as
    // they do), and validate names it as a warning; the same constraint of Pennon's own is
    // invalid.
    QFile demo(demoPath());
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray bytes = demo.readAll();
    const QByteArray inDe = R"("operator": "IN")";
    const qsizetype at = bytes.indexOf(inDe);
    QVERIFY(at > 0);
    QByteArray kept = bytes;
    kept.replace(at, inDe.size(), R"("operator": "LIKE", "source": "unleash")");
    const QString path = m_dir.filePath(u"kept.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kept);
    file.close();
    Run run = pennonctl({u"validate"_s, path});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u": warning: operator \"LIKE\" is not one Unleash SDKs know"_s), qPrintable(run.out));

    QByteArray own = bytes;
    own.replace(at, inDe.size(), R"("operator": "LIKE")");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(own);
    file.close();
    run = pennonctl({u"validate"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains(u"unknown operator \"LIKE\""_s), qPrintable(run.out));
}

void TestPennonCtl::validateInvalidFile()
{
    QFile demo(demoPath());
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QByteArray bytes = demo.readAll();
    // Two semantic problems in one file: both reported, one line each, with their paths.
    const qsizetype firstWeight = bytes.indexOf("\"weight\": ");
    QVERIFY(firstWeight > 0);
    const qsizetype end = bytes.indexOf('\n', firstWeight);
    bytes.replace(firstWeight, end - firstWeight, "\"weight\": 100000");
    bytes.replace("\"offVariation\": \"off\"", "\"offVariation\": \"nope\"");
    const QString path = m_dir.filePath(u"broken.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const Run run = pennonctl({u"validate"_s, path});
    QCOMPARE(run.exitCode, 2);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(run.out));
    for (const QString &line : lines)
        QVERIFY2(line.startsWith(path + u":/"), qPrintable(line));
    QVERIFY2(run.out.contains(u"/serve/split") || run.out.contains(u"/defaultServe/split"), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"/offVariation: "), qPrintable(run.out));
    QVERIFY(run.out.contains(u"nope"));
}

void TestPennonCtl::validateSyntaxError()
{
    const QString path = m_dir.filePath(u"truncated.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": \"pennon\",\n  \"flags\": [\n    {\"key\": \"a\"");
    file.close();
    const Run run = pennonctl({u"validate"_s, path});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString(path + u":/flags/0: line 4, column 16: unexpected end of the document inside an object (truncated?)\n"));
}

void TestPennonCtl::validateUnreadableFile()
{
    const Run missing = pennonctl({u"validate"_s, m_dir.filePath(u"missing.json"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"cannot read") && missing.err.contains(u"missing.json"), qPrintable(missing.err));
    const Run directory = pennonctl({u"validate"_s, m_dir.path()});
    QCOMPARE(directory.exitCode, 1);
    QVERIFY(directory.err.contains(u"is a directory"));
}

void TestPennonCtl::germanMessages()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANGUAGE"_s, u"de"_s);
    env.insert(u"LANG"_s, u"de_DE.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PENNONCTL_PATH), {u"frobnicate"_s});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(u"unbekannter Befehl"), qPrintable(err));
}

void TestPennonCtl::doesNotLinkWidgets()
{
    // pennonctl is the proof that core needs no GUI: it runs without a display and does not
    // even load the GUI libraries.
    QProcess ldd;
    ldd.start(u"ldd"_s, {QStringLiteral(PENNONCTL_PATH)});
    QVERIFY(ldd.waitForFinished(30000));
    const QString libraries = QString::fromUtf8(ldd.readAllStandardOutput());
    QVERIFY2(libraries.contains(u"libQt6Core"), qPrintable(libraries));
    QVERIFY2(!libraries.contains(u"libQt6Widgets"), qPrintable(libraries));
    QVERIFY2(!libraries.contains(u"libQt6Gui"), qPrintable(libraries));
}

QTEST_GUILESS_MAIN(TestPennonCtl)
#include "tst_pennonctl.moc"
