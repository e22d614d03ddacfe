// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace Pennon {

/// The error colour of a palette: QPalette has no such role, so a red that reads well on the
/// window's background, light or dark. Every message about a wrong value uses it.
QColor errorColour(const QPalette &palette);

/// A message under a field of an editor: what is wrong with the field (the
/// validator's words), in the palette's error colour — a red readable on the window's
/// background, light or dark, recomputed when the palette changes. Hidden while empty. With
/// the Hint role it is a quiet note (the placeholder colour) rather than an error.
class ProblemLabel final : public QLabel
{
    Q_OBJECT
public:
    enum class Role { Problem, Hint };
    explicit ProblemLabel(QWidget *parent = nullptr, Role role = Role::Problem);

    /// Shows the text, or hides the label when it is empty.
    void setMessage(const QString &text);
    /// Shows the message and gives it to the field as its accessible description, so that a
    /// screen reader says it with the field.
    void showProblem(const QString &message, QWidget *field);
    QString message() const { return isHidden() ? QString() : text(); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();

    Role m_role;
    bool m_colouring = false;
};

} // namespace Pennon
