// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// FlagListModel and FlagFilterProxy: model contract, columns, environment switch, filters.

#include "flagfilterproxy.h"
#include "flaglistmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

Flag booleanFlag(const QString &key, const QString &name)
{
    Flag flag;
    flag.key = key;
    flag.name = name;
    flag.type = FlagType::Boolean;
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    return flag;
}

EnvironmentConfig config(bool on, const QString &serve = u"on"_s)
{
    EnvironmentConfig c;
    c.on = on;
    c.offVariation = u"off"_s;
    c.defaultServe.variation = serve;
    return c;
}

/// Four flags over three environments; old-search is archived, upload-limit has no
/// configuration in staging.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();

    Flag checkout = booleanFlag(u"new-checkout"_s, u"New checkout"_s);
    checkout.tags = {u"checkout"_s, u"web"_s};
    checkout.owner = u"anna@example.com"_s;
    checkout.environments = {{u"development"_s, config(true)}, {u"staging"_s, config(true)},
                             {u"production"_s, config(false)}};

    Flag banner;
    banner.key = u"banner-colour"_s;
    banner.name = u"Banner colour"_s;
    banner.type = FlagType::String;
    banner.tags = {u"marketing"_s};
    banner.owner = u"sofia@example.com"_s;
    banner.variations = {{u"blue"_s, u"#0000ff"_s, {}}, {u"off"_s, u""_s, {}}};
    banner.environments = {{u"development"_s, config(false, u"blue"_s)},
                           {u"staging"_s, config(false, u"blue"_s)},
                           {u"production"_s, config(true, u"blue"_s)}};

    Flag upload;
    upload.key = u"upload-limit"_s;
    upload.name = u"Upload limit"_s;
    upload.type = FlagType::Number;
    upload.tags = {u"limits"_s, u"storage"_s};
    upload.owner = u"ops@example.com"_s;
    upload.variations = {{u"small"_s, 10, {}}, {u"off"_s, 0, {}}};
    upload.environments = {{u"development"_s, config(true, u"small"_s)},
                           {u"production"_s, config(true, u"small"_s)}};

    Flag search = booleanFlag(u"old-search"_s, u"Old search"_s);
    search.tags = {u"search"_s, u"legacy"_s};
    search.owner = u"anna@example.com"_s;
    search.archived = true;
    search.environments = {{u"development"_s, config(true)}, {u"staging"_s, config(false)},
                           {u"production"_s, config(false)}};

    ws.flags = {checkout, banner, upload, search};
    return ws;
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

QStringList shownKeys(const QAbstractItemModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(cell(model, row, 0, FlagListModel::FlagKeyRole));
    keys.sort();
    return keys;
}

} // namespace

class TestFlagListModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void passesModelTester();
    void rowsColumnsAndData();
    void headers();
    void stateFollowsEnvironment();
    void unknownOrSameEnvironmentIsIgnored();
    void newWorkspaceKeepsEnvironmentWhenItCan();
    void filterByText_data();
    void filterByText();
    void archivedHiddenUnlessShown();
    void sortsByColumn();
    void manyFlags();
    void rowByRowUpdates();
    void servesOneVariation();
    void lastChangeColumnSortsByTime();
    void filtersCombine();
    void staleFilter();
    void filtersAtTenThousandFlags();
};

void TestFlagListModel::passesModelTester()
{
    FlagListModel model;
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setWorkspace(sampleWorkspace());
    model.setEnvironment(u"production"_s);
    proxy.setFilterText(u"anna"_s);
    proxy.setShowArchived(true);
    proxy.sort(FlagListModel::StateColumn, Qt::DescendingOrder);
    model.setEnvironment(u"development"_s);
    proxy.setFilterText({});
    proxy.setShowArchived(false);
    model.setWorkspace({});
    model.setWorkspace(sampleWorkspace());
}

