// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The simulator: observed splits against configured ones, determinism across thread counts,
// synthetic ids, constant attributes, CSV contexts, cancellation, and the goodness-of-fit
// statistics; plus the CSV reader's errors.

#include "engine/engine.h"
#include "engine/simulator.h"
#include "formats/csvcontexts.h"
#include "json/jsonwriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cmath>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

const QString Env = u"production"_s;

/// Variations off, a, b, c; off is the off variation.
Flag flagWith(const QString &key, QList<Rule> rules, Serve defaultServe, bool on = true)
{
    Flag flag;
    flag.key = key;
    flag.type = FlagType::String;
    for (const QString &name : {u"off"_s, u"a"_s, u"b"_s, u"c"_s})
        flag.variations.append({name, name, {}});
    EnvironmentConfig config;
    config.on = on;
    config.offVariation = u"off"_s;
    config.rules = std::move(rules);
    config.defaultServe = std::move(defaultServe);
    flag.environments.insert(Env, config);
    return flag;
}

Serve serveVariation(const QString &variation)
{
    Serve serve;
    serve.variation = variation;
    return serve;
}

Serve serveSplit(QList<SplitWeight> weights, qint64 total = 100)
{
    Split split;
    split.weights = std::move(weights);
    split.total = total;
    Serve serve;
    serve.split = split;
    return serve;
}

Rule rule(QList<Condition> conditions, Serve serve)
{
    Rule r;
    r.conditions = std::move(conditions);
    r.serve = std::move(serve);
    return r;
}

UserListActivation userList(const QString &attribute, QStringList values)
{
    UserListActivation list;
    list.attribute = attribute;
    list.values = std::move(values);
    return list;
}

ConstraintActivation constraint(const QString &attribute, Operator op, QStringList values = {})
{
    ConstraintActivation c;
    c.attribute = attribute;
    c.op = op;
    c.values = std::move(values);
    return c;
}

std::shared_ptr<const Engine> engineWith(const Flag &flag)
{
    Workspace workspace;
    workspace.environments = Workspace::defaultEnvironments();
    workspace.flags = {flag};
    return Engine::compile(workspace, Env);
}

SimulationResult simulate(const std::shared_ptr<const Engine> &engine, SimulationOptions options)
{
    Simulator simulator(engine, 0, std::move(options));
    return simulator.run();
}

SimulationOptions users(qint64 count, int threads = 0)
{
    SimulationOptions options;
    options.users = count;
    options.threads = threads;
    return options;
}

const Flag ThirtySeventy = flagWith(u"new-checkout"_s, {},
                                    serveSplit({{u"a"_s, 30}, {u"b"_s, 70}}));

} // namespace

class TestSimulator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitMatchesConfiguredWeights();
    void countsDoNotDependOnThreads();
    void agreesWithOneByOneEvaluation();
    void idPatternAndAttribute_data();
    void idPatternAndAttribute();
    void constantAttributes();
    void csvContexts();
    void targetingIsLeftOutOfTheSplit();
    void noSplitDecides();
    void jsonShape();
    void cancelStopsEarly();
    void startRunsOffTheCallersThread();
    void badInput();

    void pValue_data();
    void pValue();
    void incompleteGamma_data();
    void incompleteGamma();

    void csvReading();
    void csvErrors_data();
    void csvErrors();
};

