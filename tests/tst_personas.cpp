// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Saved personas in core: the persona's context, Pennon JSON (round trip and errors), the
// validator's rules, and the import of CSV and JSONL contexts.

#include "engine/context.h"
#include "engine/engine.h"
#include "formats/personaimport.h"
#include "formats/pennonjson.h"
#include "validation/validator.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestPersonas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void contextOfPersona();
    void fromContextAndBack();
    void jsonRoundTrip();
    void jsonErrorsNamePlaces();
    void validatorRules();
    void importCsv();
    void importJsonl();
    void importErrors();
    void keysAreUnique();
};

namespace {

Persona anna()
{
    Persona persona;
    persona.key = u"anna"_s;
    persona.name = u"Anna"_s;
    persona.userId = u"u-1"_s;
    persona.attributes = {{u"country"_s, PersonaAttribute::Type::String, u"de"_s},
                          {u"age"_s, PersonaAttribute::Type::Number, u"31.5"_s},
                          {u"beta"_s, PersonaAttribute::Type::Boolean, u"false"_s},
                          {u"appVersion"_s, PersonaAttribute::Type::Version, u"4.2.0"_s},
                          {u"signup"_s, PersonaAttribute::Type::Date, u"2026-01-15"_s}};
    persona.currentTime = QDateTime(QDate(2026, 12, 31), QTime(9, 0), Qt::UTC);
    return persona;
}

} // namespace

void TestPersonas::contextOfPersona()
{
    QStringList problems;
    const QJsonObject context = anna().contextJson(&problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(context.value(u"userId"_s).toString(), u"u-1"_s);
    QCOMPARE(context.value(u"age"_s).toDouble(), 31.5);
    QCOMPARE(context.value(u"beta"_s), QJsonValue(false));
    QCOMPARE(context.value(u"appVersion"_s).toString(), u"4.2.0"_s);
    QCOMPARE(context.value(u"currentTime"_s).toString(), u"2026-12-31T09:00:00Z"_s);
    // A value that does not fit its type is left out and named.
    Persona wrong = anna();
    wrong.attributes[1].value = u"thirty"_s;
    const QJsonObject partial = wrong.contextJson(&problems);
    QVERIFY(!partial.contains(u"age"_s));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.constFirst().contains(u"age"_s) && problems.constFirst().contains(u"thirty"_s), qPrintable(problems.constFirst()));
}

void TestPersonas::fromContextAndBack()
{
    const QJsonObject context = QJsonDocument::fromJson(
        R"({"userId":"u-9","age":17,"beta":true,"country":"fr","groups":["a","b"],"gone":null,"currentTime":"2027-01-01T00:00:00Z"})").object();
    const Persona persona = Persona::fromContextJson(context);
    QCOMPARE(persona.userId, u"u-9"_s);
    QVERIFY(persona.currentTime);
    QCOMPARE(persona.currentTime->toString(Qt::ISODate), u"2027-01-01T00:00:00Z"_s);
    QCOMPARE(persona.attributes.size(), 4);
    QJsonObject back = persona.contextJson();
    back.remove(u"groups"_s);   // a list becomes its comma-joined text
    QJsonObject expected = context;
    expected.remove(u"groups"_s);
    expected.remove(u"gone"_s);
    QCOMPARE(back, expected);
    // The engine reads the same context.
    Problems problems;
    QVERIFY(Context::fromJson(persona.contextJson(), QString(), &problems));
}

void TestPersonas::jsonRoundTrip()
{
    Workspace workspace;
    workspace.environments = Workspace::defaultEnvironments();
    workspace.personas = {anna()};
    Persona bare;
    bare.key = u"bare"_s;
    bare.name = u"Bare"_s;
    workspace.personas.append(bare);
    const QByteArray bytes = PennonJson::write(workspace);
    QVERIFY(bytes.contains("\"personas\""));
    Problems problems;
    const auto read = PennonJson::read(bytes, &problems);
    QVERIFY2(read, qPrintable(problems.value(0).toString()));
    QCOMPARE(read->personas, workspace.personas);
    QCOMPARE(PennonJson::write(*read), bytes);
    // Without personas the document has no "personas" field (files from before read as before).
    workspace.personas.clear();
    QVERIFY(!PennonJson::write(workspace).contains("personas"));
    // One persona alone, as the history stores it.
    const auto one = PennonJson::personaFromJson(QJsonDocument::fromJson(PennonJson::writePersona(anna())).object(), QString(), &problems);
    QVERIFY(one);
    QCOMPARE(*one, anna());
}

void TestPersonas::jsonErrorsNamePlaces()
{
    const QByteArray bytes = R"({"format":"pennon","version":1,"environments":[],"activations":[],"segments":[],"flags":[],
        "personas":[{"key":"a","name":"A","attributes":[{"name":"age","type":"integer","value":"3"}],"currentTime":"soon","colour":1}]})";
    Problems problems;
    QVERIFY(!PennonJson::read(bytes, &problems));
    QStringList texts;
    for (const Problem &problem : std::as_const(problems))
        texts.append(problem.toString());
    const QString all = texts.join(u'\n');
    QVERIFY2(all.contains(u"/personas/0/attributes/0/type"_s), qPrintable(all));
    QVERIFY2(all.contains(u"/personas/0/currentTime"_s), qPrintable(all));
    QVERIFY2(all.contains(u"colour"_s), qPrintable(all));
}

