// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The serve editor driven like a user would: pick a variation or a split, type weights and see
// the bar and the remainder follow before the field is left, edit the stickiness, salt and
// scheme, read the validator's problems next to the field at fault.

#include "serveeditor.h"
#include "splitbar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTest>
#include <QVBoxLayout>

using namespace Pennon;
using namespace Qt::StringLiterals;

namespace {

QList<Variation> onOff()
{
    return {{u"on"_s, QJsonValue(true), u"the new checkout"_s}, {u"off"_s, QJsonValue(false), {}}};
}

QList<Variation> colours()
{
    return {{u"red"_s, QJsonValue(u"#f00"_s), {}},
            {u"green"_s, QJsonValue(u"#0f0"_s), {}},
            {u"blue"_s, QJsonValue(u"#00f"_s), {}}};
}

Serve splitOf(const QList<SplitWeight> &weights, qint64 total = 100)
{
    Serve serve;
    serve.split = Split();
    serve.split->weights = weights;
    serve.split->total = total;
    return serve;
}

struct Edit {
    Serve after;
    QString text;
    QString field;
};

} // namespace

class TestServeEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void switchToSplitByKeyboard();
    void switchToSplitByMouse();
    void evenSplitOfThree();
    void switchBackServesFirstWeighted();
    void chooseVariation();
    void weightsFollowAsTyped();
    void overTheTotal();
    void variationMissingFromSplit();
    void zeroWeightStays();
    void totalIsEditable();
    void splitEvenlyButton();
    void stickinessAbsenceSaltScheme();
    void problemsNextToTheirField();
    void variationProblem();
    void setServeKeepsFocusedWeight();
    void outcomeServeReplaced();
    void outcomeBucketWeightEditable();
    void readOnly();
    void longKeysElided();
    void tabOrder();
    void undoKeysGoToTheWindow();
    void everyControlNamed();
    void mnemonicsDistinct();
    void screenshots();

private:
    void show(const QList<Variation> &variations, const Serve &serve, bool editable = true);
    template<typename T>
    T *child(const QString &name) const
    {
        auto *found = m_editor->findChild<T *>(name);
        if (!found)
            qWarning("no child %s", qPrintable(name));
        return found;
    }
    QSpinBox *weight(const QString &key) const { return child<QSpinBox>(u"splitWeightSpin:"_s + key); }
    QLabel *remainder() const { return child<QLabel>(u"splitRemainderLabel"_s); }
    SplitBar *bar() const { return child<SplitBar>(u"splitBar"_s); }
    /// Clicks into a spin box's text and selects it, as a user about to type over it.
    void clickAndSelect(QAbstractSpinBox *spin);
    void clickAndSelect(QLineEdit *edit);

    QWidget *m_window = nullptr;
    ServeEditor *m_editor = nullptr;
    QList<Edit> m_edits;
};

void TestServeEditor::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
}

void TestServeEditor::init()
{
    m_window = new QWidget;
    m_window->resize(640, 520);
    m_editor = new ServeEditor(m_window);
    (new QVBoxLayout(m_window))->addWidget(m_editor);
    m_edits.clear();
    connect(m_editor, &ServeEditor::edited, this,
            [this](const Serve &after, const QString &text, const QString &field) {
                m_edits.append({after, text, field});
            });
}

void TestServeEditor::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_editor = nullptr;
}

void TestServeEditor::show(const QList<Variation> &variations, const Serve &serve, bool editable)
{
    m_editor->setVariations(variations);
    m_editor->setServe(serve, editable);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QCoreApplication::processEvents();   // lay out rows the serve just added
}

void TestServeEditor::clickAndSelect(QAbstractSpinBox *spin)
{
    auto *edit = spin->findChild<QLineEdit *>();
    QVERIFY(edit);
    QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(4, edit->height() / 2));
    QVERIFY(spin->hasFocus());
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
}

void TestServeEditor::clickAndSelect(QLineEdit *edit)
{
    QTest::mouseClick(edit, Qt::LeftButton, {}, QPoint(4, edit->height() / 2));
    QVERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
}

