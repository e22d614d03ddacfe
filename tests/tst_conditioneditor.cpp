// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The condition editor driven like a user would: pick a type and an operator, type, paste,
// tick; what it reports, what it says is wrong and where.

#include "daysplugin.h"
#include "conditioneditor.h"
#include "conditioninstantedit.h"

#include "engine/pluginregistry.h"
#include "model/workspace.h"
#include "text/conditiontext.h"
#include "values/instant.h"

#include <QAction>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QPlainTextEdit>
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
    flag.variations = {{u"on"_s, true, {}}, {u"off"_s, false, {}}};
    EnvironmentConfig config;
    config.offVariation = u"off"_s;
    config.defaultServe.variation = u"off"_s;
    flag.environments.insert(u"development"_s, config);
    return flag;
}

/// Three flags (new-checkout is the one edited), a segment, a library activation; the rules
/// read country and accountId, which the attribute lists then offer.
Workspace sampleWorkspace()
{
    Workspace ws;
    ws.environments = Workspace::defaultEnvironments();
    Flag checkout = booleanFlag(u"new-checkout"_s, u"New checkout"_s);
    Rule rule;
    ConstraintActivation country;
    country.attribute = u"country"_s;
    country.values = {u"de"_s, u"at"_s};
    PercentageActivation share;
    share.percentage = 20;
    share.stickiness.attributes = {u"accountId"_s};
    rule.conditions = {country, share};
    rule.serve.variation = u"on"_s;
    checkout.environments[u"development"_s].rules.append(rule);
    ws.flags.append(checkout);

    Flag search;
    search.key = u"new-search"_s;
    search.name = u"New search"_s;
    search.type = FlagType::String;
    search.variations = {{u"classic"_s, u"classic"_s, {}}, {u"beta"_s, u"vector"_s, {}},
                         {u"off"_s, u"none"_s, {}}};
    ws.flags.append(search);
    ws.flags.append(booleanFlag(u"dark-mode"_s, u"Dark mode"_s));

    Segment beta;
    beta.key = u"beta-testers"_s;
    beta.name = u"Beta testers"_s;
    UserListActivation testers;
    testers.values = {u"alice"_s, u"bob"_s};
    beta.conditions = {testers};
    ws.segments.append(beta);

    Activation staff;
    staff.key = u"internal-staff"_s;
    staff.name = u"Internal staff"_s;
    staff.description = u"Everyone with a company address."_s;
    RegexActivation email;
    email.attribute = u"email"_s;
    email.pattern = u"@example\\.com$"_s;
    staff.condition = email;
    ws.activations.append(staff);
    Activation office;
    office.key = u"office-network"_s;
    office.name = u"Office network"_s;
    IpActivation range;
    range.values = {u"10.0.0.0/8"_s};
    office.condition = range;
    ws.activations.append(office);
    return ws;
}

using Testing::DaysPlugin;

template<typename T>
T *child(const QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "no" << name;
    return found;
}

} // namespace

class TestConditionEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void constraintFollowsTheOperator();
    void constraintDateIsIso();
    void constraintListOperators();
    void userListSplitsPastedIds();
    void regexTesterUsesTheEngine();
    void percentageFields();
    void scheduleBounds();
    void ipEntriesAreChecked();
    void prerequisiteVariations();
    void segmentAndLibrary();
    void pluginConfigurationIsChecked();
    void problemsNextToTheirField();
    void setConditionKeepsTheCursor();
    void typeSwitchIsOneEdit();
    void importedSourceIsKept();
    void undoKeysGoToTheWindow();
    void readOnly();
    void everyControlIsNamed();
    void tabOrderFlows();
    void tabOrderFollowsTheLayout_data();
    void tabOrderFollowsTheLayout();
    void screenshots();

private:
    /// The editor as the session drives it: each edit comes back through setCondition.
    void show(const Condition &condition);
    Condition last() const;
    /// Picks an item of a combo box from its list, by keys, as a user does.
    void choose(QComboBox *box, const QString &text);
    void focus(QWidget *widget);
    void tick(QCheckBox *box);

    Workspace m_workspace;
    DaysPlugin m_daysPlugin;
    PluginRegistry m_plugins;
    QMainWindow *m_window = nullptr;
    ConditionEditor *m_editor = nullptr;
    QSignalSpy *m_edits = nullptr;
};

void TestConditionEditor::initTestCase()
{
    // Counts are written as people read them.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_workspace = sampleWorkspace();
    m_plugins.add(&m_daysPlugin, u"test"_s);
}

void TestConditionEditor::init()
{
    m_window = new QMainWindow;
    m_editor = new ConditionEditor;
    m_window->setCentralWidget(m_editor);
    m_window->resize(640, 520);
    m_editor->setContext(&m_workspace, u"new-checkout"_s, &m_plugins);
    m_edits = new QSignalSpy(m_editor, &ConditionEditor::edited);
    connect(m_editor, &ConditionEditor::edited, m_editor, [this](const Condition &after) {
        m_editor->setCondition(after, true);
    });
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestConditionEditor::cleanup()
{
    delete m_edits;
    m_edits = nullptr;
    delete m_window;
    m_window = nullptr;
    m_editor = nullptr;
}

void TestConditionEditor::show(const Condition &condition)
{
    m_editor->setCondition(condition, true);
    m_edits->clear();
}

Condition TestConditionEditor::last() const
{
    if (m_edits->isEmpty())
        return {};
    return m_edits->last().at(0).value<Condition>();
}

void TestConditionEditor::choose(QComboBox *box, const QString &text)
{
    QVERIFY(box);
    const int row = box->findText(text);
    QVERIFY2(row >= 0, qPrintable(text));
    // Alt+Down opens the list; arrow keys to the item; Return takes it.
    focus(box);
    QTest::keyClick(box, Qt::Key_Down, Qt::AltModifier);
    QAbstractItemView *view = box->view();
    QTRY_VERIFY(view->isVisible());
    for (int current = view->currentIndex().row(); current < row; ++current)
        QTest::keyClick(view, Qt::Key_Down);
    for (int current = view->currentIndex().row(); current > row; --current)
        QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(!view->isVisible());
    QCOMPARE(box->currentText(), text);
}

void TestConditionEditor::focus(QWidget *widget)
{
    // The offscreen platform does not give the window back its activation after a popup.
    if (!m_window->isActiveWindow()) {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    widget->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY2(widget->hasFocus(), qPrintable(widget->objectName() + u" has no focus; "_s
                                                + (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"none"_s)));
}

void TestConditionEditor::tick(QCheckBox *box)
{
    // On the box itself: a check box in a form is wider than its box and text.
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->iconSize().width() / 2 + 2, box->height() / 2));
}

