// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace Pennon {

/// A message under a field of the condition editor: what is wrong with the field (the
/// validator's words), in the palette's error colour — a red readable on the window's
/// background, light or dark, recomputed when the palette changes. Hidden while empty. With
/// the Hint role it is a quiet note (the placeholder colour) rather than an error.
class ConditionProblemLabel final : public QLabel
{
    Q_OBJECT
public:
    enum class Role { Problem, Hint };
    explicit ConditionProblemLabel(QWidget *parent = nullptr, Role role = Role::Problem);

    /// Shows the text, or hides the label when it is empty.
    void setMessage(const QString &text);
    QString message() const { return isHidden() ? QString() : text(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();

    Role m_role;
    bool m_colouring = false;
};

} // namespace Pennon