void TestServeEditor::switchToSplitByKeyboard()
{
    show(onOff(), Serve::of(u"off"_s));
    auto *mode = child<QComboBox>(u"serveModeBox"_s);
    QVERIFY(child<QComboBox>(u"serveVariationBox"_s)->isVisible());
    QVERIFY(!child<QWidget>(u"splitPane"_s)->isVisible());
    // The label's mnemonic reaches the mode, arrow down picks the split.
    QTest::keyClick(m_window, Qt::Key_R, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), mode);
    QTest::keyClick(mode, Qt::Key_Down);

    QCOMPARE(m_edits.size(), 1);
    QCOMPARE(m_edits.first().field, u"mode"_s);
    QCOMPARE(m_edits.first().text, u"Serve a split"_s);
    const Serve expected = splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)});
    QCOMPARE(m_edits.first().after, expected);
    QCOMPARE(m_editor->serve(), expected);
    QVERIFY(child<QWidget>(u"splitPane"_s)->isVisible());
    QVERIFY(!child<QComboBox>(u"serveVariationBox"_s)->isVisible());
    QCOMPARE(weight(u"on"_s)->value(), 50);
    QCOMPARE(weight(u"off"_s)->value(), 50);
    QCOMPARE(weight(u"on"_s)->text(), u"50 %"_s);
    QCOMPARE(remainder()->text(), u"Sums to 100 ✓"_s);
    QCOMPARE(bar()->accessibleDescription(), u"on 50 %, off 50 %"_s);
}

