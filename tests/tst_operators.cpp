// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The operator table (model/operators): every row as docs/semantics.md, docs/flagd.md and the
// Unleash client specification describe the operator, its lookups, the rules that tie its
// columns together, and the engine agreeing with it.

#include "engine/engine.h"
#include "json/jsonreader.h"
#include "model/operators.h"

#include <QSet>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Pennon::Operator)
Q_DECLARE_METATYPE(Pennon::OperandType)
Q_DECLARE_METATYPE(Pennon::FlagdForm)
Q_DECLARE_METATYPE(std::optional<Pennon::Operator>)

namespace {

const QString Env = u"production"_s;

/// Whether a flag with the one constraint `x OP values` serves "on" for the context.
bool holds(const ConstraintActivation &c, const QByteArray &json)
{
    Flag flag;
    flag.key = u"f"_s;
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    EnvironmentConfig config;
    config.on = true;
    config.offVariation = u"off"_s;
    Rule rule;
    rule.conditions = {c};
    rule.serve.variation = u"on"_s;
    config.rules = {rule};
    config.defaultServe.variation = u"off"_s;
    flag.environments.insert(Env, config);
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    ws.flags = {flag};

    Problem problem;
    const auto value = JsonReader::parse(json, &problem);
    Q_ASSERT(value);
    Problems problems;
    const Context context = *Context::fromJson(*value, QString(), &problems);
    const auto engine = Engine::compile(ws, Env);
    return engine->variationKey(engine->evaluate(u"f"_s, context)) == u"on";
}

} // namespace

class TestOperators final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data();
    void rows();
    void tableFollowsTheEnumeration();
    void names();
    void unleashNames();
    void flagdForms();
    void columnsAgree();
    void engineAgrees_data();
    void engineAgrees();
};

void TestOperators::rows_data()
{
    QTest::addColumn<Operator>("op");
    QTest::addColumn<QString>("name");
    QTest::addColumn<OperandType>("operand");
    QTest::addColumn<bool>("takesList");
    QTest::addColumn<bool>("caseOption");
    QTest::addColumn<bool>("holdsWhenAbsent");
    QTest::addColumn<bool>("onCurrentTime");
    QTest::addColumn<std::optional<Operator>>("complement");
    QTest::addColumn<std::optional<Operator>>("converse");
    QTest::addColumn<QString>("unleashName");
    QTest::addColumn<bool>("unleashFoldsCase");
    QTest::addColumn<FlagdForm>("flagd");
    QTest::addColumn<QString>("flagdOperator");

    using O = Operator;
    using T = OperandType;
    using F = FlagdForm;
    const std::optional<Operator> none;
    const auto row = [](O op, const QString &name, T operand, bool list, bool caseOption, bool absent,
                        bool now, std::optional<O> complement, std::optional<O> converse,
                        const QString &unleash, bool folds, F flagd, const QString &flagdOp) {
        QTest::newRow(qPrintable(name)) << op << name << operand << list << caseOption << absent << now
                                        << complement << converse << unleash << folds << flagd << flagdOp;
    };
    //  op                 name                  operand     list   case   absent now    complement    converse      Unleash                folds  flagd           flagd operator
    row(O::In,            u"IN"_s,              T::Text,    true,  true,  false, false, O::NotIn,     none,         u"IN"_s,              false, F::TextSet,    u"in"_s);
    row(O::NotIn,         u"NOT_IN"_s,          T::Text,    true,  true,  true,  false, O::In,        none,         u"NOT_IN"_s,          false, F::Complement, QString());
    row(O::StrContains,   u"STR_CONTAINS"_s,    T::Text,    true,  true,  false, false, none,         none,         u"STR_CONTAINS"_s,    true,  F::TextTest,   u"in"_s);
    row(O::StrStartsWith, u"STR_STARTS_WITH"_s, T::Text,    true,  true,  false, false, none,         none,         u"STR_STARTS_WITH"_s, true,  F::TextTest,   u"starts_with"_s);
    row(O::StrEndsWith,   u"STR_ENDS_WITH"_s,   T::Text,    true,  true,  false, false, none,         none,         u"STR_ENDS_WITH"_s,   true,  F::TextTest,   u"ends_with"_s);
    row(O::Regex,         u"REGEX"_s,           T::Pattern, false, true,  false, false, none,         none,         u"REGEX"_s,           true,  F::FixedText,  QString());
    row(O::NumEq,         u"NUM_EQ"_s,          T::Number,  false, false, false, false, none,         O::NumEq,     u"NUM_EQ"_s,          false, F::Comparison, u"=="_s);
    row(O::NumGt,         u"NUM_GT"_s,          T::Number,  false, false, false, false, none,         O::NumLt,     u"NUM_GT"_s,          false, F::Comparison, u">"_s);
    row(O::NumGte,        u"NUM_GTE"_s,         T::Number,  false, false, false, false, none,         O::NumLte,    u"NUM_GTE"_s,         false, F::Comparison, u">="_s);
    row(O::NumLt,         u"NUM_LT"_s,          T::Number,  false, false, false, false, none,         O::NumGt,     u"NUM_LT"_s,          false, F::Comparison, u"<"_s);
    row(O::NumLte,        u"NUM_LTE"_s,         T::Number,  false, false, false, false, none,         O::NumGte,    u"NUM_LTE"_s,         false, F::Comparison, u"<="_s);
    row(O::DateAfter,     u"DATE_AFTER"_s,      T::Date,    false, false, false, true,  none,         O::DateBefore, u"DATE_AFTER"_s,     false, F::Timestamp,  u">="_s);
    row(O::DateBefore,    u"DATE_BEFORE"_s,     T::Date,    false, false, false, true,  none,         O::DateAfter, u"DATE_BEFORE"_s,     false, F::Timestamp,  u"<"_s);
    row(O::SemverEq,      u"SEMVER_EQ"_s,       T::Version, false, false, false, false, none,         O::SemverEq,  u"SEMVER_EQ"_s,       false, F::SemVer,     u"="_s);
    row(O::SemverGt,      u"SEMVER_GT"_s,       T::Version, false, false, false, false, none,         O::SemverLt,  u"SEMVER_GT"_s,       false, F::SemVer,     u">"_s);
    row(O::SemverGte,     u"SEMVER_GTE"_s,      T::Version, false, false, false, false, none,         O::SemverLte, u"SEMVER_GTE"_s,      false, F::SemVer,     u">="_s);
    row(O::SemverLt,      u"SEMVER_LT"_s,       T::Version, false, false, false, false, none,         O::SemverGt,  u"SEMVER_LT"_s,       false, F::SemVer,     u"<"_s);
    row(O::SemverLte,     u"SEMVER_LTE"_s,      T::Version, false, false, false, false, none,         O::SemverGte, u"SEMVER_LTE"_s,      false, F::SemVer,     u"<="_s);
    row(O::InCidr,        u"IN_CIDR"_s,         T::Address, true,  false, false, false, none,         none,         u"IN_CIDR"_s,         false, F::None,       QString());
    row(O::Present,       u"PRESENT"_s,         T::None,    false, false, false, false, O::Absent,    none,         QString(),            false, F::Presence,   u"!=="_s);
    row(O::Absent,        u"ABSENT"_s,          T::None,    false, false, true,  false, O::Present,   none,         QString(),            false, F::Presence,   u"==="_s);
}

