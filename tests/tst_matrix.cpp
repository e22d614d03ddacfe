// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The matrix (Simulate ▸ Matrix…'s core): the values parser (lists, escapes, ranges with a
// step, typed values, errors that name the attribute and the character, the cap on
// combinations), the order of the combinations, and on the demo workspace: every cell's counts
// add up to the number of combinations, and equal what the test's own Engine evaluation of each
// context (built here from the values, not by the matrix) gives; the detail of a cell likewise.

#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "engine/matrix.h"
#include "formats/pennonjson.h"

#include <QFile>
#include <QJsonObject>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

using Type = PersonaAttribute::Type;

MatrixAttribute parsed(const QString &name, Type type, const QString &text)
{
    QString error;
    const auto attribute = MatrixAttribute::parse(name, type, text, &error);
    if (!attribute)
        qWarning("%s", qPrintable(error));
    return attribute.value_or(MatrixAttribute());
}

Workspace demo()
{
    QFile file(u":/pennon/demo-workspace.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no demo workspace");
    Problems problems;
    const auto workspace = PennonJson::read(file.readAll(), &problems);
    if (!workspace)
        qFatal("the demo workspace does not read");
    return *workspace;
}

} // namespace

class TestMatrix final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lists();
    void ranges();
    void typedValues();
    void errors_data();
    void errors();
    void cap();
    void combinationOrder();
    void countsAddUpAndMatchTheEngine();
    void threadsDoNotChangeCounts();
    void cancelled();
    void csv();
    void hundredThousand();
};

void TestMatrix::lists()
{
    MatrixAttribute a = parsed(u"country"_s, Type::String, u"de, fr ,us"_s);
    QCOMPARE(a.values, QStringList({u"de"_s, u"fr"_s, u"us"_s}));
    QCOMPARE(a.json.at(0), QJsonValue(u"de"_s));
    a = parsed(u"name"_s, Type::String, uR"(a\,b,c\\,two words, \ lead)"_s);
    QCOMPARE(a.values, QStringList({u"a,b"_s, uR"(c\)"_s, u"two words"_s, u" lead"_s}));
    a = parsed(u"one"_s, Type::String, u"single"_s);
    QCOMPARE(a.values, QStringList{u"single"_s});
}

void TestMatrix::ranges()
{
    MatrixAttribute a = parsed(u"age"_s, Type::Number, u"17..19"_s);
    QCOMPARE(a.values, QStringList({u"17"_s, u"18"_s, u"19"_s}));
    QCOMPARE(a.json.at(1), QJsonValue(18.0));
    a = parsed(u"age"_s, Type::Number, u"18..80 step 10"_s);
    QCOMPARE(a.values, QStringList({u"18"_s, u"28"_s, u"38"_s, u"48"_s, u"58"_s, u"68"_s, u"78"_s}));
    a = parsed(u"age"_s, Type::Number, u"-2..0, 5, 10..12 step 2"_s);
    QCOMPARE(a.values, QStringList({u"-2"_s, u"-1"_s, u"0"_s, u"5"_s, u"10"_s, u"12"_s}));
    // A string attribute's range is text; an escaped dot is no range.
    a = parsed(u"code"_s, Type::String, u"1..2"_s);
    QCOMPARE(a.json.at(0), QJsonValue(u"1"_s));
    a = parsed(u"code"_s, Type::String, uR"(1\..2)"_s);
    QCOMPARE(a.values, QStringList{u"1..2"_s});
    // Versions are no range: "1.2.3" has no "..".
    a = parsed(u"appVersion"_s, Type::Version, u"4.0.0, 5.2.1"_s);
    QCOMPARE(a.values.size(), 2);
}

void TestMatrix::typedValues()
{
    MatrixAttribute a = parsed(u"beta"_s, Type::Boolean, u"true,false"_s);
    QCOMPARE(a.json, QList<QJsonValue>({QJsonValue(true), QJsonValue(false)}));
    a = parsed(u"seats"_s, Type::Number, u"1.5, 10"_s);
    QCOMPARE(a.json, QList<QJsonValue>({QJsonValue(1.5), QJsonValue(10.0)}));
    a = parsed(u"signup"_s, Type::Date, u"2026-01-01, 2026-12-31T09:00:00Z"_s);
    QCOMPARE(a.values.size(), 2);
}

