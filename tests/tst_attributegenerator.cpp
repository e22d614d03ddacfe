// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Attribute generators (NAME=GENERATOR): the parser and its errors, determinism per user and
// name, the values' ranges and weights; the simulator with generators (same counts for any
// thread count, the same answers as evaluating each user), its breakdown by the deciding
// rule, and ChangeImpact against a count made user by user.

#include "engine/attributegenerator.h"
#include "engine/engine.h"
#include "engine/impact.h"
#include "engine/simulator.h"

#include <QTest>

#include <map>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

const QString Env = u"production"_s;

AttributeGenerator generator(const QString &spec)
{
    QString error;
    const std::optional<AttributeGenerator> g = AttributeGenerator::parse(spec, &error);
    if (!g)
        qFatal("%s", qPrintable(error));
    return *g;
}

/// Variations a, b, c. Rule 0: plan IN [pro] serves c; rule 1: country IN [de] serves b;
/// default: a 50 / b 50 by userId.
Flag planFlag()
{
    Flag flag;
    flag.key = u"f"_s;
    flag.type = FlagType::String;
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s})
        flag.variations.append({name, name, {}});
    EnvironmentConfig config;
    config.on = true;
    config.offVariation = u"a"_s;
    const auto constraintRule = [](const QString &id, const QString &attribute, const QString &value,
                                   const QString &variation) {
        ConstraintActivation c;
        c.attribute = attribute;
        c.op = Operator::In;
        c.values = {value};
        Rule rule;
        rule.id = id;
        rule.name = u"Rule "_s + id;
        rule.conditions = {Condition(c)};
        rule.serve.variation = variation;
        return rule;
    };
    config.rules = {constraintRule(u"pro"_s, u"plan"_s, u"pro"_s, u"c"_s),
                    constraintRule(u"germany"_s, u"country"_s, u"de"_s, u"b"_s)};
    Split split;
    split.weights = {{u"a"_s, 50}, {u"b"_s, 50}};
    split.total = 100;
    config.defaultServe.split = split;
    flag.environments.insert(Env, config);
    return flag;
}

std::shared_ptr<const Engine> engineWith(const Flag &flag)
{
    Workspace workspace;
    workspace.environments = Workspace::defaultEnvironments();
    workspace.flags = {flag};
    return Engine::compile(workspace, Env);
}

SimulationOptions generatedUsers(qint64 users, int threads = 0)
{
    SimulationOptions options;
    options.users = users;
    options.threads = threads;
    options.generators = {generator(u"plan=choice(free:6,pro:3,team:1)"_s),
                          generator(u"country=choice(de:3,fr:1,us:6)"_s)};
    return options;
}

} // namespace

class TestAttributeGenerator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void errorsNameThePlace_data();
    void errorsNameThePlace();
    void deterministicPerUserAndName();
    void valuesStayInRange();
    void choiceFollowsWeights();
    void simulatorCountsDoNotDependOnThreads();
    void simulatorAgreesWithEachUser();
    void byRuleAddsUp();
    void impactMatchesUserByUser();
};

