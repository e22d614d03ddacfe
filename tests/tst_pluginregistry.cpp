// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Activation plugins: the registry finds and loads them and says why a file is refused; the
// example "weekday" plugin checks its configuration and decides by day, hour and time zone.

#include "engine/pluginregistry.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

/// A PluginContext with a current time and no attributes.
class ClockContext final : public PluginContext
{
public:
    explicit ClockContext(qint64 ms) : m_ms(ms) {}
    const AttributeValue *value(QStringView) const override { return nullptr; }
    qint64 currentTimeMs() const override { return m_ms; }

private:
    qint64 m_ms;
};

/// A plugin registered directly with add(), as built-in types or tests do.
class FakePlugin final : public ActivationPlugin
{
public:
    explicit FakePlugin(const QString &type) : m_type(type) {}
    QString type() const override { return m_type; }
    QString displayName() const override { return u"Fake"_s; }
    std::unique_ptr<PluginCondition> create(const QJsonObject &, QString *error) const override
    {
        *error = u"fake"_s;
        return nullptr;
    }

private:
    QString m_type;
};

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad JSON in test: %s", text);
    return document.object();
}

qint64 utcMs(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!dt.isValid())
        qFatal("bad date in test: %s", qPrintable(iso));
    return dt.toMSecsSinceEpoch();
}

QString weekdayFile() { return QFileInfo(QStringLiteral(PENNON_WEEKDAY_PLUGIN)).absoluteFilePath(); }

QString errorsText(const PluginRegistry &registry) { return registry.errors().join(u'\n'); }

} // namespace

class TestPluginRegistry final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void loadsWeekday();
    void defaultSearchPaths();
    void sharedLoadsTheDefaultsOnce();
    void missingDirectoryIsSilent();
    void brokenFileIsReported();
    void foreignPluginIsReported();
    void namelessPluginIsReported();
    void duplicateTypeIsReported();
    void sameFileTwiceIsNoDuplicate();
    void addedPlugins();
    void validConfig_data();
    void validConfig();
    void invalidConfig_data();
    void invalidConfig();
    void holds_data();
    void holds();
    void agreesWithQDateTime_data();
    void agreesWithQDateTime();

private:
    std::unique_ptr<PluginCondition> weekday(const QJsonObject &config);

    PluginRegistry m_registry;
    const ActivationPlugin *m_weekday = nullptr;
};

void TestPluginRegistry::initTestCase()
{
    m_registry.loadFrom({QStringLiteral(PENNON_PLUGIN_DIR)});
    QVERIFY2(m_registry.errors().isEmpty(), qPrintable(errorsText(m_registry)));
    m_weekday = m_registry.find(u"weekday"_s);
    QVERIFY(m_weekday);
}

std::unique_ptr<PluginCondition> TestPluginRegistry::weekday(const QJsonObject &config)
{
    QString error;
    auto condition = m_weekday->create(config, &error);
    if (!condition)
        qWarning("weekday config refused: %s", qPrintable(error));
    return condition;
}

void TestPluginRegistry::loadsWeekday()
{
    QVERIFY(m_registry.types().contains(u"weekday"_s));
    QCOMPARE(m_weekday->type(), u"weekday"_s);
    QCOMPARE(m_weekday->displayName(), u"Day of the week"_s);
    QCOMPARE(m_registry.origin(u"weekday"_s), weekdayFile());
    QVERIFY(!m_registry.find(u"no-such-type"_s));
    QVERIFY(m_registry.origin(u"no-such-type"_s).isEmpty());
}

void TestPluginRegistry::defaultSearchPaths()
{
    const QByteArray saved = qgetenv("PENNON_PLUGIN_PATH");
    const bool wasSet = qEnvironmentVariableIsSet("PENNON_PLUGIN_PATH");
    qputenv("PENNON_PLUGIN_PATH", "/opt/one:/opt/two/::/opt/one");
    const QStringList paths = PluginRegistry::defaultSearchPaths();
    if (wasSet)
        qputenv("PENNON_PLUGIN_PATH", saved);
    else
        qunsetenv("PENNON_PLUGIN_PATH");

    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList expected{
        u"/opt/one"_s,
        u"/opt/two"_s,
        QDir::cleanPath(appDir + u"/../lib/pennon/activations"),
        appDir,
        appDir + u"/activations",
        QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
            + u"/Pennon/activations",
    };
    QCOMPARE(paths, expected);
    // The tests sit in build/tests, so build/lib/pennon/activations is found as installed.
    QCOMPARE(QFileInfo(paths.at(2)).canonicalFilePath(),
             QFileInfo(QStringLiteral(PENNON_PLUGIN_DIR)).canonicalFilePath());
}

