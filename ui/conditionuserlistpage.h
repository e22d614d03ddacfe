// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

namespace Pennon {

class ConditionAttributeBox;
class ConditionListEdit;

/// A user list: the attribute (userId by default) and the ids, one per line; many ids pasted
/// at once are split into lines. A count says how many there are.
class ConditionUserListPage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionUserListPage(QWidget *parent = nullptr);
    void setContext(const ConditionContext *context) override;
    void setCondition(const Condition &condition, bool editable) override;

private:
    void commit(const UserListActivation &after, const QString &text, const QString &field);
    void updateCount(qsizetype count);

    UserListActivation m_value;
    ConditionAttributeBox *m_attribute;
    ConditionListEdit *m_ids;
    ProblemLabel *m_count;
};

} // namespace Pennon