void TestServeEditor::switchToSplitByMouse()
{
    show(onOff(), Serve::of(u"on"_s));
    auto *mode = child<QComboBox>(u"serveModeBox"_s);
    QTest::mouseClick(mode, Qt::LeftButton);
    QAbstractItemView *popup = mode->view();
    QTRY_VERIFY(popup->isVisible());
    // The popup ignores a release as quick as a double click after it opened.
    QTest::qWait(QApplication::doubleClickInterval() + 50);
    const QRect item = popup->visualRect(popup->model()->index(1, 0));
    QVERIFY(item.isValid());
    QTest::mouseClick(popup->viewport(), Qt::LeftButton, {}, item.center());
    QTRY_VERIFY(!popup->isVisible());

    QCOMPARE(m_edits.size(), 1);
    QVERIFY(m_edits.first().after.isSplit());
    QCOMPARE(m_edits.first().after.split->weights,
             (QList<SplitWeight>{SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    QVERIFY(child<QWidget>(u"splitPane"_s)->isVisible());
}

void TestServeEditor::evenSplitOfThree()
{
    // 100 over three: 34, 33, 33 (the remainder to the first).
    show(colours(), Serve::of(u"green"_s));
    QTest::keyClick(m_window, Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(m_edits.size(), 1);
    QCOMPARE(m_edits.first().after.split->weights,
             (QList<SplitWeight>{SplitWeight::of(u"red"_s, 34), SplitWeight::of(u"green"_s, 33),
                                 SplitWeight::of(u"blue"_s, 33)}));
    QCOMPARE(m_edits.first().after.split->stickiness, Stickiness());
    QCOMPARE(m_edits.first().after.split->scheme, BucketingScheme::Flagd);
}

void TestServeEditor::switchBackServesFirstWeighted()
{
    // The first variation with a weight, in bucket order: not red (0), but blue.
    show(colours(), splitOf({SplitWeight::of(u"red"_s, 0), SplitWeight::of(u"blue"_s, 70),
                             SplitWeight::of(u"green"_s, 30)}));
    QTest::keyClick(m_window, Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    QCOMPARE(m_edits.size(), 1);
    QCOMPARE(m_edits.first().after, Serve::of(u"blue"_s));
    QCOMPARE(m_edits.first().field, u"mode"_s);
    QVERIFY(!child<QWidget>(u"splitPane"_s)->isVisible());
    auto *variation = child<QComboBox>(u"serveVariationBox"_s);
    QVERIFY(variation->isVisible());
    QCOMPARE(variation->currentText(), u"blue"_s);
}

void TestServeEditor::chooseVariation()
{
    show(onOff(), Serve::of(u"on"_s));
    auto *variation = child<QComboBox>(u"serveVariationBox"_s);
    QCOMPARE(variation->itemData(0, Qt::ToolTipRole).toString(), u"Value: true\nthe new checkout"_s);
    QTest::keyClick(m_window, Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), variation);
    QTest::keyClick(variation, Qt::Key_Down);
    QCOMPARE(m_edits.size(), 1);
    QCOMPARE(m_edits.first().after, Serve::of(u"off"_s));
    QCOMPARE(m_edits.first().field, u"variation"_s);
}

void TestServeEditor::weightsFollowAsTyped()
{
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    QSpinBox *on = weight(u"on"_s);
    QSpinBox *off = weight(u"off"_s);
    clickAndSelect(off);
    QTest::keyClicks(off, u"4"_s);
    // Not a key more: the field still has focus, nothing finished, and everything follows.
    QVERIFY(off->hasFocus());
    QCOMPARE(remainder()->text(), u"Remainder: 46 of 100 unassigned"_s);
    QTest::keyClicks(off, u"0"_s);
    QVERIFY(off->hasFocus());
    QCOMPARE(remainder()->text(), u"Remainder: 10 of 100 unassigned"_s);
    QCOMPARE(bar()->accessibleDescription(), u"on 50 %, off 40 %, unassigned 10 %"_s);
    const QList<QRectF> rects = bar()->segmentRects();
    QCOMPARE(rects.size(), 2);
    const double width = rects.at(0).width() + rects.at(1).width() + bar()->remainderRect().width();
    QVERIFY(width > 100);
    QCOMPARE(qRound(100 * rects.at(0).width() / width), 50);
    QCOMPARE(qRound(100 * rects.at(1).width() / width), 40);
    QCOMPARE(qRound(100 * bar()->remainderRect().width() / width), 10);
    QCOMPARE(rects.at(1).left(), rects.at(0).right());
    // The remainder is said in the error colour, right by the weights.
    QCOMPARE(remainder()->palette().color(QPalette::WindowText).name(), u"#b31b1b"_s);

    // Each keystroke is an edit of the one field "weights", so the window merges them.
    QCOMPARE(m_edits.size(), 2);
    for (const Edit &edit : std::as_const(m_edits)) {
        QCOMPARE(edit.field, u"weights"_s);
        QCOMPARE(edit.text, u"Change the split"_s);
    }
    QCOMPARE(m_edits.last().after.split->weights,
             (QList<SplitWeight>{SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 40)}));

    // Back to 50 / 50: it sums.
    QTest::keyClick(off, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(off, u"50"_s);
    QCOMPARE(remainder()->text(), u"Sums to 100 ✓"_s);
    QCOMPARE(bar()->remainderRect(), QRectF());
    QCOMPARE(m_edits.last().after, splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    QCOMPARE(m_editor->serve(), m_edits.last().after);
    QCOMPARE(on->value(), 50);
}

void TestServeEditor::overTheTotal()
{
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    QSpinBox *on = weight(u"on"_s);
    clickAndSelect(on);
    QTest::keyClicks(on, u"55"_s);
    QCOMPARE(remainder()->text(), u"Over by 5"_s);
    QCOMPARE(bar()->accessibleDescription(), u"on 55 %, off 50 %, over by 5 %"_s);
    // Drawn to the sum: 55 of 105 and 50 of 105.
    const QList<QRectF> rects = bar()->segmentRects();
    QCOMPARE(qRound(1000 * rects.at(0).width() / (rects.at(0).width() + rects.at(1).width())), 524);
}

void TestServeEditor::variationMissingFromSplit()
{
    // A split that lists only "on": "off" has a row at 0; typing a weight there adds it at the
    // end (the buckets before keep their places), and 0 in a row it lacks changes nothing.
    show(colours(), splitOf({SplitWeight::of(u"green"_s, 100)}));
    QCOMPARE(weight(u"red"_s)->value(), 0);
    QCOMPARE(weight(u"blue"_s)->value(), 0);
    QSpinBox *red = weight(u"red"_s);
    clickAndSelect(red);
    QTest::keyClicks(red, u"0"_s);
    QVERIFY(m_edits.isEmpty());
    QTest::keyClick(red, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(red, u"20"_s);
    QCOMPARE(m_edits.last().after.split->weights,
             (QList<SplitWeight>{SplitWeight::of(u"green"_s, 100), SplitWeight::of(u"red"_s, 20)}));
    QVERIFY(red->hasFocus());
    QCOMPARE(remainder()->text(), u"Over by 20"_s);
    QCOMPARE(bar()->accessibleDescription(), u"green 100 %, red 20 %, over by 20 %"_s);

    QSpinBox *green = weight(u"green"_s);
    clickAndSelect(green);
    QTest::keyClicks(green, u"80"_s);
    QCOMPARE(m_edits.last().after.split->weights,
             (QList<SplitWeight>{SplitWeight::of(u"green"_s, 80), SplitWeight::of(u"red"_s, 20)}));
    QCOMPARE(remainder()->text(), u"Sums to 100 ✓"_s);
}

void TestServeEditor::zeroWeightStays()
{
    // A variation the split lists with 0 stays listed with 0: the split means what it did.
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 90), SplitWeight::of(u"off"_s, 10)}));
    QSpinBox *off = weight(u"off"_s);
    clickAndSelect(off);
    QTest::keyClicks(off, u"0"_s);
    QCOMPARE(m_edits.last().after.split->weights,
             (QList<SplitWeight>{SplitWeight::of(u"on"_s, 90), SplitWeight::of(u"off"_s, 0)}));
}

void TestServeEditor::totalIsEditable()
{
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 500), SplitWeight::of(u"off"_s, 400)}, 1000));
    auto *total = child<QSpinBox>(u"splitTotalSpin"_s);
    QCOMPARE(total->value(), 1000);
    QCOMPARE(total->minimum(), 1);
    QCOMPARE(total->maximum(), 2147483647);
    // Not percentages: no % in the weights, a share beside each.
    QCOMPARE(weight(u"on"_s)->text(), u"500"_s);
    auto *share = child<QLabel>(u"splitWeightShare:off"_s);
    QVERIFY(share->isVisible());
    QCOMPARE(share->text(), u"40 %"_s);
    QCOMPARE(remainder()->text(), u"Remainder: 100 of 1000 unassigned"_s);

    clickAndSelect(total);
    QTest::keyClicks(total, u"900"_s);
    QCOMPARE(m_edits.last().field, u"total"_s);
    QCOMPARE(m_edits.last().after.split->total, 900);
    QCOMPARE(remainder()->text(), u"Sums to 900 ✓"_s);
    QCOMPARE(share->text(), u"44.4 %"_s);
    QVERIFY(total->hasFocus());

    QTest::keyClick(total, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(total, u"100"_s);
    QCOMPARE(m_edits.last().after.split->total, 100);
    QVERIFY(!share->isVisible());
    QCOMPARE(weight(u"on"_s)->text(), u"500 %"_s);
    QCOMPARE(remainder()->text(), u"Over by 800"_s);
}

