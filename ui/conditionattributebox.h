// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>

namespace Pennon {

/// The attribute a condition reads: free text, with the attributes the workspace already uses
/// and the well-known ones offered in the list and completed as the user types.
class ConditionAttributeBox final : public QComboBox
{
    Q_OBJECT
public:
    explicit ConditionAttributeBox(QWidget *parent = nullptr);

    /// The attributes offered; what is typed stays as it is.
    void setSuggestions(const QStringList &attributes);
    /// The attribute as typed, trimmed.
    QString attribute() const;
    /// Shows the attribute unless the field already reads as it (the cursor stays).
    void setAttribute(const QString &attribute);

Q_SIGNALS:
    /// The user typed or picked an attribute; not sent for setAttribute().
    void attributeEdited();

private:
    bool m_setting = false;
};

} // namespace Pennon