/// SEMVER_GT: no case box, a version line, checked as typed with the validator's words.
void TestConditionEditor::constraintFollowsTheOperator()
{
    show(UserListActivation{});
    choose(child<QComboBox>(m_editor, u"conditionTypeBox"_s), u"Attribute constraint"_s);
    QCOMPARE(last(), Condition(ConstraintActivation{}));
    auto *caseBox = child<QCheckBox>(m_editor, u"constraintCaseBox"_s);
    auto *list = child<QPlainTextEdit>(m_editor, u"constraintValuesEdit"_s);
    auto *line = child<QLineEdit>(m_editor, u"constraintValueEdit"_s);
    QVERIFY(caseBox->isVisible());                   // IN compares text
    QVERIFY(list->isVisible());
    QVERIFY(!line->isVisible());
    tick(caseBox);
    QVERIFY(std::get<ConstraintActivation>(last()).caseInsensitive);

    auto *attribute = child<QComboBox>(m_editor, u"constraintAttributeBox"_s);
    focus(attribute);
    QTest::keyClick(attribute, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(attribute, u"app"_s);
    // The attributes in use are offered as the name is typed.
    QTRY_VERIFY(QApplication::activePopupWidget());
    QVERIFY(attribute->completer()->currentCompletion() == u"appName"_s);
    // The well-known attributes first, then those the workspace's rules read.
    QCOMPARE(attribute->itemText(0), u"userId"_s);
    QVERIFY(attribute->findText(u"country"_s) >= 0);
    QVERIFY(attribute->findText(u"accountId"_s) >= 0);
    QTest::keyClicks(attribute, u"Version"_s);
    QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_Escape);
    QVERIFY(!QApplication::activePopupWidget());
    QCOMPARE(std::get<ConstraintActivation>(last()).attribute, u"appVersion"_s);
    QCOMPARE(m_edits->last().at(2).toString(), u"attribute"_s);

    choose(child<QComboBox>(m_editor, u"constraintOperatorBox"_s), u"version >"_s);
    auto constraint = std::get<ConstraintActivation>(last());
    QCOMPARE(constraint.op, Operator::SemverGt);
    QVERIFY(constraint.values.isEmpty());            // text is no version
    QVERIFY(!constraint.caseInsensitive);            // the versions ignore case anyway
    QVERIFY(!caseBox->isVisible());
    QVERIFY(child<QCheckBox>(m_editor, u"constraintNegateBox"_s)->isVisible());
    QVERIFY(!list->isVisible());
    QVERIFY(line->isVisible());
    auto *problem = child<QLabel>(m_editor, u"constraintValuesProblem"_s);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());                   // a version is needed
    QVERIFY(problem->text().contains(u"needs at least one value"_s));

    QTest::keyClicks(line, u"1.2"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"\"1.2\" is not a semantic version"_s);
    QCOMPARE(line->accessibleDescription(), problem->text());
    QCOMPARE(m_edits->last().at(2).toString(), u"values"_s);

    QTest::keyClicks(line, u".3"_s);
    QVERIFY(!problem->isVisible());
    QVERIFY(line->accessibleDescription().isEmpty());
    ConstraintActivation expected;
    expected.attribute = u"appVersion"_s;
    expected.op = Operator::SemverGt;
    expected.values = {u"1.2.3"_s};
    QCOMPARE(last(), Condition(expected));

    // Negate is there for every operator.
    tick(child<QCheckBox>(m_editor, u"constraintNegateBox"_s));
    expected.negate = true;
    QCOMPARE(last(), Condition(expected));
    QCOMPARE(m_edits->last().at(2).toString(), u"negate"_s);

    // PRESENT takes no values: the row goes, the values with it.
    choose(child<QComboBox>(m_editor, u"constraintOperatorBox"_s), u"is present"_s);
    QVERIFY(!line->isVisible());
    QVERIFY(!list->isVisible());
    QVERIFY(std::get<ConstraintActivation>(last()).values.isEmpty());
}

