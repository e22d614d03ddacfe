// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionconstraintpage.h"

#include "conditionattributebox.h"
#include "conditioninstantedit.h"
#include "conditionlistedit.h"
#include "problemlabel.h"

#include "values/cidr.h"
#include "values/instant.h"
#include "values/pattern.h"
#include "values/semver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr int UnknownOperator = -1;

/// Whether a value means something to an operator of this operand type, as the engine
/// reads it (the validator's checks).
bool readsAs(OperandType operand, const QString &value, bool caseInsensitive)
{
    switch (operand) {
    case OperandType::None: return false;
    case OperandType::Text: return true;
    case OperandType::Pattern: return Pattern::compile(value, caseInsensitive).has_value();
    case OperandType::Number: return parseDecimal(value, nullptr);
    case OperandType::Date: return Instant::parse(value, QTimeZone::utc()).has_value();
    case OperandType::Version: return SemVer::parse(value).has_value();
    case OperandType::Address: return Cidr::parse(value).has_value();
    }
    return false;
}

/// The first moment of today, UTC: what a new date constraint starts from.
QString today()
{
    return ConditionInstantEdit::isoText(
            QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC), 0);
}

} // namespace

QString ConditionConstraintPage::operatorLabel(Operator op)
{
    switch (op) {
    case Operator::In: return tr("is one of");
    case Operator::NotIn: return tr("is not one of");
    case Operator::StrContains: return tr("contains");
    case Operator::StrStartsWith: return tr("starts with");
    case Operator::StrEndsWith: return tr("ends with");
    case Operator::Regex: return tr("matches the pattern");
    case Operator::NumEq: return tr("number =");
    case Operator::NumGt: return tr("number >");
    case Operator::NumGte: return tr("number ≥");
    case Operator::NumLt: return tr("number <");
    case Operator::NumLte: return tr("number ≤");
    case Operator::DateAfter: return tr("date after");
    case Operator::DateBefore: return tr("date before");
    case Operator::SemverEq: return tr("version =");
    case Operator::SemverGt: return tr("version >");
    case Operator::SemverGte: return tr("version ≥");
    case Operator::SemverLt: return tr("version <");
    case Operator::SemverLte: return tr("version ≤");
    case Operator::InCidr: return tr("is in the IP range");
    case Operator::Present: return tr("is present");
    case Operator::Absent: return tr("is absent");
    }
    return operatorName(op);
}

