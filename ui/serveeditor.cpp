// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "serveeditor.h"

#include "commalistcompleter.h"
#include "problemlabel.h"
#include "undokeys.h"

#include "splitbar.h"
#include "text/flagtext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxTotal = std::numeric_limits<qint32>::max();

const QString ModeVariation = u"variation"_s;
const QString ModeSplit = u"split"_s;
const QString ModeOutcome = u"outcome"_s;

void setTextColor(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    // In the error colour, following a switch between light and dark palettes.
    auto *label = new ProblemLabel(parent);
    label->setObjectName(name);
    return label;
}

/// A small square in a bucket's colour, tying a weight's row to its segment of the bar.
QPixmap swatch(const QColor &color, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color.darker(140), 1.0));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1.0, size - 1.0), 2.5, 2.5);
    return pixmap;
}

/// An int spin box shows at most 2^31-1: the largest total a split has anyway.
int spinValue(qint64 value)
{
    return int(std::clamp<qint64>(value, 0, MaxTotal));
}

} // namespace

ServeEditor::ServeEditor(QWidget *parent)
    : QWidget(parent)
    , m_mode(new QComboBox(this))
    , m_variation(new QComboBox(this))
    , m_outcomeNote(new QLabel(this))
    , m_serveProblem(problemLabel(u"serveProblem"_s, this))
    , m_splitPane(new QWidget(this))
    , m_bar(new SplitBar(m_splitPane))
    , m_grid(new QGridLayout)
    , m_totalLabel(new QLabel(tr("&Total:"), m_splitPane))
    , m_total(new QSpinBox(m_splitPane))
    , m_remainder(new QLabel(m_splitPane))
    , m_even(new QPushButton(tr("S&plit Evenly"), this))
    , m_sumProblem(problemLabel(u"splitSumProblem"_s, m_splitPane))
    , m_attributesLabel(new QLabel(tr("Stic&ky by:"), m_splitPane))
    , m_attributes(new QLineEdit(m_splitPane))
    , m_stickinessProblem(problemLabel(u"stickinessProblem"_s, m_splitPane))
    , m_absenceLabel(new QLabel(tr("When n&one is present:"), m_splitPane))
    , m_absence(new QComboBox(m_splitPane))
    , m_saltLabel(new QLabel(tr("Sa&lt:"), m_splitPane))
    , m_salt(new QLineEdit(m_splitPane))
    , m_saltProblem(problemLabel(u"saltProblem"_s, m_splitPane))
    , m_schemeLabel(new QLabel(tr("&Bucketing scheme:"), m_splitPane))
    , m_scheme(new QComboBox(m_splitPane))
    , m_schemeProblem(problemLabel(u"schemeProblem"_s, m_splitPane))
{
    setObjectName(u"serveEditor"_s);
    // Mnemonics kept clear of the menu bar's (File, Edit, View, Help) and of the flag
    // editor's fields beside this one.

    auto *modeLabel = new QLabel(tr("Se&rves:"), this);
    modeLabel->setBuddy(m_mode);
    m_mode->setObjectName(u"serveModeBox"_s);
    m_mode->setAccessibleName(tr("What is served"));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_variation->setObjectName(u"serveVariationBox"_s);
    m_variation->setAccessibleName(tr("Variation served"));
    m_variation->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Keys and kept sources run long: the boxes stop growing and elide (the popup shows all).
    m_mode->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 28);
    m_variation->setMaximumWidth(fontMetrics().horizontalAdvance(u'M') * 28);
    m_outcomeNote->setObjectName(u"serveOutcomeNote"_s);
    m_outcomeNote->setWordWrap(true);
    m_outcomeNote->setTextFormat(Qt::PlainText);
    m_outcomeNote->hide();

    m_splitPane->setObjectName(u"splitPane"_s);
    m_totalLabel->setBuddy(m_total);
    m_total->setObjectName(u"splitTotalSpin"_s);
    m_total->setAccessibleName(tr("Total of the weights"));
    m_total->setToolTip(tr("What the weights add up to: 100 for percentages, 1000 for Unleash "
                           "variants, up to 2147483647 for flagd."));
    m_total->setRange(1, int(MaxTotal));
    m_total->setGroupSeparatorShown(true);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_remainder->setObjectName(u"splitRemainderLabel"_s);
    m_remainder->setTextFormat(Qt::PlainText);
    m_remainder->setWordWrap(true);
    m_even->setObjectName(u"splitEvenlyButton"_s);
    m_even->setAccessibleName(tr("Split evenly"));
    m_even->setToolTip(tr("Give every variation of the flag the same weight (the remainder to the first)."));

    m_attributesLabel->setBuddy(m_attributes);
    m_attributes->setObjectName(u"splitStickinessEdit"_s);
    m_attributes->setAccessibleName(tr("Stickiness attributes"));
    m_attributes->setPlaceholderText(tr("e.g. userId, sessionId"));
    m_attributes->setToolTip(tr("The attributes whose value decides the bucket, separated by commas: "
                                "the first one the context has is used."));
    m_absenceLabel->setBuddy(m_absence);
    m_absence->setObjectName(u"splitAbsenceBox"_s);
    m_absence->setAccessibleName(tr("When no stickiness attribute is present"));
    const auto addAbsence = [this](AbsencePolicy policy, const QString &name, const QString &tip) {
        m_absence->addItem(name, int(policy));
        m_absence->setItemData(m_absence->count() - 1, tip, Qt::ToolTipRole);
    };
    addAbsence(AbsencePolicy::Skip, tr("Skip the rule"),
               tr("The rule's split does not match and evaluation goes on with the next rule; "
                  "a default split serves the off variation."));
    addAbsence(AbsencePolicy::Empty, tr("Hash an empty value"),
               tr("Buckets the context as if the attribute were empty, so all such contexts "
                  "share one bucket (flagd's fractional with a bucketing expression)."));
    addAbsence(AbsencePolicy::Stop, tr("Stop with the off variation"),
               tr("Evaluation stops and serves the off variation, reason DEFAULT (flagd's "
                  "fractional without a bucketing expression)."));
    addAbsence(AbsencePolicy::Random, tr("Draw at random"),
               tr("A fresh random bucket at every evaluation: not sticky (Unleash's random "
                  "stickiness)."));
    m_saltLabel->setBuddy(m_salt);
    m_salt->setObjectName(u"splitSaltEdit"_s);
    m_salt->setAccessibleName(tr("Salt"));
    m_salt->setPlaceholderText(tr("the flag key"));
    m_salt->setToolTip(tr("Hashed with each value, so that this split buckets users independently "
                          "of other flags. Unleash calls it the groupId. Empty: the flag key."));
    m_schemeLabel->setBuddy(m_scheme);
    m_scheme->setObjectName(u"splitSchemeBox"_s);
    m_scheme->setAccessibleName(tr("Bucketing scheme"));
    m_scheme->setToolTip(tr("How a value is mapped to a bucket. Values are hashed as UTF-8, as the "
                            "Go, Java and Rust SDKs do; some JavaScript SDKs hash UTF-16 and so "
                            "bucket non-ASCII ids differently."));
    const auto addScheme = [this](BucketingScheme scheme, const QString &name, const QString &tip) {
        m_scheme->addItem(name, int(scheme));
        m_scheme->setItemData(m_scheme->count() - 1, tip, Qt::ToolTipRole);
    };
    addScheme(BucketingScheme::Flagd, tr("flagd (fractional)"),
              tr("flagd's fractional: MurmurHash3 of the salt and the value."));
    addScheme(BucketingScheme::Unleash, tr("Unleash (variants)"),
              tr("Unleash's variant hashing: MurmurHash3 of the groupId, a colon and the value."));
    addScheme(BucketingScheme::Rollout, tr("Rollout gem (percentages only)"),
              tr("The rollout gem's CRC32: for percentage gates only, it cannot split."));

    auto *top = new QHBoxLayout;
    top->addWidget(modeLabel);
    top->addWidget(m_mode);
    top->addWidget(m_variation);
    top->addStretch(1);
    top->addWidget(m_even);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(3, 1);
    auto *splitLayout = new QVBoxLayout(m_splitPane);
    splitLayout->setContentsMargins(0, 0, 0, 0);
    splitLayout->addWidget(m_bar);
    splitLayout->addLayout(m_grid);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_outcomeNote);
    layout->addWidget(m_serveProblem);
    layout->addWidget(m_splitPane);
    layout->addStretch(1);

    connect(m_mode, &QComboBox::activated, this, [this] { emitEdit(u"mode"_s); });
    connect(m_variation, &QComboBox::activated, this, [this] { emitEdit(u"variation"_s); });
    connect(m_total, &QSpinBox::valueChanged, this, [this] { emitEdit(u"total"_s); });
    connect(m_even, &QPushButton::clicked, this, &ServeEditor::splitEvenly);
    connect(m_attributes, &QLineEdit::textEdited, this, [this] { emitEdit(u"stickiness"_s); });
    connect(m_absence, &QComboBox::activated, this, [this] { emitEdit(u"absence"_s); });
    connect(m_salt, &QLineEdit::textEdited, this, [this] { emitEdit(u"salt"_s); });
    connect(m_scheme, &QComboBox::activated, this, [this] { emitEdit(u"scheme"_s); });
    watchUndoKeys(m_total);
    watchUndoKeys(m_attributes);
    watchUndoKeys(m_salt);

    layOutSplit();
    showServe();
}