void TestPluginRegistry::sharedLoadsTheDefaultsOnce()
{
    // The tests sit in build/tests, so the default search paths hold build/lib/pennon/activations.
    const PluginRegistry *shared = PluginRegistry::shared();
    QVERIFY(shared);
    QCOMPARE(PluginRegistry::shared(), shared);
    QVERIFY2(shared->find(u"weekday"_s), qPrintable(errorsText(*shared)));
    QCOMPARE(QFileInfo(shared->origin(u"weekday"_s)).canonicalFilePath(),
             QFileInfo(weekdayFile()).canonicalFilePath());
}

void TestPluginRegistry::missingDirectoryIsSilent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PluginRegistry registry;
    registry.loadFrom({dir.filePath(u"does-not-exist"_s), QString(), dir.path()});
    QVERIFY(registry.errors().isEmpty());
    QVERIFY(registry.types().isEmpty());
}

void TestPluginRegistry::brokenFileIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString broken = dir.filePath(u"libbroken.so"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a shared library\n");
    file.close();
    // Not a library name: not even tried.
    QFile notes(dir.filePath(u"README.txt"_s));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();

    PluginRegistry registry;
    registry.loadFrom({dir.path(), QStringLiteral(PENNON_PLUGIN_DIR)});
    QCOMPARE(registry.errors().size(), 1);
    const QString error = registry.errors().constFirst();
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(broken) + u": "), qPrintable(error));
    QVERIFY2(error.contains(u"could not be loaded"), qPrintable(error));
    // A broken file does not stop the others from loading.
    QVERIFY(registry.find(u"weekday"_s));
}

void TestPluginRegistry::foreignPluginIsReported()
{
    const QString dir = QStringLiteral(PENNON_TEST_PLUGIN_DIR "/foreign");
    PluginRegistry registry;
    registry.loadFrom({dir});
    QCOMPARE(registry.errors().size(), 1);
    const QString error = registry.errors().constFirst();
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(dir) + u'/'), qPrintable(error));
    QVERIFY2(error.contains(u"org.example.ForeignInterface/1"), qPrintable(error));
    QVERIFY2(error.contains(QLatin1StringView(PennonActivationPlugin_iid)), qPrintable(error));
    QVERIFY(registry.types().isEmpty());
}

void TestPluginRegistry::namelessPluginIsReported()
{
    const QString dir = QStringLiteral(PENNON_TEST_PLUGIN_DIR "/nameless");
    PluginRegistry registry;
    registry.loadFrom({dir});
    QCOMPARE(registry.errors().size(), 1);
    const QString error = registry.errors().constFirst();
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(dir) + u'/'), qPrintable(error));
    QVERIFY2(error.contains(u"empty type name"), qPrintable(error));
    QVERIFY(registry.types().isEmpty());
}

void TestPluginRegistry::duplicateTypeIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(u"libpennon_weekday_copy.so"_s);
    QVERIFY(QFile::copy(weekdayFile(), copy));

    PluginRegistry registry;
    registry.loadFrom({QStringLiteral(PENNON_PLUGIN_DIR), dir.path()});
    QCOMPARE(registry.errors().size(), 1);
    const QString error = registry.errors().constFirst();
    QVERIFY2(error.startsWith(QDir::toNativeSeparators(copy) + u": "), qPrintable(error));
    QVERIFY2(error.contains(u"\"weekday\""), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(weekdayFile())), qPrintable(error));
    // The first one wins.
    QCOMPARE(registry.origin(u"weekday"_s), weekdayFile());
    QCOMPARE(registry.types(), QStringList{u"weekday"_s});

    // In the other order, the copy wins.
    PluginRegistry reversed;
    reversed.loadFrom({dir.path(), QStringLiteral(PENNON_PLUGIN_DIR)});
    QCOMPARE(reversed.errors().size(), 1);
    QCOMPARE(reversed.origin(u"weekday"_s), copy);
}