ConditionConstraintPage::ConditionConstraintPage(QWidget *parent)
    : ConditionPage(parent)
    , m_attribute(new ConditionAttributeBox(this))
    , m_operator(new QComboBox(this))
    , m_values(new QWidget(this))
    , m_list(new ConditionListEdit(ConditionListEdit::Split::Cells, m_values))
    , m_line(new QLineEdit(m_values))
    , m_instant(new ConditionInstantEdit(m_values))
    , m_negate(new QCheckBox(tr("&Negate (holds where the operator does not)"), this))
    , m_caseInsensitive(new QCheckBox(tr("Ignore &case"), this))
{
    setObjectName(u"constraintPage"_s);
    m_attribute->setObjectName(u"constraintAttributeBox"_s);
    m_attribute->setAccessibleName(tr("Attribute"));
    m_attribute->setToolTip(tr("The context attribute the operator reads"));
    m_operator->setObjectName(u"constraintOperatorBox"_s);
    m_operator->setAccessibleName(tr("Operator"));
    m_operator->setMaxVisibleItems(operatorTable().size());
    for (const OperatorInfo &info : operatorTable()) {
        m_operator->addItem(operatorLabel(info.op), int(info.op));
        m_operator->setItemData(m_operator->count() - 1, info.name.toString(), Qt::ToolTipRole);
    }
    m_values->setObjectName(u"constraintValues"_s);
    m_list->setObjectName(u"constraintValuesEdit"_s);
    m_list->setAccessibleName(tr("Values"));
    m_line->setObjectName(u"constraintValueEdit"_s);
    m_line->setAccessibleName(tr("Value"));
    m_instant->setObjectName(u"constraintInstantEdit"_s);
    m_instant->dateTimeEdit()->setObjectName(u"constraintDateTimeEdit"_s);
    m_instant->offsetBox()->setObjectName(u"constraintOffsetBox"_s);
    // One editor shown at a time; hidden ones take no room (a stack would be as tall as the list).
    auto *valuesLayout = new QVBoxLayout(m_values);
    valuesLayout->setContentsMargins(0, 0, 0, 0);
    valuesLayout->addWidget(m_list);
    valuesLayout->addWidget(m_line);
    valuesLayout->addWidget(m_instant);
    m_negate->setObjectName(u"constraintNegateBox"_s);
    m_negate->setAccessibleName(tr("Negate"));
    m_caseInsensitive->setObjectName(u"constraintCaseBox"_s);
    m_caseInsensitive->setAccessibleName(tr("Ignore case"));

    QWidget *attributeRow = addRow(tr("&Attribute:"), m_attribute, {u"/attribute"_s});
    m_attributeHint = addHint(attributeRow);
    m_attributeHint->setObjectName(u"constraintAttributeHint"_s);
    addRow(tr("&Operator:"), m_operator, {u"/operator"_s});
    m_valuesRow = addRow(tr("&Values:"), m_list, {u"/values"_s}, m_values);
    alsoDescribe(u"/values"_s, m_line);
    alsoDescribe(u"/values"_s, m_instant->dateTimeEdit());
    m_valuesHint = addHint(m_valuesRow);
    m_valuesHint->setObjectName(u"constraintValuesHint"_s);
    auto *options = new QWidget(this);
    auto *optionsLayout = new QHBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(m_negate);
    optionsLayout->addWidget(m_caseInsensitive);
    optionsLayout->addStretch(1);
    addUnlabelledRow(m_negate, {u"/negate"_s, u"/caseInsensitive"_s}, options);
    alsoDescribe(u"/negate"_s, m_caseInsensitive);

    setTabOrder(m_attribute, m_operator);
    setTabOrder(m_operator, m_list);
    setTabOrder(m_list, m_line);
    setTabOrder(m_line, m_instant->dateTimeEdit());
    setTabOrder(m_instant->dateTimeEdit(), m_instant->offsetBox());
    setTabOrder(m_instant->offsetBox(), m_negate);
    setTabOrder(m_negate, m_caseInsensitive);

    connect(m_attribute, &ConditionAttributeBox::attributeEdited, this, [this] {
        ConstraintActivation after = m_value;
        after.attribute = m_attribute->attribute();
        commit(after, tr("Change the attribute"), u"attribute"_s, false);
    });
    connect(m_operator, &QComboBox::activated, this, &ConditionConstraintPage::operatorChosen);
    connect(m_list, &ConditionListEdit::valuesEdited, this, &ConditionConstraintPage::valuesEdited);
    connect(m_line, &QLineEdit::textEdited, this, &ConditionConstraintPage::valuesEdited);
    connect(m_instant, &ConditionInstantEdit::valueEdited, this, &ConditionConstraintPage::valuesEdited);
    connect(m_negate, &QCheckBox::toggled, this, [this](bool checked) {
        ConstraintActivation after = m_value;
        after.negate = checked;
        commit(after, checked ? tr("Negate the constraint") : tr("Stop negating the constraint"),
               u"negate"_s, false);
    });
    connect(m_caseInsensitive, &QCheckBox::toggled, this, [this](bool checked) {
        ConstraintActivation after = m_value;
        after.caseInsensitive = checked;
        commit(after, checked ? tr("Ignore case") : tr("Match case"), u"caseInsensitive"_s, false);
    });
    const Updating updating(this);
    show();
}

void ConditionConstraintPage::setContext(const ConditionContext *context)
{
    ConditionPage::setContext(context);
    m_attribute->setSuggestions(this->context().attributes);
}

void ConditionConstraintPage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    m_value = std::get<ConstraintActivation>(condition);
    m_editable = editable;
    show();
}

