// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// ChangeImpact::compareFlags: the impact of an edited shared activation on every flag that
// uses it (directly or through a prerequisite), against a count the test makes itself by
// evaluating every user with the Engine, flag by flag.

#include "engine/attributegenerator.h"
#include "engine/engine.h"
#include "engine/impact.h"
#include "formats/workspacefile.h"
#include "model/uses.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <map>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

const QString Demo = QStringLiteral(PENNON_SOURCE_DIR "/resources/demo-workspace.json");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Workspace read(const QByteArray &bytes)
{
    Problems problems, warnings;
    const std::optional<Workspace> workspace = WorkspaceFile::read(bytes, WorkspaceFormat::Native, QString(),
                                                                   &problems, &warnings);
    return workspace.value_or(Workspace());
}

/// The demo workspace with the beta testers grown from a list of five to every user whose id
/// ends in 7.
QByteArray editedDemo()
{
    QJsonObject workspace = QJsonDocument::fromJson(readFile(Demo)).object();
    QJsonArray activations = workspace.value(u"activations"_s).toArray();
    for (qsizetype i = 0; i < activations.size(); ++i) {
        QJsonObject activation = activations.at(i).toObject();
        if (activation.value(u"key"_s).toString() != u"beta-testers")
            continue;
        activation.insert(u"condition"_s, QJsonObject{{u"type"_s, u"regex"_s}, {u"attribute"_s, u"userId"_s},
                                                      {u"pattern"_s, u"7$"_s}});
        activations.replace(i, activation);
    }
    workspace.insert(u"activations"_s, activations);
    return QJsonDocument(workspace).toJson();
}

} // namespace

class TestImpact final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sharedActivationOverItsFlags();
    void cancelledBeforeStart();
    void userContextJson();
};

void TestImpact::sharedActivationOverItsFlags()
{
    const Workspace saved = read(readFile(Demo));
    const Workspace edited = read(editedDemo());
    QVERIFY(!saved.flags.isEmpty());
    const QString environment = u"production"_s;
    QStringList flags;
    for (const BehaviourChange &change : WorkspaceUses(saved).behaviourChanges(LibraryKind::Activation, u"beta-testers"_s)) {
        if (change.environment == environment && !flags.contains(change.flag))
            flags.append(change.flag);
    }
    QVERIFY2(flags.size() >= 2, qPrintable(flags.join(u", ")));
    flags.append(u"holiday-banner"_s);   // does not use it: nobody changes there

    const auto from = Engine::compile(saved, environment);
    const auto to = Engine::compile(edited, environment);
    SimulationOptions options;
    options.users = 20000;
    QString error;
    options.generators.append(*AttributeGenerator::parse(u"plan=choice(free:6,pro:3,enterprise:1)"_s, &error));
    std::atomic<qint64> lastDone{0};
    const FlagsImpact impact = ChangeImpact::compareFlags(from, to, flags, options, 3, nullptr,
                                                          [&](qint64 done, qint64) { lastDone = done; });
    QVERIFY(!impact.cancelled);
    QCOMPARE(impact.users, options.users);
    QCOMPARE(impact.flags.size(), flags.size());
    QCOMPARE(lastDone.load(), options.users * flags.size());

    // User by user, flag by flag.
    std::vector<bool> anyChanged(size_t(options.users), false);
    for (qsizetype f = 0; f < flags.size(); ++f) {
        const ImpactResult &result = impact.flags.at(f);
        QCOMPARE(result.flag, flags.at(f));
        QVERIFY(result.error.isEmpty());
        qint64 changed = 0;
        std::map<std::pair<QString, QString>, qint64> matrix;
        QStringList samples;
        for (qint64 n = 0; n < options.users; ++n) {
            Context context;
            context.setString(u"userId"_s, u"user-%1"_s.arg(n));
            context.setString(u"plan"_s, options.generators.constFirst().text(n));
            const QString before = from->variationKey(from->evaluate(flags.at(f), context));
            const QString after = to->variationKey(to->evaluate(flags.at(f), context));
            ++matrix[{before, after}];
            if (before != after) {
                ++changed;
                anyChanged[size_t(n)] = true;
                if (samples.size() < 3)
                    samples.append(u"user-%1"_s.arg(n));
            }
        }
        QCOMPARE(result.changed, changed);
        QCOMPARE(result.samples, samples);
        QCOMPARE(size_t(result.matrix.size()), matrix.size());
        for (const ImpactResult::Cell &cell : result.matrix)
            QCOMPARE(cell.count, (matrix[{cell.from, cell.to}]));
        if (flags.at(f) == u"holiday-banner")
            QCOMPARE(changed, 0);
    }
    const qint64 expectedAny = qint64(std::count(anyChanged.cbegin(), anyChanged.cend(), true));
    QVERIFY(expectedAny > 1000);
    QCOMPARE(impact.changedAny, expectedAny);
    QVERIFY(impact.changedAny >= impact.flags.constFirst().changed);
}

void TestImpact::cancelledBeforeStart()
{
    const Workspace saved = read(readFile(Demo));
    const auto engine = Engine::compile(saved, u"production"_s);
    SimulationOptions options;
    options.users = 100000;
    std::atomic<bool> cancel{true};
    const FlagsImpact impact = ChangeImpact::compareFlags(engine, engine, {u"beta-api"_s, u"new-checkout"_s},
                                                          options, 5, &cancel);
    QVERIFY(impact.cancelled);
    QCOMPARE(impact.changedAny, 0);

    // A missing flag is an error of its own; the others are compared.
    cancel = false;
    options.users = 100;
    const FlagsImpact partly = ChangeImpact::compareFlags(engine, engine, {u"no-such-flag"_s, u"beta-api"_s}, options, 5, &cancel);
    QCOMPARE(partly.flags.size(), 2);
    QVERIFY(!partly.flags.at(0).error.isEmpty());
    QVERIFY(partly.flags.at(1).error.isEmpty());
    QCOMPARE(partly.flags.at(1).users, 100);
}

void TestImpact::userContextJson()
{
    SimulationOptions options;
    options.users = 10;
    options.idPattern = u"u-{n}"_s;
    options.idAttribute = u"accountId"_s;
    options.constants.setString(u"country"_s, u"DE"_s);
    QString error;
    options.generators.append(*AttributeGenerator::parse(u"seats=range(1,100)"_s, &error));
    const QJsonObject context = ChangeImpact::userContextJson(options, 7);
    QCOMPARE(context.value(u"accountId"_s).toString(), u"u-7"_s);
    QCOMPARE(context.value(u"country"_s).toString(), u"DE"_s);
    QCOMPARE(context.value(u"seats"_s).toVariant().toString(), options.generators.constFirst().text(7));

    QList<Context> rows(2);
    rows[1].setString(u"accountId"_s, u"acme"_s);
    rows[1].setString(u"country"_s, u"FR"_s);
    options.contexts = rows;
    const QJsonObject row = ChangeImpact::userContextJson(options, 1);
    QCOMPARE(row.value(u"accountId"_s).toString(), u"acme"_s);
    QCOMPARE(row.value(u"country"_s).toString(), u"FR"_s);   // the row's own value wins
}

QTEST_GUILESS_MAIN(TestImpact)
#include "tst_impact.moc"