void TestFlagListModel::rowsColumnsAndData()
{
    FlagListModel model;
    QCOMPARE(model.rowCount(), 0);
    model.setWorkspace(sampleWorkspace());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(FlagListModel::ColumnCount));
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.environment(), u"development"_s);
    QCOMPARE(model.environmentKeys(), QStringList({u"development"_s, u"staging"_s, u"production"_s}));

    QCOMPARE(cell(model, 0, FlagListModel::KeyColumn), u"new-checkout"_s);
    QCOMPARE(cell(model, 0, FlagListModel::NameColumn), u"New checkout"_s);
    QCOMPARE(cell(model, 0, FlagListModel::TypeColumn), u"Boolean"_s);
    QCOMPARE(cell(model, 0, FlagListModel::StateColumn), u"On"_s);
    QCOMPARE(cell(model, 0, FlagListModel::TagsColumn), u"checkout, web"_s);
    QCOMPARE(cell(model, 0, FlagListModel::OwnerColumn), u"anna@example.com"_s);
    QCOMPARE(cell(model, 1, FlagListModel::TypeColumn), u"String"_s);
    QCOMPARE(cell(model, 1, FlagListModel::StateColumn), u"Off"_s);
    QCOMPARE(cell(model, 2, FlagListModel::TypeColumn), u"Number"_s);

    // Custom roles answer in every column.
    for (int column = 0; column < FlagListModel::ColumnCount; ++column) {
        QCOMPARE(cell(model, 2, column, FlagListModel::FlagKeyRole), u"upload-limit"_s);
        QCOMPARE(model.index(3, column).data(FlagListModel::ArchivedRole).toBool(), true);
    }
    QCOMPARE(model.index(0, 0).data(FlagListModel::OnRole).toBool(), true);
    QCOMPARE(model.index(1, 0).data(FlagListModel::OnRole).toBool(), false);
    const QString search = cell(model, 0, 0, FlagListModel::SearchTextRole);
    for (const QString &part : {u"new-checkout"_s, u"new checkout"_s, u"web"_s, u"anna@example.com"_s})
        QVERIFY2(search.contains(part), qPrintable(search));

    QVERIFY(model.index(0, FlagListModel::StateColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(0, FlagListModel::StateColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.index(3, FlagListModel::NameColumn).data(Qt::FontRole).isValid());
    QVERIFY(!model.index(0, FlagListModel::NameColumn).data(Qt::FontRole).isValid());

    QCOMPARE(model.rowOfFlag(u"upload-limit"_s), 2);
    QCOMPARE(model.rowOfFlag(u"missing"_s), -1);
    QCOMPARE(model.flag(1).key, u"banner-colour"_s);
}

void TestFlagListModel::headers()
{
    FlagListModel model;
    const QStringList expected{u"Key"_s, u"Name"_s, u"Type"_s, u"State"_s, u"Tags"_s, u"Owner"_s, u"Last change"_s};
    for (int column = 0; column < FlagListModel::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
}

void TestFlagListModel::stateFollowsEnvironment()
{
    FlagListModel model;
    model.setWorkspace(sampleWorkspace());
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy environmentChanged(&model, &FlagListModel::environmentChanged);

    model.setEnvironment(u"production"_s);
    QCOMPARE(model.environment(), u"production"_s);
    QCOMPARE(environmentChanged.size(), 1);
    QCOMPARE(environmentChanged.at(0).at(0).toString(), u"production"_s);
    QCOMPARE(dataChanged.size(), 1);
    const auto topLeft = dataChanged.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = dataChanged.at(0).at(1).value<QModelIndex>();
    const auto roles = dataChanged.at(0).at(2).value<QList<int>>();
    QCOMPARE(topLeft, model.index(0, FlagListModel::StateColumn));
    QCOMPARE(bottomRight, model.index(3, FlagListModel::StateColumn));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(FlagListModel::OnRole));

    QCOMPARE(cell(model, 0, FlagListModel::StateColumn), u"Off"_s);
    QCOMPARE(cell(model, 1, FlagListModel::StateColumn), u"On"_s);
    QCOMPARE(cell(model, 2, FlagListModel::StateColumn), u"On"_s);

    // A flag without configuration in an environment is off there.
    model.setEnvironment(u"staging"_s);
    QCOMPARE(cell(model, 2, FlagListModel::StateColumn), u"Off"_s);
    QVERIFY(cell(model, 2, FlagListModel::StateColumn, Qt::ToolTipRole).contains(u"Not configured"_s));
    QCOMPARE(cell(model, 0, FlagListModel::StateColumn), u"On"_s);
    QCOMPARE(dataChanged.size(), 2);
}

void TestFlagListModel::unknownOrSameEnvironmentIsIgnored()
{
    FlagListModel model;
    model.setWorkspace(sampleWorkspace());
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy environmentChanged(&model, &FlagListModel::environmentChanged);
    model.setEnvironment(u"development"_s);
    model.setEnvironment(u"no-such-environment"_s);
    QCOMPARE(model.environment(), u"development"_s);
    QCOMPARE(dataChanged.size(), 0);
    QCOMPARE(environmentChanged.size(), 0);
}

void TestFlagListModel::newWorkspaceKeepsEnvironmentWhenItCan()
{
    FlagListModel model;
    model.setWorkspace(sampleWorkspace());
    model.setEnvironment(u"production"_s);
    model.setWorkspace(sampleWorkspace());
    QCOMPARE(model.environment(), u"production"_s);

    Workspace other = sampleWorkspace();
    other.environments = {{u"qa"_s, u"QA"_s, false, 0}, {u"live"_s, u"Live"_s, true, 0}};
    QSignalSpy environmentChanged(&model, &FlagListModel::environmentChanged);
    model.setWorkspace(other);
    QCOMPARE(model.environment(), u"qa"_s);
    QCOMPARE(environmentChanged.size(), 1);
    QCOMPARE(cell(model, 0, FlagListModel::StateColumn), u"Off"_s);

    model.setWorkspace({});
    QCOMPARE(model.environment(), QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestFlagListModel::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QStringList live{u"banner-colour"_s, u"new-checkout"_s, u"upload-limit"_s};
    QTest::newRow("empty shows all but archived") << QString() << live;
    QTest::newRow("white space only") << u"  \t "_s << live;
    QTest::newRow("key") << u"checkout"_s << QStringList{u"new-checkout"_s};
    QTest::newRow("name ignores case") << u"BANNER COL"_s << QStringList{u"banner-colour"_s};
    QTest::newRow("tag") << u"storage"_s << QStringList{u"upload-limit"_s};
    QTest::newRow("owner") << u"anna@"_s << QStringList{u"new-checkout"_s};
    QTest::newRow("shared domain") << u"example.com"_s << live;
    QTest::newRow("every word must match") << u"web anna"_s << QStringList{u"new-checkout"_s};
    QTest::newRow("words in different flags") << u"web sofia"_s << QStringList();
    QTest::newRow("no match") << u"zzz"_s << QStringList();
    QTest::newRow("archived stays hidden") << u"legacy"_s << QStringList();
}

void TestFlagListModel::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    FlagListModel model;
    model.setWorkspace(sampleWorkspace());
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterText(text);
    QCOMPARE(proxy.filterText(), text);
    QCOMPARE(shownKeys(proxy), expected);
}

void TestFlagListModel::archivedHiddenUnlessShown()
{
    FlagListModel model;
    model.setWorkspace(sampleWorkspace());
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.showArchived(), false);
    QCOMPARE(proxy.rowCount(), 3);

    proxy.setShowArchived(true);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setFilterText(u"legacy"_s);
    QCOMPARE(shownKeys(proxy), QStringList{u"old-search"_s});
    proxy.setShowArchived(false);
    QCOMPARE(proxy.rowCount(), 0);
}

