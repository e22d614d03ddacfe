// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionlistedit.h"

#include <QMimeData>
#include <QRegularExpression>
#include <QSet>
#include <QTextBlock>

namespace Pennon {

using namespace Qt::StringLiterals;

ConditionListEdit::ConditionListEdit(Split split, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_split(split)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // About six lines: long lists scroll.
    setFixedHeight(fontMetrics().lineSpacing() * 6 + 2 * frameWidth() + 8);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        m_valuesStale = true;
        if (!m_setting)
            Q_EMIT valuesEdited();
    });
}

QStringList ConditionListEdit::values() const
{
    // Once per change of the text: a list of a hundred thousand ids is read on every key.
    if (m_valuesStale) {
        m_values.clear();
        const QString text = toPlainText();
        for (const QStringView line : QStringView(text).tokenize(u'\n')) {
            const QStringView value = line.trimmed();
            if (!value.isEmpty())
                m_values.append(value.toString());
        }
        m_valuesStale = false;
    }
    return m_values;
}

void ConditionListEdit::setValues(const QStringList &values)
{
    if (this->values() == values)
        return;
    m_setting = true;
    setPlainText(values.join(u'\n'));
    m_setting = false;
}

int ConditionListEdit::lineOfValue(qsizetype index) const
{
    qsizetype seen = 0;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block.text().trimmed().isEmpty())
            continue;
        if (seen++ == index)
            return block.blockNumber() + 1;
    }
    return 0;
}

namespace {

const QRegularExpression &separators(ConditionListEdit::Split split)
{
    static const QRegularExpression lines(u"[\\r\\n]+"_s);
    static const QRegularExpression cells(u"[\\r\\n\\t]+"_s);
    static const QRegularExpression words(u"[\\r\\n\\t,;\\s]+"_s);
    switch (split) {
    case ConditionListEdit::Split::Lines: return lines;
    case ConditionListEdit::Split::Cells: return cells;
    case ConditionListEdit::Split::Words: break;
    }
    return words;
}

} // namespace

QStringList ConditionListEdit::splitPasted(const QString &text) const
{
    QStringList values;
    QSet<QString> seen;
    for (const QString &part : text.split(separators(m_split), Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (!value.isEmpty() && !seen.contains(value)) {
            seen.insert(value);
            values.append(value);
        }
    }
    return values;
}

void ConditionListEdit::insertFromMimeData(const QMimeData *source)
{
    if (!source->hasText()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    const QString text = source->text();
    // Text without a separator is pasted as it is, into the line at the cursor.
    if (!text.trimmed().contains(separators(m_split))) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    const QStringList pasted = splitPasted(text);
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.removeSelectedText();
    // The values the list has besides the line being typed at the cursor are not added again.
    QSet<QString> present;
    for (QTextBlock block = document()->firstBlock(); block.isValid(); block = block.next()) {
        if (block != cursor.block())
            present.insert(block.text().trimmed());
    }
    const QString line = cursor.block().text();
    const QString before = line.left(cursor.positionInBlock());
    const QString after = line.mid(cursor.positionInBlock());
    present.insert(line.trimmed());
    QStringList added;
    for (const QString &value : pasted) {
        if (!present.contains(value))
            added.append(value);
    }
    QString insert = added.join(u'\n');
    if (!before.trimmed().isEmpty() && !insert.isEmpty())
        insert.prepend(u'\n');
    if (!after.trimmed().isEmpty() && !insert.isEmpty())
        insert.append(u'\n');
    cursor.insertText(insert);
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

} // namespace Pennon