void TestMatrix::errors_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");   // 1-based, as the message says
    QTest::addColumn<QString>("words");
    QTest::newRow("empty") << int(Type::String) << u""_s << 1 << u"at least one value"_s;
    QTest::newRow("missing") << int(Type::String) << u"de,,fr"_s << 4 << u"missing"_s;
    QTest::newRow("trailing comma") << int(Type::String) << u"de,fr,"_s << 7 << u"missing"_s;
    QTest::newRow("not a number") << int(Type::Number) << u"1, 2, x"_s << 7 << u"not a number"_s;
    QTest::newRow("bad boolean") << int(Type::Boolean) << u"true,maybe"_s << 6 << u"neither true nor false"_s;
    QTest::newRow("range end") << int(Type::Number) << u"17..x"_s << 5 << u"end a range"_s;
    QTest::newRow("range start") << int(Type::Number) << u"1, a..3"_s << 4 << u"start a range"_s;
    QTest::newRow("range backwards") << int(Type::Number) << u"19..17"_s << 5 << u"below"_s;
    QTest::newRow("step zero") << int(Type::Number) << u"1..9 step 0"_s << 11 << u"step"_s;
    QTest::newRow("range too long") << int(Type::Number) << u"1..200000"_s << 1 << u"more than"_s;
    QTest::newRow("lone backslash") << int(Type::String) << uR"(de\)"_s << 3 << u"backslash"_s;
    QTest::newRow("bad date") << int(Type::Date) << u"2026-01-01,tomorrow"_s << 12 << u"no date"_s;
}

void TestMatrix::errors()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, words);
    QString error;
    qsizetype at = -1;
    QVERIFY(!MatrixAttribute::parse(u"attr"_s, Type(type), text, &error, &at));
    QVERIFY2(error.startsWith(u"attr, character %1: "_s.arg(position)), qPrintable(error));
    QVERIFY2(error.contains(words), qPrintable(error));
    QCOMPARE(at, position - 1);
}

void TestMatrix::cap()
{
    MatrixSpec spec;
    spec.attributes = {parsed(u"a"_s, Type::Number, u"1..1000"_s), parsed(u"b"_s, Type::Number, u"1..100"_s)};
    QCOMPARE(spec.combinations(), 100'000);
    QString error;
    QVERIFY2(spec.check(&error), qPrintable(error));
    spec.attributes.append(parsed(u"c"_s, Type::Boolean, u"true,false"_s));
    QCOMPARE(spec.combinations(), MatrixSpec::MaxCombinations + 1);
    QVERIFY(!spec.check(&error));
    QVERIFY2(error.contains(u"100,000"_s), qPrintable(error));
    const MatrixResult result = Matrix::evaluate(demo(), spec, {u"production"_s}, {u"dark-mode"_s});
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.evaluated, 0);

    // Names: present and distinct.
    spec.attributes = {parsed(u"a"_s, Type::String, u"x"_s), parsed(u"a"_s, Type::String, u"y"_s)};
    QVERIFY(!spec.check(&error));
    QVERIFY(error.contains(u"'a'"_s));
    spec.attributes = {parsed(u""_s, Type::String, u"x"_s)};
    QVERIFY(!spec.check(&error));
    spec.attributes.clear();
    QCOMPARE(spec.combinations(), 1);
}

void TestMatrix::combinationOrder()
{
    MatrixSpec spec;
    spec.attributes = {parsed(u"userId"_s, Type::String, u"u1,u2"_s),
                       parsed(u"country"_s, Type::String, u"de,fr,us"_s),
                       parsed(u"age"_s, Type::Number, u"17..18"_s)};
    spec.currentTime = QDateTime(QDate(2026, 12, 24), QTime(9, 0), Qt::UTC);
    QCOMPARE(spec.combinations(), 12);
    // The last attribute varies fastest.
    QCOMPARE(spec.contextJson(0), QJsonObject({{u"userId"_s, u"u1"_s}, {u"country"_s, u"de"_s}, {u"age"_s, 17},
                                               {u"currentTime"_s, u"2026-12-24T09:00:00Z"_s}}));
    QCOMPARE(spec.contextJson(3).value(u"country"_s), QJsonValue(u"fr"_s));
    QCOMPARE(spec.contextJson(11).value(u"userId"_s), QJsonValue(u"u2"_s));
    QCOMPARE(spec.contextJson(11).value(u"age"_s), QJsonValue(18));
    const Persona persona = spec.persona(7);
    QCOMPARE(persona.userId, u"u2"_s);
    QCOMPARE(persona.attributes, QList<PersonaAttribute>({{u"country"_s, Type::String, u"de"_s},
                                                          {u"age"_s, Type::Number, u"18"_s}}));
    QCOMPARE(persona.currentTime, spec.currentTime);
}

