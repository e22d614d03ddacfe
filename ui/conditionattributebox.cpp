// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionattributebox.h"

#include <QCompleter>
#include <QLineEdit>

namespace Pennon {

ConditionAttributeBox::ConditionAttributeBox(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    lineEdit()->setPlaceholderText(tr("an attribute of the context, e.g. country"));
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(this, &QComboBox::editTextChanged, this, [this] {
        if (!m_setting)
            Q_EMIT attributeEdited();
    });
}

void ConditionAttributeBox::setSuggestions(const QStringList &attributes)
{
    QStringList current;
    for (int i = 0; i < count(); ++i)
        current.append(itemText(i));
    if (current == attributes)
        return;
    // Refilling the list would replace the text and move the cursor: keep both.
    m_setting = true;
    const QString text = currentText();
    const int cursor = lineEdit()->cursorPosition();
    clear();
    addItems(attributes);
    setCurrentIndex(-1);
    setEditText(text);
    lineEdit()->setCursorPosition(cursor);
    m_setting = false;
}

QString ConditionAttributeBox::attribute() const
{
    return currentText().trimmed();
}

void ConditionAttributeBox::setAttribute(const QString &attribute)
{
    if (this->attribute() == attribute.trimmed())
        return;
    m_setting = true;
    setEditText(attribute);
    m_setting = false;
}

} // namespace Pennon
