// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionproblemlabel.h"

#include <QEvent>

namespace Pennon {

ConditionProblemLabel::ConditionProblemLabel(QWidget *parent, Role role)
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

void ConditionProblemLabel::setMessage(const QString &text)
{
    if (QLabel::text() != text)
        setText(text);
    setVisible(!text.isEmpty());
}

void ConditionProblemLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_colouring)
        updateColour();
}

void ConditionProblemLabel::updateColour()
{
    // QPalette has no error role: derive one that reads well on the window's background,
    // as the flag editors' messages do.
    m_colouring = true;
    QPalette colours = palette();
    const bool dark = colours.color(QPalette::Window).lightness() < 128;
    const QColor colour = m_role == Role::Hint
            ? colours.color(QPalette::PlaceholderText)
            : (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x1b, 0x1b));
    colours.setColor(QPalette::WindowText, colour);
    colours.setColor(QPalette::Text, colour);
    setPalette(colours);
    m_colouring = false;
}

} // namespace Pennon