/// DATE_AFTER: a date and time with its offset, written as ISO 8601 the engine reads.
void TestConditionEditor::constraintDateIsIso()
{
    ConstraintActivation start;
    start.attribute = u"currentTime"_s;
    start.op = Operator::DateAfter;
    start.values = {u"2026-03-01T09:30:00+01:00"_s};
    show(start);
    auto *dateTime = child<QDateTimeEdit>(m_editor, u"constraintDateTimeEdit"_s);
    auto *offset = child<QComboBox>(m_editor, u"constraintOffsetBox"_s);
    QVERIFY(dateTime->isVisible());
    QCOMPARE(dateTime->dateTime(), QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC));
    QCOMPARE(offset->currentText(), u"UTC+01:00"_s);
    QVERIFY(child<QLabel>(m_editor, u"constraintAttributeHint"_s)->isVisible());

    // The year typed over; the offset one step up.
    focus(dateTime);
    dateTime->setSelectedSection(QDateTimeEdit::YearSection);
    QTest::keyClicks(dateTime, u"2030"_s);
    QCOMPARE(std::get<ConstraintActivation>(last()).values, QStringList{u"2030-03-01T09:30:00+01:00"_s});
    focus(offset);
    QTest::keyClick(offset, Qt::Key_Up);
    const QString value = std::get<ConstraintActivation>(last()).values.value(0);
    QCOMPARE(value, u"2030-03-01T09:30:00+00:45"_s);
    QCOMPARE(Instant::parse(value)->toString(), u"2030-03-01T08:45:00.000Z"_s);

    // A text the engine reads without an offset is UTC; several values are kept as a list.
    QCOMPARE(ConditionInstantEdit::read(u"2026-01-01"_s)->offsetSeconds, 0);
    start.values = {u"2026-01-01"_s, u"2027-01-01"_s};
    show(start);
    QVERIFY(!dateTime->isVisible());
    QVERIFY(child<QPlainTextEdit>(m_editor, u"constraintValuesEdit"_s)->isVisible());
}

/// The list operators: values one per line, the case box where it matters, and what no
/// values means.
void TestConditionEditor::constraintListOperators()
{
    ConstraintActivation start;
    start.attribute = u"plan"_s;
    show(start);
    auto *list = child<QPlainTextEdit>(m_editor, u"constraintValuesEdit"_s);
    auto *hint = child<QLabel>(m_editor, u"constraintValuesHint"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"never holds"_s));
    tick(child<QCheckBox>(m_editor, u"constraintNegateBox"_s));
    QVERIFY(hint->text().contains(u"always holds"_s));    // negated
    tick(child<QCheckBox>(m_editor, u"constraintNegateBox"_s));
    focus(list);
    QTest::keyClicks(list, u"pro"_s);
    QTest::keyClick(list, Qt::Key_Return);
    QTest::keyClicks(list, u" team "_s);
    QCOMPARE(std::get<ConstraintActivation>(last()).values, (QStringList{u"pro"_s, u"team"_s}));
    QVERIFY(!hint->isVisible());

    // IN to STR_CONTAINS keeps the text; to NUM_GTE it would only be wrong (below), and values
    // the new operator reads stay.
    choose(child<QComboBox>(m_editor, u"constraintOperatorBox"_s), u"contains"_s);
    QCOMPARE(std::get<ConstraintActivation>(last()).values, (QStringList{u"pro"_s, u"team"_s}));
    QVERIFY(child<QCheckBox>(m_editor, u"constraintCaseBox"_s)->isVisible());
    tick(child<QCheckBox>(m_editor, u"constraintCaseBox"_s));
    QVERIFY(std::get<ConstraintActivation>(last()).caseInsensitive);

    // Every operator of the table is offered, by a readable name.
    auto *operators = child<QComboBox>(m_editor, u"constraintOperatorBox"_s);
    QCOMPARE(operators->count(), qsizetype(operatorTable().size()));
    for (int i = 0; i < operators->count(); ++i)
        QVERIFY(!operators->itemText(i).contains(u'_'));

    // NUM_*: a decimal number, checked as typed.
    choose(operators, u"number ≥"_s);
    QVERIFY(std::get<ConstraintActivation>(last()).values.isEmpty());
    auto *line = child<QLineEdit>(m_editor, u"constraintValueEdit"_s);
    QTest::keyClicks(line, u"1,5"_s);
    QCOMPARE(child<QLabel>(m_editor, u"constraintValuesProblem"_s)->text(),
             u"\"1,5\" is not a decimal number"_s);
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClick(line, Qt::Key_Backspace);
    QTest::keyClicks(line, u".5"_s);
    QCOMPARE(std::get<ConstraintActivation>(last()).values, QStringList{u"1.5"_s});
    QVERIFY(!child<QLabel>(m_editor, u"constraintValuesProblem"_s)->isVisible());
    choose(operators, u"is one of"_s);
    choose(operators, u"number <"_s);
    QCOMPARE(std::get<ConstraintActivation>(last()).values, QStringList{u"1.5"_s});
    QCOMPARE(line->text(), u"1.5"_s);
}