void ServeEditor::watchUndoKeys(QWidget *field)
{
    leaveUndoToWindow(field);
}

void ServeEditor::changeEvent(QEvent *event)
{
    // The remainder's colour is chosen for the palette: follow a switch between light and
    // dark (the problem labels follow it themselves).
    if (event->type() == QEvent::PaletteChange)
        updateSummary();
    QWidget::changeEvent(event);
}

void ServeEditor::setVariations(const QList<Variation> &variations)
{
    m_variations = variations;
    showServe();
}

void ServeEditor::setServe(const Serve &serve, bool editable)
{
    m_serve = serve;
    m_editable = editable;
    showServe();
}

Serve ServeEditor::serve() const
{
    return m_serve;
}

void ServeEditor::setProblems(const Problems &problems)
{
    m_problems = problems;
    applyProblems();
}

void ServeEditor::showServe()
{
    const bool updating = m_updating;
    m_updating = true;
    syncModes();
    syncVariations();
    const bool split = m_serve.isSplit();
    const bool outcome = !split && m_serve.outcome != ServeOutcome::Variation;
    m_variation->setVisible(!split && !outcome);
    m_outcomeNote->setVisible(outcome);
    if (outcome) {
        m_outcomeNote->setText(tr("Kept as imported from another system, so that the flag answers as it "
                                  "did there. Choose a variation or a split to replace it."));
    }
    m_splitPane->setVisible(split);
    m_even->setVisible(split);
    m_mode->setEnabled(m_editable);
    m_variation->setEnabled(m_editable);
    if (split) {
        const Split &s = *m_serve.split;
        syncRows();
        if (m_total->value() != spinValue(s.total))
            m_total->setValue(spinValue(s.total));
        if (CommaListCompleter::split(m_attributes->text()) != s.stickiness.attributes)
            m_attributes->setText(s.stickiness.attributes.join(u", "_s));
        const int absence = m_absence->findData(int(s.stickiness.absence));
        if (m_absence->currentIndex() != absence)
            m_absence->setCurrentIndex(absence);
        m_absence->setToolTip(m_absence->itemData(absence, Qt::ToolTipRole).toString());
        if (m_salt->text() != s.salt)
            m_salt->setText(s.salt);
        const int scheme = m_scheme->findData(int(s.scheme));
        if (m_scheme->currentIndex() != scheme)
            m_scheme->setCurrentIndex(scheme);
        for (QWidget *field : {static_cast<QWidget *>(m_total), static_cast<QWidget *>(m_even),
                               static_cast<QWidget *>(m_attributes), static_cast<QWidget *>(m_absence),
                               static_cast<QWidget *>(m_salt), static_cast<QWidget *>(m_scheme)})
            field->setEnabled(m_editable);
        m_even->setEnabled(m_editable && !m_variations.isEmpty());
        updateSummary();
    }
    applyProblems();
    m_updating = updating;
}

