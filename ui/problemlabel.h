// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace Pennon {

/// A validation message shown under the field it is about: hidden while there is none, in an
/// error colour that reads on light and dark palettes, and given to the field as its
/// accessible description so that a screen reader says it with the field.
class ProblemLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget *parent = nullptr);
    /// Shows the message (empty: hides it) and describes the field with it.
    void showProblem(const QString &message, QWidget *field = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateColour();
};

} // namespace Pennon