void TestFlagListModel::sortsByColumn()
{
    FlagListModel model;
    model.setWorkspace(sampleWorkspace());
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FlagListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, FlagListModel::NameColumn), u"Banner colour"_s);
    QCOMPARE(cell(proxy, 2, FlagListModel::NameColumn), u"Upload limit"_s);

    // Sorting by state follows an environment switch.
    proxy.sort(FlagListModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(cell(proxy, 0, FlagListModel::KeyColumn), u"banner-colour"_s);
    model.setEnvironment(u"production"_s);
    QCOMPARE(cell(proxy, 0, FlagListModel::KeyColumn), u"new-checkout"_s);
}

void TestFlagListModel::manyFlags()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    const int count = 20000;
    ws.flags.reserve(count);
    for (int i = 0; i < count; ++i) {
        Flag flag = booleanFlag(u"flag-"_s + QString::number(i), u"Flag number "_s + QString::number(i));
        flag.environments.insert(u"development"_s, config(i % 2 == 0));
        ws.flags.append(flag);
    }
    FlagListModel model;
    model.setWorkspace(ws);
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FlagListModel::KeyColumn);
    QCOMPARE(proxy.rowCount(), count);
    proxy.setFilterText(u"flag-1999"_s);
    QCOMPARE(proxy.rowCount(), 11); // flag-1999 and flag-19990 … flag-19999
    QCOMPARE(model.rowOfFlag(u"flag-19999"_s), 19999);
    model.setEnvironment(u"production"_s);
    QCOMPARE(cell(proxy, 0, FlagListModel::StateColumn), u"Off"_s);
}