void ServeEditor::syncModes()
{
    // A serve kept from an import (no value, an error) is its own entry until replaced.
    const bool outcome = !m_serve.isSplit() && m_serve.outcome != ServeOutcome::Variation;
    const bool listed = m_mode->count() > 0 && m_mode->itemData(0).toString() == ModeOutcome;
    if (m_mode->count() == 0) {
        m_mode->addItem(tr("A variation"), ModeVariation);
        m_mode->addItem(tr("A split (percentage rollout)"), ModeSplit);
        m_mode->setItemData(0, tr("Every context that reaches here gets the same variation."), Qt::ToolTipRole);
        m_mode->setItemData(1, tr("Contexts are spread over the variations by weight, each one "
                                  "sticking to its bucket."), Qt::ToolTipRole);
    }
    if (outcome && !listed)
        m_mode->insertItem(0, QString(), ModeOutcome);
    else if (!outcome && listed)
        m_mode->removeItem(0);
    if (outcome) {
        m_mode->setItemText(0, FlagText::serveText(m_serve));
        m_mode->setItemData(0, tr("Kept from the import; choose a variation or a split to replace it."),
                            Qt::ToolTipRole);
    }
    const QString mode = outcome ? ModeOutcome : m_serve.isSplit() ? ModeSplit : ModeVariation;
    const int index = m_mode->findData(mode);
    if (m_mode->currentIndex() != index)
        m_mode->setCurrentIndex(index);
}