void TestServeEditor::splitEvenlyButton()
{
    Serve serve = splitOf({SplitWeight::of(u"blue"_s, 10)}, 1000);
    serve.split->salt = u"keep-me"_s;
    show(colours(), serve);
    QTest::mouseClick(child<QPushButton>(u"splitEvenlyButton"_s), Qt::LeftButton);
    QCOMPARE(m_edits.size(), 1);
    QVERIFY(m_edits.first().field.isEmpty());   // a step of its own, never merged with typing
    // Blue keeps its place; the others join in the flag's order; 1000 = 334 + 333 + 333.
    QCOMPARE(m_edits.first().after.split->weights,
             (QList<SplitWeight>{SplitWeight::of(u"blue"_s, 333), SplitWeight::of(u"red"_s, 334),
                                 SplitWeight::of(u"green"_s, 333)}));
    QCOMPARE(m_edits.first().after.split->salt, u"keep-me"_s);
    QCOMPARE(remainder()->text(), u"Sums to 1000 ✓"_s);
    QCOMPARE(weight(u"red"_s)->value(), 334);
}

void TestServeEditor::stickinessAbsenceSaltScheme()
{
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    auto *attributes = child<QLineEdit>(u"splitStickinessEdit"_s);
    QCOMPARE(attributes->text(), u"userId"_s);
    clickAndSelect(attributes);
    QTest::keyClicks(attributes, u"accountId, userId"_s);
    QCOMPARE(m_edits.last().field, u"stickiness"_s);
    QCOMPARE(m_edits.last().after.split->stickiness.attributes, (QStringList{u"accountId"_s, u"userId"_s}));
    // A trailing comma is no attribute yet: no edit for it.
    const qsizetype before = m_edits.size();
    QTest::keyClicks(attributes, u", "_s);
    QCOMPARE(m_edits.size(), before);

    auto *absence = child<QComboBox>(u"splitAbsenceBox"_s);
    QCOMPARE(absence->currentText(), u"Skip the rule"_s);
    QVERIFY(!absence->itemData(0, Qt::ToolTipRole).toString().isEmpty());
    QTest::keyClick(m_window, Qt::Key_O, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), absence);
    QTest::keyClick(absence, Qt::Key_End);
    QCOMPARE(absence->currentText(), u"Draw at random"_s);
    QCOMPARE(m_edits.last().field, u"absence"_s);
    QCOMPARE(m_edits.last().after.split->stickiness.absence, AbsencePolicy::Random);

    auto *salt = child<QLineEdit>(u"splitSaltEdit"_s);
    QCOMPARE(salt->placeholderText(), u"the flag key"_s);
    QTest::keyClick(m_window, Qt::Key_L, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), salt);
    QTest::keyClicks(salt, u"exp-7"_s);
    QCOMPARE(m_edits.last().field, u"salt"_s);
    QCOMPARE(m_edits.last().after.split->salt, u"exp-7"_s);

    auto *scheme = child<QComboBox>(u"splitSchemeBox"_s);
    QTest::keyClick(m_window, Qt::Key_B, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), scheme);
    QTest::keyClick(scheme, Qt::Key_Down);
    QCOMPARE(m_edits.last().field, u"scheme"_s);
    QCOMPARE(m_edits.last().after.split->scheme, BucketingScheme::Unleash);

    // All of it together, the weights untouched.
    const Serve served = m_editor->serve();
    const Split &split = *served.split;
    QCOMPARE(split.weights, (QList<SplitWeight>{SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    QCOMPARE(split.stickiness.attributes, (QStringList{u"accountId"_s, u"userId"_s}));
    QCOMPARE(split.stickiness.absence, AbsencePolicy::Random);
    QCOMPARE(split.salt, u"exp-7"_s);
    QCOMPARE(split.scheme, BucketingScheme::Unleash);
}

void TestServeEditor::problemsNextToTheirField()
{
    show(colours(), splitOf({SplitWeight::of(u"red"_s, 50), SplitWeight::of(u"blue"_s, 40)}));
    m_editor->setProblems({{u"/split/weights/1/weight"_s, u"weight is odd"_s},
                           {u"/split"_s, u"weights sum to 90, not 100"_s},
                           {u"/split/stickiness/0"_s, u"attribute name is empty"_s},
                           {u"/split/scheme"_s, u"scheme rollout has no splits, only percentages"_s}});
    // Weight 1 is blue's (the split's order, not the rows'): its message sits on blue's row.
    auto *blueProblem = child<QLabel>(u"splitWeightProblem:blue"_s);
    QVERIFY(blueProblem->isVisible());
    QCOMPARE(blueProblem->text(), u"weight is odd"_s);
    QCOMPARE(weight(u"blue"_s)->accessibleDescription(), u"weight is odd"_s);
    const QRect spin = weight(u"blue"_s)->geometry();
    const QRect label = blueProblem->geometry();
    QVERIFY2(label.top() < spin.bottom() && label.bottom() > spin.top(), "beside its spin box");
    QVERIFY(label.left() > spin.right());
    QVERIFY(!child<QLabel>(u"splitWeightProblem:red"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"splitWeightProblem:green"_s)->isVisible());
    QVERIFY(weight(u"red"_s)->accessibleDescription().isEmpty());

    auto *sum = child<QLabel>(u"splitSumProblem"_s);
    QVERIFY(sum->isVisible());
    QCOMPARE(sum->text(), u"weights sum to 90, not 100"_s);
    auto *stickiness = child<QLabel>(u"stickinessProblem"_s);
    QVERIFY(stickiness->isVisible());
    QCOMPARE(child<QLineEdit>(u"splitStickinessEdit"_s)->accessibleDescription(), u"attribute name is empty"_s);
    QVERIFY(stickiness->geometry().top() >= child<QLineEdit>(u"splitStickinessEdit"_s)->geometry().bottom());
    QVERIFY(child<QLabel>(u"schemeProblem"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"serveProblem"_s)->isVisible());

    m_editor->setProblems({});
    QVERIFY(!blueProblem->isVisible());
    QVERIFY(!sum->isVisible());
    QVERIFY(!stickiness->isVisible());
    QVERIFY(weight(u"blue"_s)->accessibleDescription().isEmpty());
}

void TestServeEditor::variationProblem()
{
    Serve serve = Serve::of(u"gone"_s);
    show(onOff(), serve);
    auto *variation = child<QComboBox>(u"serveVariationBox"_s);
    QCOMPARE(variation->currentText(), u"gone (not a variation of the flag)"_s);
    m_editor->setProblems({{u"/variation"_s, u"unknown variation \"gone\""_s}});
    auto *problem = child<QLabel>(u"serveProblem"_s);
    QVERIFY(problem->isVisible());
    QCOMPARE(problem->text(), u"unknown variation \"gone\""_s);
    QCOMPARE(variation->accessibleDescription(), u"unknown variation \"gone\""_s);
    QVERIFY(problem->geometry().top() >= variation->geometry().bottom());
    // A problem of the serve as a whole goes there too.
    m_editor->setProblems({{QString(), u"a split cannot also serve no value or an error"_s}});
    QCOMPARE(problem->text(), u"a split cannot also serve no value or an error"_s);
    QVERIFY(variation->accessibleDescription().isEmpty());
}

void TestServeEditor::setServeKeepsFocusedWeight()
{
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    QSpinBox *off = weight(u"off"_s);
    auto *edit = off->findChild<QLineEdit *>();
    clickAndSelect(off);
    QTest::keyClicks(off, u"4"_s);
    const int cursor = edit->cursorPosition();
    QCOMPARE(edit->text(), u"4 %"_s);
    QCOMPARE(cursor, 1);

    // The window hands the edited serve back, as the session does after every step; then a
    // change from elsewhere (the other weight, the salt) arrives too.
    Serve back = m_edits.last().after;
    m_editor->setServe(back, true);
    back.split->weights[0].weight = 60;
    back.split->salt = u"elsewhere"_s;
    m_editor->setServe(back, true);
    QCOMPARE(weight(u"off"_s), off);   // the same widget, not a new one
    QVERIFY(off->hasFocus());
    QCOMPARE(edit->cursorPosition(), cursor);
    QCOMPARE(weight(u"on"_s)->value(), 60);
    QCOMPARE(child<QLineEdit>(u"splitSaltEdit"_s)->text(), u"elsewhere"_s);
    QCOMPARE(remainder()->text(), u"Remainder: 36 of 100 unassigned"_s);

    // Typing goes on where it was.
    QTest::keyClicks(off, u"0"_s);
    QCOMPARE(off->value(), 40);
    QCOMPARE(m_edits.last().after.split->weights,
             (QList<SplitWeight>{SplitWeight::of(u"on"_s, 60), SplitWeight::of(u"off"_s, 40)}));
    QCOMPARE(m_edits.last().after.split->salt, u"elsewhere"_s);
    QCOMPARE(remainder()->text(), u"Sums to 100 ✓"_s);
}

void TestServeEditor::outcomeServeReplaced()
{
    Serve kept;
    kept.outcome = ServeOutcome::NoValue;
    show(onOff(), kept);
    auto *mode = child<QComboBox>(u"serveModeBox"_s);
    QCOMPARE(mode->count(), 3);
    QCOMPARE(mode->currentText(), u"no value (the application's default)"_s);
    QVERIFY(!child<QComboBox>(u"serveVariationBox"_s)->isVisible());
    QVERIFY(child<QLabel>(u"serveOutcomeNote"_s)->isVisible());
    QVERIFY(!child<QWidget>(u"splitPane"_s)->isVisible());

    QTest::keyClick(m_window, Qt::Key_R, Qt::AltModifier);
    QTest::keyClick(mode, Qt::Key_Down);
    QCOMPARE(m_edits.size(), 1);
    QCOMPARE(m_edits.first().after, Serve::of(u"on"_s));
    QCOMPARE(m_edits.first().field, u"mode"_s);
    // Replaced: the kept outcome is no longer offered.
    QCOMPARE(mode->count(), 2);
    QCOMPARE(mode->currentText(), u"A variation"_s);
    QVERIFY(!child<QLabel>(u"serveOutcomeNote"_s)->isVisible());
    QVERIFY(child<QComboBox>(u"serveVariationBox"_s)->isVisible());
}

void TestServeEditor::outcomeBucketWeightEditable()
{
    SplitWeight error;
    error.outcome = ServeOutcome::Error;
    error.source = u"beta"_s;
    error.weight = 50;
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 50), error}));
    // Its row: the outcome as a label, the weight editable.
    auto *label = child<QLabel>(u"splitWeightLabel:#1"_s);
    const QString what = u"error GENERAL (kept from \"beta\")"_s;
    QVERIFY2(label->text() == what || (label->text().contains(u'…') && label->toolTip().startsWith(what)),
             qPrintable(label->text()));
    QVERIFY(label->font().italic());
    QSpinBox *spin = weight(u"#1"_s);
    QCOMPARE(spin->value(), 50);
    QCOMPARE(spin->accessibleName(), u"Weight of error GENERAL (kept from \"beta\")"_s);
    QCOMPARE(weight(u"off"_s)->value(), 0);
    QCOMPARE(bar()->accessibleDescription(), u"on 50 %, error GENERAL (kept from \"beta\") 50 %"_s);

    clickAndSelect(spin);
    QTest::keyClicks(spin, u"30"_s);
    SplitWeight after = error;
    after.weight = 30;
    QCOMPARE(m_edits.last().after.split->weights, (QList<SplitWeight>{SplitWeight::of(u"on"_s, 50), after}));
    QCOMPARE(remainder()->text(), u"Remainder: 20 of 100 unassigned"_s);
}