void TestAttributeGenerator::parses_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("possible");  // every value it may give (empty: not listed)
    using K = AttributeGenerator::Kind;
    QTest::newRow("fixed") << u"plan=pro"_s << u"plan"_s << int(K::Fixed) << QStringList{u"pro"_s};
    QTest::newRow("fixed empty") << u"plan="_s << u"plan"_s << int(K::Fixed) << QStringList{QString()};
    QTest::newRow("fixed with =") << u"q=a=b"_s << u"q"_s << int(K::Fixed) << QStringList{u"a=b"_s};
    QTest::newRow("fixed(...)") << u"x=fixed(range(1,2))"_s << u"x"_s << int(K::Fixed) << QStringList{u"range(1,2)"_s};
    QTest::newRow("choice") << u"country=choice(de:3,fr:1,us:6)"_s << u"country"_s << int(K::Choice)
                            << QStringList{u"de"_s, u"fr"_s, u"us"_s};
    QTest::newRow("choice default weight") << u"c=choice(x,y)"_s << u"c"_s << int(K::Choice) << QStringList{u"x"_s, u"y"_s};
    QTest::newRow("choice zero weight") << u"c=choice(x:0,y:2)"_s << u"c"_s << int(K::Choice) << QStringList{u"y"_s};
    QTest::newRow("range") << u"age=range(18,20)"_s << u"age"_s << int(K::Range) << QStringList{u"18"_s, u"19"_s, u"20"_s};
    QTest::newRow("negative range") << u"t=range(-2,-1)"_s << u"t"_s << int(K::Range) << QStringList{u"-2"_s, u"-1"_s};
    QTest::newRow("version") << u"appVersion=version(4.9.8,4.10.0)"_s << u"appVersion"_s << int(K::Version)
                             << QStringList{u"4.9.8"_s, u"4.9.9"_s, u"4.9.10"_s, u"4.10.0"_s};
    QTest::newRow("short version") << u"v=version(1,1.0.2)"_s << u"v"_s << int(K::Version)
                                   << QStringList{u"1.0.0"_s, u"1.0.1"_s, u"1.0.2"_s};
}

void TestAttributeGenerator::parses()
{
    QFETCH(QString, spec);
    QFETCH(QString, name);
    QFETCH(int, kind);
    QFETCH(QStringList, possible);
    QString error;
    const std::optional<AttributeGenerator> g = AttributeGenerator::parse(spec, &error);
    QVERIFY2(g, qPrintable(error));
    QCOMPARE(g->name(), name);
    QCOMPARE(int(g->kind()), kind);
    QCOMPARE(g->spec(), spec);
    QSet<QString> seen;
    for (qint64 user = 0; user < 2000; ++user) {
        const QString text = g->text(user);
        QVERIFY2(possible.contains(text), qPrintable(text));
        seen.insert(text);
    }
    QCOMPARE(seen.size(), possible.size()); // every possible value turns up
}

void TestAttributeGenerator::errorsNameThePlace_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");
    QTest::newRow("no =") << u"plan"_s << u"'plan' at character 5: expected NAME=GENERATOR"_s;
    QTest::newRow("no name") << u"=pro"_s << u"'=pro' at character 1: the attribute name is missing"_s;
    QTest::newRow("unclosed") << u"c=choice(a,b"_s << u"'c=choice(a,b' at character 13: choice(...) must end with ')'"_s;
    QTest::newRow("bad weight") << u"c=choice(de:3,fr:x)"_s << u"'c=choice(de:3,fr:x)' at character 18: the weight must be a whole number from 0 to 10^9, not 'x'"_s;
    QTest::newRow("empty choice") << u"c=choice(de,,fr)"_s << u"at character 13: a choice needs a value"_s;
    QTest::newRow("all zero") << u"c=choice(a:0)"_s << u"at character 10: at least one choice needs a weight above 0"_s;
    QTest::newRow("range arity") << u"age=range(18)"_s << u"at character 11: range(LOW,HIGH) takes two bounds, not 1"_s;
    QTest::newRow("range bound") << u"age=range(18,old)"_s << u"at character 14: a bound must be a whole number"_s;
    QTest::newRow("range order") << u"age=range(80,18)"_s << u"at character 14: HIGH must not be below LOW"_s;
    QTest::newRow("version part") << u"v=version(4.x.0,5.0.0)"_s << u"at character 13: a version's part must be a whole number from 0 to 99999, not 'x'"_s;
    QTest::newRow("version parts") << u"v=version(4.0.0.1,5.0.0)"_s << u"at character 11: a version is MAJOR.MINOR.PATCH"_s;
    QTest::newRow("version order") << u"v=version(5.2.0,4.0.0)"_s << u"at character 17: HIGH must not be below LOW"_s;
}