void TestPluginRegistry::sameFileTwiceIsNoDuplicate()
{
    // A directory listed twice (PENNON_PLUGIN_PATH naming a default directory), a symbolic
    // link next to its library, or loading again: the same file is not a second copy.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::link(weekdayFile(), dir.filePath(u"libweekday_link.so"_s)));

    PluginRegistry registry;
    const QString plugins = QStringLiteral(PENNON_PLUGIN_DIR);
    registry.loadFrom({plugins, plugins + u"/", dir.path()});
    registry.loadFrom({plugins});
    QVERIFY2(registry.errors().isEmpty(), qPrintable(errorsText(registry)));
    QCOMPARE(registry.origin(u"weekday"_s), weekdayFile());
}

void TestPluginRegistry::addedPlugins()
{
    FakePlugin first(u"fake"_s);
    FakePlugin second(u"fake"_s);
    FakePlugin nameless(u" "_s);
    PluginRegistry registry;
    registry.add(&first, u"built-in"_s);
    QCOMPARE(registry.find(u"fake"_s), &first);
    QCOMPARE(registry.origin(u"fake"_s), u"built-in"_s);
    QVERIFY(registry.errors().isEmpty());

    registry.add(&second, u"second"_s);
    QCOMPARE(registry.find(u"fake"_s), &first);
    QCOMPARE(registry.errors().size(), 1);
    QVERIFY(registry.errors().at(0).startsWith(u"second: "));
    QVERIFY(registry.errors().at(0).contains(u"built-in"));

    registry.add(&nameless, u"third"_s);
    QCOMPARE(registry.errors().size(), 2);
    QVERIFY(registry.errors().at(1).startsWith(u"third: "));
    QCOMPARE(registry.types(), QStringList{u"fake"_s});
}

void TestPluginRegistry::validConfig_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("description");

    QTest::newRow("weekend in Berlin")
        << QByteArray(R"({"days": ["sat", "sun"], "timeZone": "Europe/Berlin"})")
        << u"on Saturday or Sunday in Europe/Berlin"_s;
    QTest::newRow("full names, any case, office hours")
        << QByteArray(R"({"days": ["MON", "Tuesday", "wed", "thu", "FRIDAY"],
                          "hours": {"from": "09:00", "to": "17:00"}})")
        << u"on Monday to Friday between 09:00 and 17:00 in UTC"_s;
    QTest::newRow("three single days")
        << QByteArray(R"({"days": ["fri", "mon", "wed"]})")
        << u"on Monday, Wednesday or Friday in UTC"_s;
    QTest::newRow("two runs")
        << QByteArray(R"({"days": ["mon", "tue", "wed", "fri", "sat", "sun"]})")
        << u"on Monday to Wednesday or Friday to Sunday in UTC"_s;
    QTest::newRow("a pair is not a range")
        << QByteArray(R"({"days": ["sun", "mon", "tue", "thu"]})")
        << u"on Monday, Tuesday, Thursday or Sunday in UTC"_s;
    QTest::newRow("every day")
        << QByteArray(R"({"days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
                          "timeZone": "America/New_York"})")
        << u"every day in America/New_York"_s;
    QTest::newRow("duplicates and spaces")
        << QByteArray(R"({"days": ["sat", " sun ", "Saturday"]})")
        << u"on Saturday or Sunday in UTC"_s;
    QTest::newRow("until midnight")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": "22:00", "to": "24:00"}})")
        << u"on Monday between 22:00 and 24:00 in UTC"_s;
    QTest::newRow("explicit UTC")
        << QByteArray(R"({"days": ["sun"], "timeZone": "UTC"})")
        << u"on Sunday in UTC"_s;
}