void ServeEditor::syncVariations()
{
    // The flag's variations, and the served one when the flag lacks it (the validator says so).
    QStringList keys;
    for (const Variation &variation : m_variations)
        keys.append(variation.key);
    const bool unknown = !m_serve.isSplit() && m_serve.outcome == ServeOutcome::Variation
                         && !keys.contains(m_serve.variation);
    QStringList shown;
    for (int i = 0; i < m_variation->count(); ++i)
        shown.append(m_variation->itemData(i).toString());
    QStringList wanted = keys;
    if (unknown)
        wanted.append(m_serve.variation);
    if (shown != wanted || m_variation->count() != wanted.size()) {
        m_variation->clear();
        for (const Variation &variation : m_variations) {
            m_variation->addItem(variation.key, variation.key);
            QString tip = tr("Value: %1").arg(FlagText::valueText(variation.value));
            if (!variation.description.isEmpty())
                tip += u'\n' + variation.description;
            m_variation->setItemData(m_variation->count() - 1, tip, Qt::ToolTipRole);
        }
        if (unknown)
            m_variation->addItem(tr("%1 (not a variation of the flag)").arg(m_serve.variation), m_serve.variation);
    } else {
        // Values and descriptions may have changed under the same keys.
        for (qsizetype i = 0; i < m_variations.size(); ++i) {
            const Variation &variation = m_variations.at(i);
            QString tip = tr("Value: %1").arg(FlagText::valueText(variation.value));
            if (!variation.description.isEmpty())
                tip += u'\n' + variation.description;
            m_variation->setItemData(int(i), tip, Qt::ToolTipRole);
        }
    }
    const int index = m_serve.isSplit() || m_serve.outcome != ServeOutcome::Variation
                          ? -1 : m_variation->findData(m_serve.variation);
    if (m_variation->currentIndex() != index)
        m_variation->setCurrentIndex(index);
    const int current = m_variation->currentIndex();
    m_variation->setToolTip(current < 0 ? QString() : m_variation->itemData(current, Qt::ToolTipRole).toString());
}

QString ServeEditor::rowLabelText(const WeightRow &row) const
{
    if (!row.variation.isEmpty())
        return row.variation;
    const SplitWeight &weight = m_serve.split->weights.at(row.weightIndex);
    return weight.outcome != ServeOutcome::Variation
               ? FlagText::servedText(weight.outcome, weight.variation, weight.source)
               : tr("%1 (not a variation of the flag)").arg(weight.variation);
}

QColor ServeEditor::rowColor(const WeightRow &row) const
{
    QString key = row.variation;
    if (key.isEmpty() && row.weightIndex >= 0 && m_serve.split) {
        const SplitWeight &weight = m_serve.split->weights.at(row.weightIndex);
        if (weight.outcome == ServeOutcome::Variation)
            key = weight.variation;
    }
    for (qsizetype i = 0; !key.isEmpty() && i < m_variations.size(); ++i) {
        if (m_variations.at(i).key == key)
            return SplitBar::color(int(i));
    }
    return SplitBar::neutralColor();
}

