// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "problemlabel.h"

#include <QEvent>

namespace Pennon {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    updateColour();
    hide();
}

void ProblemLabel::showProblem(const QString &message, QWidget *field)
{
    if (text() != message)
        setText(message);
    setVisible(!message.isEmpty());
    if (field && field->accessibleDescription() != message)
        field->setAccessibleDescription(message);
}

void ProblemLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColour();
}

void ProblemLabel::updateColour()
{
    // A red that keeps its contrast: darker on a light window, lighter on a dark one.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e));
    if (colours != palette())
        setPalette(colours);
}

} // namespace Pennon
