// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Recorded changes in words (ChangeText), for the history: every kind of object created,
// changed and deleted, read from the states a change records.

#include "storage/objectjson.h"
#include "text/changetext.h"
#include "text/flagchangetext.h"

#include <QLocale>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

Flag makeFlag()
{
    Flag flag;
    flag.key = u"checkout"_s;
    flag.name = u"Checkout"_s;
    flag.type = FlagType::Boolean;
    flag.variations = {{u"on"_s, QJsonValue(true), {}}, {u"off"_s, QJsonValue(false), {}}};
    for (const Environment &environment : Workspace::defaultEnvironments()) {
        EnvironmentConfig config;
        config.offVariation = u"off"_s;
        config.defaultServe = Serve::of(u"off"_s);
        flag.environments.insert(environment.key, config);
    }
    return flag;
}

Change recorded(ObjectKind kind, const std::optional<StoredObject> &before, const std::optional<StoredObject> &after)
{
    Change change;
    change.kind = kind;
    if (before) {
        change.before = ObjectJson::write(*before);
        change.versionBefore = 1;
    }
    if (after) {
        change.after = ObjectJson::write(*after);
        change.versionAfter = 2;
    }
    return change;
}

ConstraintActivation country(QStringList values)
{
    ConstraintActivation c;
    c.attribute = u"country"_s;
    c.op = Operator::In;
    c.values = std::move(values);
    return c;
}

} // namespace

class TestChangeText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void environments();
    void activations();
    void segments();
    void flags();
    void newFlagSetUpElsewhere();
    void whatText();
    void unreadableState();
};

void TestChangeText::environments()
{
    const Environment staging{u"staging"_s, u"Staging"_s, false, 1};
    Environment renamed = staging;
    renamed.name = u"Pre-production"_s;
    renamed.isProtected = true;
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Environment, std::nullopt, StoredObject(staging))),
             QStringList{u"New environment “Staging”"_s});
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Environment, StoredObject(staging), StoredObject(renamed))),
             (QStringList{u"Name: Staging → Pre-production"_s, u"Protected"_s}));
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Environment, StoredObject(renamed), StoredObject(staging))),
             (QStringList{u"Name: Pre-production → Staging"_s, u"No longer protected"_s}));
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Environment, StoredObject(renamed), std::nullopt)),
             QStringList{u"Environment “Pre-production” deleted"_s});
    QCOMPARE(ChangeText::environment(nullptr, &renamed), QStringList{u"New protected environment “Pre-production”"_s});
}

void TestChangeText::activations()
{
    const Activation beta{u"beta"_s, u"Beta testers"_s, {}, UserListActivation{u"userId"_s, {u"alice"_s}}, 1};
    Activation changed = beta;
    changed.description = u"Our testers"_s;
    changed.condition = UserListActivation{u"userId"_s, {u"alice"_s, u"bob"_s}};
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Activation, std::nullopt, StoredObject(beta))),
             QStringList{u"New activation “Beta testers”: userId is one of alice"_s});
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Activation, StoredObject(beta), StoredObject(changed))),
             (QStringList{u"Description: (nothing) → Our testers"_s,
                          u"Condition: userId is one of alice → userId is one of alice, bob"_s}));
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Activation, StoredObject(changed), std::nullopt)),
             QStringList{u"Activation “Beta testers” deleted"_s});
}

void TestChangeText::segments()
{
    Segment eu;
    eu.key = u"eu"_s;
    eu.name = u"EU"_s;
    eu.conditions = {country({u"DE"_s, u"FR"_s})};
    Segment wider = eu;
    wider.name = u"Europe"_s;
    wider.conditions = {country({u"DE"_s, u"FR"_s, u"CH"_s}), UserListActivation{u"userId"_s, {u"carol"_s}}};
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Segment, std::nullopt, StoredObject(eu))),
             QStringList{u"New segment “EU”: country is one of DE, FR"_s});
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Segment, StoredObject(eu), StoredObject(wider))),
             (QStringList{u"Name: EU → Europe"_s,
                          u"Condition 1: country is one of DE, FR → country is one of DE, FR, CH"_s,
                          u"Condition 2 added: userId is one of carol"_s}));
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Segment, StoredObject(wider), StoredObject(eu))).at(2),
             u"Condition 2 removed (userId is one of carol)"_s);
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Segment, StoredObject(eu), std::nullopt)),
             QStringList{u"Segment “EU” deleted"_s});
}

void TestChangeText::flags()
{
    // The review's words (FlagChangeText), read from the recorded states.
    const Flag before = makeFlag();
    Flag after = before;
    after.name = u"New checkout"_s;
    after.environments[u"production"_s].on = true;
    const QStringList words = ChangeText::describe(recorded(ObjectKind::Flag, StoredObject(before), StoredObject(after)));
    QCOMPARE(words, FlagChangeText::describe(&before, after));
    QCOMPARE(words, (QStringList{u"Name: Checkout → New checkout"_s, u"production: turned on"_s}));
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Flag, std::nullopt, StoredObject(before))),
             QStringList{u"New flag “Checkout” of type Boolean with the variations on = true, off = false, "
                         "off in every environment"_s});
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Flag, StoredObject(after), std::nullopt)),
             QStringList{u"Flag “New checkout” deleted"_s});
    // Nothing a person sees (the same object written again).
    QCOMPARE(ChangeText::describe(recorded(ObjectKind::Flag, StoredObject(before), StoredObject(before))).size(), 1);
}

void TestChangeText::newFlagSetUpElsewhere()
{
    // A flag an import created on, with a rule: not "off in every environment".
    Flag flag = makeFlag();
    EnvironmentConfig &production = flag.environments[u"production"_s];
    production.on = true;
    Rule rule;
    rule.conditions = {country({u"DE"_s})};
    rule.serve = Serve::of(u"on"_s);
    production.rules = {rule};
    const QStringList words = FlagChangeText::describe(nullptr, flag);
    QCOMPARE(words, (QStringList{u"New flag “Checkout” of type Boolean with the variations on = true, off = false"_s,
                                 u"production: turned on"_s,
                                 u"production: rule 1 added: when country is one of DE, serves variation on"_s}));
}

void TestChangeText::whatText()
{
    Change change;
    change.versionAfter = 1;
    QCOMPARE(ChangeText::whatText(change), u"Created"_s);
    change.versionBefore = 3;
    change.versionAfter = 4;
    QCOMPARE(ChangeText::whatText(change), u"Version 3 → 4"_s);
    change.revertOf = 12;
    QCOMPARE(ChangeText::whatText(change), u"Version 3 → 4, revert of change 12"_s);
    change.versionAfter = 0;
    change.revertOf = 0;
    QCOMPARE(ChangeText::whatText(change), u"Deleted"_s);
}

void TestChangeText::unreadableState()
{
    Change change;
    change.kind = ObjectKind::Segment;
    change.before = "{ not json";
    const QStringList words = ChangeText::describe(change);
    QCOMPARE(words.size(), 1);
    QVERIFY2(words.first().startsWith(u"The state before this change cannot be read"_s), qPrintable(words.first()));
}

QTEST_GUILESS_MAIN(TestChangeText)
#include "tst_changetext.moc"