void TestServeEditor::readOnly()
{
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}), false);
    for (QWidget *w : {static_cast<QWidget *>(child<QComboBox>(u"serveModeBox"_s)),
                       static_cast<QWidget *>(weight(u"on"_s)),
                       static_cast<QWidget *>(child<QSpinBox>(u"splitTotalSpin"_s)),
                       static_cast<QWidget *>(child<QLineEdit>(u"splitStickinessEdit"_s)),
                       static_cast<QWidget *>(child<QLineEdit>(u"splitSaltEdit"_s)),
                       static_cast<QWidget *>(child<QComboBox>(u"splitSchemeBox"_s))})
        QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
    QTest::keyClicks(weight(u"on"_s), u"7"_s);
    QVERIFY(m_edits.isEmpty());
}

void TestServeEditor::longKeysElided()
{
    // Keys run to 255 characters and may hold "&": the label elides, never makes a mnemonic.
    const QString key = u"R&D-"_s + QString(200, u'x');
    show({{key, QJsonValue(u"lab"_s), {}}, {u"off"_s, QJsonValue(u"none"_s), {}}},
         splitOf({SplitWeight::of(key, 100)}));
    auto *label = child<QLabel>(u"splitWeightLabel:"_s + key);
    QVERIFY(label->text().startsWith(u"R&&D-"_s));
    QVERIFY(label->text().contains(u'…'));
    QVERIFY(label->width() < m_editor->width() / 2);
    QVERIFY(label->toolTip().startsWith(key + u"\nValue: \"lab\""_s));
    QCOMPARE(weight(key)->accessibleName(), u"Weight of "_s + key);
    QCOMPARE(child<QLabel>(u"splitWeightLabel:off"_s)->toolTip(), u"Value: \"none\""_s);
}