void TestOperators::rows()
{
    QFETCH(Operator, op);
    const OperatorInfo &info = operatorInfo(op);
    QCOMPARE(info.op, op);
    QTEST(info.name.toString(), "name");
    QTEST(info.operand, "operand");
    QTEST(info.takesList, "takesList");
    QTEST(info.caseOption, "caseOption");
    QTEST(info.holdsWhenAbsent, "holdsWhenAbsent");
    QTEST(info.onCurrentTime, "onCurrentTime");
    QTEST(info.complement, "complement");
    QTEST(info.converse, "converse");
    QTEST(info.unleashName.toString(), "unleashName");
    QTEST(info.unleashFoldsCase, "unleashFoldsCase");
    QTEST(info.flagd, "flagd");
    QTEST(info.flagdOperator.toString(), "flagdOperator");
}

void TestOperators::tableFollowsTheEnumeration()
{
    const auto table = operatorTable();
    QCOMPARE(table.size(), std::size_t(int(Operator::Absent) + 1));
    for (std::size_t i = 0; i < table.size(); ++i) {
        QCOMPARE(table[i].op, Operator(i));
        QCOMPARE(&operatorInfo(Operator(i)), &table[i]);
    }
    const QList<Operator> all = allOperators();
    QCOMPARE(all.size(), qsizetype(table.size()));
    for (qsizetype i = 0; i < all.size(); ++i)
        QCOMPARE(all.at(i), Operator(i));
}

void TestOperators::names()
{
    QSet<QString> seen;
    for (const OperatorInfo &info : operatorTable()) {
        const QString name = info.name.toString();
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        QCOMPARE(operatorName(info.op), name);
        Operator parsed = Operator::Absent;
        QVERIFY(parseOperator(name, &parsed));
        QCOMPARE(parsed, info.op);
        QCOMPARE(operatorByName(name), &info);
    }
    Operator untouched = Operator::NumGt;
    QVERIFY(!parseOperator(u"in"_s, &untouched));
    QVERIFY(!parseOperator(QString(), &untouched));
    QVERIFY(!parseOperator(u"SEMVER_NEQ"_s, &untouched));
    QCOMPARE(untouched, Operator::NumGt);
    QCOMPARE(operatorByName(u"NUM_NE"), nullptr);
}

