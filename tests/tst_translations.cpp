// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The German translation is complete for every translatable string in the sources, and
// every translation keeps the placeholders of its source text.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    bool finished = false;
    bool plural = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name" && current.source.isNull())
                context = xml.readElementText();
            else if (name == u"message") {
                current = Message{};
                current.context = context;
                current.plural = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
            } else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                const auto type = xml.attributes().value(QLatin1StringView("type"));
                current.finished = type.isEmpty();
                if (!current.plural)
                    current.translation = xml.readElementText();
            } else if (name == u"numerusform" && current.translation.isEmpty())
                current.translation = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
            current = Message{};
        } else if (xml.isEndElement() && xml.name() == u"context") {
            context.clear();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?\\d+|%n"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured().remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void germanIsCompleteAndCurrent();
};

void TestTranslations::germanIsCompleteAndCurrent()
{
    // Extract the strings the sources have today into a fresh catalogue.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(u"fresh_de.ts"_s);
    QStringList arguments{u"-silent"_s, u"-locations"_s, u"none"_s, u"-no-obsolete"_s};
    for (const char *folder : {"core", "session", "ui", "cli", "app", "plugins"})
        arguments.append(QStringLiteral(PENNON_SOURCE_DIR "/") + QLatin1StringView(folder));
    arguments << u"-ts"_s << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_PATH), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QList<Message> current = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(current.size() > 50, "lupdate found suspiciously few strings");
    const QList<Message> german = readTs(QStringLiteral(PENNON_SOURCE_DIR "/translations/pennon_de.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QHash<QString, Message> byKey;
    for (const Message &m : german)
        byKey.insert(m.context + u'\x1f' + m.source, m);

    QStringList problems;
    for (const Message &m : current) {
        const auto it = byKey.constFind(m.context + u'\x1f' + m.source);
        if (it == byKey.cend()) {
            problems.append(u"missing: "_s + m.context + u": "_s + m.source);
            continue;
        }
        if (!it->finished || it->translation.isEmpty()) {
            problems.append(u"untranslated: "_s + m.context + u": "_s + m.source);
            continue;
        }
        if (placeholders(m.source) != placeholders(it->translation))
            problems.append(u"placeholders differ: "_s + m.context + u": "_s + m.source + u" -> "_s + it->translation);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_s + problems.join(u'\n')
        + u"\nRun `cmake --build build --target update_translations` and translate pennon_de.ts."_s));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
