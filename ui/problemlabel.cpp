// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "problemlabel.h"

#include <QEvent>

namespace Pennon {

QColor errorColour(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x1b, 0x1b);
}

ProblemLabel::ProblemLabel(QWidget *parent, Role role)
    : QLabel(parent)
    , m_role(role)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Shown and hidden as the user types: it must not take the focus from the field.
    setFocusPolicy(Qt::NoFocus);
    updateColour();
    hide();
}

void ProblemLabel::setMessage(const QString &text)
{
    if (QLabel::text() != text)
        setText(text);
    setVisible(!text.isEmpty());
}

void ProblemLabel::showProblem(const QString &message, QWidget *field)
{
    setMessage(message);
    if (field && field->accessibleDescription() != message)
        field->setAccessibleDescription(message);
}

void ProblemLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_colouring)
        updateColour();
}

void ProblemLabel::updateColour()
{
    m_colouring = true;
    QPalette colours = palette();
    const QColor colour = m_role == Role::Hint ? colours.color(QPalette::PlaceholderText)
                                               : errorColour(colours);
    colours.setColor(QPalette::WindowText, colour);
    colours.setColor(QPalette::Text, colour);
    setPalette(colours);
    m_colouring = false;
}

} // namespace Pennon
