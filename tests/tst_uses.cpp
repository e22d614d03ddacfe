// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Who uses what (WorkspaceUses): library activations and segments reached by rules directly
// or nested, the flags whose behaviour changes per environment, prerequisite dependants, and
// the context an edit of the library is checked in.

#include "model/uses.h"
#include "validation/validator.h"

#include <QDebug>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

Flag flag(const QString &key)
{
    Flag f;
    f.key = key;
    f.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    return f;
}

EnvironmentConfig config(bool on, const QList<Rule> &rules)
{
    EnvironmentConfig c;
    c.on = on;
    c.offVariation = u"off"_s;
    c.defaultServe.variation = u"off"_s;
    c.rules = rules;
    return c;
}

Rule rule(const QList<Condition> &conditions, bool disabled = false)
{
    Rule r;
    r.conditions = conditions;
    r.serve.variation = u"on"_s;
    r.disabled = disabled;
    return r;
}

/// beta (a user list) is used by checkout directly in development and production, by the
/// segment staff, which the segment insiders nests; search uses insiders in production;
/// banner has beta only in a disabled rule; upload follows checkout by a prerequisite.
Workspace sample()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    ws.activations = {{u"beta"_s, u"Beta testers"_s, {}, UserListActivation{u"userId"_s, {u"alice"_s}}, 1},
                      {u"staff-segment"_s, u"Staff as an activation"_s, {}, SegmentActivation{u"staff"_s}, 1},
                      {u"unused"_s, u"Nobody"_s, {}, UserListActivation{}, 1}};
    ws.segments = {{u"staff"_s, u"Staff"_s, {}, {ActivationRef{u"beta"_s}}, 1},
                   {u"insiders"_s, u"Insiders"_s, {}, {SegmentActivation{u"staff"_s}}, 1}};

    Flag checkout = flag(u"checkout"_s);
    checkout.environments = {
        {u"development"_s, config(true, {rule({ActivationRef{u"beta"_s}})})},
        {u"production"_s, config(false, {rule({PercentageActivation{}}), rule({ActivationRef{u"beta"_s}})})},
    };
    Flag search = flag(u"search"_s);
    search.environments = {{u"production"_s, config(true, {rule({SegmentActivation{u"insiders"_s}})})}};
    Flag banner = flag(u"banner"_s);
    banner.environments = {{u"development"_s, config(true, {rule({ActivationRef{u"beta"_s}}, true)})}};
    Flag upload = flag(u"upload"_s);
    upload.environments = {
        {u"production"_s, config(true, {rule({PrerequisiteActivation{u"checkout"_s, {u"on"_s}}})})},
    };
    Flag lonely = flag(u"lonely"_s);
    ws.flags = {checkout, search, banner, upload, lonely};
    return ws;
}

} // namespace

class TestUses final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reachFollowsSegmentsAndActivations();
    void reachEndsOnCycles();
    void usedByThroughEverythingThatReachesIt();
    void behaviourChangesPerEnvironment();
    void prerequisiteDependants();
    void checkContextHoldsWhatTheEditCanAffect();
};

void TestUses::reachFollowsSegmentsAndActivations()
{
    const Workspace ws = sample();
    Reach reach;
    addReach(ws, SegmentActivation{u"insiders"_s}, &reach);
    QVERIFY(reach.segments == (QSet<QString>{u"insiders"_s, u"staff"_s}));
    QVERIFY(reach.activations == (QSet<QString>{u"beta"_s}));
    QVERIFY(reach.prerequisites.isEmpty());

    Reach direct;
    addReach(ws, PrerequisiteActivation{u"checkout"_s, {}}, &direct);
    QCOMPARE(direct.prerequisites.size(), 1);
    QCOMPARE(direct.prerequisites.first().flag, u"checkout"_s);
}

void TestUses::reachEndsOnCycles()
{
    Workspace ws;
    ws.segments = {{u"a"_s, {}, {}, {SegmentActivation{u"b"_s}}, 1},
                   {u"b"_s, {}, {}, {SegmentActivation{u"a"_s}, PrerequisiteActivation{u"x"_s, {}}}, 1}};
    ws.activations = {{u"self"_s, {}, {}, ActivationRef{u"self"_s}, 1}};
    Reach reach;
    addReach(ws, SegmentActivation{u"a"_s}, &reach);
    addReach(ws, ActivationRef{u"self"_s}, &reach);
    QVERIFY(reach.segments == (QSet<QString>{u"a"_s, u"b"_s}));
    QCOMPARE(reach.prerequisites.size(), 1);
    const WorkspaceUses uses(ws);   // no endless walk either
    QCOMPARE(uses.segments(LibraryKind::Segment, u"a"_s), QStringList{u"b"_s});
    QCOMPARE(uses.segments(LibraryKind::Segment, u"b"_s), QStringList{u"a"_s});
}