void TestServeEditor::tabOrder()
{
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    QTest::keyClick(m_window, Qt::Key_R, Qt::AltModifier);
    QStringList order{QApplication::focusWidget()->objectName()};
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    QCOMPARE(order, (QStringList{u"serveModeBox"_s, u"splitEvenlyButton"_s, u"splitWeightSpin:on"_s,
                                 u"splitWeightSpin:off"_s, u"splitTotalSpin"_s, u"splitStickinessEdit"_s,
                                 u"splitAbsenceBox"_s, u"splitSaltEdit"_s, u"splitSchemeBox"_s}));
    // Tab into a weight selects it: typing replaces it.
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), weight(u"off"_s));
    QTest::keyClicks(weight(u"off"_s), u"25"_s);
    QCOMPARE(weight(u"off"_s)->value(), 25);
}

void TestServeEditor::undoKeysGoToTheWindow()
{
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    auto *undo = new QAction(m_window);
    undo->setShortcut(QKeySequence::Undo);
    m_window->addAction(undo);
    int undone = 0;
    connect(undo, &QAction::triggered, this, [&undone] { ++undone; });
    QSpinBox *off = weight(u"off"_s);
    clickAndSelect(off);
    QTest::keyClicks(off, u"4"_s);
    QTest::keyClick(off, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undone, 1);
    QCOMPARE(off->value(), 4);   // the field's own undo did not run

    auto *salt = child<QLineEdit>(u"splitSaltEdit"_s);
    clickAndSelect(salt);
    QTest::keyClicks(salt, u"x"_s);
    QTest::keyClick(salt, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undone, 2);
    QCOMPARE(salt->text(), u"x"_s);
}

