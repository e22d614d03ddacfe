// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

class QListWidget;

namespace Pennon {

class KeyPicker;

/// A prerequisite: another flag of the workspace (not the one edited) and which of its
/// variations it must serve, checked in a list; none checked means "on": any variation but
/// its off variation, and the page says so.
class ConditionPrerequisitePage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionPrerequisitePage(QWidget *parent = nullptr);
    void setContext(const ConditionContext *context) override;
    void setCondition(const Condition &condition, bool editable) override;

private:
    void commit(const PrerequisiteActivation &after, const QString &text, const QString &field);
    void showFlag();
    void showVariations();
    void updateHint();

    PrerequisiteActivation m_value;
    bool m_editable = true;
    KeyPicker *m_flag;
    QListWidget *m_variations;
    ProblemLabel *m_hint;
};

} // namespace Pennon