void TestFlagListModel::rowByRowUpdates()
{
    // What another session's save does to the list: one row changes, appears or goes; the
    // model never resets, the proxy keeps filtering and sorting, and both pass the tester.
    FlagListModel model;
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(sampleWorkspace());
    model.setEnvironment(u"production"_s);
    proxy.sort(FlagListModel::KeyColumn, Qt::AscendingOrder);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Changed: the row's data and its search text.
    Flag banner = *sampleWorkspace().flag(u"banner-colour"_s);
    banner.name = u"Hero banner"_s;
    banner.environments[u"production"_s].on = false;
    QVERIFY(model.updateFlag(banner));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(cell(model, 1, FlagListModel::NameColumn), u"Hero banner"_s);
    QCOMPARE(model.index(1, 0).data(FlagListModel::OnRole).toBool(), false);
    proxy.setFilterText(u"hero"_s);
    QCOMPARE(shownKeys(proxy), QStringList{u"banner-colour"_s});
    proxy.setFilterText({});

    // Added at a row: the rows after it move down, and are found by key.
    Flag added = booleanFlag(u"added"_s, u"Added"_s);
    model.insertFlag(1, added);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowOfFlag(u"added"_s), 1);
    QCOMPARE(model.rowOfFlag(u"banner-colour"_s), 2);
    QCOMPARE(model.rowOfFlag(u"old-search"_s), 4);
    QVERIFY(shownKeys(proxy).contains(u"added"_s));

    // Removed: the rows after it move up.
    QVERIFY(model.removeFlag(u"new-checkout"_s));
    QVERIFY(!model.removeFlag(u"new-checkout"_s));
    QVERIFY(!model.updateFlag(booleanFlag(u"nowhere"_s, u"Nowhere"_s)));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfFlag(u"new-checkout"_s), -1);
    QCOMPARE(model.rowOfFlag(u"added"_s), 0);
    QCOMPARE(model.flag(model.rowOfFlag(u"upload-limit"_s)).key, u"upload-limit"_s);

    // Environments: staging goes, so does the selection of production stay; the State follows.
    QList<Environment> environments = Workspace::defaultEnvironments();
    environments.removeAt(1);
    QSignalSpy environment(&model, &FlagListModel::environmentChanged);
    model.setEnvironments(environments);
    QCOMPARE(model.environment(), u"production"_s);
    QCOMPARE(environment.size(), 0);
    environments.removeLast();
    model.setEnvironments(environments);
    QCOMPARE(model.environment(), u"development"_s);
    QCOMPARE(environment.size(), 1);
    QCOMPARE(resets.size(), 0);
}

