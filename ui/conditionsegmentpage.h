// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

class QLabel;

namespace Pennon {

class KeyPicker;

/// A segment of the workspace, chosen from its segments, with the segment's conditions in words.
class ConditionSegmentPage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionSegmentPage(QWidget *parent = nullptr);
    void setContext(const ConditionContext *context) override;
    void setCondition(const Condition &condition, bool editable) override;

private:
    void commit(const SegmentActivation &after, const QString &text, const QString &field);
    void show();

    SegmentActivation m_value;
    bool m_editable = true;
    KeyPicker *m_segment;
    QLabel *m_words;
};

} // namespace Pennon
