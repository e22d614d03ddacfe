// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Plugin conditions in the engine: the weekday plugin decides a rule by the context's
// currentTime; a plugin that is not loaded, or that rejects its configuration, makes the flag
// ERROR / PLUGIN_ERROR and is reported as a compile problem at the condition's path.

#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "formats/pennonjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

// Flags 0 and 1 use the weekday plugin (directly and through a library activation), flag 2
// a type that no plugin provides, flag 3 a configuration the weekday plugin rejects.
constexpr char WorkspaceJson[] = R"({
  "format": "pennon",
  "version": 1,
  "environments": [{"key": "production", "name": "Production"}],
  "activations": [
    {"key": "weekend", "name": "Weekend in Berlin",
     "condition": {"type": "plugin", "plugin": "weekday",
                   "config": {"days": ["sat", "sun"], "timeZone": "Europe/Berlin"}}}
  ],
  "segments": [],
  "flags": [
    {"key": "weekend-banner", "name": "Weekend banner", "description": "", "type": "boolean",
     "variations": [{"key": "on", "value": true}, {"key": "off", "value": false}],
     "environments": {"production": {"on": true, "offVariation": "off",
       "rules": [{"id": "weekend", "conditions": [
         {"type": "plugin", "plugin": "weekday",
          "config": {"days": ["sat", "sun"], "timeZone": "Europe/Berlin"}}],
         "serve": {"variation": "on"}}],
       "defaultServe": {"variation": "off"}}},
     "version": 0},
    {"key": "weekend-by-ref", "name": "Weekend by reference", "description": "", "type": "boolean",
     "variations": [{"key": "on", "value": true}, {"key": "off", "value": false}],
     "environments": {"production": {"on": true, "offVariation": "off",
       "rules": [{"conditions": [{"type": "ref", "activation": "weekend"}],
                  "serve": {"variation": "on"}}],
       "defaultServe": {"variation": "off"}}},
     "version": 0},
    {"key": "moon", "name": "Moon phase", "description": "", "type": "string",
     "variations": [{"key": "full", "value": "full"}, {"key": "new", "value": "new"},
                    {"key": "none", "value": ""}],
     "environments": {"production": {"on": true, "offVariation": "none",
       "rules": [{"conditions": [{"type": "plugin", "plugin": "moon-phase",
                                  "config": {"phase": "full"}}],
                  "serve": {"variation": "full"}}],
       "defaultServe": {"variation": "new"}}},
     "version": 0},
    {"key": "funday", "name": "Fun day", "description": "", "type": "boolean",
     "variations": [{"key": "on", "value": true}, {"key": "off", "value": false}],
     "environments": {"production": {"on": true, "offVariation": "off",
       "rules": [{"conditions": [
                    {"type": "userList", "values": ["ada"]},
                    {"type": "plugin", "plugin": "weekday", "config": {"days": ["mon", "funday"]}}],
                  "serve": {"variation": "on"}}],
       "defaultServe": {"variation": "off"}}},
     "version": 0}
  ]
})";

/// A plugin registered with add(): holds when the attribute "country" equals config "is".
class CountryCondition final : public PluginCondition
{
public:
    explicit CountryCondition(const QString &country) : m_country(country) {}
    bool holds(const PluginContext &context) const override
    {
        const AttributeValue *value = context.value(u"country");
        return value && value->text == m_country;
    }
    QString describe() const override { return u"country is "_s + m_country; }

private:
    QString m_country;
};

class CountryPlugin final : public ActivationPlugin
{
public:
    QString type() const override { return u"country"_s; }
    QString displayName() const override { return u"Country"_s; }
    std::unique_ptr<PluginCondition> create(const QJsonObject &config, QString *) const override
    {
        return std::make_unique<CountryCondition>(config.value(u"is"_s).toString());
    }
};

Context contextAt(const QString &currentTime)
{
    Problems problems;
    const auto context = Context::fromJson(
        QJsonObject{{u"userId"_s, u"ada"_s}, {u"currentTime"_s, currentTime}}, QString(), &problems);
    if (!context)
        qFatal("bad context in test");
    return *context;
}

QString problemsText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