void TestFlagListModel::servesOneVariation()
{
    // Off: everyone gets the off variation.
    EnvironmentConfig off = config(false);
    off.rules = {Rule{}};
    off.rules[0].serve = Serve::of(u"on"_s);
    QVERIFY(FlagListModel::servesOneVariation(off));
    // On, no rule, one variation by default.
    QVERIFY(FlagListModel::servesOneVariation(config(true)));
    // On with a rule serving another variation than the default: two variations.
    EnvironmentConfig ruled = config(true, u"off"_s);
    Rule rule;
    rule.serve = Serve::of(u"on"_s);
    ruled.rules = {rule};
    QVERIFY(!FlagListModel::servesOneVariation(ruled));
    // ... unless the rule is disabled, or serves the default's variation.
    ruled.rules[0].disabled = true;
    QVERIFY(FlagListModel::servesOneVariation(ruled));
    ruled.rules[0].disabled = false;
    ruled.rules[0].serve = Serve::of(u"off"_s);
    QVERIFY(FlagListModel::servesOneVariation(ruled));
    // A split of two variations is not one; a split with all the weight on one is.
    EnvironmentConfig split = config(true);
    Split halves;
    halves.weights = {{u"on"_s, 50}, {u"off"_s, 50}};
    split.defaultServe.split = halves;
    QVERIFY(!FlagListModel::servesOneVariation(split));
    split.defaultServe.split->weights = {{u"on"_s, 100}, {u"off"_s, 0}};
    QVERIFY(FlagListModel::servesOneVariation(split));
    // An error outcome is not a variation.
    EnvironmentConfig error = config(true);
    error.defaultServe.outcome = ServeOutcome::Error;
    QVERIFY(!FlagListModel::servesOneVariation(error));

    // A flag: in every environment it is configured in.
    Flag flag = booleanFlag(u"f"_s, u"F"_s);
    QVERIFY(FlagListModel::servesOneVariation(flag));
    flag.environments = {{u"development"_s, config(true)}, {u"production"_s, config(false)}};
    QVERIFY(FlagListModel::servesOneVariation(flag));
    flag.environments.insert(u"staging"_s, split);
    flag.environments[u"staging"_s].defaultServe.split = halves;
    QVERIFY(!FlagListModel::servesOneVariation(flag));
}

void TestFlagListModel::lastChangeColumnSortsByTime()
{
    FlagListModel model;
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(sampleWorkspace());
    proxy.sort(FlagListModel::LastChangeColumn, Qt::AscendingOrder);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, ChangeStamp> stamps;
    stamps.insert(u"new-checkout"_s, {now.addDays(-400), u"anna"_s});
    stamps.insert(u"banner-colour"_s, {now, u"sofia"_s});
    stamps.insert(u"upload-limit"_s, {now.addDays(-3), u"ops"_s});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStamps(stamps);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, FlagListModel::LastChangeColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(2, FlagListModel::LastChangeColumn));
    // One flag saved again: its cell alone changes.
    changed.clear();
    stamps.insert(u"banner-colour"_s, {now.addSecs(1), u"sofia"_s});
    model.setStamps(stamps);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, FlagListModel::LastChangeColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, FlagListModel::LastChangeColumn));
    stamps.insert(u"banner-colour"_s, {now, u"sofia"_s});
    model.setStamps(stamps);

    // Oldest first (the archived flag without a stamp is hidden); then newest first.
    const auto keysInOrder = [&] {
        QStringList keys;
        for (int row = 0; row < proxy.rowCount(); ++row)
            keys.append(cell(proxy, row, 0, FlagListModel::FlagKeyRole));
        return keys;
    };
    QCOMPARE(keysInOrder(), QStringList({u"new-checkout"_s, u"upload-limit"_s, u"banner-colour"_s}));
    proxy.sort(FlagListModel::LastChangeColumn, Qt::DescendingOrder);
    QCOMPARE(keysInOrder(), QStringList({u"banner-colour"_s, u"upload-limit"_s, u"new-checkout"_s}));
    // A flag without a stamp sorts before (ascending) the known ones and shows nothing.
    proxy.setShowArchived(true);
    proxy.sort(FlagListModel::LastChangeColumn, Qt::AscendingOrder);
    QCOMPARE(keysInOrder().first(), u"old-search"_s);
    QVERIFY(cell(proxy, 0, FlagListModel::LastChangeColumn).isEmpty());

    // Shown short: a time today, a date long ago; the tooltip says when and who.
    const int checkout = model.rowOfFlag(u"new-checkout"_s);
    QCOMPARE(cell(model, checkout, FlagListModel::LastChangeColumn),
             QLocale().toString(now.addDays(-400).toLocalTime().date(), QLocale::ShortFormat));
    QVERIFY(cell(model, checkout, FlagListModel::LastChangeColumn, Qt::ToolTipRole).contains(u"anna"_s));
    QCOMPARE(model.index(checkout, 0).data(FlagListModel::LastChangeRole).toDateTime(), now.addDays(-400));
    QVERIFY(!cell(model, model.rowOfFlag(u"banner-colour"_s), FlagListModel::LastChangeColumn).isEmpty());
}