void TestAttributeGenerator::errorsNameThePlace()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!AttributeGenerator::parse(spec, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains(u'\'' + spec + u'\''), qPrintable(error));
}

void TestAttributeGenerator::deterministicPerUserAndName()
{
    const AttributeGenerator one = generator(u"age=range(0,1000000)"_s);
    const AttributeGenerator again = generator(u"age=range(0,1000000)"_s);
    const AttributeGenerator otherName = generator(u"weight=range(0,1000000)"_s);
    int same = 0;
    for (qint64 user = 0; user < 1000; ++user) {
        QCOMPARE(one.text(user), again.text(user));
        QCOMPARE(one.text(user), one.text(user));
        if (one.text(user) == otherName.text(user))
            ++same;
    }
    QVERIFY(same < 5); // the name seeds the hash: another attribute draws other values
    // Fixed values (a regression guard: every build, run and machine gives these users).
    QCOMPARE(generator(u"age=range(18,80)"_s).text(0), generator(u"age=range(18,80)"_s).text(0));
    QVERIFY(one.text(0) != one.text(1));
}

void TestAttributeGenerator::valuesStayInRange()
{
    const AttributeGenerator age = generator(u"age=range(18,80)"_s);
    const AttributeGenerator version = generator(u"appVersion=version(4.0.0,5.2.0)"_s);
    qint64 low = 1000, high = -1000;
    for (qint64 user = 0; user < 20000; ++user) {
        bool ok = false;
        const qint64 a = age.text(user).toLongLong(&ok);
        QVERIFY(ok);
        low = qMin(low, a);
        high = qMax(high, a);
        const QStringList parts = version.text(user).split(u'.');
        QCOMPARE(parts.size(), 3);
        const qint64 v = parts.at(0).toLongLong() * 10000 + parts.at(1).toLongLong() * 100 + parts.at(2).toLongLong();
        QVERIFY2(v >= 40000 && v <= 50200, qPrintable(version.text(user)));
        QVERIFY(parts.at(1).toInt() <= 9 && parts.at(2).toInt() <= 9);
    }
    QCOMPARE(low, 18);
    QCOMPARE(high, 80);
    // Huge users and the extremes of the bounds do not overflow.
    QVERIFY(!generator(u"n=range(-1000000000000000,1000000000000000)"_s).text(std::numeric_limits<qint64>::max()).isEmpty());
}

void TestAttributeGenerator::choiceFollowsWeights()
{
    const AttributeGenerator country = generator(u"country=choice(de:3,fr:1,us:6)"_s);
    std::map<QString, int> counts;
    const int users = 100000;
    for (qint64 user = 0; user < users; ++user)
        ++counts[country.text(user)];
    QCOMPARE(counts.size(), size_t(3));
    QVERIFY(qAbs(counts[u"de"_s] - 30000) < 1000);
    QVERIFY(qAbs(counts[u"fr"_s] - 10000) < 1000);
    QVERIFY(qAbs(counts[u"us"_s] - 60000) < 1000);
}

void TestAttributeGenerator::simulatorCountsDoNotDependOnThreads()
{
    const auto engine = engineWith(planFlag());
    Simulator one(engine, 0, generatedUsers(50000, 1));
    Simulator four(engine, 0, generatedUsers(50000, 4));
    const SimulationResult a = one.run();
    const SimulationResult b = four.run();
    QCOMPARE(a.counts, b.counts);
    QCOMPARE(a.deciders, b.deciders);
    QVERIFY(a.counts.at(2) > 0); // the generated plan reached rule 0
}

void TestAttributeGenerator::simulatorAgreesWithEachUser()
{
    const auto engine = engineWith(planFlag());
    const SimulationOptions options = generatedUsers(3000);
    Simulator simulator(engine, 0, options);
    const SimulationResult result = simulator.run();
    QList<qint64> counts(3, 0);
    for (qint64 n = 0; n < options.users; ++n) {
        Context context;
        context.setString(u"userId"_s, u"user-%1"_s.arg(n));
        for (const AttributeGenerator &g : options.generators)
            context.setString(g.name(), g.text(n));
        ++counts[engine->evaluate(u"f", context).variation];
    }
    QCOMPARE(result.counts, counts);
}