ConditionConstraintPage::Mode ConditionConstraintPage::modeFor(const ConstraintActivation &constraint) const
{
    if (!constraint.unknownOperator.isEmpty())
        return Mode::List;   // kept as written: shown as written
    const OperatorInfo &info = operatorInfo(constraint.op);
    const QStringList &values = constraint.values;
    switch (info.operand) {
    case OperandType::None:
        return Mode::None;
    case OperandType::Text:
    case OperandType::Pattern:
    case OperandType::Address:
        return Mode::List;
    case OperandType::Number:
    case OperandType::Version:
        // Several values (any holds) are kept and shown as a list.
        return values.size() <= 1 ? Mode::Line : Mode::List;
    case OperandType::Date:
        if (values.isEmpty() || (values.size() == 1 && ConditionInstantEdit::read(values.first())))
            return Mode::Instant;
        return Mode::List;
    }
    return Mode::List;
}

void ConditionConstraintPage::show()
{
    const bool known = m_value.unknownOperator.isEmpty();
    const OperatorInfo &info = operatorInfo(m_value.op);

    m_attribute->setAttribute(m_value.attribute);
    m_attribute->setEnabled(m_editable);
    m_attributeHint->setMessage(known && info.onCurrentTime
            ? tr("Date operators compare currentTime, whatever the attribute.") : QString());

    // An operator the source wrote and Pennon does not know is offered as it is, kept until
    // another is chosen.
    const int unknownIndex = m_operator->findData(UnknownOperator);
    if (known && unknownIndex >= 0)
        m_operator->removeItem(unknownIndex);
    if (!known) {
        const QString label = tr("%1 (unknown, kept as imported)").arg(m_value.unknownOperator);
        if (unknownIndex < 0)
            m_operator->insertItem(0, label, UnknownOperator);
        else
            m_operator->setItemText(unknownIndex, label);
    }
    m_operator->setCurrentIndex(m_operator->findData(known ? int(m_value.op) : UnknownOperator));
    m_operator->setEnabled(m_editable);

    // The values' editor follows the operand; a list typed into stays a list while the operand
    // does not change, whatever the number of its values.
    Mode mode = modeFor(m_value);
    if (m_mode == Mode::List && mode != Mode::None && known && info.operand == m_modeOperand
        && m_list->values() == m_value.values)
        mode = Mode::List;
    m_mode = mode;
    m_modeOperand = known ? info.operand : OperandType::Text;
    setRowVisible(m_valuesRow, mode != Mode::None);
    auto *valuesLabel = qobject_cast<QLabel *>(form()->labelForField(m_valuesRow));
    switch (mode) {
    case Mode::None:
        break;
    case Mode::List:
        showEditor(m_list);
        m_list->setSplit(m_modeOperand == OperandType::Address ? ConditionListEdit::Split::Words
                         : m_modeOperand == OperandType::Pattern ? ConditionListEdit::Split::Lines
                                                                 : ConditionListEdit::Split::Cells);
        m_list->setValues(m_value.values);
        m_list->setReadOnly(!m_editable);
        switch (m_modeOperand) {
        case OperandType::Pattern:
            m_list->setPlaceholderText(tr("One pattern per line (RE2 syntax); any of them may match"));
            break;
        case OperandType::Address:
            m_list->setPlaceholderText(tr("One IP address or CIDR range per line, e.g. 10.0.0.0/8"));
            break;
        case OperandType::Number:
            m_list->setPlaceholderText(tr("One decimal number per line"));
            break;
        case OperandType::Version:
            m_list->setPlaceholderText(tr("One semantic version per line"));
            break;
        case OperandType::Date:
            m_list->setPlaceholderText(tr("One ISO 8601 date-time per line"));
            break;
        default:
            m_list->setPlaceholderText(tr("One value per line"));
            break;
        }
        valuesLabel->setText(tr("&Values:"));
        valuesLabel->setBuddy(m_list);
        break;
    case Mode::Line: {
        showEditor(m_line);
        const QString value = m_value.values.value(0).trimmed();
        if (m_line->text().trimmed() != value)
            m_line->setText(value);
        m_line->setReadOnly(!m_editable);
        m_line->setPlaceholderText(info.operand == OperandType::Number
                ? tr("A decimal number, e.g. 42 or -0.5")
                : tr("A semantic version, e.g. 1.4.0 or 2.0.0-rc.1"));
        valuesLabel->setText(info.operand == OperandType::Number ? tr("N&umber:") : tr("&Version:"));
        m_line->setAccessibleName(info.operand == OperandType::Number ? tr("Number") : tr("Version"));
        valuesLabel->setBuddy(m_line);
        break;
    }
    case Mode::Instant:
        showEditor(m_instant);
        if (!m_value.values.isEmpty())
            m_instant->setValue(m_value.values.first());
        m_instant->setReadOnly(!m_editable);
        valuesLabel->setText(tr("&Date:"));
        valuesLabel->setBuddy(m_instant->dateTimeEdit());
        break;
    }

    updateValuesHint();
    m_negate->setChecked(m_value.negate);
    m_negate->setEnabled(m_editable);
    // Ignore case only where it changes the comparison.
    m_caseInsensitive->setChecked(m_value.caseInsensitive);
    m_caseInsensitive->setVisible(known && info.caseOption);
    m_caseInsensitive->setEnabled(m_editable && known && info.caseOption);
}