void TestUses::usedByThroughEverythingThatReachesIt()
{
    const WorkspaceUses uses(sample());
    // Directly (checkout twice, banner in a disabled rule) and through staff ⊂ insiders (search).
    QCOMPARE(uses.flags(LibraryKind::Activation, u"beta"_s),
             (QStringList{u"checkout"_s, u"search"_s, u"banner"_s}));
    QCOMPARE(uses.rules(LibraryKind::Activation, u"beta"_s).size(), 4);
    QCOMPARE(uses.segments(LibraryKind::Activation, u"beta"_s), (QStringList{u"insiders"_s, u"staff"_s}));
    QCOMPARE(uses.flags(LibraryKind::Segment, u"staff"_s), QStringList{u"search"_s});
    QCOMPARE(uses.segments(LibraryKind::Segment, u"staff"_s), QStringList{u"insiders"_s});
    QCOMPARE(uses.activations(LibraryKind::Segment, u"staff"_s), QStringList{u"staff-segment"_s});
    QCOMPARE(uses.flags(LibraryKind::Segment, u"insiders"_s), QStringList{u"search"_s});
    QVERIFY(uses.segments(LibraryKind::Segment, u"insiders"_s).isEmpty());
    QVERIFY(uses.isUsed(LibraryKind::Segment, u"staff"_s));
    QVERIFY(!uses.isUsed(LibraryKind::Activation, u"unused"_s));
    QVERIFY(uses.flags(LibraryKind::Activation, u"unused"_s).isEmpty());

    const QList<RuleUse> production = [&] {
        QList<RuleUse> list;
        for (const RuleUse &use : uses.rules(LibraryKind::Activation, u"beta"_s)) {
            if (use.flag == u"checkout" && use.environment == u"production")
                list.append(use);
        }
        return list;
    }();
    QCOMPARE(production.size(), 1);
    QCOMPARE(production.first().rule, 1);
}

void TestUses::behaviourChangesPerEnvironment()
{
    const WorkspaceUses uses(sample());
    const QList<BehaviourChange> changes = uses.behaviourChanges(LibraryKind::Activation, u"beta"_s);
    // banner's only use is disabled: its behaviour does not change. upload follows checkout
    // in production by a prerequisite.
    const QList<BehaviourChange> expected = {
        {u"checkout"_s, u"development"_s, {0}, true, {}},
        {u"checkout"_s, u"production"_s, {1}, false, {}},
        {u"search"_s, u"production"_s, {0}, true, {}},
        {u"upload"_s, u"production"_s, {0}, true, u"checkout"_s},
    };
    if (changes != expected) {
        for (const BehaviourChange &c : changes)
            qWarning() << c.flag << c.environment << c.rules << c.on << c.through;
    }
    QVERIFY(changes == expected);
    QVERIFY(uses.behaviourChanges(LibraryKind::Activation, u"unused"_s).isEmpty());
}

void TestUses::prerequisiteDependants()
{
    const WorkspaceUses uses(sample());
    const QList<RuleUse> onCheckout = uses.prerequisiteUses(u"checkout"_s);
    QCOMPARE(onCheckout.size(), 1);
    QCOMPARE(onCheckout.first().flag, u"upload"_s);
    QCOMPARE(onCheckout.first().variations, QStringList{u"on"_s});
    QCOMPARE(uses.variationDependants(u"checkout"_s, u"on"_s).size(), 1);
    QVERIFY(uses.variationDependants(u"checkout"_s, u"off"_s).isEmpty());
}

void TestUses::checkContextHoldsWhatTheEditCanAffect()
{
    Workspace ws = sample();
    // A library prerequisite must find its flag; a user's prerequisites come along.
    ws.segments[0].conditions.append(PrerequisiteActivation{u"lonely"_s, {}});
    const Workspace context = libraryCheckContext(ws, {u"upload"_s});
    QStringList keys;
    for (const Flag &f : context.flags)
        keys.append(f.key);
    QCOMPARE(keys, (QStringList{u"checkout"_s, u"upload"_s, u"lonely"_s}));
    QVERIFY(context.segments == ws.segments);
    QVERIFY2(Validator::validate(context).isEmpty(),
             qPrintable(Validator::validate(context).value(0).toString()));
}

QTEST_GUILESS_MAIN(TestUses)
#include "tst_uses.moc"