void TestPersonas::validatorRules()
{
    QVERIFY(Validator::validatePersona(anna(), u"/p"_s).isEmpty());
    Persona p = anna();
    p.name = u"  "_s;
    p.key.clear();
    p.attributes.append({u"country"_s, PersonaAttribute::Type::String, u"fr"_s});
    p.attributes.append({u"userId"_s, PersonaAttribute::Type::String, u"x"_s});
    p.attributes.append({u""_s, PersonaAttribute::Type::String, u"x"_s});
    p.attributes.append({u"on"_s, PersonaAttribute::Type::Boolean, u"yes"_s});
    p.attributes.append({u"v"_s, PersonaAttribute::Type::Version, u""_s});
    p.attributes.append({u"d"_s, PersonaAttribute::Type::Date, u"31.12.2026"_s});
    const Problems problems = Validator::validatePersona(p, u"/p"_s);
    QStringList paths;
    for (const Problem &problem : problems)
        paths.append(problem.path);
    QCOMPARE(paths, (QStringList{u"/p/key"_s, u"/p/name"_s, u"/p/attributes/5/name"_s, u"/p/attributes/6/name"_s,
                                 u"/p/attributes/7/name"_s, u"/p/attributes/8/value"_s, u"/p/attributes/9/value"_s,
                                 u"/p/attributes/10/value"_s}));
    // In a workspace, duplicate keys are named too.
    Workspace workspace;
    workspace.personas = {anna(), anna()};
    const Problems duplicate = Validator::validate(workspace);
    QCOMPARE(duplicate.size(), 1);
    QCOMPARE(duplicate.constFirst().path, u"/personas/1/key"_s);
}

void TestPersonas::importCsv()
{
    const QByteArray csv = "userId,country,age\r\nalice,DE,31\r\n\"smith, bob\",,40\r\n,FR,\r\n";
    Problems problems;
    const auto personas = PersonaImport::read(csv, PersonaImport::Format::Csv, {u"alice"_s}, &problems);
    QVERIFY2(personas, qPrintable(problems.value(0).toString()));
    QCOMPARE(personas->size(), 3);
    QCOMPARE(personas->at(0).name, u"alice"_s);
    QCOMPARE(personas->at(0).key, u"alice-2"_s);   // "alice" is taken
    QCOMPARE(personas->at(1).key, u"smith-bob"_s);
    QCOMPARE(personas->at(1).userId, u"smith, bob"_s);
    QCOMPARE(personas->at(2).name, u"Row 3"_s);
    QCOMPARE(personas->at(2).key, u"row-3"_s);
    // CSV cells are strings, as simulate --csv reads them; an empty cell is absent.
    QCOMPARE(personas->at(0).contextJson().value(u"age"_s), QJsonValue(u"31"_s));
    QVERIFY(!personas->at(1).contextJson().contains(u"country"_s));
    for (const Persona &persona : *personas)
        QVERIFY(Validator::validatePersona(persona, QString()).isEmpty());
}

void TestPersonas::importJsonl()
{
    const QByteArray jsonl = "{\"userId\":\"u-1\",\"age\":31,\"beta\":true}\n\n{\"userId\":\"u-2\",\"groups\":[\"a\",\"b\"]}\n";
    Problems problems;
    const auto personas = PersonaImport::read(jsonl, PersonaImport::Format::Jsonl, {}, &problems);
    QVERIFY2(personas, qPrintable(problems.value(0).toString()));
    QCOMPARE(personas->size(), 2);
    QCOMPARE(personas->at(0).contextJson().value(u"age"_s), QJsonValue(31));
    QCOMPARE(personas->at(0).contextJson().value(u"beta"_s), QJsonValue(true));
    QCOMPARE(personas->at(1).contextJson().value(u"groups"_s), QJsonValue(u"a,b"_s));
    QCOMPARE(PersonaImport::formatOf(u"x.CSV"_s), PersonaImport::Format::Csv);
    QCOMPARE(PersonaImport::formatOf(u"x.jsonl"_s), PersonaImport::Format::Jsonl);
}

void TestPersonas::importErrors()
{
    Problems problems;
    QVERIFY(!PersonaImport::read("{\"userId\":\"u-1\"}\n[1]\n{\"a\":{\"b\":1}}\n{broken\n", PersonaImport::Format::Jsonl, {}, &problems));
    QStringList places;
    for (const Problem &problem : std::as_const(problems))
        places.append(problem.path);
    QCOMPARE(places, (QStringList{u"line 2"_s, u"line 3"_s, u"line 4"_s}));
    problems.clear();
    QVERIFY(!PersonaImport::read("userId,userId\na,b\n", PersonaImport::Format::Csv, {}, &problems));
    QVERIFY(!problems.isEmpty());
}

void TestPersonas::keysAreUnique()
{
    QSet<QString> taken;
    QCOMPARE(PersonaImport::keyFor(u"Anna (DE, pro)"_s, &taken), u"anna-de-pro"_s);
    QCOMPARE(PersonaImport::keyFor(u"Anna (DE, pro)"_s, &taken), u"anna-de-pro-2"_s);
    QCOMPARE(PersonaImport::keyFor(u"!!!"_s, &taken), u"persona"_s);
    QCOMPARE(PersonaImport::keyFor(u"Ünal"_s, &taken), u"ünal"_s);
    for (const QString &key : std::as_const(taken))
        QVERIFY(Validator::keyProblem(key).isEmpty());
}

QTEST_GUILESS_MAIN(TestPersonas)
#include "tst_personas.moc"