/// Ids pasted as a comma-, semicolon-, tab-, space- or line-separated list become lines: in
/// order, trimmed, each once.
void TestConditionEditor::userListSplitsPastedIds()
{
    UserListActivation start;
    start.values = {u"alice"_s};
    show(start);
    auto *ids = child<QPlainTextEdit>(m_editor, u"userListIdsEdit"_s);
    auto *count = child<QLabel>(m_editor, u"userListCountLabel"_s);
    QCOMPARE(count->text(), u"1 id(s)"_s);
    focus(ids);
    QTest::keyClick(ids, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(ids, Qt::Key_Return);
    QGuiApplication::clipboard()->setText(u"bob, carol;dave\teve frank\nalice\n  grace  \r\nbob\n"_s);
    QTest::keyClick(ids, Qt::Key_V, Qt::ControlModifier);
    const QStringList expected = {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"eve"_s,
                                  u"frank"_s, u"grace"_s};
    QCOMPARE(std::get<UserListActivation>(last()).values, expected);
    QCOMPARE(ids->toPlainText(), expected.join(u'\n'));
    QCOMPARE(m_edits->last().at(2).toString(), u"values"_s);
    QCOMPARE(count->text(), u"7 id(s)"_s);

    // Many at once: the count as people read numbers.
    QStringList many;
    for (int i = 0; i < 1204; ++i)
        many.append(u"user-%1"_s.arg(i));
    QGuiApplication::clipboard()->setText(many.join(u", "));
    QTest::keyClick(ids, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(ids, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(std::get<UserListActivation>(last()).values, many);
    QCOMPARE(count->text(), u"1,204 id(s)"_s);

    // One id without separators is pasted into the line as it is.
    QTest::keyClick(ids, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(ids, u"user-"_s);
    QGuiApplication::clipboard()->setText(u"42"_s);
    QTest::keyClick(ids, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(std::get<UserListActivation>(last()).values, QStringList{u"user-42"_s});
}

/// The tester answers with the engine's Pattern: RE2, a match anywhere, case as ticked.
void TestConditionEditor::regexTesterUsesTheEngine()
{
    show(RegexActivation{});
    auto *pattern = child<QLineEdit>(m_editor, u"regexPatternEdit"_s);
    auto *tryEdit = child<QLineEdit>(m_editor, u"regexTryEdit"_s);
    auto *result = child<QLabel>(m_editor, u"regexTryResult"_s);
    QTest::keyClicks(pattern, u"^beta-\\d+"_s);
    QCOMPARE(std::get<RegexActivation>(last()).pattern, u"^beta-\\d+"_s);
    QCOMPARE(m_edits->last().at(1).toString(), u"Change the pattern"_s);
    QCOMPARE(m_edits->last().at(2).toString(), u"pattern"_s);
    const qsizetype edits = m_edits->size();

    QTest::keyClicks(tryEdit, u"beta-42"_s);
    QCOMPARE(result->text(), u"matches"_s);
    QCOMPARE(m_edits->size(), edits);                // trying is no edit
    tryEdit->selectAll();
    QTest::keyClicks(tryEdit, u"BETA-42"_s);
    QCOMPARE(result->text(), u"does not match"_s);
    tick(child<QCheckBox>(m_editor, u"regexCaseBox"_s));
    QVERIFY(std::get<RegexActivation>(last()).caseInsensitive);
    QCOMPARE(result->text(), u"matches"_s);

    // Look-behind is not RE2: the pattern's error, in the tester and under the field.
    pattern->selectAll();
    QTest::keyClicks(pattern, u"(?<=a)b"_s);
    QVERIFY(result->text().startsWith(u"The pattern does not compile: "_s));
    auto *problem = child<QLabel>(m_editor, u"regexPatternEditProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().startsWith(u"pattern \"(?<=a)b\" does not compile"_s));
}

void TestConditionEditor::percentageFields()
{
    show(PercentageActivation{});
    auto *percentage = child<QDoubleSpinBox>(m_editor, u"percentageSpinBox"_s);
    focus(percentage);
    QTest::keyClick(percentage, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(percentage, u"12.5"_s);
    QCOMPARE(std::get<PercentageActivation>(last()).percentage, 12.5);
    QCOMPARE(m_edits->last().at(2).toString(), u"percentage"_s);

    auto *stickiness = child<QLineEdit>(m_editor, u"percentageStickinessEdit"_s);
    QCOMPARE(stickiness->text(), u"userId"_s);
    stickiness->selectAll();
    QTest::keyClicks(stickiness, u"accountId, sessionId"_s);
    QCOMPARE(std::get<PercentageActivation>(last()).stickiness.attributes,
             (QStringList{u"accountId"_s, u"sessionId"_s}));

    choose(child<QComboBox>(m_editor, u"percentageAbsenceBox"_s), u"random — a random bucket each time"_s);
    QCOMPARE(std::get<PercentageActivation>(last()).stickiness.absence, AbsencePolicy::Random);
    QTest::keyClicks(child<QLineEdit>(m_editor, u"percentageSaltEdit"_s), u"gate-7"_s);
    QCOMPARE(std::get<PercentageActivation>(last()).salt, u"gate-7"_s);
    choose(child<QComboBox>(m_editor, u"percentageSchemeBox"_s), u"unleash — as Unleash SDKs bucket"_s);
    const auto after = std::get<PercentageActivation>(last());
    QCOMPARE(after.scheme, BucketingScheme::Unleash);
    QCOMPARE(after.percentage, 12.5);
    QVERIFY(child<QLabel>(m_editor, u"percentageSchemeHint"_s)->text().contains(u"UTF-16"_s));
}

void TestConditionEditor::scheduleBounds()
{
    show(ScheduleActivation{});
    // Neither bound: the validator's message for the whole condition, under the pages.
    auto *general = child<QLabel>(m_editor, u"conditionProblem"_s);
    QVERIFY(general->isVisible());
    QCOMPARE(general->text(), u"a schedule needs a start or an end"_s);
    auto *start = child<QDateTimeEdit>(m_editor, u"scheduleStartEdit"_s);
    QVERIFY(!start->isEnabled());

    tick(child<QCheckBox>(m_editor, u"scheduleNoStartBox"_s));
    QVERIFY(start->isEnabled());
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QCOMPARE(std::get<ScheduleActivation>(last()).start, today + u"T00:00:00"_s);
    QVERIFY(!general->isVisible());

    auto *zone = child<QComboBox>(m_editor, u"scheduleTimeZoneBox"_s);
    focus(zone);
    QTest::keyClick(zone, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(zone, u"Europe/Berlin"_s);
    QCOMPARE(std::get<ScheduleActivation>(last()).timeZone, u"Europe/Berlin"_s);
    QCOMPARE(m_edits->last().at(2).toString(), u"timeZone"_s);
    QVERIFY(!child<QLabel>(m_editor, u"scheduleTimeZoneBoxProblem"_s)->isVisible());
    QTest::keyClicks(zone, u"x"_s);
    QVERIFY(child<QLabel>(m_editor, u"scheduleTimeZoneBoxProblem"_s)->isVisible());

    // A bound with its own offset is shown as the wall-clock time in the schedule's zone.
    ScheduleActivation berlin;
    berlin.start = u"2026-12-01T08:00:00Z"_s;
    berlin.timeZone = u"Europe/Berlin"_s;
    show(berlin);
    QCOMPARE(start->dateTime(), QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    QVERIFY(child<QCheckBox>(m_editor, u"scheduleNoEndBox"_s)->isChecked());
}

void TestConditionEditor::ipEntriesAreChecked()
{
    show(IpActivation{});
    auto *addresses = child<QPlainTextEdit>(m_editor, u"ipAddressesEdit"_s);
    focus(addresses);
    QGuiApplication::clipboard()->setText(u"10.0.0.0/8, 2001:db8::/32 192.168.1.300 10.1.2.3"_s);
    QTest::keyClick(addresses, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(std::get<IpActivation>(last()).values,
             (QStringList{u"10.0.0.0/8"_s, u"2001:db8::/32"_s, u"192.168.1.300"_s, u"10.1.2.3"_s}));
    auto *problem = child<QLabel>(m_editor, u"ipAddressesEditProblem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"Line 3: \"192.168.1.300\" is not an IP address or CIDR range"_s);
    QCOMPARE(child<QLabel>(m_editor, u"ipCountLabel"_s)->text(), u"4 address(es) or range(s)"_s);
}

/// None checked means "on", and the page says so; ticking a variation names it.
void TestConditionEditor::prerequisiteVariations()
{
    PrerequisiteActivation start;
    start.flag = u"new-search"_s;
    show(start);
    auto *flags = child<QComboBox>(m_editor, u"prerequisiteFlagBox"_s);
    QCOMPARE(flags->count(), 2);                     // not the flag being edited
    QCOMPARE(flags->currentText(), u"new-search — New search"_s);
    auto *list = child<QListWidget>(m_editor, u"prerequisiteVariationsList"_s);
    QCOMPARE(list->count(), 3);
    auto *hint = child<QLabel>(m_editor, u"prerequisiteHint"_s);
    QVERIFY(hint->text().contains(u"any variation but its off variation"_s));

    focus(list);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(std::get<PrerequisiteActivation>(last()).variations, QStringList{u"beta"_s});
    QCOMPARE(m_edits->last().at(2).toString(), u"variations"_s);
    QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    QVERIFY(hint->text().contains(u"one of the checked variations"_s));
    QTest::keyClick(list, Qt::Key_Up);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(std::get<PrerequisiteActivation>(last()).variations, (QStringList{u"classic"_s, u"beta"_s}));

    // Another flag: its variations, none checked.
    choose(flags, u"dark-mode — Dark mode"_s);
    QCOMPARE(last(), Condition(PrerequisiteActivation{u"dark-mode"_s, {}}));
    QCOMPARE(list->count(), 2);
    QCOMPARE(list->item(0)->text(), u"on = true"_s);
}

void TestConditionEditor::segmentAndLibrary()
{
    show(SegmentActivation{u"beta-testers"_s});
    QCOMPARE(child<QComboBox>(m_editor, u"segmentBox"_s)->currentText(), u"beta-testers — Beta testers"_s);
    QCOMPARE(child<QLabel>(m_editor, u"segmentWordsLabel"_s)->text(), u"• userId is one of alice, bob"_s);

    show(ActivationRef{u"internal-staff"_s});
    auto *words = child<QLabel>(m_editor, u"libraryWordsLabel"_s);
    QCOMPARE(words->text(), ConditionText::describe(m_workspace.activations.at(0).condition, &m_workspace));
    QVERIFY(child<QLabel>(m_editor, u"libraryDescriptionLabel"_s)->isVisible());
    choose(child<QComboBox>(m_editor, u"libraryActivationBox"_s), u"office-network — Office network"_s);
    QCOMPARE(last(), Condition(ActivationRef{u"office-network"_s}));
    QCOMPARE(m_edits->last().at(2).toString(), u"activation"_s);
    QCOMPARE(words->text(), ConditionText::describe(m_workspace.activations.at(1).condition, &m_workspace));
    QVERIFY(!child<QLabel>(m_editor, u"libraryDescriptionLabel"_s)->isVisible());

    // A key the library does not have is shown as such, with the validator's word.
    show(ActivationRef{u"gone"_s});
    QCOMPARE(child<QComboBox>(m_editor, u"libraryActivationBox"_s)->currentText(), u"gone (not in the library)"_s);
    QCOMPARE(child<QLabel>(m_editor, u"libraryActivationBoxProblem"_s)->text(), u"unknown activation \"gone\""_s);
}

/// JSON checked as typed (line and column), then by the plugin; only an object the JSON
/// reads becomes the condition.
void TestConditionEditor::pluginConfigurationIsChecked()
{
    show(PluginActivation{u"days"_s, {}});
    auto *config = child<QPlainTextEdit>(m_editor, u"pluginConfigEdit"_s);
    auto *problem = child<QLabel>(m_editor, u"pluginConfigEditProblem"_s);
    QCOMPARE(child<QComboBox>(m_editor, u"pluginBox"_s)->currentText(), u"Days of the week (days)"_s);
    QCOMPARE(problem->text(), u"Days of the week does not accept it: days: name at least one day"_s);

    focus(config);
    QTest::keyClicks(config, u"{\"days\": [\"sat\""_s);
    QVERIFY(problem->text().startsWith(u"Not JSON: line 1, column 16"_s));
    QVERIFY(m_edits->isEmpty());
    QTest::keyClicks(config, u"]}"_s);
    QVERIFY(!problem->isVisible());
    QCOMPARE(last(), Condition(PluginActivation{u"days"_s, QJsonObject{{u"days"_s, QJsonArray{u"sat"_s}}}}));
    QCOMPARE(m_edits->last().at(2).toString(), u"config"_s);
    QCOMPARE(config->toPlainText(), u"{\"days\": [\"sat\"]}"_s);   // as typed, not reformatted

    // A plugin that is not loaded is named.
    show(PluginActivation{u"moon-phase"_s, {}});
    QCOMPARE(child<QComboBox>(m_editor, u"pluginBox"_s)->currentText(), u"moon-phase (not loaded)"_s);
    QVERIFY(child<QLabel>(m_editor, u"pluginBoxProblem"_s)->text().contains(u"not loaded"_s));
}

/// setProblems() puts each message under its field, and the field describes itself by it.
void TestConditionEditor::problemsNextToTheirField()
{
    ConstraintActivation constraint;
    constraint.attribute = u"country"_s;
    constraint.values = {u"de"_s, u"at"_s};
    show(constraint);
    m_editor->setProblems({{u"/values/1"_s, u"at is not allowed"_s},
                           {u"/attribute"_s, u"country is reserved"_s},
                           {QString(), u"the rule is shadowed"_s}});
    auto *values = child<QLabel>(m_editor, u"constraintValuesProblem"_s);
    auto *attribute = child<QLabel>(m_editor, u"constraintAttributeBoxProblem"_s);
    auto *general = child<QLabel>(m_editor, u"conditionProblem"_s);
    QVERIFY(values->isVisible());
    QCOMPARE(values->text(), u"Line 2: at is not allowed"_s);
    QCOMPARE(child<QWidget>(m_editor, u"constraintValuesEdit"_s)->accessibleDescription(), values->text());
    QCOMPARE(attribute->text(), u"country is reserved"_s);
    QCOMPARE(child<QWidget>(m_editor, u"constraintAttributeBox"_s)->accessibleDescription(), attribute->text());
    QCOMPARE(general->text(), u"the rule is shadowed"_s);
    // The error colour reads on the window's background.
    QVERIFY(values->palette().color(QPalette::WindowText) != m_editor->palette().color(QPalette::WindowText));

    m_editor->setProblems({});
    QVERIFY(!values->isVisible());
    QVERIFY(!attribute->isVisible());
    QVERIFY(!general->isVisible());
    QVERIFY(child<QWidget>(m_editor, u"constraintValuesEdit"_s)->accessibleDescription().isEmpty());

    // The validator's own checks are there without being given, and given ones appear once.
    m_editor->setProblems({{u"/attribute"_s, u"country is reserved"_s}});
    auto *attributeBox = child<QComboBox>(m_editor, u"constraintAttributeBox"_s);
    focus(attributeBox);
    QTest::keyClick(attributeBox, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(attributeBox, Qt::Key_Delete);
    QCOMPARE(attribute->text(), u"attribute name is empty"_s);   // the given one was about before
    m_editor->setProblems({{u"/attribute"_s, u"attribute name is empty"_s}});
    QCOMPARE(attribute->text(), u"attribute name is empty"_s);
}

/// The session echoes each edit back; the field being typed in keeps its cursor.
void TestConditionEditor::setConditionKeepsTheCursor()
{
    show(RegexActivation{});
    auto *pattern = child<QLineEdit>(m_editor, u"regexPatternEdit"_s);
    focus(pattern);
    QTest::keyClicks(pattern, u"abc"_s);
    QTest::keyClick(pattern, Qt::Key_Left);
    QTest::keyClick(pattern, Qt::Key_Left);
    QCOMPARE(pattern->cursorPosition(), 1);
    m_editor->setCondition(last(), true);
    QCOMPARE(pattern->cursorPosition(), 1);
    QTest::keyClicks(pattern, u"x"_s);
    QCOMPARE(pattern->text(), u"axbc"_s);
    QCOMPARE(pattern->cursorPosition(), 2);

    // The same with a list being typed into.
    UserListActivation users;
    users.values = {u"alice"_s, u"bob"_s};
    show(users);
    auto *ids = child<QPlainTextEdit>(m_editor, u"userListIdsEdit"_s);
    focus(ids);
    QTest::keyClick(ids, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(ids, Qt::Key_Return);           // an empty line is no value...
    QCOMPARE(std::get<UserListActivation>(m_editor->condition()).values, users.values);
    m_editor->setCondition(users, true);            // ...so the echo leaves it
    QCOMPARE(ids->textCursor().blockNumber(), 2);
    QTest::keyClicks(ids, u"carol"_s);
    QCOMPARE(std::get<UserListActivation>(last()).values, (QStringList{u"alice"_s, u"bob"_s, u"carol"_s}));

    // Another condition is shown, of course.
    RegexActivation other;
    other.pattern = u"xyz"_s;
    m_editor->setCondition(other, true);
    QCOMPARE(pattern->text(), u"xyz"_s);
}

/// Switching the type gives that type's default condition, as one edit.
void TestConditionEditor::typeSwitchIsOneEdit()
{
    show(UserListActivation{});
    choose(child<QComboBox>(m_editor, u"conditionTypeBox"_s), u"Attribute constraint"_s);
    QCOMPARE(m_edits->size(), 1);
    QCOMPARE(last(), Condition(ConstraintActivation{}));
    QCOMPARE(m_edits->last().at(2).toString(), u"type"_s);
    QVERIFY(child<QWidget>(m_editor, u"constraintPage"_s)->isVisible());
    QVERIFY(!child<QWidget>(m_editor, u"userListPage"_s)->isVisible());

    // The pickers start at their first choice, so that the condition is valid at once.
    m_edits->clear();
    choose(child<QComboBox>(m_editor, u"conditionTypeBox"_s), u"Segment"_s);
    QCOMPARE(last(), Condition(SegmentActivation{u"beta-testers"_s}));
    QVERIFY(!child<QLabel>(m_editor, u"conditionProblem"_s)->isVisible());
    choose(child<QComboBox>(m_editor, u"conditionTypeBox"_s), u"From library"_s);
    QCOMPARE(last(), Condition(ActivationRef{u"internal-staff"_s}));
}

/// What the fields do not show — an import's source — is kept, and the editor says so.
void TestConditionEditor::importedSourceIsKept()
{
    UserListActivation imported;
    imported.values = {u"u1"_s};
    imported.source = ConditionSource::Unleash;
    show(imported);
    auto *note = child<QLabel>(m_editor, u"conditionSourceNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(u"Unleash"_s));
    auto *ids = child<QPlainTextEdit>(m_editor, u"userListIdsEdit"_s);
    focus(ids);
    QTest::keyClick(ids, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(ids, u"0"_s);
    imported.values = {u"u10"_s};
    QCOMPARE(last(), Condition(imported));

    // An operand Unleash cannot use: the import's warning, in the validator's words.
    ConstraintActivation broken;
    broken.attribute = u"appVersion"_s;
    broken.op = Operator::SemverGt;
    broken.values = {u"one"_s};
    broken.source = ConditionSource::Unleash;
    show(broken);
    QVERIFY(note->text().contains(u"\"one\" is not a semantic version: the constraint never holds, as in Unleash SDKs"_s));

    // An operator Unleash does not know is offered as written until another is chosen.
    broken.unknownOperator = u"STR_FUZZY"_s;
    show(broken);
    auto *operators = child<QComboBox>(m_editor, u"constraintOperatorBox"_s);
    QCOMPARE(operators->currentText(), u"STR_FUZZY (unknown, kept as imported)"_s);
    choose(operators, u"is one of"_s);
    const auto chosen = std::get<ConstraintActivation>(last());
    QVERIFY(chosen.unknownOperator.isEmpty());
    QCOMPARE(chosen.op, Operator::In);
    QCOMPARE(chosen.values, QStringList{u"one"_s});
    QCOMPARE(chosen.source, ConditionSource::Unleash);
}

/// Ctrl+Z in a field is Edit ▸ Undo, the window's, not the field's own.
void TestConditionEditor::undoKeysGoToTheWindow()
{
    auto *undo = new QAction(u"Undo"_s, m_window);
    undo->setShortcut(QKeySequence::Undo);
    m_window->addAction(undo);
    QSignalSpy undone(undo, &QAction::triggered);
    show(RegexActivation{});
    auto *pattern = child<QLineEdit>(m_editor, u"regexPatternEdit"_s);
    focus(pattern);
    QTest::keyClicks(pattern, u"ab"_s);
    QTest::keyClick(pattern, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undone.size(), 1);
    QCOMPARE(pattern->text(), u"ab"_s);

    show(UserListActivation{});
    auto *ids = child<QPlainTextEdit>(m_editor, u"userListIdsEdit"_s);
    focus(ids);
    QTest::keyClicks(ids, u"x"_s);
    QTest::keyClick(ids, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undone.size(), 2);
    QCOMPARE(ids->toPlainText(), u"x"_s);
}

void TestConditionEditor::readOnly()
{
    RegexActivation regex;
    regex.pattern = u"a"_s;
    m_editor->setCondition(regex, false);
    QVERIFY(!child<QComboBox>(m_editor, u"conditionTypeBox"_s)->isEnabled());
    QVERIFY(child<QLineEdit>(m_editor, u"regexPatternEdit"_s)->isReadOnly());
    QVERIFY(!child<QCheckBox>(m_editor, u"regexCaseBox"_s)->isEnabled());
    // The tester still answers.
    QTest::keyClicks(child<QLineEdit>(m_editor, u"regexTryEdit"_s), u"cat"_s);
    QCOMPARE(child<QLabel>(m_editor, u"regexTryResult"_s)->text(), u"matches"_s);
    QVERIFY(m_edits->isEmpty());
}

/// Every control has an object name and an accessible name.
void TestConditionEditor::everyControlIsNamed()
{
    const QList<QWidget *> widgets = m_editor->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *widget : widgets) {
        const bool inner = qobject_cast<QComboBox *>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget());
        const bool control = qobject_cast<QComboBox *>(widget) || qobject_cast<QCheckBox *>(widget)
                || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                || qobject_cast<QListWidget *>(widget) || (qobject_cast<QLineEdit *>(widget) && !inner);
        if (!control)
            continue;
        ++controls;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(controls > 30);
}

/// Tab goes from the type down the constraint's fields, skipping the editors not shown.
void TestConditionEditor::tabOrderFlows()
{
    ConstraintActivation constraint;
    constraint.attribute = u"plan"_s;
    show(constraint);
    focus(child<QComboBox>(m_editor, u"conditionTypeBox"_s));
    QStringList order;
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(order, (QStringList{u"constraintAttributeBox"_s, u"constraintOperatorBox"_s,
                                 u"constraintValuesEdit"_s, u"constraintNegateBox"_s,
                                 u"constraintCaseBox"_s}));
}

void TestConditionEditor::tabOrderFollowsTheLayout_data()
{
    QTest::addColumn<Condition>("condition");
    QTest::addColumn<int>("fields");
    ConstraintActivation date;
    date.attribute = u"currentTime"_s;
    date.op = Operator::DateAfter;
    date.values = {u"2026-01-01T00:00:00Z"_s};
    ScheduleActivation schedule;
    schedule.start = u"2026-01-01T00:00:00"_s;
    schedule.end = u"2026-02-01T00:00:00"_s;
    QTest::newRow("user list") << Condition(UserListActivation{}) << 2;
    QTest::newRow("regex") << Condition(RegexActivation{}) << 4;
    QTest::newRow("constraint date") << Condition(date) << 5;
    QTest::newRow("percentage") << Condition(PercentageActivation{}) << 5;
    QTest::newRow("schedule") << Condition(schedule) << 5;
    QTest::newRow("ip") << Condition(IpActivation{}) << 2;
    QTest::newRow("prerequisite") << Condition(PrerequisiteActivation{u"new-search"_s, {}}) << 2;
    QTest::newRow("segment") << Condition(SegmentActivation{u"beta-testers"_s}) << 1;
    QTest::newRow("plugin") << Condition(PluginActivation{u"days"_s, {}}) << 2;
    QTest::newRow("library") << Condition(ActivationRef{u"internal-staff"_s}) << 1;
}

/// From the type down each page, in reading order: every field once, none hidden.
void TestConditionEditor::tabOrderFollowsTheLayout()
{
    QFETCH(Condition, condition);
    QFETCH(int, fields);
    show(condition);
    auto *type = child<QComboBox>(m_editor, u"conditionTypeBox"_s);
    focus(type);
    QWidget *previous = type;
    int visited = 0;
    for (int tabs = 0; visited < fields && tabs < 40; ++tabs) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now && now != type);
        if (now == previous)
            continue;   // Tab steps through a date's sections first
        ++visited;
        QVERIFY2(m_editor->isAncestorOf(now) && now->isVisible(), qPrintable(now->objectName()));
        const QRect before(previous->mapTo(m_editor, QPoint()), previous->size());
        const QRect after(now->mapTo(m_editor, QPoint()), now->size());
        // Below the one before, or to its right on the same line.
        QVERIFY2(after.top() >= before.bottom() - 2 || (after.left() > before.left() && after.top() < before.bottom()),
                 qPrintable(previous->objectName() + u" → "_s + now->objectName()));
        previous = now;
    }
    QCOMPARE(visited, fields);
}

/// With PENNON_SCREENSHOT_DIR set: each type's page as a picture, cond-<type>.png.
void TestConditionEditor::screenshots()
{
    const QString dir = qEnvironmentVariable("PENNON_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("PENNON_SCREENSHOT_DIR is not set");
    QDir().mkpath(dir);
    ConstraintActivation constraint;
    constraint.attribute = u"appVersion"_s;
    constraint.op = Operator::SemverGte;
    constraint.values = {u"2.4"_s};
    UserListActivation users;
    users.values = {u"alice"_s, u"bob"_s, u"carol"_s};
    RegexActivation regex;
    regex.attribute = u"email"_s;
    regex.pattern = u"@example\\.com$"_s;
    PercentageActivation percentage;
    percentage.percentage = 12.5;
    percentage.stickiness.attributes = {u"accountId"_s, u"userId"_s};
    ScheduleActivation schedule;
    schedule.start = u"2026-12-01T00:00:00"_s;
    schedule.timeZone = u"Europe/Berlin"_s;
    IpActivation ip;
    ip.values = {u"10.0.0.0/8"_s, u"2001:db8::/32"_s, u"192.168.1.300"_s};
    PrerequisiteActivation prerequisite{u"new-search"_s, {u"beta"_s}};
    const QList<Condition> conditions = {
        users, regex, constraint, percentage, schedule, ip, prerequisite,
        SegmentActivation{u"beta-testers"_s},
        PluginActivation{u"days"_s, QJsonObject{{u"days"_s, QJsonArray{u"sat"_s, u"sun"_s}}}},
        ActivationRef{u"internal-staff"_s},
    };
    for (const Condition &condition : conditions) {
        show(condition);
        if (conditionType(condition) == ActivationType::Regex)
            QTest::keyClicks(child<QLineEdit>(m_editor, u"regexTryEdit"_s), u"anna@example.com"_s);
        QApplication::processEvents();
        const QString file = dir + u"/cond-"_s + activationTypeName(conditionType(condition)) + u".png"_s;
        QVERIFY(m_window->grab().save(file));
    }
    // What a new constraint and a new user list look like: empty, saying what they need.
    show(ConstraintActivation{});
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/cond-constraint-new.png"_s));
    show(UserListActivation{});
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/cond-userList-new.png"_s));
    // A date constraint imported from Unleash, with an operand Unleash cannot use.
    ConstraintActivation date;
    date.attribute = u"currentTime"_s;
    date.op = Operator::DateBefore;
    date.values = {u"2026-06-30T18:00:00+02:00"_s};
    show(date);
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/cond-constraint-date.png"_s));
    ConstraintActivation imported;
    imported.attribute = u"appVersion"_s;
    imported.op = Operator::SemverLt;
    imported.values = {u"one"_s};
    imported.negate = true;
    imported.source = ConditionSource::Unleash;
    show(imported);
    m_editor->setProblems({{QString(), u"a problem about the whole condition"_s}});
    QApplication::processEvents();
    QVERIFY(m_window->grab().save(dir + u"/cond-constraint-imported.png"_s));
}

QTEST_MAIN(TestConditionEditor)
#include "tst_conditioneditor.moc"