void TestSimulator::splitMatchesConfiguredWeights()
{
    const SimulationResult result = simulate(engineWith(ThirtySeventy), users(100'000));
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.flag, u"new-checkout"_s);
    QCOMPARE(result.users, 100'000);
    QCOMPARE(result.variations, (QStringList{u"off"_s, u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(result.counts.at(0), 0);
    QCOMPARE(result.counts.at(1) + result.counts.at(2), 100'000);
    QVERIFY2(std::abs(double(result.counts.at(1)) / 100'000 - 0.30) < 0.01, qPrintable(QString::number(result.counts.at(1))));
    QVERIFY(std::abs(double(result.counts.at(2)) / 100'000 - 0.70) < 0.01);
    QCOMPARE(result.reasonCount(Reason::Split), 100'000);
    QCOMPARE(result.errorCount(), 0);
    QVERIFY(!result.cancelled);

    QCOMPARE(result.decidingSplit, std::optional<int>(-1));
    QCOMPARE(result.configuredShares,
             (QList<std::optional<double>>{0.0, 0.3, 0.7, 0.0}));
    QCOMPARE(result.splitCounts, result.counts);
    QVERIFY(result.chiSquare.has_value());
    QCOMPARE(result.degreesOfFreedom, 1);
    QVERIFY2(*result.pValue > 0.001, qPrintable(QString::number(*result.pValue)));
    QVERIFY(result.seconds > 0);
}

void TestSimulator::countsDoNotDependOnThreads()
{
    const auto engine = engineWith(ThirtySeventy);
    const SimulationResult one = simulate(engine, users(100'000, 1));
    const SimulationResult four = simulate(engine, users(100'000, 4));
    const SimulationResult ideal = simulate(engine, users(100'000));
    QCOMPARE(four.counts, one.counts);
    QCOMPARE(ideal.counts, one.counts);
    QCOMPARE(four.splitCounts, one.splitCounts);
    QCOMPARE(four.reasons, one.reasons);
    QCOMPARE(*four.chiSquare, *one.chiSquare);
}

void TestSimulator::agreesWithOneByOneEvaluation()
{
    // The in-place id buffers must hash and compare exactly as ordinary contexts do, for ids of
    // every length and for non-ASCII patterns.
    PercentageActivation gate;
    gate.percentage = 40;
    const Flag flag = flagWith(u"gated"_s,
                               {rule({gate, constraint(u"userId"_s, Operator::StrEndsWith, {u"7"_s})},
                                     serveVariation(u"c"_s)),
                                rule({gate}, serveSplit({{u"a"_s, 1}, {u"b"_s, 2}}, 3))},
                               serveVariation(u"off"_s));
    const auto engine = engineWith(flag);
    for (const QString &pattern : {u"user-{n}"_s, u"Nutzer-ä{n}😀"_s, u"{n}"_s}) {
        SimulationOptions options = users(3000, 2);
        options.idPattern = pattern;
        const SimulationResult result = simulate(engine, options);

        QList<qint64> expected(flag.variations.size(), 0);
        for (int n = 0; n < 3000; ++n) {
            Context context;
            context.setString(u"userId"_s, QString(pattern).replace(u"{n}"_s, QString::number(n)));
            ++expected[engine->evaluate(u"gated", context).variation];
        }
        QCOMPARE(result.counts, expected);
    }
}

void TestSimulator::idPatternAndAttribute_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("listed");

    QTest::newRow("default pattern") << QString() << QString() << u"user-7"_s;
    QTest::newRow("own pattern") << u"acct-{n}-x"_s << QString() << u"acct-42-x"_s;
    QTest::newRow("own attribute") << u"acct-{n}"_s << u"accountId"_s << u"acct-7"_s;
    QTest::newRow("number twice") << u"u{n}.{n}"_s << QString() << u"u12.12"_s;
    QTest::newRow("last user") << QString() << QString() << u"user-999"_s;
    QTest::newRow("first user") << QString() << QString() << u"user-0"_s;
}

void TestSimulator::idPatternAndAttribute()
{
    QFETCH(QString, pattern);
    QFETCH(QString, attribute);
    QFETCH(QString, listed);
    const QString idAttribute = attribute.isEmpty() ? u"userId"_s : attribute;
    // The list looks at the id attribute; a second list on the other attribute never matches.
    const QString other = idAttribute == u"userId"_s ? u"accountId"_s : u"userId"_s;
    const Flag flag = flagWith(u"listed"_s,
                               {rule({userList(other, {listed})}, serveVariation(u"b"_s)),
                                rule({userList(idAttribute, {listed})}, serveVariation(u"a"_s))},
                               serveVariation(u"off"_s));
    SimulationOptions options = users(1000, 2);
    if (!pattern.isEmpty())
        options.idPattern = pattern;
    if (!attribute.isEmpty())
        options.idAttribute = attribute;
    const SimulationResult result = simulate(engineWith(flag), options);
    QCOMPARE(result.counts, (QList<qint64>{999, 1, 0, 0}));
    QCOMPARE(result.reasonCount(Reason::TargetingMatch), 1);
    QCOMPARE(result.reasonCount(Reason::Default), 999);
    QVERIFY(!result.decidingSplit);
}

void TestSimulator::constantAttributes()
{
    const Flag flag = flagWith(u"country"_s,
                               {rule({constraint(u"country"_s, Operator::In, {u"DE"_s}),
                                      constraint(u"userId"_s, Operator::StrStartsWith, {u"user-"_s})},
                                     serveVariation(u"a"_s))},
                               serveVariation(u"b"_s));
    const auto engine = engineWith(flag);

    SimulationOptions options = users(5000);
    QCOMPARE(simulate(engine, options).counts, (QList<qint64>{0, 0, 5000, 0}));

    options.constants.setString(u"country"_s, u"DE"_s);
    QCOMPARE(simulate(engine, options).counts, (QList<qint64>{0, 5000, 0, 0}));

    // The synthetic id wins over a constant of the same name.
    options.constants.setString(u"userId"_s, u"nobody"_s);
    QCOMPARE(simulate(engine, options).counts, (QList<qint64>{0, 5000, 0, 0}));
}

void TestSimulator::csvContexts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"users.csv"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("userId,country,plan\r\n"
                   "alice,DE,pro\r\n"
                   "\"smith, bob\",FR,\"free, trial\"\r\n"
                   "carol,,pro\r\n"
                   "\"dave \"\"the\"\" tester\",DE,\n"
                   "\n"
                   "eve,FR,pro\n");
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    Problems problems;
    const std::optional<QList<Context>> contexts = CsvContexts::readCsv(file.readAll(), &problems);
    QVERIFY2(contexts, qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
    QCOMPARE(contexts->size(), 5);

    const Flag flag = flagWith(u"csv"_s,
                               {rule({userList(u"userId"_s, {u"dave \"the\" tester"_s})}, serveVariation(u"c"_s)),
                                rule({constraint(u"country"_s, Operator::In, {u"DE"_s})}, serveVariation(u"a"_s)),
                                rule({constraint(u"plan"_s, Operator::In, {u"free, trial"_s})}, serveVariation(u"b"_s)),
                                rule({constraint(u"country"_s, Operator::Absent)}, serveVariation(u"c"_s))},
                               serveVariation(u"off"_s));
    const auto engine = engineWith(flag);
    SimulationOptions options;
    options.contexts = *contexts;
    options.users = 12345; // unused with contexts
    SimulationResult result = simulate(engine, options);
    QCOMPARE(result.users, 5);
    // alice a; smith b; carol (no country) c; dave c; eve off.
    QCOMPARE(result.counts, (QList<qint64>{1, 1, 1, 2}));

    // Constants fill what a row lacks and do not override what it has.
    options.constants.setString(u"country"_s, u"DE"_s);
    result = simulate(engine, options);
    QCOMPARE(result.counts, (QList<qint64>{1, 2, 1, 1}));
}

void TestSimulator::targetingIsLeftOutOfTheSplit()
{
    const Flag flag = flagWith(u"mixed"_s,
                               {rule({userList(u"userId"_s, {u"user-7"_s, u"user-8"_s})}, serveVariation(u"c"_s))},
                               serveSplit({{u"a"_s, 50}, {u"b"_s, 50}}));
    const SimulationResult result = simulate(engineWith(flag), users(20'000));
    QCOMPARE(result.counts.at(3), 2);
    QCOMPARE(result.decidingSplit, std::optional<int>(-1));
    QCOMPARE(result.splitCounts.at(1) + result.splitCounts.at(2), 19'998);
    QCOMPARE(result.splitCounts.at(3), 0);
    QCOMPARE(result.configuredShares.at(3), std::optional<double>(0.0));
    QVERIFY(result.pValue);

    // A rule's split that takes everyone decides, and its index is given.
    const Flag ruleSplit = flagWith(u"rule-split"_s,
                                    {rule({userList(u"userId"_s, {u"user-1"_s})}, serveVariation(u"c"_s)),
                                     rule({}, serveSplit({{u"a"_s, 1}, {u"b"_s, 1}, {u"c"_s, 2}}, 4))},
                                    serveSplit({{u"a"_s, 100}}));
    const SimulationResult ruled = simulate(engineWith(ruleSplit), users(8000));
    QCOMPARE(ruled.decidingSplit, std::optional<int>(1));
    QCOMPARE(ruled.configuredShares, (QList<std::optional<double>>{0.0, 0.25, 0.25, 0.5}));
    QCOMPARE(ruled.degreesOfFreedom, 2);
    QCOMPARE(ruled.splitCounts.at(3), ruled.counts.at(3) - 1);
}

void TestSimulator::noSplitDecides()
{
    // Two splits serve users: no single configured split describes the population.
    PercentageActivation half;
    half.percentage = 50;
    const Flag twoSplits = flagWith(u"two"_s, {rule({half}, serveSplit({{u"a"_s, 50}, {u"b"_s, 50}}))},
                                    serveSplit({{u"b"_s, 30}, {u"c"_s, 70}}));
    SimulationResult result = simulate(engineWith(twoSplits), users(10'000));
    QVERIFY(!result.decidingSplit);
    QVERIFY(!result.chiSquare);
    QVERIFY(!result.pValue);
    for (const auto &share : std::as_const(result.configuredShares))
        QVERIFY(!share);
    QCOMPARE(result.reasonCount(Reason::Split), 10'000);

    // A flag that is off: every user DISABLED, nothing to test.
    result = simulate(engineWith(flagWith(u"off"_s, {}, serveSplit({{u"a"_s, 100}}), false)), users(100));
    QCOMPARE(result.counts, (QList<qint64>{100, 0, 0, 0}));
    QCOMPARE(result.reasonCount(Reason::Disabled), 100);
    QVERIFY(!result.decidingSplit);

    // One variation at 100 %: the split decides but there is nothing to test.
    result = simulate(engineWith(flagWith(u"all"_s, {}, serveSplit({{u"a"_s, 100}}))), users(100));
    QCOMPARE(result.decidingSplit, std::optional<int>(-1));
    QVERIFY(!result.chiSquare);

    // A flag without configuration in the environment: errors, counted by code.
    Flag unconfigured = ThirtySeventy;
    unconfigured.environments.clear();
    result = simulate(engineWith(unconfigured), users(10));
    QCOMPARE(result.errorCount(), 10);
    QCOMPARE(result.errors[size_t(ErrorCode::NotConfigured)], 10);
    QCOMPARE(result.unserved, 10);
}

void TestSimulator::jsonShape()
{
    SimulationResult result = simulate(engineWith(ThirtySeventy), users(1000));
    QJsonObject json = result.toJson();
    QCOMPARE(json.keys(), (QStringList{u"chiSquare"_s, u"flag"_s, u"pValue"_s, u"seconds"_s,
                                       u"users"_s, u"variations"_s}));
    QCOMPARE(json.value(u"flag"_s).toString(), u"new-checkout"_s);
    QCOMPARE(json.value(u"users"_s).toInteger(), 1000);
    QVERIFY(json.value(u"chiSquare"_s).isDouble());
    QVERIFY(json.value(u"pValue"_s).isDouble());
    const QJsonArray rows = json.value(u"variations"_s).toArray();
    QCOMPARE(rows.size(), 4);
    const QJsonObject b = rows.at(2).toObject();
    QCOMPARE(b.keys(), (QStringList{u"count"_s, u"share"_s, u"variation"_s, u"weight"_s}));
    QCOMPARE(b.value(u"variation"_s).toString(), u"b"_s);
    QCOMPARE(b.value(u"weight"_s).toDouble(), 70.0);
    QCOMPARE(b.value(u"count"_s).toInteger(), result.counts.at(2));
    QCOMPARE(b.value(u"share"_s).toDouble(), double(result.counts.at(2)) / 1000);
    QCOMPARE(rows.at(0).toObject().value(u"weight"_s).toDouble(), 0.0);

    // The ordered writer gives the same object, fields in the documented order.
    const QByteArray written = result.writeJson();
    QVERIFY(written.indexOf("\"flag\"") < written.indexOf("\"users\""));
    QVERIFY(written.indexOf("\"variations\"") < written.indexOf("\"chiSquare\""));
    QVERIFY(written.indexOf("\"pValue\"") < written.indexOf("\"seconds\""));

    // No split decides: weight, chiSquare and pValue are null.
    const Flag fixed = flagWith(u"fixed"_s, {}, serveVariation(u"a"_s));
    result = simulate(engineWith(fixed), users(10));
    json = result.toJson();
    QVERIFY(json.value(u"chiSquare"_s).isNull());
    QVERIFY(json.value(u"pValue"_s).isNull());
    QVERIFY(json.value(u"variations"_s).toArray().at(1).toObject().value(u"weight"_s).isNull());
    QCOMPARE(json.value(u"variations"_s).toArray().at(1).toObject().value(u"share"_s).toDouble(), 1.0);
    QVERIFY(result.writeJson(JsonWriter::Compact).contains("\"chiSquare\":null"));
}

void TestSimulator::cancelStopsEarly()
{
    const auto engine = engineWith(ThirtySeventy);
    Simulator simulator(engine, 0, users(10'000'000, 1));
    std::atomic<int> calls{0};
    simulator.setProgressCallback([&](qint64 done, qint64 total) {
        QCOMPARE(total, 10'000'000);
        if (++calls == 1) {
            QVERIFY(done > 0);
            simulator.cancel();
        }
    });
    const SimulationResult result = simulator.run();
    QVERIFY(result.cancelled);
    QVERIFY(result.users > 0);
    QVERIFY(result.users < 100'000);
    QCOMPARE(result.counts.at(1) + result.counts.at(2), result.users);
    QCOMPARE(simulator.progress(), result.users);
    QCOMPARE(calls.load(), 1);
}

void TestSimulator::startRunsOffTheCallersThread()
{
    const auto engine = engineWith(ThirtySeventy);
    {
        Simulator simulator(engine, 0, users(50'000, 2));
        QCOMPARE(simulator.total(), 50'000);
        simulator.start();
        QTRY_VERIFY(simulator.isFinished());
        const SimulationResult result = simulator.result();
        QCOMPARE(result.users, 50'000);
        QCOMPARE(simulator.progress(), 50'000);
        QCOMPARE(result.counts, simulate(engine, users(50'000, 1)).counts);
    }
    {
        Simulator simulator(engine, 0, users(100'000'000, 2));
        simulator.start();
        QTRY_VERIFY(simulator.progress() > 0);
        simulator.cancel();
        const SimulationResult result = simulator.result();
        QVERIFY(simulator.isFinished());
        QVERIFY(result.cancelled);
        QVERIFY(result.users < 100'000'000);
    }
    {
        // Destroyed while running: cancels and waits.
        Simulator simulator(engine, 0, users(100'000'000, 2));
        simulator.start();
    }
}

void TestSimulator::badInput()
{
    const auto engine = engineWith(ThirtySeventy);
    QVERIFY(!Simulator(engine, 1, users(10)).run().error.isEmpty());
    QVERIFY(!Simulator(engine, -1, users(10)).run().error.isEmpty());
    QVERIFY(!Simulator(nullptr, 0, users(10)).run().error.isEmpty());
    QVERIFY(!Simulator(engine, 0, users(-1)).run().error.isEmpty());
    const SimulationResult none = Simulator(engine, 0, users(0)).run();
    QVERIFY(none.error.isEmpty());
    QCOMPARE(none.users, 0);
    QVERIFY(!none.cancelled);
    QVERIFY(!none.chiSquare);
    QCOMPARE(none.toJson().value(u"variations"_s).toArray().at(1).toObject().value(u"share"_s).toDouble(), 0.0);
}

void TestSimulator::pValue_data()
{
    QTest::addColumn<double>("chiSquare");
    QTest::addColumn<int>("degreesOfFreedom");
    QTest::addColumn<double>("expected");
    QTest::addColumn<double>("tolerance");

    // Rounded table values, then exact quantiles of the chi-square distribution.
    QTest::newRow("3.84, 1 df") << 3.84 << 1 << 0.05 << 1e-3;
    QTest::newRow("5.99, 2 df") << 5.99 << 2 << 0.05 << 1e-3;
    QTest::newRow("zero") << 0.0 << 1 << 1.0 << 0.0;
    QTest::newRow("zero, 5 df") << 0.0 << 5 << 1.0 << 0.0;
    QTest::newRow("95 %, 1 df") << 3.841458820694124 << 1 << 0.05 << 1e-9;
    QTest::newRow("95 %, 2 df") << 5.991464547107979 << 2 << 0.05 << 1e-9;
    QTest::newRow("99 %, 1 df") << 6.634896601021214 << 1 << 0.01 << 1e-9;
    QTest::newRow("95 %, 10 df") << 18.307038053275146 << 10 << 0.05 << 1e-9;
    QTest::newRow("99.9 %, 3 df") << 16.26623619623813 << 3 << 0.001 << 1e-10;
    QTest::newRow("median, 1 df") << 0.454936423119572 << 1 << 0.5 << 1e-9;
    QTest::newRow("median, 4 df") << 3.356693980033322 << 4 << 0.5 << 1e-9;
    QTest::newRow("5 %, 30 df") << 18.492660981953467 << 30 << 0.95 << 1e-9;
    QTest::newRow("far tail, 1 df") << 100.0 << 1 << 1.5239706048320995e-23 << 1e-30;
}

void TestSimulator::pValue()
{
    QFETCH(double, chiSquare);
    QFETCH(int, degreesOfFreedom);
    QFETCH(double, expected);
    QFETCH(double, tolerance);
    const double p = Simulator::chiSquarePValue(chiSquare, degreesOfFreedom);
    QVERIFY2(std::abs(p - expected) <= tolerance,
             qPrintable(u"p = "_s + QString::number(p, 'g', 17)));
}

void TestSimulator::incompleteGamma_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");

    // Q(1, x) = e^−x and Q(1/2, x) = erfc(√x), on both sides of x = a + 1 (series / fraction).
    for (const double x : {0.01, 0.5, 1.4, 1.6, 3.0, 10.0, 40.0}) {
        QTest::addRow("Q(1, %g)", x) << 1.0 << x << std::exp(-x);
        QTest::addRow("Q(1/2, %g)", x) << 0.5 << x << std::erfc(std::sqrt(x));
    }
    // Q(n, x) = e^−x Σ_{k<n} x^k / k! for whole n.
    for (const double x : {2.0, 5.0, 6.0, 9.0}) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < 5; ++k) {
            term *= x / k;
            sum += term;
        }
        QTest::addRow("Q(5, %g)", x) << 5.0 << x << std::exp(-x) * sum;
    }
}

void TestSimulator::incompleteGamma()
{
    QFETCH(double, a);
    QFETCH(double, x);
    QFETCH(double, expected);
    const double q = Simulator::regularizedGammaQ(a, x);
    QVERIFY2(std::abs(q - expected) <= 1e-12 * qMax(1.0, expected) + 1e-300,
             qPrintable(u"Q = "_s + QString::number(q, 'g', 17) + u", expected "_s
                        + QString::number(expected, 'g', 17)));
}

void TestSimulator::csvReading()
{
    Problems problems;
    const auto contexts = CsvContexts::readCsv("\xEF\xBB\xBF userId , note\n"
                                               "u1,\"two\nlines\"\n"
                                               "u2,\"\"\n"
                                               "u3, spaced \n"
                                               ",\"a,b\"\"c\"\"\"\n"
                                               "u4,müller",
                                               &problems);
    QVERIFY2(contexts, qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
    QCOMPARE(contexts->size(), 5);
    QCOMPARE(contexts->at(0).find(u"userId")->text, u"u1"_s);
    QCOMPARE(contexts->at(0).find(u"note")->text, u"two\nlines"_s);
    QVERIFY(!contexts->at(1).find(u"note"));            // "" is empty: absent
    QCOMPARE(contexts->at(2).find(u"note")->text, u" spaced "_s); // cells are not trimmed
    QVERIFY(!contexts->at(3).find(u"userId"));
    QCOMPARE(contexts->at(3).find(u"note")->text, u"a,b\"c\""_s);
    QCOMPARE(contexts->at(4).find(u"note")->text, u"müller"_s);
    QCOMPARE(contexts->at(4).find(u"note")->kind, AttributeValue::Kind::String);

    // A header alone: no contexts, no error.
    const auto empty = CsvContexts::readCsv("userId\r\n", &problems);
    QVERIFY(empty);
    QVERIFY(empty->isEmpty());
    QVERIFY(problems.isEmpty());
}

void TestSimulator::csvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("empty file") << QByteArray() << QStringList{u"line 1, column 1: "_s};
    QTest::newRow("blank lines only") << QByteArray("\n\n") << QStringList{u"line 1, column 1: "_s};
    QTest::newRow("too few cells") << QByteArray("a,b,c\n1,2,3\n1,2\n")
                                   << QStringList{u"line 3, column 4: the row has 2 cell"_s};
    QTest::newRow("too many cells") << QByteArray("a,b\n1,2\n1,2,3\n")
                                    << QStringList{u"line 3, column 5: the row has 3 cell"_s};
    QTest::newRow("quote in plain cell") << QByteArray("a,b\nx,y\"z\n")
                                         << QStringList{u"line 2, column 4: a quote inside an unquoted cell"_s};
    QTest::newRow("text after quote") << QByteArray("a,b\r\n\"x\"y,z\r\n")
                                      << QStringList{u"line 2, column 4: unexpected text after the closing quote"_s};
    QTest::newRow("never closed") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n")
                                  << QStringList{u"line 3, column 3: the quoted cell is never closed"_s};
    QTest::newRow("empty header name") << QByteArray("a,,c\n1,2,3\n")
                                       << QStringList{u"line 1, column 3: the header row must name"_s};
    QTest::newRow("repeated header name") << QByteArray("a,b,a\n1,2,3\n")
                                          << QStringList{u"line 1, column 5: the attribute \"a\" is named twice"_s};
    QTest::newRow("invalid UTF-8") << QByteArray("a,b\nü,\xFF\n")
                                   << QStringList{u"line 2, column 3: the cell is not valid UTF-8"_s};
    QTest::newRow("every bad row") << QByteArray("a,b\n1\n\"2\"x,3\n4,5\n\"6\"\"\",7,8\n")
                                   << QStringList{u"line 2, column 2: "_s, u"line 3, column 4: "_s,
                                                  u"line 5, column 9: "_s};
    QTest::newRow("lines after a multi-line cell") << QByteArray("a,b\n1,\"x\ny\"\n2\n")
                                                   << QStringList{u"line 4, column 2: the row has 1 cell"_s};
}

void TestSimulator::csvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, messages);
    Problems problems;
    QVERIFY(!CsvContexts::readCsv(csv, &problems));
    QStringList seen;
    for (const Problem &problem : std::as_const(problems))
        seen.append(problem.toString());
    QCOMPARE(seen.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i)
        QVERIFY2(seen.at(i).startsWith(messages.at(i)), qPrintable(seen.at(i)));
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