void ServeEditor::syncRows()
{
    const Split &split = *m_serve.split;
    // One row per variation of the flag, in the flag's order, then the split's other buckets.
    QList<WeightRow> wanted;
    QList<bool> claimed(split.weights.size(), false);
    for (const Variation &variation : m_variations) {
        WeightRow row;
        row.id = u"v:"_s + variation.key;
        row.variation = variation.key;
        for (qsizetype i = 0; i < split.weights.size(); ++i) {
            const SplitWeight &w = split.weights.at(i);
            if (!claimed.at(i) && w.outcome == ServeOutcome::Variation && w.variation == variation.key) {
                claimed[i] = true;
                row.weightIndex = i;
                break;
            }
        }
        wanted.append(row);
    }
    for (qsizetype i = 0; i < split.weights.size(); ++i) {
        if (claimed.at(i))
            continue;
        WeightRow row;
        row.id = u"w:"_s + QString::number(i);
        row.weightIndex = i;
        wanted.append(row);
    }

    // Rows that stay keep their widgets, so that a weight being typed keeps focus and cursor.
    QList<WeightRow> old = m_rows;
    bool changed = old.size() != wanted.size();
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        WeightRow &row = wanted[i];
        const auto found = std::find_if(old.begin(), old.end(), [&row](const WeightRow &r) { return r.id == row.id; });
        if (found != old.end()) {
            row.swatch = found->swatch;
            row.label = found->label;
            row.spin = found->spin;
            row.share = found->share;
            row.problem = found->problem;
            changed = changed || m_rows.at(i).id != row.id;
            old.erase(found);
            continue;
        }
        changed = true;
        // Buckets that are no variation of the flag are named by their place: "#1".
        const QString name = row.variation.isEmpty() ? u'#' + QString::number(row.weightIndex) : row.variation;
        row.swatch = new QLabel(m_splitPane);
        row.swatch->setObjectName(u"splitWeightSwatch:"_s + name);
        row.label = new QLabel(m_splitPane);
        row.label->setObjectName(u"splitWeightLabel:"_s + name);
        row.label->setTextFormat(Qt::PlainText);
        row.spin = new QSpinBox(m_splitPane);
        row.spin->setObjectName(u"splitWeightSpin:"_s + name);
        row.spin->setRange(0, int(MaxTotal));
        row.spin->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.spin->setGroupSeparatorShown(true);
        row.label->setBuddy(row.spin);
        row.share = new QLabel(m_splitPane);
        row.share->setObjectName(u"splitWeightShare:"_s + name);
        row.problem = problemLabel(u"splitWeightProblem:"_s + name, m_splitPane);
        QSpinBox *spin = row.spin;
        connect(spin, &QSpinBox::valueChanged, this, [this, spin] { weightEdited(spin); });
        watchUndoKeys(spin);
    }
    for (const WeightRow &gone : std::as_const(old)) {
        // deleteLater: the row may be the one whose signal led here.
        for (QWidget *widget : {static_cast<QWidget *>(gone.swatch), static_cast<QWidget *>(gone.label),
                                static_cast<QWidget *>(gone.spin),
                                static_cast<QWidget *>(gone.share), static_cast<QWidget *>(gone.problem)}) {
            m_grid->removeWidget(widget);
            widget->hide();
            widget->deleteLater();
        }
    }
    m_rows = wanted;

    for (WeightRow &row : m_rows) {
        // Keys run to 255 characters: elide, the tooltip has it all. Plain text with a buddy:
        // a key's own "&" must not become a mnemonic.
        QFont font = row.label->font();
        font.setItalic(row.variation.isEmpty());
        row.label->setFont(font);
        const QString text = rowLabelText(row);
        const QString shown = row.label->fontMetrics().elidedText(text, Qt::ElideMiddle,
                                                                   fontMetrics().horizontalAdvance(u'M') * 18);
        row.label->setText(QString(shown).replace(u'&', u"&&"_s));
        const int side = fontMetrics().height() * 3 / 4;
        row.swatch->setPixmap(swatch(rowColor(row), side, devicePixelRatioF()));
        QString tip;
        if (!row.variation.isEmpty()) {
            const auto v = std::find_if(m_variations.cbegin(), m_variations.cend(),
                                        [&row](const Variation &x) { return x.key == row.variation; });
            if (v != m_variations.cend()) {
                tip = tr("Value: %1").arg(FlagText::valueText(v->value));
                if (!v->description.isEmpty())
                    tip += u'\n' + v->description;
            }
            row.spin->setAccessibleName(tr("Weight of %1").arg(row.variation));
        } else {
            const SplitWeight &w = split.weights.at(row.weightIndex);
            const QString what = FlagText::servedText(w.outcome, w.variation, w.source);
            tip = w.outcome == ServeOutcome::Variation ? tr("The flag has no variation %1, or the split lists it twice.").arg(w.variation)
                                                       : tr("Kept from the import: this bucket gives %1.").arg(what);
            row.spin->setAccessibleName(tr("Weight of %1").arg(what));
        }
        if (shown != text)
            tip = tip.isEmpty() ? text : text + u'\n' + tip;
        row.label->setToolTip(tip);
        row.spin->setToolTip(tip);
        const qint64 weight = row.weightIndex >= 0 ? split.weights.at(row.weightIndex).weight : 0;
        if (row.spin->value() != spinValue(weight))
            row.spin->setValue(spinValue(weight));
        const QString suffix = split.total == 100 ? tr(" %", "suffix of a weight in percent") : QString();
        if (row.spin->suffix() != suffix)
            row.spin->setSuffix(suffix);
        row.spin->setEnabled(m_editable);
    }
    if (changed)
        layOutSplit();
}