void TestPluginRegistry::validConfig()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, description);
    QString error = u"stale"_s;
    const auto condition = m_weekday->create(json(config.constData()), &error);
    QVERIFY2(condition, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(condition->describe(), description);
}

void TestPluginRegistry::invalidConfig_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message"); // the whole message when given

    QTest::newRow("missing days") << QByteArray(R"({})") << u"days"_s << QString();
    QTest::newRow("days not a list") << QByteArray(R"({"days": "mon"})") << u"days"_s << QString();
    QTest::newRow("empty days") << QByteArray(R"({"days": []})") << u"days"_s << QString();
    QTest::newRow("bad day") << QByteArray(R"({"days": ["mon", "tue", "funday"]})")
                             << u"days/2"_s
                             << u"days/2: \"funday\" is not a day of the week"_s;
    QTest::newRow("day not text") << QByteArray(R"({"days": ["mon", 1]})") << u"days/1"_s
                                  << u"days/1: 1 is not a day of the week"_s;
    QTest::newRow("empty day") << QByteArray(R"({"days": [""]})") << u"days/0"_s << QString();
    QTest::newRow("abbreviation of two") << QByteArray(R"({"days": ["mo"]})") << u"days/0"_s
                                         << QString();
    QTest::newRow("bad zone") << QByteArray(R"({"days": ["mon"], "timeZone": "Mars/Olympus"})")
                              << u"timeZone"_s
                              << u"timeZone: \"Mars/Olympus\" is not a known IANA time-zone id"_s;
    QTest::newRow("zone in wrong case")
        << QByteArray(R"({"days": ["mon"], "timeZone": "europe/berlin"})") << u"timeZone"_s
        << QString();
    QTest::newRow("empty zone") << QByteArray(R"({"days": ["mon"], "timeZone": ""})")
                                << u"timeZone"_s << QString();
    QTest::newRow("zone not text") << QByteArray(R"({"days": ["mon"], "timeZone": 1})")
                                   << u"timeZone"_s << QString();
    QTest::newRow("hours not an object")
        << QByteArray(R"({"days": ["mon"], "hours": "09:00-17:00"})") << u"hours"_s << QString();
    QTest::newRow("hours without to")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": "09:00"}})") << u"hours/to"_s
        << QString();
    QTest::newRow("hours without from")
        << QByteArray(R"({"days": ["mon"], "hours": {"to": "09:00"}})") << u"hours/from"_s
        << QString();
    QTest::newRow("hours not HH:MM")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": "9am", "to": "17:00"}})")
        << u"hours/from"_s << QString();
    QTest::newRow("hour 25")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": "09:00", "to": "25:00"}})")
        << u"hours/to"_s << QString();
    QTest::newRow("minute 60")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": "09:60", "to": "17:00"}})")
        << u"hours/from"_s << QString();
    QTest::newRow("from 24:00")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": "24:00", "to": "24:00"}})")
        << u"hours/from"_s << QString();
    QTest::newRow("hours as numbers")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": 9, "to": 17}})")
        << u"hours/from"_s << QString();
    QTest::newRow("empty window")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": "09:00", "to": "09:00"}})")
        << u"hours/to"_s << QString();
    QTest::newRow("window across midnight")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": "22:00", "to": "02:00"}})")
        << u"hours/to"_s << QString();
    QTest::newRow("unknown field") << QByteArray(R"({"days": ["mon"], "timezone": "UTC"})")
                                   << u"timezone"_s << u"timezone: unknown field"_s;
    QTest::newRow("unknown hours field")
        << QByteArray(R"({"days": ["mon"], "hours": {"from": "09:00", "until": "17:00"}})")
        << u"hours/until"_s << QString();
}

void TestPluginRegistry::invalidConfig()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QString error;
    const auto condition = m_weekday->create(json(config.constData()), &error);
    QVERIFY(!condition);
    QVERIFY2(error.startsWith(field + u": "), qPrintable(error));
    QVERIFY2(error.size() > field.size() + 2, qPrintable(error));
    if (!message.isEmpty())
        QCOMPARE(error, message);
}

