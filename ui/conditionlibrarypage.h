// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

class QLabel;

namespace Pennon {

class KeyPicker;

/// A use of a named activation of the workspace's library: the activation, chosen by key and
/// name, and what it holds for in words (it is edited in the library, not here).
class ConditionLibraryPage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionLibraryPage(QWidget *parent = nullptr);
    void setContext(const ConditionContext *context) override;
    void setCondition(const Condition &condition, bool editable) override;

private:
    void commit(const ActivationRef &after, const QString &text, const QString &field);
    void show();

    ActivationRef m_value;
    bool m_editable = true;
    KeyPicker *m_activation;
    QLabel *m_words;
    QLabel *m_description;
    QWidget *m_descriptionRow;
};

} // namespace Pennon