void ServeEditor::layOutSplit()
{
    while (m_grid->count() > 0)
        delete m_grid->takeAt(0);
    for (int row = 0; row < m_grid->rowCount(); ++row)
        m_grid->setRowMinimumHeight(row, 0);
    // Columns: label (with the bucket's colour), field, share, problem (the rest of the width).
    int r = 0;
    for (const WeightRow &row : std::as_const(m_rows)) {
        auto *label = new QHBoxLayout;
        label->addWidget(row.swatch);
        label->addWidget(row.label, 1);
        m_grid->addLayout(label, r, 0);
        m_grid->addWidget(row.spin, r, 1);
        m_grid->addWidget(row.share, r, 2);
        m_grid->addWidget(row.problem, r, 3);
        ++r;
    }
    m_grid->addWidget(m_totalLabel, r, 0);
    m_grid->addWidget(m_total, r, 1);
    m_grid->addWidget(m_remainder, r, 2, 1, 2);
    ++r;
    m_grid->addWidget(m_sumProblem, r++, 1, 1, 3);
    // A little air between the weights and how users are bucketed.
    m_grid->setRowMinimumHeight(r++, fontMetrics().height() / 2);
    m_grid->addWidget(m_attributesLabel, r, 0);
    m_grid->addWidget(m_attributes, r++, 1, 1, 3);
    m_grid->addWidget(m_stickinessProblem, r++, 1, 1, 3);
    m_grid->addWidget(m_absenceLabel, r, 0);
    m_grid->addWidget(m_absence, r++, 1, 1, 3, Qt::AlignLeft);
    m_grid->addWidget(m_saltLabel, r, 0);
    m_grid->addWidget(m_salt, r++, 1, 1, 3);
    m_grid->addWidget(m_saltProblem, r++, 1, 1, 3);
    m_grid->addWidget(m_schemeLabel, r, 0);
    m_grid->addWidget(m_scheme, r++, 1, 1, 3, Qt::AlignLeft);
    m_grid->addWidget(m_schemeProblem, r++, 1, 1, 3);

    // Tab goes down the page: what is served, the weights, the total, then the stickiness.
    QWidget *previous = m_mode;
    const auto next = [&previous](QWidget *widget) {
        setTabOrder(previous, widget);
        previous = widget;
    };
    next(m_variation);
    next(m_even);
    for (const WeightRow &row : std::as_const(m_rows))
        next(row.spin);
    next(m_total);
    next(m_attributes);
    next(m_absence);
    next(m_salt);
    next(m_scheme);
}

void ServeEditor::updateSummary()
{
    if (!m_serve.isSplit())
        return;
    const Split &split = *m_serve.split;
    QList<SplitBar::Segment> segments;
    qint64 sum = 0;
    for (qsizetype i = 0; i < split.weights.size(); ++i) {
        const SplitWeight &w = split.weights.at(i);
        SplitBar::Segment segment;
        segment.label = FlagText::servedText(w.outcome, w.variation, w.source);
        segment.weight = w.weight;
        const WeightRow *row = rowOf(i);
        segment.color = row ? rowColor(*row) : SplitBar::neutralColor();
        if (row)
            segment.toolTip = row->label->toolTip();
        segments.append(segment);
        sum += std::max<qint64>(w.weight, 0);
    }
    m_bar->setSegments(segments, split.total);

    const QLocale locale;
    QString text;
    if (sum < split.total)
        text = tr("Remainder: %1 of %2 unassigned").arg(locale.toString(split.total - sum), locale.toString(split.total));
    else if (sum > split.total)
        text = tr("Over by %1").arg(locale.toString(sum - split.total));
    else
        text = tr("Sums to %1 ✓").arg(locale.toString(split.total));
    m_remainder->setText(text);
    if (sum == split.total)
        m_remainder->setPalette(QPalette());   // the window's own text colour
    else
        setTextColor(m_remainder, errorColour(palette()));
    m_remainder->setAccessibleName(text);

    for (const WeightRow &row : std::as_const(m_rows)) {
        const qint64 weight = row.weightIndex >= 0 ? split.weights.at(row.weightIndex).weight : 0;
        // With a total of 100 the weights are the percentages already.
        row.share->setVisible(split.total != 100);
        row.share->setText(SplitBar::percentText(weight, split.total));
    }
}