void TestPluginRegistry::holds_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("expected");

    // 2026-11-22T23:30Z is Sunday 23:30 in UTC but Monday 00:30 in Berlin (CET, +01:00).
    const QString sundayNight = u"2026-11-22T23:30:00Z"_s;
    QTest::newRow("Sunday in UTC") << QByteArray(R"({"days": ["sun"]})") << sundayNight << true;
    QTest::newRow("not Monday in UTC") << QByteArray(R"({"days": ["mon"]})") << sundayNight << false;
    QTest::newRow("Monday in Berlin")
        << QByteArray(R"({"days": ["mon"], "timeZone": "Europe/Berlin"})") << sundayNight << true;
    QTest::newRow("not Sunday in Berlin")
        << QByteArray(R"({"days": ["sun"], "timeZone": "Europe/Berlin"})") << sundayNight << false;
    QTest::newRow("Sunday afternoon in Los Angeles")
        << QByteArray(R"({"days": ["Sunday"], "timeZone": "America/Los_Angeles"})")
        << u"2026-11-22T23:30:00Z"_s << true;
    QTest::newRow("still Sunday in Los Angeles on Monday UTC")
        << QByteArray(R"({"days": ["sun"], "timeZone": "America/Los_Angeles"})")
        << u"2026-11-23T07:59:59.999Z"_s << true;
    QTest::newRow("Monday in Los Angeles")
        << QByteArray(R"({"days": ["sun"], "timeZone": "America/Los_Angeles"})")
        << u"2026-11-23T08:00:00Z"_s << false;
    QTest::newRow("Kathmandu's quarter hour, before")
        << QByteArray(R"({"days": ["mon"], "timeZone": "Asia/Kathmandu"})")
        << u"2026-11-22T18:14:59.999Z"_s << false;
    QTest::newRow("Kathmandu's quarter hour, after")
        << QByteArray(R"({"days": ["mon"], "timeZone": "Asia/Kathmandu"})")
        << u"2026-11-22T18:15:00Z"_s << true;

    const QByteArray firstHourMonday
        = R"({"days": ["mon"], "timeZone": "Europe/Berlin", "hours": {"from": "00:00", "to": "01:00"}})";
    QTest::newRow("hours: inside") << firstHourMonday << sundayNight << true;
    QTest::newRow("hours: start is inside") << firstHourMonday << u"2026-11-22T23:00:00Z"_s << true;
    QTest::newRow("hours: before, on Sunday")
        << firstHourMonday << u"2026-11-22T22:59:59.999Z"_s << false;
    QTest::newRow("hours: end is outside") << firstHourMonday << u"2026-11-23T00:00:00Z"_s << false;

    // Office hours follow daylight saving time: 09:00 in Berlin is 08:00Z in winter, 07:00Z
    // in summer.
    const QByteArray office
        = R"({"days": ["mon", "tue", "wed", "thu", "fri"], "timeZone": "Europe/Berlin",
              "hours": {"from": "09:00", "to": "17:00"}})";
    QTest::newRow("office: winter, before") << office << u"2026-01-05T07:59:00Z"_s << false;
    QTest::newRow("office: winter, open") << office << u"2026-01-05T08:00:00Z"_s << true;
    QTest::newRow("office: summer, open") << office << u"2026-07-06T07:00:00Z"_s << true;
    QTest::newRow("office: summer, closed") << office << u"2026-07-06T15:00:00Z"_s << false;
    QTest::newRow("office: winter, still open") << office << u"2026-01-05T15:59:59Z"_s << true;
    QTest::newRow("office: Saturday") << office << u"2026-01-10T10:00:00Z"_s << false;

    const QByteArray lateEvening
        = R"({"days": ["mon"], "hours": {"from": "22:00", "to": "24:00"}})";
    QTest::newRow("until midnight: last millisecond")
        << lateEvening << u"2026-11-23T23:59:59.999Z"_s << true;
    QTest::newRow("until midnight: midnight is Tuesday")
        << lateEvening << u"2026-11-24T00:00:00Z"_s << false;

    QTest::newRow("before 1970") << QByteArray(R"({"days": ["sun"]})")
                                 << u"1969-12-28T12:00:00Z"_s << true;
    // Berlin's local mean time then was 53 minutes ahead of UTC.
    QTest::newRow("before 1900 in Berlin")
        << QByteArray(R"({"days": ["sun"], "timeZone": "Europe/Berlin"})")
        << u"1899-12-30T23:30:00Z"_s << true;
    QTest::newRow("after the tz database's last transition")
        << QByteArray(R"({"days": ["mon"], "timeZone": "Europe/Berlin", "hours": {"from": "00:00", "to": "01:00"}})")
        << u"2100-07-04T22:30:00Z"_s << true; // Monday 00:30 CEST
}

