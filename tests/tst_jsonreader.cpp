// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The strict JSON reader: every malformed input gets a clear error naming its place.

#include "json/jsonreader.h"
#include "json/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

class TestJsonReader final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void malformed_data();
    void malformed();
    void lineAndColumn();
    void valid_data();
    void valid();
    void depthLimitIsConfigurable();
    void writerRoundTrip();
    void writerLayoutMatchesJsonStringify();
};

void TestJsonReader::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u""_s << u"the document is empty"_s;
    QTest::newRow("only whitespace") << QByteArray(" \n\t ") << u""_s << u"the document is empty"_s;
    QTest::newRow("truncated object") << QByteArray(R"({"flags": [{"key": "a")")
                                      << u"/flags/0"_s << u"truncated"_s;
    QTest::newRow("truncated string") << QByteArray(R"({"flags": [{"key": "ab)")
                                      << u"/flags/0/key"_s << u"unterminated string"_s;
    QTest::newRow("truncated list") << QByteArray(R"({"tags": ["a", )") << u"/tags/1"_s
                                    << u"unexpected end of the document"_s;
    QTest::newRow("truncated literal") << QByteArray(R"({"on": tru)") << u"/on"_s
                                       << u"expected a value"_s;
    QTest::newRow("trailing comma in object") << QByteArray(R"({"a": 1,})") << u""_s
                                              << u"expected a quoted field name"_s;
    QTest::newRow("trailing comma in list") << QByteArray(R"({"a": [1,]})") << u"/a/1"_s
                                            << u"expected a value, found ']'"_s;
    QTest::newRow("content after value") << QByteArray(R"({"a": 1} {"b": 2})") << u""_s
                                         << u"unexpected content after the JSON value"_s;
    QTest::newRow("single quotes") << QByteArray(R"({'a': 1})") << u""_s
                                   << u"expected a quoted field name, found '''"_s;
    QTest::newRow("unquoted field name") << QByteArray(R"({key: 1})") << u""_s
                                         << u"expected a quoted field name, found 'k'"_s;
    QTest::newRow("missing colon") << QByteArray(R"({"key" 1})") << u""_s
                                   << u"expected ':' after field name \"key\""_s;
    QTest::newRow("missing comma") << QByteArray(R"({"a": 1 "b": 2})") << u""_s
                                   << u"expected ',' or '}' in an object"_s;
    QTest::newRow("leading zero") << QByteArray(R"({"weight": 050})") << u"/weight"_s
                                  << u"leading zeros"_s;
    QTest::newRow("bare minus") << QByteArray(R"({"weight": -})") << u"/weight"_s
                                << u"invalid number"_s;
    QTest::newRow("fraction without digits") << QByteArray(R"({"weight": 1.})") << u"/weight"_s
                                             << u"digits expected after '.'"_s;
    QTest::newRow("exponent without digits") << QByteArray(R"({"weight": 1e})") << u"/weight"_s
                                             << u"digits expected in the exponent"_s;
    QTest::newRow("huge number") << QByteArray(R"({"flags": [{"version": 1e400}]})")
                                 << u"/flags/0/version"_s << u"number 1e400 is out of range"_s;
    QTest::newRow("huge negative number") << QByteArray(R"([-2e308])") << u"/0"_s
                                          << u"out of range"_s;
    QTest::newRow("NaN") << QByteArray(R"({"weight": NaN})") << u"/weight"_s
                         << u"expected a value, found 'N'"_s;
    QTest::newRow("Infinity") << QByteArray(R"({"weight": Infinity})") << u"/weight"_s
                              << u"expected a value, found 'I'"_s;
    QTest::newRow("duplicate field at top") << QByteArray(R"({"format": "pennon", "format": "x"})")
                                            << u""_s << u"duplicate field \"format\""_s;
    QTest::newRow("duplicate field nested")
        << QByteArray(R"({"flags": [{"key": "a"}, {"key": "b", "name": "x", "key": "c"}]})")
        << u"/flags/1"_s << u"duplicate field \"key\""_s;
    QTest::newRow("invalid UTF-8 byte") << QByteArray("{\"name\": \"caf\xff\"}") << u"/name"_s
                                        << u"invalid UTF-8 (byte 0xff)"_s;
    QTest::newRow("overlong UTF-8") << QByteArray("{\"name\": \"\xc0\xaf\"}") << u"/name"_s
                                    << u"overlong"_s;
    QTest::newRow("UTF-8 encoded surrogate") << QByteArray("{\"name\": \"\xed\xa0\x80\"}")
                                             << u"/name"_s << u"invalid UTF-8"_s;
    QTest::newRow("UTF-8 cut short") << QByteArray("{\"name\": \"\xe2\x82") << u"/name"_s
                                     << u"invalid UTF-8"_s;
    QTest::newRow("invalid UTF-8 outside strings") << QByteArray("{\"a\": \xff}") << u"/a"_s
                                                   << u"byte 0xff"_s;
    QTest::newRow("lone high surrogate") << QByteArray(R"({"name": "\ud83d"})") << u"/name"_s
                                         << u"lone high surrogate \\ud83d"_s;
    QTest::newRow("lone low surrogate") << QByteArray(R"({"name": "\ude00x"})") << u"/name"_s
                                        << u"lone low surrogate \\ude00"_s;
    QTest::newRow("bad unicode escape") << QByteArray(R"({"name": "\u12g4"})") << u"/name"_s
                                        << u"invalid \\u escape"_s;
    QTest::newRow("invalid escape") << QByteArray(R"({"pattern": "\d+"})") << u"/pattern"_s
                                    << u"invalid escape sequence \\d"_s;
    QTest::newRow("raw newline in string") << QByteArray("{\"name\": \"a\nb\"}") << u"/name"_s
                                           << u"control character 0x0a inside a string"_s;
    QTest::newRow("deep nesting") << QByteArray(100, '[') + QByteArray(100, ']')
                                  << QString() << u"nesting deeper than 64 levels"_s;
    QTest::newRow("comment") << QByteArray("{\"a\": 1 // note\n}") << u""_s
                             << u"expected ',' or '}' in an object, found '/'"_s;
    QTest::newRow("field name with escaped slash")
        << QByteArray(R"({"environments": {"a/b~c": {"on": yes}}})")
        << u"/environments/a~1b~0c/on"_s << u"expected a value, found 'y'"_s;
}