void TestOperators::unleashNames()
{
    // Unleash's 19 operators (client specification 6.1.0, SEMVER_GTE and SEMVER_LTE in its
    // file 14), each Pennon's of the same name.
    const QStringList unleash{u"IN"_s, u"NOT_IN"_s, u"STR_CONTAINS"_s, u"STR_STARTS_WITH"_s,
                              u"STR_ENDS_WITH"_s, u"NUM_EQ"_s, u"NUM_GT"_s, u"NUM_GTE"_s,
                              u"NUM_LT"_s, u"NUM_LTE"_s, u"DATE_AFTER"_s, u"DATE_BEFORE"_s,
                              u"SEMVER_EQ"_s, u"SEMVER_GT"_s, u"SEMVER_GTE"_s, u"SEMVER_LT"_s,
                              u"SEMVER_LTE"_s, u"REGEX"_s, u"IN_CIDR"_s};
    qsizetype known = 0;
    for (const OperatorInfo &info : operatorTable()) {
        if (info.unleashName.isEmpty())
            continue;
        ++known;
        QVERIFY(unleash.contains(info.unleashName.toString()));
        QCOMPARE(info.unleashName, info.name);
        QCOMPARE(operatorByUnleashName(info.unleashName), &info);
    }
    QCOMPARE(known, unleash.size());
    QCOMPARE(operatorByUnleashName(u"SEMVER_GTE")->op, Operator::SemverGte);
    QCOMPARE(operatorByUnleashName(u"PRESENT"), nullptr);
    QCOMPARE(operatorByUnleashName(u""), nullptr);
}

void TestOperators::flagdForms()
{
    QCOMPARE(operatorByFlagd(FlagdForm::TextSet, u"in")->op, Operator::In);
    QCOMPARE(operatorByFlagd(FlagdForm::TextTest, u"in")->op, Operator::StrContains);
    QCOMPARE(operatorByFlagd(FlagdForm::TextTest, u"starts_with")->op, Operator::StrStartsWith);
    QCOMPARE(operatorByFlagd(FlagdForm::Comparison, u"<")->op, Operator::NumLt);
    QCOMPARE(operatorByFlagd(FlagdForm::Comparison, u"==")->op, Operator::NumEq);
    QCOMPARE(operatorByFlagd(FlagdForm::SemVer, u"=")->op, Operator::SemverEq);
    QCOMPARE(operatorByFlagd(FlagdForm::SemVer, u">=")->op, Operator::SemverGte);
    QCOMPARE(operatorByFlagd(FlagdForm::Presence, u"===")->op, Operator::Absent);
    QCOMPARE(operatorByFlagd(FlagdForm::SemVer, u"=="), nullptr);
    QCOMPARE(operatorByFlagd(FlagdForm::SemVer, u"^"), nullptr);
    QCOMPARE(operatorByFlagd(FlagdForm::Comparison, u"!="), nullptr);
    QCOMPARE(operatorByFlagd(FlagdForm::TextTest, u"==="), nullptr);
    QCOMPARE(operatorByFlagd(FlagdForm::Complement, u""), nullptr);
    QCOMPARE(operatorByFlagd(FlagdForm::None, u""), nullptr);
}

void TestOperators::columnsAgree()
{
    QSet<std::pair<int, QString>> flagdKeys;
    for (const OperatorInfo &info : operatorTable()) {
        const QByteArray name = info.name.toLatin1();
        QCOMPARE(info.takesValues(), info.operand != OperandType::None);
        QCOMPARE(info.needsValue(), info.takesValues() && !info.takesList);
        QCOMPARE(info.flagdExpresses(), info.flagd != FlagdForm::None);
        // A list is a list of values; an operator without values is no list.
        QVERIFY2(!info.takesList || info.takesValues(), name);
        // caseInsensitive means something in Unleash only where it does in Pennon.
        QVERIFY2(!info.unleashFoldsCase || (info.caseOption && !info.unleashName.isEmpty()), name);
        // Complements come in pairs that split the contexts between them, absent ones too.
        if (info.complement) {
            const OperatorInfo &other = operatorInfo(*info.complement);
            QVERIFY2(other.complement == info.op, name);
            QVERIFY2(other.holdsWhenAbsent != info.holdsWhenAbsent, name);
            QVERIFY2(other.operand == info.operand, name);
        }
        if (info.holdsWhenAbsent)
            QVERIFY2(info.complement.has_value(), name);
        // Converses are orderings over one operand type, and flipping twice is no flip.
        if (info.converse) {
            const OperatorInfo &other = operatorInfo(*info.converse);
            QVERIFY2(other.converse == info.op, name);
            QVERIFY2(other.operand == info.operand, name);
            QVERIFY2(!info.takesList, name);
        }
        // flagd: a form with an operator has one, and (form, operator) names one row.
        const bool hasFlagdOperator = info.flagd == FlagdForm::TextSet || info.flagd == FlagdForm::TextTest
                || info.flagd == FlagdForm::Comparison || info.flagd == FlagdForm::SemVer
                || info.flagd == FlagdForm::Presence || info.flagd == FlagdForm::Timestamp;
        QCOMPARE(info.flagdOperator.isEmpty(), !hasFlagdOperator);
        if (hasFlagdOperator) {
            const std::pair key{int(info.flagd), info.flagdOperator.toString()};
            QVERIFY2(!flagdKeys.contains(key), name);
            flagdKeys.insert(key);
            QCOMPARE(operatorByFlagd(info.flagd, info.flagdOperator), &info);
        }
        if (info.flagd == FlagdForm::Complement) {
            QVERIFY2(info.complement.has_value(), name);
            QVERIFY2(operatorInfo(*info.complement).flagd != FlagdForm::Complement, name);
            QVERIFY2(operatorInfo(*info.complement).flagdExpresses(), name);
        }
    }
}