void TestPluginRegistry::holds()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, at);
    QFETCH(bool, expected);
    const auto condition = weekday(json(config.constData()));
    QVERIFY(condition);
    QCOMPARE(condition->holds(ClockContext(utcMs(at))), expected);
}

void TestPluginRegistry::agreesWithQDateTime_data()
{
    QTest::addColumn<QString>("zone");
    for (const char *zone : {"UTC", "Europe/Berlin", "America/New_York", "America/St_Johns",
                             "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Apia",
                             "Pacific/Kiritimati", "Europe/Moscow", "UTC+05:30"}) {
        QTest::newRow(zone) << QString::fromLatin1(zone);
    }
}

void TestPluginRegistry::agreesWithQDateTime()
{
    // The plugin prepares each zone's offsets; QDateTime is the reference, from 1880 to 2250,
    // and one millisecond either side of every transition.
    QFETCH(QString, zone);
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());
    static constexpr const char *days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    std::vector<std::unique_ptr<PluginCondition>> byDay;
    for (const char *day : days) {
        QJsonObject config{{u"days"_s, QJsonArray{QString::fromLatin1(day)}},
                           {u"timeZone"_s, zone}};
        byDay.push_back(weekday(config));
        QVERIFY(byDay.back());
    }
    const auto office = weekday(QJsonObject{
        {u"days"_s, QJsonArray{u"mon"_s, u"tue"_s, u"wed"_s, u"thu"_s, u"fri"_s, u"sat"_s, u"sun"_s}},
        {u"timeZone"_s, zone},
        {u"hours"_s, QJsonObject{{u"from"_s, u"09:30"_s}, {u"to"_s, u"17:00"_s}}}});
    QVERIFY(office);

    int checked = 0;
    auto check = [&](qint64 ms) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, tz);
        const int expectedDay = local.date().dayOfWeek();
        const int msOfDay = local.time().msecsSinceStartOfDay();
        const ClockContext context(ms);
        for (int day = 1; day <= 7; ++day) {
            if (byDay[day - 1]->holds(context) != (day == expectedDay)) {
                qWarning("%s: day %d wrong at %lld (%s)", qPrintable(zone), day, ms,
                         qPrintable(local.toString(Qt::ISODateWithMs)));
                return false;
            }
        }
        const bool inOffice = msOfDay >= (9 * 60 + 30) * 60000 && msOfDay < 17 * 3600000;
        if (office->holds(context) != inOffice) {
            qWarning("%s: hours wrong at %lld (%s)", qPrintable(zone), ms,
                     qPrintable(local.toString(Qt::ISODateWithMs)));
            return false;
        }
        ++checked;
        return true;
    };

    const qint64 from = utcMs(u"1880-01-01T00:00:00Z"_s);
    const qint64 to = utcMs(u"2250-01-01T00:00:00Z"_s);
    // A week and an odd number of hours, minutes and milliseconds, so that every hour of
    // every weekday is visited.
    const qint64 step = 7 * 86400000LL + 7 * 3600000LL + 13 * 60000LL + 17;
    for (qint64 ms = from; ms < to; ms += step)
        QVERIFY(check(ms));
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC);
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(to, Qt::UTC);
    for (const QTimeZone::OffsetData &transition : tz.transitions(start, end)) {
        const qint64 at = transition.atUtc.toMSecsSinceEpoch();
        QVERIFY(check(at - 1));
        QVERIFY(check(at));
        QVERIFY(check(at + 1));
    }
    QVERIFY(checked > 18000);
}

QTEST_GUILESS_MAIN(TestPluginRegistry)
#include "tst_pluginregistry.moc"
