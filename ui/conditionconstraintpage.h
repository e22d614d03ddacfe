// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace Pennon {

class ConditionAttributeBox;
class ConditionInstantEdit;
class ConditionListEdit;

/// An attribute constraint, `attribute OPERATOR values`, driven by the operator table: the
/// operators by readable names; the values edited as the operator reads them (none; a list of
/// texts, patterns or addresses; a number or a version in a line; a date and time with its
/// offset); negate always, "ignore case" only where the operator's comparison folds case.
class ConditionConstraintPage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionConstraintPage(QWidget *parent = nullptr);
    void setContext(const ConditionContext *context) override;
    void setCondition(const Condition &condition, bool editable) override;

    /// The operator as the operator list names it: "is one of", "contains", "version >".
    static QString operatorLabel(Operator op);

private:
    /// How the values are edited.
    enum class Mode { None, List, Line, Instant };

    void commit(const ConstraintActivation &after, const QString &text, const QString &field,
                bool reshow);
    void show();
    void showEditor(QWidget *editor);
    void updateValuesHint();
    void operatorChosen(int index);
    void valuesEdited();
    Mode modeFor(const ConstraintActivation &constraint) const;

    ConstraintActivation m_value;
    bool m_editable = true;
    Mode m_mode = Mode::None;
    OperandType m_modeOperand = OperandType::None;
    ConditionAttributeBox *m_attribute;
    ProblemLabel *m_attributeHint;
    QComboBox *m_operator;
    QWidget *m_values;
    ConditionListEdit *m_list;
    QLineEdit *m_line;
    ConditionInstantEdit *m_instant;
    QWidget *m_valuesRow;
    ProblemLabel *m_valuesHint;
    QCheckBox *m_negate;
    QCheckBox *m_caseInsensitive;
};

} // namespace Pennon