void TestOperators::engineAgrees_data()
{
    QTest::addColumn<Operator>("op");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QByteArray>("differentCase"); ///< a context whose value differs in case only

    const auto row = [](Operator op, const QStringList &values, const QByteArray &context) {
        QTest::newRow(qPrintable(operatorName(op))) << op << values << context;
    };
    row(Operator::In, {u"Alice"_s}, R"({"x": "alice"})");
    row(Operator::NotIn, {u"Alice"_s}, R"({"x": "alice"})");
    row(Operator::StrContains, {u"LIC"_s}, R"({"x": "alice"})");
    row(Operator::StrStartsWith, {u"AL"_s}, R"({"x": "alice"})");
    row(Operator::StrEndsWith, {u"CE"_s}, R"({"x": "alice"})");
    row(Operator::Regex, {u"^AL"_s}, R"({"x": "alice"})");
    row(Operator::NumEq, {u"1E3"_s}, R"({"x": "1e3"})");
    row(Operator::NumGt, {u"1E3"_s}, R"({"x": "2e3"})");
    row(Operator::NumGte, {u"1E3"_s}, R"({"x": "1e3"})");
    row(Operator::NumLt, {u"1E3"_s}, R"({"x": "2e2"})");
    row(Operator::NumLte, {u"1E3"_s}, R"({"x": "1e3"})");
    row(Operator::DateAfter, {u"2020-01-01T00:00:00Z"_s}, R"({"x": "a"})");
    row(Operator::DateBefore, {u"2020-01-01T00:00:00Z"_s}, R"({"x": "a"})");
    row(Operator::SemverEq, {u"1.0.0-RC"_s}, R"({"x": "1.0.0-rc"})");
    row(Operator::SemverGt, {u"1.0.0-RC"_s}, R"({"x": "1.0.0-rc"})");
    row(Operator::SemverGte, {u"1.0.0-RC"_s}, R"({"x": "1.0.0-rc"})");
    row(Operator::SemverLt, {u"1.0.0-RC"_s}, R"({"x": "1.0.0-rc"})");
    row(Operator::SemverLte, {u"1.0.0-RC"_s}, R"({"x": "1.0.0-rc"})");
    row(Operator::InCidr, {u"::FFFF:10.0.0.0/104"_s}, R"({"x": "::ffff:10.1.2.3"})");
    row(Operator::Present, {}, R"({"x": "a"})");
    row(Operator::Absent, {}, R"({"x": "a"})");
}

void TestOperators::engineAgrees()
{
    QFETCH(Operator, op);
    QFETCH(QStringList, values);
    QFETCH(QByteArray, differentCase);
    const OperatorInfo &info = operatorInfo(op);
    QCOMPARE(values.isEmpty(), !info.takesValues());
    ConstraintActivation c;
    c.attribute = u"x"_s;
    c.op = op;
    c.values = values;

    // Without the attribute (DATE_* compare currentTime, which is never absent).
    if (!info.onCurrentTime)
        QCOMPARE(holds(c, "{}"), info.holdsWhenAbsent);

    // caseInsensitive decides only where the table says it means something.
    c.caseInsensitive = false;
    const bool exact = holds(c, differentCase);
    c.caseInsensitive = true;
    const bool folded = holds(c, differentCase);
    QCOMPARE(exact != folded, info.caseOption);

    // Without values, a list is well defined: only NOT_IN holds (docs/semantics.md).
    if (info.takesList) {
        c.values.clear();
        c.caseInsensitive = false;
        QCOMPARE(holds(c, differentCase), op == Operator::NotIn);
    }
}

QTEST_GUILESS_MAIN(TestOperators)
#include "tst_operators.moc"