const Problem *problemAt(const Problems &problems, const QString &path)
{
    for (const Problem &p : problems) {
        if (p.path == path)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestPluginEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void weekday_data();
    void weekday();
    void traceDescribesTheCondition();
    void missingPlugin();
    void rejectedConfig();
    void noRegistry();
    void engineOutlivesRegistry();
    void pluginSeesContextAttributes();

private:
    std::shared_ptr<const Engine> compile(const PluginRegistry *plugins) const;

    Workspace m_workspace;
    PluginRegistry m_plugins;
    std::shared_ptr<const Engine> m_engine;
};

void TestPluginEngine::initTestCase()
{
    m_plugins.loadFrom({QStringLiteral(PENNON_PLUGIN_DIR)});
    QVERIFY2(m_plugins.errors().isEmpty(), qPrintable(m_plugins.errors().join(u'\n')));
    QVERIFY(m_plugins.find(u"weekday"_s));

    Problems problems;
    const auto workspace = PennonJson::read(QByteArray(WorkspaceJson), &problems);
    QVERIFY2(workspace, qPrintable(problemsText(problems)));
    m_workspace = *workspace;
    m_engine = compile(&m_plugins);
    QVERIFY(m_engine);
}

std::shared_ptr<const Engine> TestPluginEngine::compile(const PluginRegistry *plugins) const
{
    return Engine::compile(m_workspace, u"production"_s, plugins);
}

void TestPluginEngine::weekday_data()
{
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("currentTime");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("variation");

    for (const QString &flag : {u"weekend-banner"_s, u"weekend-by-ref"_s}) {
        const QByteArray f = flag.toUtf8();
        QTest::addRow("%s: Saturday noon", f.constData())
            << flag << u"2026-11-21T12:00:00Z"_s << u"TARGETING_MATCH"_s << u"on"_s;
        QTest::addRow("%s: Monday noon", f.constData())
            << flag << u"2026-11-23T12:00:00Z"_s << u"DEFAULT"_s << u"off"_s;
        // Sunday 23:30 UTC is already Monday 00:30 in Berlin.
        QTest::addRow("%s: Sunday night in UTC, Monday in Berlin", f.constData())
            << flag << u"2026-11-22T23:30:00Z"_s << u"DEFAULT"_s << u"off"_s;
        // Friday 23:30 UTC is already Saturday 00:30 in Berlin.
        QTest::addRow("%s: Friday night in UTC, Saturday in Berlin", f.constData())
            << flag << u"2026-11-20T23:30:00Z"_s << u"TARGETING_MATCH"_s << u"on"_s;
        QTest::addRow("%s: Berlin offset in the time", f.constData())
            << flag << u"2026-07-05T01:59:59+02:00"_s << u"TARGETING_MATCH"_s << u"on"_s;
    }
}

void TestPluginEngine::weekday()
{
    QFETCH(QString, flag);
    QFETCH(QString, currentTime);
    QFETCH(QString, reason);
    QFETCH(QString, variation);

    const EvaluationResult result = m_engine->evaluate(flag, contextAt(currentTime));
    QCOMPARE(reasonName(result.reason), reason);
    QCOMPARE(errorCodeName(result.error), errorCodeName(ErrorCode::None));
    QCOMPARE(m_engine->variationKey(result), variation);
    QCOMPARE(result.rule, reason == u"TARGETING_MATCH" ? 0 : -1);
    // The flags that use the weekday plugin compile without a problem.
    QVERIFY(!problemAt(m_engine->problems(), u"/flags/0/environments/production/rules/0/conditions/0"_s));
    QVERIFY(!problemAt(m_engine->problems(), u"/activations/0/condition"_s));
}

void TestPluginEngine::traceDescribesTheCondition()
{
    Trace trace;
    m_engine->evaluate(u"weekend-banner", contextAt(u"2026-11-21T12:00:00Z"_s), &trace);
    bool found = false;
    for (const TraceStep &step : std::as_const(trace.steps)) {
        if (step.kind == TraceStep::Kind::ConditionChecked) {
            found = true;
            QVERIFY2(step.what.contains(u"on Saturday or Sunday in Europe/Berlin"),
                     qPrintable(step.what));
            QVERIFY(step.outcome);
        }
    }
    QVERIFY(found);
}

void TestPluginEngine::missingPlugin()
{
    const EvaluationResult result = m_engine->evaluate(u"moon", contextAt(u"2026-11-21T12:00:00Z"_s));
    QCOMPARE(reasonName(result.reason), u"ERROR"_s);
    QCOMPARE(errorCodeName(result.error), u"PLUGIN_ERROR"_s);
    QCOMPARE(m_engine->variationKey(result), u"none"_s); // the off variation
    QCOMPARE(result.rule, -1);

    const Problem *problem = problemAt(m_engine->problems(),
                                       u"/flags/2/environments/production/rules/0/conditions/0"_s);
    QVERIFY2(problem, qPrintable(problemsText(m_engine->problems())));
    QVERIFY2(problem->message.contains(u"moon-phase"), qPrintable(problem->message));
}

void TestPluginEngine::rejectedConfig()
{
    // Even a context that the rule's other condition turns away gets ERROR: the flag as a
    // whole cannot be evaluated.
    for (const QString &user : {u"ada"_s, u"bob"_s}) {
        Problems problems;
        const auto context = Context::fromJson(
            QJsonObject{{u"userId"_s, user}, {u"currentTime"_s, u"2026-11-23T12:00:00Z"_s}},
            QString(), &problems);
        QVERIFY(context);
        const EvaluationResult result = m_engine->evaluate(u"funday", *context);
        QCOMPARE(reasonName(result.reason), u"ERROR"_s);
        QCOMPARE(errorCodeName(result.error), u"PLUGIN_ERROR"_s);
        QCOMPARE(m_engine->variationKey(result), u"off"_s);
    }

    const Problem *problem = problemAt(m_engine->problems(),
                                       u"/flags/3/environments/production/rules/0/conditions/1"_s);
    QVERIFY2(problem, qPrintable(problemsText(m_engine->problems())));
    QVERIFY2(problem->message.contains(u"weekday"), qPrintable(problem->message));
    QVERIFY2(problem->message.contains(u"days/1: \"funday\" is not a day of the week"),
             qPrintable(problem->message));
}

void TestPluginEngine::noRegistry()
{
    const auto engine = compile(nullptr);
    QVERIFY(engine);
    const EvaluationResult result = engine->evaluate(u"weekend-banner",
                                                     contextAt(u"2026-11-21T12:00:00Z"_s));
    QCOMPARE(reasonName(result.reason), u"ERROR"_s);
    QCOMPARE(errorCodeName(result.error), u"PLUGIN_ERROR"_s);
    QCOMPARE(engine->variationKey(result), u"off"_s);
    QVERIFY2(problemAt(engine->problems(), u"/flags/0/environments/production/rules/0/conditions/0"_s),
             qPrintable(problemsText(engine->problems())));
}

void TestPluginEngine::engineOutlivesRegistry()
{
    // A compiled engine keeps working after its registry is gone: plugins are never unloaded.
    // A copy of the plugin is a library of its own, which no other registry holds.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(PENNON_WEEKDAY_PLUGIN), dir.filePath(u"libweekday_copy.so"_s)));
    std::shared_ptr<const Engine> engine;
    {
        PluginRegistry plugins;
        plugins.loadFrom({dir.path()});
        QCOMPARE(plugins.origin(u"weekday"_s), dir.filePath(u"libweekday_copy.so"_s));
        engine = compile(&plugins);
    }
    const EvaluationResult result = engine->evaluate(u"weekend-banner",
                                                     contextAt(u"2026-11-21T12:00:00Z"_s));
    QCOMPARE(reasonName(result.reason), u"TARGETING_MATCH"_s);
}

void TestPluginEngine::pluginSeesContextAttributes()
{
    // A plugin reads attributes that no built-in condition mentions.
    CountryPlugin country;
    PluginRegistry plugins;
    plugins.add(&country, u"test"_s);
    Workspace workspace = m_workspace;
    Problems problems;
    const auto condition = PennonJson::conditionFromJson(
        QJsonObject{{u"type"_s, u"plugin"_s}, {u"plugin"_s, u"country"_s},
                    {u"config"_s, QJsonObject{{u"is"_s, u"DE"_s}}}},
        QString(), &problems);
    QVERIFY(condition);
    workspace.flags[0].environments[u"production"_s].rules[0].conditions = {*condition};
    const auto engine = Engine::compile(workspace, u"production"_s, &plugins);
    QVERIFY2(!problemAt(engine->problems(), u"/flags/0/environments/production/rules/0/conditions/0"_s),
             qPrintable(problemsText(engine->problems())));

    Context german = contextAt(u"2026-11-23T12:00:00Z"_s);
    german.setString(u"country"_s, u"DE"_s);
    Context french = contextAt(u"2026-11-23T12:00:00Z"_s);
    french.setString(u"country"_s, u"FR"_s);
    QCOMPARE(reasonName(engine->evaluate(u"weekend-banner", french).reason), u"DEFAULT"_s);
    QCOMPARE(reasonName(engine->evaluate(u"weekend-banner", german).reason),
             u"TARGETING_MATCH"_s);
}

QTEST_GUILESS_MAIN(TestPluginEngine)
#include "tst_pluginengine.moc"