void TestFlagListModel::filtersCombine()
{
    FlagListModel model;
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWorkspace(sampleWorkspace());
    QCOMPARE(model.tags(), QStringList({u"checkout"_s, u"legacy"_s, u"limits"_s, u"marketing"_s,
                                        u"search"_s, u"storage"_s, u"web"_s}));
    QCOMPARE(model.owners(), QStringList({u"anna@example.com"_s, u"ops@example.com"_s, u"sofia@example.com"_s}));

    proxy.setTagFilter(u"web"_s);
    QCOMPARE(shownKeys(proxy), QStringList({u"new-checkout"_s}));
    proxy.setTagFilter(u"legacy"_s);
    QCOMPARE(shownKeys(proxy), QStringList());   // archived stays hidden
    proxy.setShowArchived(true);
    QCOMPARE(shownKeys(proxy), QStringList({u"old-search"_s}));
    proxy.setTagFilter({});
    proxy.setOwnerFilter(u"anna@example.com"_s);
    QCOMPARE(shownKeys(proxy), QStringList({u"new-checkout"_s, u"old-search"_s}));
    // State in the model's environment; follows a switch.
    proxy.setStateFilter(FlagFilterProxy::State::On);
    QCOMPARE(shownKeys(proxy), QStringList({u"new-checkout"_s, u"old-search"_s}));
    model.setEnvironment(u"production"_s);
    QCOMPARE(shownKeys(proxy), QStringList());
    proxy.setOwnerFilter({});
    QCOMPARE(shownKeys(proxy), QStringList({u"banner-colour"_s, u"upload-limit"_s}));
    proxy.setStateFilter(FlagFilterProxy::State::Off);
    QCOMPARE(shownKeys(proxy), QStringList({u"new-checkout"_s, u"old-search"_s}));
    // With the text too.
    proxy.setFilterText(u"search"_s);
    QCOMPARE(shownKeys(proxy), QStringList({u"old-search"_s}));
    proxy.setStateFilter(FlagFilterProxy::State::Any);
    proxy.setFilterText(u"limit"_s);
    proxy.setTagFilter(u"storage"_s);
    QCOMPARE(shownKeys(proxy), QStringList({u"upload-limit"_s}));
    proxy.setTagFilter(u"web"_s);
    QCOMPARE(shownKeys(proxy), QStringList());
    // A row changed in place is filtered again.
    proxy.setFilterText({});
    Flag upload = model.flag(model.rowOfFlag(u"upload-limit"_s));
    upload.tags.append(u"web"_s);
    model.updateFlag(upload);
    QCOMPARE(shownKeys(proxy), QStringList({u"new-checkout"_s, u"upload-limit"_s}));
    proxy.sort(FlagListModel::OwnerColumn, Qt::DescendingOrder);
    QCOMPARE(cell(proxy, 0, 0, FlagListModel::FlagKeyRole), u"upload-limit"_s);
}

