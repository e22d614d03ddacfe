// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

namespace Pennon {

class ConditionAttributeBox;
class ConditionListEdit;

/// IP addresses and CIDR ranges: the attribute (remoteAddress by default) and the entries, one
/// per line, each checked as the engine reads it; the ones that are none are named.
class ConditionIpPage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionIpPage(QWidget *parent = nullptr);
    void setContext(const ConditionContext *context) override;
    void setCondition(const Condition &condition, bool editable) override;

private:
    void commit(const IpActivation &after, const QString &text, const QString &field);
    void updateCount(qsizetype count);

    IpActivation m_value;
    ConditionAttributeBox *m_attribute;
    ConditionListEdit *m_addresses;
    ProblemLabel *m_count;
};

} // namespace Pennon