void ConditionConstraintPage::updateValuesHint()
{
    // docs/semantics.md: without values IN, the STR_* operators and IN_CIDR never hold and
    // NOT_IN always does — before negate.
    const OperatorInfo &info = operatorInfo(m_value.op);
    QString hint;
    if (m_mode != Mode::None && m_value.unknownOperator.isEmpty() && info.takesList
        && listedValues(m_value.values).isEmpty()) {
        hint = (m_value.op == Operator::NotIn) != m_value.negate
                ? tr("Without values the constraint always holds.")
                : tr("Without values the constraint never holds.");
    }
    m_valuesHint->setMessage(hint);
}

void ConditionConstraintPage::showEditor(QWidget *editor)
{
    for (QWidget *each : {static_cast<QWidget *>(m_list), static_cast<QWidget *>(m_line),
                          static_cast<QWidget *>(m_instant)})
        each->setVisible(each == editor);
}

void ConditionConstraintPage::commit(const ConstraintActivation &after, const QString &text,
                                     const QString &field, bool reshow)
{
    commitEdit(m_value, after, text, field, [this, reshow] {
        if (reshow) {
            const Updating updating(this);
            show();
        } else {
            updateValuesHint();
        }
    });
}

void ConditionConstraintPage::operatorChosen(int index)
{
    const int chosen = m_operator->itemData(index).toInt();
    if (chosen == UnknownOperator)
        return;
    const auto op = Operator(chosen);
    if (op == m_value.op && m_value.unknownOperator.isEmpty())
        return;
    const OperatorInfo &from = operatorInfo(m_value.op);
    const OperatorInfo &to = operatorInfo(op);
    ConstraintActivation after = m_value;
    // Values the new operator reads stay (IN 1.2.3 to SEMVER_EQ); others would only be wrong.
    bool keep = !m_value.unknownOperator.isEmpty() || from.operand == to.operand;
    if (!keep) {
        const QStringList values = listedValues(m_value.values);
        keep = std::all_of(values.cbegin(), values.cend(), [&](const QString &value) {
            return readsAs(to.operand, value, m_value.caseInsensitive);
        });
    }
    after.op = op;
    after.unknownOperator.clear();
    if (!to.takesValues() || !keep)
        after.values.clear();
    if (to.operand == OperandType::Date && after.values.isEmpty())
        after.values = {today()};
    if (!to.caseOption)
        after.caseInsensitive = false;
    if (to.onCurrentTime && after.attribute.isEmpty())
        after.attribute = u"currentTime"_s;
    commit(after, tr("Change the operator"), u"operator"_s, true);
}

void ConditionConstraintPage::valuesEdited()
{
    ConstraintActivation after = m_value;
    switch (m_mode) {
    case Mode::None:
        return;
    case Mode::List:
        after.values = m_list->values();
        break;
    case Mode::Line: {
        const QString value = m_line->text().trimmed();
        after.values = value.isEmpty() ? QStringList() : QStringList{value};
        break;
    }
    case Mode::Instant:
        after.values = {m_instant->value()};
        break;
    }
    commit(after, tr("Change the values"), u"values"_s, false);
}

} // namespace Pennon
