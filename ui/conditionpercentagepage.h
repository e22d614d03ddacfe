// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace Pennon {

/// A percentage of users: the share (0–100 %, in hundredths), the stickiness attributes in
/// order, what happens when none of them is in the context, the salt and the bucketing scheme.
class ConditionPercentagePage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionPercentagePage(QWidget *parent = nullptr);
    void setContext(const ConditionContext *context) override;
    void setCondition(const Condition &condition, bool editable) override;

private:
    void commit(const PercentageActivation &after, const QString &text, const QString &field);
    void updateHints();

    PercentageActivation m_value;
    QDoubleSpinBox *m_percentage;
    QLineEdit *m_stickiness;
    QComboBox *m_absence;
    QLineEdit *m_salt;
    QComboBox *m_scheme;
    ProblemLabel *m_schemeHint;
};

} // namespace Pennon