void TestMatrix::countsAddUpAndMatchTheEngine()
{
    const Workspace workspace = demo();
    MatrixSpec spec;
    const QStringList users{u"user-1"_s, u"user-4471"_s, u"ann"_s};
    const QStringList plans{u"free"_s, u"pro"_s, u"team"_s, u"enterprise"_s};
    const QStringList countries{u"DE"_s, u"US"_s};
    const QList<int> seats{1, 50};
    const QStringList versions{u"4.0.0"_s, u"5.2.0"_s};
    spec.attributes = {parsed(u"userId"_s, Type::String, users.join(u',')),
                       parsed(u"plan"_s, Type::String, plans.join(u',')),
                       parsed(u"country"_s, Type::String, countries.join(u',')),
                       parsed(u"seats"_s, Type::Number, u"1, 50"_s),
                       parsed(u"appVersion"_s, Type::Version, versions.join(u','))};
    spec.currentTime = QDateTime(QDate(2026, 12, 24), QTime(9, 0), Qt::UTC);
    const qint64 combinations = 3 * 4 * 2 * 2 * 2;
    QCOMPARE(spec.combinations(), combinations);

    QStringList environments;
    for (const Environment &environment : workspace.environments)
        environments.append(environment.key);
    QStringList flags;
    for (const Flag &flag : workspace.flags)
        flags.append(flag.key);
    std::atomic<qint64> progress{0};
    const MatrixResult result = Matrix::evaluate(workspace, spec, environments, flags, nullptr, &progress);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.flags, flags);
    QCOMPARE(result.environments, environments);
    QCOMPARE(result.evaluated, combinations);
    QCOMPARE(progress.load(), combinations);
    QVERIFY(!result.cancelled);

    // Every cell's counts add up to the number of combinations.
    for (qsizetype f = 0; f < flags.size(); ++f) {
        for (qsizetype e = 0; e < environments.size(); ++e)
            QCOMPARE(result.cells.at(f).at(e).total(), combinations);
    }

    // The test's own evaluation: each context written out here, in the matrix's order.
    bool someDiffer = false;
    for (qsizetype e = 0; e < environments.size(); ++e) {
        const auto engine = Engine::compile(workspace, environments.at(e), PluginRegistry::shared());   // as the matrix: installed plugins count
        QList<MatrixCell> expected(flags.size());
        QList<QList<EvaluationResult>> perCombination(flags.size());
        for (qsizetype f = 0; f < flags.size(); ++f)
            expected[f].counts.fill(0, workspace.flags.at(f).variations.size());
        qint64 n = 0;
        for (const QString &user : users) {
            for (const QString &plan : plans) {
                for (const QString &country : countries) {
                    for (int seat : seats) {
                        for (const QString &version : versions) {
                            Problems problems;
                            const auto context = Context::fromJson(
                                QJsonObject{{u"userId"_s, user}, {u"plan"_s, plan}, {u"country"_s, country},
                                            {u"seats"_s, seat}, {u"appVersion"_s, version},
                                            {u"currentTime"_s, u"2026-12-24T09:00:00Z"_s}},
                                u""_s, &problems);
                            QVERIFY(context);
                            QCOMPARE(spec.contextJson(n), QJsonObject({{u"userId"_s, user}, {u"plan"_s, plan},
                                                                       {u"country"_s, country}, {u"seats"_s, seat},
                                                                       {u"appVersion"_s, version},
                                                                       {u"currentTime"_s, u"2026-12-24T09:00:00Z"_s}}));
                            for (qsizetype f = 0; f < flags.size(); ++f) {
                                const EvaluationResult r = engine->evaluate(flags.at(f), *context);
                                perCombination[f].append(r);
                                if (r.variation >= 0)
                                    ++expected[f].counts[r.variation];
                                else if (r.reason == Reason::Error)
                                    ++expected[f].errors;
                                else
                                    ++expected[f].unserved;
                            }
                            ++n;
                        }
                    }
                }
            }
        }
        for (qsizetype f = 0; f < flags.size(); ++f) {
            QVERIFY2(result.cells.at(f).at(e) == expected.at(f),
                     qPrintable(flags.at(f) + u" in "_s + environments.at(e) + u": "_s + result.cellText(int(f), int(e))));
            // The detail of the cell: each combination's result as the test's own.
            const QList<EvaluationResult> detail = Matrix::detail(result, spec, int(f), int(e));
            QCOMPARE(detail.size(), combinations);
            for (qint64 c = 0; c < combinations; ++c) {
                QCOMPARE(detail.at(c).variation, perCombination.at(f).at(c).variation);
                QVERIFY2(detail.at(c).reason == perCombination.at(f).at(c).reason, qPrintable(flags.at(f) + u" in "_s + environments.at(e) + u" #"_s + QString::number(c)));
                QCOMPARE(detail.at(c).rule, perCombination.at(f).at(c).rule);
            }
            if (result.differs(int(f)))
                someDiffer = true;
        }
    }
    QVERIFY(someDiffer);   // the demo's environments do not agree on everything
}