ServeEditor::WeightRow *ServeEditor::rowOf(qsizetype weightIndex)
{
    for (WeightRow &row : m_rows) {
        if (row.weightIndex == weightIndex)
            return &row;
    }
    return nullptr;
}

void ServeEditor::applyProblems()
{
    struct Target {
        QLabel *label;
        QWidget *field;
        QStringList messages;
    };
    QList<Target> targets;
    const auto add = [&targets](QLabel *label, QWidget *field, const QString &message) {
        for (Target &t : targets) {
            if (t.label == label && t.field == field) {
                t.messages.append(message);
                return;
            }
        }
        targets.append({label, field, {message}});
    };
    // Clear what was shown before.
    for (QLabel *label : {m_serveProblem, m_sumProblem, m_stickinessProblem, m_saltProblem, m_schemeProblem}) {
        label->clear();
        label->hide();
    }
    for (const WeightRow &row : std::as_const(m_rows)) {
        row.problem->clear();
        row.problem->hide();
        row.spin->setAccessibleDescription(QString());
    }
    for (QWidget *field : {static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_variation),
                           static_cast<QWidget *>(m_total), static_cast<QWidget *>(m_remainder),
                           static_cast<QWidget *>(m_attributes), static_cast<QWidget *>(m_absence),
                           static_cast<QWidget *>(m_salt), static_cast<QWidget *>(m_scheme)})
        field->setAccessibleDescription(QString());

    const bool split = m_serve.isSplit();
    for (const Problem &problem : std::as_const(m_problems)) {
        const QString &path = problem.path;
        if (path == u"/variation" && !split) {
            add(m_serveProblem, m_variation, problem.message);
        } else if (split && path.startsWith(u"/split/weights/")) {
            bool ok = false;
            const qsizetype index = path.section(u'/', 3, 3).toLongLong(&ok);
            WeightRow *row = ok ? rowOf(index) : nullptr;
            if (row)
                add(row->problem, row->spin, problem.message);
            else
                add(m_sumProblem, m_remainder, problem.message);
        } else if (split && path == u"/split/total") {
            add(m_sumProblem, m_total, problem.message);
        } else if (split && (path == u"/split" || path.startsWith(u"/split/weights"))) {
            add(m_sumProblem, m_remainder, problem.message);
        } else if (split && (path == u"/split/absence" || path == u"/split/stickiness/absence")) {
            add(m_stickinessProblem, m_absence, problem.message);
        } else if (split && path.startsWith(u"/split/stickiness")) {
            add(m_stickinessProblem, m_attributes, problem.message);
        } else if (split && path.startsWith(u"/split/salt")) {
            add(m_saltProblem, m_salt, problem.message);
        } else if (split && path.startsWith(u"/split/scheme")) {
            add(m_schemeProblem, m_scheme, problem.message);
        } else if (split && path.startsWith(u"/split/")) {
            add(m_sumProblem, m_remainder, problem.message);
        } else {
            add(m_serveProblem, m_mode, problem.message);
        }
    }
    for (const Target &t : std::as_const(targets)) {
        const QString text = t.messages.join(u'\n');
        t.label->setText(t.label->text().isEmpty() ? text : t.label->text() + u'\n' + text);
        t.label->show();
        t.field->setAccessibleDescription(text);
    }
}