void TestJsonReader::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, path);
    QFETCH(QString, message);
    Problem problem;
    const auto value = JsonReader::parse(input, &problem);
    QVERIFY(!value.has_value());
    if (!path.isNull())
        QCOMPARE(problem.path, path);
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
    QVERIFY2(problem.message.startsWith(u"line "), qPrintable(problem.message));
}

void TestJsonReader::lineAndColumn()
{
    Problem problem;
    const QByteArray input = "{\n  \"name\": \"Zoë\",\n  \"on\": maybe\n}\n";
    QVERIFY(!JsonReader::parse(input, &problem).has_value());
    QCOMPARE(problem.path, u"/on"_s);
    QCOMPARE(problem.message, u"line 3, column 9: expected a value, found 'm'"_s);
    // Columns count characters, not bytes: "ë" is one column.
    const QByteArray second = "{\"name\": \"Zoë\" x}";
    QVERIFY(!JsonReader::parse(second, &problem).has_value());
    QVERIFY2(problem.message.startsWith(u"line 1, column 16:"), qPrintable(problem.message));
}

void TestJsonReader::valid_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"a\": 1}")
                                     << QJsonValue(QJsonObject{{u"a"_s, 1}});
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"])")
                             << QJsonValue(QJsonArray{u"\"\\/\b\f\n\r\t\u00e9\U0001F600"_s});
    QTest::newRow("raw UTF-8") << QByteArray("\"Gr\xc3\xbc\xc3\x9f\x65 \xf0\x9f\x9a\xa9\"")
                               << QJsonValue(u"Grüße 🚩"_s);
    QTest::newRow("numbers") << QByteArray("[0, -0, 12.5, 1e3, -2.5E-2, 9007199254740992]")
                             << QJsonValue(QJsonArray{0, -0.0, 12.5, 1000, -0.025, 9007199254740992.0});
    QTest::newRow("tiny number underflows to zero") << QByteArray("1e-400") << QJsonValue(0.0);
    QTest::newRow("literals") << QByteArray(" [true,false,null] ")
                              << QJsonValue(QJsonArray{true, false, QJsonValue()});
    QTest::newRow("nesting at the limit") << QByteArray(64, '[') + QByteArray(64, ']')
                                          << QJsonValue();
}