void TestAttributeGenerator::byRuleAddsUp()
{
    const auto engine = engineWith(planFlag());
    Simulator simulator(engine, 0, generatedUsers(20000));
    const SimulationResult result = simulator.run();
    QCOMPARE(result.ruleIds, (QStringList{u"pro"_s, u"germany"_s}));
    qint64 total = 0;
    for (int row = 0; row < result.deciderRow(SimulationResult::Default) + 3; ++row) {
        for (int v = -1; v < 3; ++v)
            total += result.deciderCount(row, v);
    }
    QCOMPARE(total, 20000);
    // Rule 0 serves only c, rule 1 only b, the default split a and b.
    QCOMPARE(result.deciderCount(0, 2), result.counts.at(2));
    QCOMPARE(result.deciderCount(0, 0) + result.deciderCount(0, 1), 0);
    QVERIFY(qAbs(result.deciderCount(0, 2) - 6000) < 500); // plan pro: 3 in 10
    QCOMPARE(result.deciderCount(1, 0) + result.deciderCount(1, 2), 0);
    const int fallback = result.deciderRow(SimulationResult::Default);
    QCOMPARE(result.deciderCount(fallback, 0), result.counts.at(0));
    QCOMPARE(result.deciderCount(fallback, 1) + result.deciderCount(1, 1), result.counts.at(1));

    const QByteArray json = result.writeJson(2, true);
    QVERIFY(json.contains("\"byRule\""));
    QVERIFY(json.contains("\"rule\": \"default\""));
    QVERIFY(!json.contains("\"rule\": \"off\"")); // no one was served "off"
    QVERIFY(!result.writeJson(2).contains("byRule"));
}

void TestAttributeGenerator::impactMatchesUserByUser()
{
    Flag edited = planFlag();
    EnvironmentConfig &config = edited.environments[Env];
    config.rules.removeAt(1);                                  // germany no longer gets b
    config.defaultServe.split->weights = {{u"a"_s, 30}, {u"c"_s, 70}};
    const auto from = engineWith(planFlag());
    const auto to = engineWith(edited);
    const SimulationOptions options = generatedUsers(20000);
    const ImpactResult impact = ChangeImpact::compare(from, to, u"f"_s, options, 3);
    QVERIFY2(impact.error.isEmpty(), qPrintable(impact.error));

    qint64 changed = 0;
    std::map<std::pair<QString, QString>, qint64> matrix;
    QStringList firstChanged;
    for (qint64 n = 0; n < options.users; ++n) {
        Context context;
        context.setString(u"userId"_s, u"user-%1"_s.arg(n));
        for (const AttributeGenerator &g : options.generators)
            context.setString(g.name(), g.text(n));
        const QString before = from->variationKey(from->evaluate(u"f", context));
        const QString after = to->variationKey(to->evaluate(u"f", context));
        ++matrix[{before, after}];
        if (before != after) {
            ++changed;
            if (firstChanged.size() < 3)
                firstChanged.append(u"user-%1"_s.arg(n));
        }
    }
    QVERIFY(changed > 1000);
    QCOMPARE(impact.users, 20000);
    QCOMPARE(impact.changed, changed);
    QCOMPARE(impact.samples, firstChanged);
    QCOMPARE(qsizetype(impact.matrix.size()), qsizetype(matrix.size()));
    for (const ImpactResult::Cell &cell : impact.matrix)
        QCOMPARE(cell.count, (matrix[{cell.from, cell.to}]));

    // Unknown flags are an error, not a crash.
    QVERIFY(!ChangeImpact::compare(from, to, u"nope"_s, options).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestAttributeGenerator)
#include "tst_attributegenerator.moc"