void TestMatrix::threadsDoNotChangeCounts()
{
    const Workspace workspace = demo();
    MatrixSpec spec;
    spec.attributes = {parsed(u"userId"_s, Type::String, u"0..999"_s),
                       parsed(u"plan"_s, Type::String, u"free,pro"_s)};
    QStringList flags;
    for (const Flag &flag : workspace.flags)
        flags.append(flag.key);
    const MatrixResult one = Matrix::evaluate(workspace, spec, {u"production"_s}, flags, nullptr, nullptr, 1);
    const MatrixResult four = Matrix::evaluate(workspace, spec, {u"production"_s}, flags, nullptr, nullptr, 4);
    QCOMPARE(one.evaluated, 2000);
    QCOMPARE(four.evaluated, 2000);
    QVERIFY(one.cells == four.cells);
}

void TestMatrix::cancelled()
{
    MatrixSpec spec;
    spec.attributes = {parsed(u"userId"_s, Type::String, u"0..9999"_s)};
    std::atomic_bool cancel{true};
    const MatrixResult result = Matrix::evaluate(demo(), spec, {u"production"_s}, {u"dark-mode"_s}, &cancel);
    QVERIFY(result.cancelled);
    QCOMPARE(result.evaluated, 0);
    QVERIFY(Matrix::detail(result, spec, 0, 0, &cancel).isEmpty());
}

void TestMatrix::csv()
{
    MatrixSpec spec;
    spec.attributes = {parsed(u"userId"_s, Type::String, u"a,b,c"_s)};
    const MatrixResult result = Matrix::evaluate(demo(), spec, {u"production"_s, u"staging"_s}, {u"dark-mode"_s});
    const QList<QByteArray> lines = result.csv().split('\n');
    QCOMPARE(lines.first(), QByteArray("flag,environment,variation,count\r"));
    qint64 sum = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        QVERIFY(lines.at(i).startsWith("dark-mode,"));
        sum += lines.at(i).trimmed().split(',').last().toLongLong();
    }
    QCOMPARE(sum, 6);   // three combinations in each of two environments
}

void TestMatrix::hundredThousand()
{
    // The cap: 100,000 combinations, every demo flag, every environment; the time is printed.
    const Workspace workspace = demo();
    MatrixSpec spec;
    spec.attributes = {parsed(u"userId"_s, Type::String, u"0..999"_s),
                       parsed(u"plan"_s, Type::String, u"free,pro,team,enterprise,trial"_s),
                       parsed(u"country"_s, Type::String, u"DE,US,FR,JP"_s),
                       parsed(u"seats"_s, Type::Number, u"1..50 step 10"_s)};
    QCOMPARE(spec.combinations(), 100'000);
    QStringList environments;
    for (const Environment &environment : workspace.environments)
        environments.append(environment.key);
    QStringList flags;
    for (const Flag &flag : workspace.flags)
        flags.append(flag.key);
    const MatrixResult result = Matrix::evaluate(workspace, spec, environments, flags);
    QCOMPARE(result.evaluated, 100'000);
    for (const QList<MatrixCell> &row : result.cells) {
        for (const MatrixCell &cell : row)
            QCOMPARE(cell.total(), 100'000);
    }
    qInfo("100,000 combinations x %d flags x %d environments (%lld evaluations) in %.2f s on %d threads",
          int(flags.size()), int(environments.size()), 100'000LL * flags.size() * environments.size(),
          result.seconds, QThread::idealThreadCount());
    QElapsedTimer timer;
    timer.start();
    const QList<EvaluationResult> detail = Matrix::detail(result, spec, 0, 0);
    QCOMPARE(detail.size(), 100'000);
    qInfo("the detail of one cell (100,000 combinations) in %lld ms", timer.elapsed());
}

QTEST_GUILESS_MAIN(TestMatrix)
#include "tst_matrix.moc"