void TestServeEditor::everyControlNamed()
{
    SplitWeight error;
    error.outcome = ServeOutcome::NoValue;
    error.weight = 10;
    show(colours(), splitOf({SplitWeight::of(u"red"_s, 90), error}));
    const QList<QWidget *> widgets = m_editor->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w)
                             || qobject_cast<QAbstractButton *>(w) || w == bar()
                             || (qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractSpinBox *>(w->parent())
                                 && !qobject_cast<QComboBox *>(w->parent()));
        if (!control)
            continue;
        ++controls;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(controls >= 13);   // mode, variation, 4 weights, total, evenly, 2 edits, 2 boxes, bar
}

void TestServeEditor::mnemonicsDistinct()
{
    // Every label and button with a mnemonic has its own letter, and none of the menu bar's.
    show(onOff(), splitOf({SplitWeight::of(u"on"_s, 50), SplitWeight::of(u"off"_s, 50)}));
    QStringList keys{u"F"_s, u"E"_s, u"V"_s, u"H"_s};
    int found = 0;
    const auto check = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        ++found;
        const QString letter = key.toString().section(u'+', -1);
        QVERIFY2(!keys.contains(letter), qPrintable(text));
        keys.append(letter);
    };
    for (QLabel *label : m_editor->findChildren<QLabel *>()) {
        if (label->buddy())
            check(label->text());
    }
    for (QAbstractButton *button : m_editor->findChildren<QAbstractButton *>())
        check(button->text());
    QCOMPARE(found, 7);   // serves, total, split evenly, sticky by, none present, salt, scheme
}