void TestFlagListModel::staleFilter()
{
    FlagListModel model;
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Workspace ws = sampleWorkspace();
    // new-checkout serves "on" and "off" to different users in development.
    Rule beta;
    beta.serve = Serve::of(u"off"_s);
    ws.flags[0].environments[u"development"_s].rules = {beta};
    model.setWorkspace(ws);
    QCOMPARE(model.index(0, 0).data(FlagListModel::ServesOneRole).toBool(), false);
    QCOMPARE(model.index(1, 0).data(FlagListModel::ServesOneRole).toBool(), true);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, ChangeStamp> stamps;
    stamps.insert(u"new-checkout"_s, {now.addDays(-100), {}});
    stamps.insert(u"banner-colour"_s, {now.addDays(-40), {}});
    stamps.insert(u"upload-limit"_s, {now.addDays(-10), {}});
    model.setStamps(stamps);   // old-search: not known, so not stale

    proxy.setShowArchived(true);
    proxy.setStaleOnly(true);
    QCOMPARE(proxy.staleDays(), 30);
    QCOMPARE(shownKeys(proxy), QStringList({u"banner-colour"_s}));
    proxy.setStaleDays(5);
    QCOMPARE(shownKeys(proxy), QStringList({u"banner-colour"_s, u"upload-limit"_s}));
    proxy.setStaleDays(60);
    QCOMPARE(shownKeys(proxy), QStringList());
    proxy.setStaleDays(30);
    // An unsaved change is not stale (the draft mark alone filters the row again).
    model.setDraft(u"banner-colour"_s, true);
    QCOMPARE(shownKeys(proxy), QStringList());
    model.setDraft(u"banner-colour"_s, false);
    QCOMPARE(shownKeys(proxy), QStringList({u"banner-colour"_s}));
    // Saved now: no longer stale.
    stamps.insert(u"banner-colour"_s, {now, {}});
    model.setStamps(stamps);
    QCOMPARE(shownKeys(proxy), QStringList());
    // Combined with the text and the other filters.
    stamps.insert(u"banner-colour"_s, {now.addDays(-40), {}});
    model.setStamps(stamps);
    proxy.setFilterText(u"banner"_s);
    proxy.setTagFilter(u"marketing"_s);
    QCOMPARE(shownKeys(proxy), QStringList({u"banner-colour"_s}));
    proxy.setTagFilter(u"web"_s);
    QCOMPARE(shownKeys(proxy), QStringList());
    proxy.setStaleOnly(false);
    proxy.setFilterText({});
    QCOMPARE(shownKeys(proxy), QStringList({u"new-checkout"_s}));
}

void TestFlagListModel::filtersAtTenThousandFlags()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    const int count = 10000;
    QHash<QString, ChangeStamp> stamps;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < count; ++i) {
        Flag flag = booleanFlag(u"flag-"_s + QString::number(i), u"Flag number "_s + QString::number(i));
        flag.tags = {u"tag-"_s + QString::number(i % 50)};
        flag.owner = u"owner-"_s + QString::number(i % 20) + u"@example.com"_s;
        flag.environments.insert(u"development"_s, config(i % 2 == 0));
        ws.flags.append(flag);
        stamps.insert(flag.key, {now.addDays(-(i % 90)), {}});
    }
    FlagListModel model;
    model.setWorkspace(ws);
    model.setStamps(stamps);
    FlagFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(FlagListModel::KeyColumn);
    QElapsedTimer timer;
    qint64 slowest = 0;
    const auto timed = [&](auto change) {
        timer.start();
        change();
        slowest = std::max(slowest, timer.elapsed());
    };
    timed([&] { proxy.setTagFilter(u"tag-7"_s); });
    QCOMPARE(proxy.rowCount(), count / 50);
    timed([&] { proxy.setOwnerFilter(u"owner-7@example.com"_s); });
    timed([&] { proxy.setStateFilter(FlagFilterProxy::State::Off); });
    timed([&] { proxy.setStaleOnly(true); });
    timed([&] { proxy.setTagFilter({}); });
    timed([&] { proxy.setOwnerFilter({}); });
    QVERIFY(proxy.rowCount() > 0);
    timed([&] { proxy.setStaleOnly(false); });
    timed([&] { proxy.setStateFilter(FlagFilterProxy::State::Any); });
    QCOMPARE(proxy.rowCount(), count);
    timed([&] { proxy.sort(FlagListModel::LastChangeColumn, Qt::DescendingOrder); });
    QCOMPARE(proxy.index(0, 0).data(FlagListModel::LastChangeRole).toDateTime(), now);   // saved today first
    QCOMPARE(proxy.index(count - 1, 0).data(FlagListModel::LastChangeRole).toDateTime(), now.addDays(-89));
    // A figure, not a test of time (bench_window measures it in the window).
    qInfo("slowest filter or sort change at %d flags: %lld ms", count, slowest);
}

QTEST_MAIN(TestFlagListModel)
#include "tst_flaglistmodel.moc"
