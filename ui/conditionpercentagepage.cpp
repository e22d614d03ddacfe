// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionpercentagepage.h"

#include "commalistcompleter.h"
#include "problemlabel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>

namespace Pennon {

using namespace Qt::StringLiterals;

ConditionPercentagePage::ConditionPercentagePage(QWidget *parent)
    : ConditionPage(parent)
    , m_percentage(new QDoubleSpinBox(this))
    , m_stickiness(new QLineEdit(this))
    , m_absence(new QComboBox(this))
    , m_salt(new QLineEdit(this))
    , m_scheme(new QComboBox(this))
{
    setObjectName(u"percentagePage"_s);
    m_percentage->setObjectName(u"percentageSpinBox"_s);
    m_percentage->setAccessibleName(tr("Percentage"));
    m_percentage->setRange(0, 100);
    m_percentage->setDecimals(2);
    m_percentage->setSingleStep(1);
    m_percentage->setSuffix(tr(" %"));
    m_percentage->setAlignment(Qt::AlignRight);
    m_percentage->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_stickiness->setObjectName(u"percentageStickinessEdit"_s);
    m_stickiness->setAccessibleName(tr("Sticky by"));
    m_stickiness->setPlaceholderText(tr("attributes in order, comma-separated: the first present counts"));
    m_stickiness->setCompleter(new CommaListCompleter(this));
    m_absence->setObjectName(u"percentageAbsenceBox"_s);
    m_absence->setAccessibleName(tr("When absent"));
    m_absence->setToolTip(tr("What the condition does for a context that has none of the attributes"));
    // The names of Pennon JSON and docs/semantics.md, with what they do.
    const auto absence = [this](AbsencePolicy policy, const QString &meaning) {
        m_absence->addItem(tr("%1 — %2").arg(absencePolicyName(policy), meaning), int(policy));
    };
    absence(AbsencePolicy::Skip, tr("the condition does not hold"));
    absence(AbsencePolicy::Empty, tr("bucket an empty value"));
    absence(AbsencePolicy::Stop, tr("stop: serve the off variation"));
    absence(AbsencePolicy::Random, tr("a random bucket each time"));
    m_salt->setObjectName(u"percentageSaltEdit"_s);
    m_salt->setAccessibleName(tr("Salt"));
    m_salt->setPlaceholderText(tr("the flag key"));
    m_salt->setToolTip(tr("Hashed with each value: another salt puts other users in the percentage"));
    m_scheme->setObjectName(u"percentageSchemeBox"_s);
    m_scheme->setAccessibleName(tr("Bucketing scheme"));
    const auto scheme = [this](BucketingScheme bucketing, const QString &meaning) {
        m_scheme->addItem(tr("%1 — %2").arg(schemeName(bucketing), meaning), int(bucketing));
    };
    scheme(BucketingScheme::Flagd, tr("Pennon's default, as flagd buckets"));
    scheme(BucketingScheme::Unleash, tr("as Unleash SDKs bucket"));
    scheme(BucketingScheme::Rollout, tr("as the rollout gem (Hanoi) buckets"));

    addRow(tr("&Percentage:"), m_percentage, {u"/percentage"_s});
    addRow(tr("Stick&y by:"), m_stickiness, {u"/stickiness"_s});
    addRow(tr("When a&bsent:"), m_absence, {u"/absence"_s});
    addRow(tr("Sa&lt:"), m_salt, {u"/salt"_s});
    QWidget *schemeRow = addRow(tr("Bucketing &scheme:"), m_scheme, {u"/scheme"_s});
    m_schemeHint = addHint(schemeRow);
    m_schemeHint->setObjectName(u"percentageSchemeHint"_s);
    setTabOrder(m_percentage, m_stickiness);
    setTabOrder(m_stickiness, m_absence);
    setTabOrder(m_absence, m_salt);
    setTabOrder(m_salt, m_scheme);

    connect(m_percentage, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        PercentageActivation after = m_value;
        after.percentage = value;
        commit(after, tr("Change the percentage"), u"percentage"_s);
    });
    connect(m_stickiness, &QLineEdit::textEdited, this, [this] {
        PercentageActivation after = m_value;
        after.stickiness.attributes = CommaListCompleter::split(m_stickiness->text());
        commit(after, tr("Change the stickiness"), u"stickiness"_s);
    });
    connect(m_absence, &QComboBox::activated, this, [this] {
        PercentageActivation after = m_value;
        after.stickiness.absence = AbsencePolicy(m_absence->currentData().toInt());
        commit(after, tr("Change what happens without the attributes"), u"absence"_s);
    });
    connect(m_salt, &QLineEdit::textEdited, this, [this] {
        PercentageActivation after = m_value;
        after.salt = m_salt->text();
        commit(after, tr("Change the salt"), u"salt"_s);
    });
    connect(m_scheme, &QComboBox::activated, this, [this] {
        PercentageActivation after = m_value;
        after.scheme = BucketingScheme(m_scheme->currentData().toInt());
        commit(after, tr("Change the bucketing scheme"), u"scheme"_s);
    });
    updateHints();
}

void ConditionPercentagePage::setContext(const ConditionContext *context)
{
    ConditionPage::setContext(context);
    static_cast<CommaListCompleter *>(m_stickiness->completer())->setItems(this->context().attributes);
}

void ConditionPercentagePage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    m_value = std::get<PercentageActivation>(condition);
    // The spin box rounds to hundredths: leave it while it shows the value so rounded.
    if (qAbs(m_percentage->value() - m_value.percentage) >= 0.005 || m_percentage->text().isEmpty())
        m_percentage->setValue(m_value.percentage);
    if (CommaListCompleter::split(m_stickiness->text()) != m_value.stickiness.attributes)
        m_stickiness->setText(m_value.stickiness.attributes.join(u", "));
    m_absence->setCurrentIndex(m_absence->findData(int(m_value.stickiness.absence)));
    if (m_salt->text() != m_value.salt)
        m_salt->setText(m_value.salt);
    m_scheme->setCurrentIndex(m_scheme->findData(int(m_value.scheme)));
    m_percentage->setReadOnly(!editable);
    m_stickiness->setReadOnly(!editable);
    m_absence->setEnabled(editable);
    m_salt->setReadOnly(!editable);
    m_scheme->setEnabled(editable);
    updateHints();
}

void ConditionPercentagePage::commit(const PercentageActivation &after, const QString &text,
                                     const QString &field)
{
    commitEdit(m_value, after, text, field, [this] { updateHints(); });
}

void ConditionPercentagePage::updateHints()
{
    // docs/semantics.md: Pennon hashes UTF-8 and says so where a scheme is picked.
    QString hint = tr("Ids are hashed as UTF-8 bytes, as the Go, Java and Rust SDKs do.");
    if (m_value.scheme == BucketingScheme::Unleash)
        hint = tr("Ids are hashed as UTF-8 bytes, as the Go, Java and Rust SDKs do; some JavaScript SDKs "
                  "hash UTF-16 and bucket ids with non-ASCII characters differently. The salt is Unleash's groupId.");
    else if (m_value.scheme == BucketingScheme::Rollout)
        hint = tr("The rollout gem's CRC32 of the id, as Hanoi bucketed it.");
    m_schemeHint->setMessage(hint);
    // Unleash's groupId is hashed as written, even empty (core/model/activation.h).
    m_salt->setPlaceholderText(m_value.source == ConditionSource::Unleash
            ? tr("empty: hashed as empty, as Unleash does") : tr("the flag key"));
}

} // namespace Pennon