void ServeEditor::emitEdit(const QString &field)
{
    if (m_updating)
        return;
    Serve after = m_serve;
    QString text;
    if (field == u"mode") {
        const QString mode = m_mode->currentData().toString();
        if (mode == ModeVariation) {
            if (!after.isSplit() && after.outcome == ServeOutcome::Variation)
                return;
            after = Serve::of(firstWeightedVariation());
            text = tr("Serve a variation");
        } else if (mode == ModeSplit) {
            if (after.isSplit())
                return;
            after = Serve();
            after.split = evenSplit(Split());
            text = tr("Serve a split");
        } else {
            return;
        }
    } else if (field == u"variation") {
        const QVariant chosen = m_variation->currentData();
        if (!chosen.isValid())
            return;
        after = Serve::of(chosen.toString());
        text = tr("Change the variation served");
    } else {
        if (!after.isSplit())
            return;
        Split &split = *after.split;
        if (field == u"total") {
            split.total = m_total->value();
            text = tr("Change the split's total");
        } else if (field == u"stickiness") {
            split.stickiness.attributes = CommaListCompleter::split(m_attributes->text());
            text = tr("Change the split's stickiness");
        } else if (field == u"absence") {
            split.stickiness.absence = AbsencePolicy(m_absence->currentData().toInt());
            text = tr("Change what the split does without its attributes");
        } else if (field == u"salt") {
            split.salt = m_salt->text();
            text = tr("Change the split's salt");
        } else if (field == u"scheme") {
            split.scheme = BucketingScheme(m_scheme->currentData().toInt());
            text = tr("Change the split's bucketing scheme");
        }
    }
    commit(after, text, field);
}

void ServeEditor::weightEdited(QSpinBox *spin)
{
    if (m_updating || !m_serve.isSplit())
        return;
    const auto row = std::find_if(m_rows.begin(), m_rows.end(), [spin](const WeightRow &r) { return r.spin == spin; });
    if (row == m_rows.end())
        return;
    Serve after = m_serve;
    QList<SplitWeight> &weights = after.split->weights;
    const qint64 value = spin->value();
    if (row->weightIndex >= 0) {
        weights[row->weightIndex].weight = value;
    } else if (value > 0) {
        // A variation the split did not list joins it at the end: the buckets before keep
        // their places, so users already split stay where they are.
        weights.append(SplitWeight::of(row->variation, value));
        row->weightIndex = weights.size() - 1;
    }
    commit(after, tr("Change the split"), u"weights"_s);
}

void ServeEditor::splitEvenly()
{
    if (m_updating || !m_serve.isSplit())
        return;
    Serve after = m_serve;
    after.split = evenSplit(*after.split);
    commit(after, tr("Split evenly"), {});   // a step of its own, not merged with typing
}

void ServeEditor::commit(const Serve &after, const QString &text, const QString &field)
{
    if (after == m_serve)
        return;
    m_serve = after;
    // Follow the edit at once (the bar as a weight is typed, the rows a new mode brings),
    // whether or not setServe() is called back; the field being typed in shows it already.
    showServe();
    Q_EMIT edited(after, text, field);
}

Split ServeEditor::evenSplit(Split split) const
{
    // Each variation of the flag gets total / n, the first one also the remainder; buckets the
    // split already has keep their places.
    const qint64 n = m_variations.size();
    const auto shareOf = [&split, n](qsizetype index) {
        return n == 0 ? 0 : split.total / n + (index == 0 ? split.total % n : 0);
    };
    QSet<QString> given;
    for (SplitWeight &weight : split.weights) {
        const auto v = std::find_if(m_variations.cbegin(), m_variations.cend(),
                                    [&weight](const Variation &x) { return x.key == weight.variation; });
        const bool known = weight.outcome == ServeOutcome::Variation && v != m_variations.cend()
                           && !given.contains(weight.variation);
        weight.weight = known ? shareOf(v - m_variations.cbegin()) : 0;
        if (known)
            given.insert(weight.variation);
    }
    for (qsizetype i = 0; i < m_variations.size(); ++i) {
        if (!given.contains(m_variations.at(i).key))
            split.weights.append(SplitWeight::of(m_variations.at(i).key, shareOf(i)));
    }
    return split;
}

QString ServeEditor::firstWeightedVariation() const
{
    if (m_serve.isSplit()) {
        for (const SplitWeight &weight : m_serve.split->weights) {
            const bool known = std::any_of(m_variations.cbegin(), m_variations.cend(),
                                           [&weight](const Variation &v) { return v.key == weight.variation; });
            if (weight.outcome == ServeOutcome::Variation && weight.weight > 0 && known)
                return weight.variation;
        }
    }
    return m_variations.isEmpty() ? QString() : m_variations.first().key;
}

} // namespace Pennon