void TestJsonReader::valid()
{
    QFETCH(QByteArray, input);
    QFETCH(QJsonValue, expected);
    Problem problem;
    const auto value = JsonReader::parse(input, &problem);
    QVERIFY2(value.has_value(), qPrintable(problem.toString()));
    if (!expected.isNull())
        QCOMPARE(*value, expected);
}

void TestJsonReader::depthLimitIsConfigurable()
{
    Problem problem;
    JsonReader::Limits limits;
    limits.maxDepth = 3;
    QVERIFY(JsonReader::parse("[[[1]]]", limits, &problem).has_value());
    QVERIFY(!JsonReader::parse("[[[[1]]]]", limits, &problem).has_value());
    QCOMPARE(problem.path, u"/0/0/0"_s);
    limits.maxStringBytes = 4;
    QVERIFY(!JsonReader::parse("[\"abcdef\"]", limits, &problem).has_value());
    QVERIFY(problem.message.contains(u"string longer than 4 bytes"));
}

void TestJsonReader::writerRoundTrip()
{
    JsonWriter w;
    w.beginObject();
    w.key(u"text");
    w.string(u"quote \" backslash \\ newline \n tab \t bell \x07 ü 🚩");
    w.key(u"numbers");
    w.beginArray();
    for (double n : {0.0, 25.0, 12.5, 0.1, 1e21, -3.75e-5, 9007199254740991.0})
        w.number(n);
    w.integer(-42);
    w.endArray();
    w.key(u"empty list");
    w.beginArray();
    w.endArray();
    w.key(u"empty object");
    w.beginObject();
    w.endObject();
    w.key(u"any");
    w.value(QJsonObject{{u"z"_s, 1}, {u"a"_s, QJsonArray{true, QJsonValue()}}});
    w.endObject();
    const QByteArray bytes = w.finish();
    Problem problem;
    const auto value = JsonReader::parse(bytes, &problem);
    QVERIFY2(value.has_value(), qPrintable(problem.toString()));
    const QJsonObject o = value->toObject();
    QCOMPARE(o.value(u"text"_s).toString(), u"quote \" backslash \\ newline \n tab \t bell \x07 ü 🚩"_s);
    const QJsonArray numbers = o.value(u"numbers"_s).toArray();
    QCOMPARE(numbers.size(), 8);
    QCOMPARE(numbers.at(2).toDouble(), 12.5);
    QCOMPARE(numbers.at(3).toDouble(), 0.1);
    QCOMPARE(numbers.at(5).toDouble(), -3.75e-5);
    QCOMPARE(numbers.at(6).toDouble(), 9007199254740991.0);
    QVERIFY(bytes.contains("\\u0007"));
    QVERIFY(bytes.contains("\"any\": {\n    \"a\": [\n      true,\n      null\n    ],\n    \"z\": 1\n  }"));
}

void TestJsonReader::writerLayoutMatchesJsonStringify()
{
    // JSON.stringify({a: [1, "x"], b: {}, c: []}, null, 2) + "\n"
    JsonWriter w;
    w.beginObject();
    w.key(u"a");
    w.beginArray();
    w.integer(1);
    w.string(u"x");
    w.endArray();
    w.key(u"b");
    w.beginObject();
    w.endObject();
    w.key(u"c");
    w.beginArray();
    w.endArray();
    w.endObject();
    QCOMPARE(w.finish(), QByteArray("{\n  \"a\": [\n    1,\n    \"x\"\n  ],\n  \"b\": {},\n  \"c\": []\n}\n"));
    QCOMPARE(JsonWriter::formatNumber(25), QByteArray("25"));
    QCOMPARE(JsonWriter::formatNumber(12.5), QByteArray("12.5"));
    QCOMPARE(JsonWriter::formatNumber(1e21), QByteArray("1e+21"));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