void TestServeEditor::screenshots()
{
    // Pictures to look at, not assertions: PENNON_SCREENSHOTS=1 writes /tmp/serve-*.png.
    if (!qEnvironmentVariableIsSet("PENNON_SCREENSHOTS"))
        QSKIP("set PENNON_SCREENSHOTS=1 to draw /tmp/serve-*.png");
    const auto save = [this](const QString &name) {
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(u"/tmp/serve-"_s + name + u".png"_s));
    };
    show(colours(), Serve::of(u"green"_s));
    save(u"variation"_s);

    show(colours(), splitOf({SplitWeight::of(u"red"_s, 34), SplitWeight::of(u"green"_s, 33),
                             SplitWeight::of(u"blue"_s, 33)}));
    QSpinBox *blue = weight(u"blue"_s);
    clickAndSelect(blue);
    QTest::keyClicks(blue, u"23"_s);
    save(u"split-remainder"_s);

    QTest::keyClick(blue, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(blue, u"33"_s);
    save(u"split-sums"_s);

    QTest::keyClick(blue, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(blue, u"53"_s);
    m_editor->setProblems({{u"/split/weights/2/weight"_s, u"weight 53 is too much"_s},
                           {u"/split"_s, u"weights sum to 120, not 100"_s},
                           {u"/split/stickiness/0"_s, u"attribute name is empty"_s}});
    save(u"split-over-problems"_s);
    m_editor->setProblems({});

    SplitWeight error;
    error.outcome = ServeOutcome::Error;
    error.source = u"beta"_s;
    error.weight = 250;
    Serve unleash = splitOf({SplitWeight::of(u"red"_s, 500), SplitWeight::of(u"green"_s, 250), error}, 1000);
    unleash.split->scheme = BucketingScheme::Unleash;
    unleash.split->stickiness = {{u"userId"_s, u"sessionId"_s}, AbsencePolicy::Random};
    unleash.split->salt = u"checkout"_s;
    show(colours(), unleash);
    save(u"split-total-1000"_s);
    m_window->resize(420, 520);   // as narrow as the editor lets it be
    m_editor->setProblems({{u"/split/weights/2/weight"_s, u"weight -3 is negative"_s}});
    save(u"split-narrow"_s);
    m_editor->setProblems({});
    m_window->resize(640, 520);

    Serve kept;
    kept.outcome = ServeOutcome::ParseError;
    kept.source = u"{\"fractional\": [\"bad\"]}"_s;
    show(colours(), kept);
    save(u"outcome"_s);

    // Dark: the palette's colours and the bar's must still read.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Mid, QColor(0x55, 0x55, 0x55));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe0));
    QApplication::setPalette(dark);
    delete m_window;
    init();
    show(colours(), splitOf({SplitWeight::of(u"red"_s, 50), SplitWeight::of(u"green"_s, 30),
                             SplitWeight::of(u"blue"_s, 10)}));
    m_editor->setProblems({{u"/split"_s, u"weights sum to 90, not 100"_s}});
    save(u"split-dark"_s);
    QApplication::setPalette(QApplication::style()->standardPalette());
}

QTEST_MAIN(TestServeEditor)
#include "tst_serveeditor.moc"
