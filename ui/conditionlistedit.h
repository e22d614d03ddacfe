// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

namespace Pennon {

/// The listed values of a condition, one per line (user ids, addresses, constraint values).
/// Pasted text that holds several values is split into lines at the separators the list
/// allows — values pasted from a spreadsheet, a CSV line or a chat message — trimmed, in
/// their order, without the ones the list already has. values() are the lines as conditions
/// compare them: trimmed, empty ones left out.
class ConditionListEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    /// Where pasted text is split.
    enum class Split {
        Lines,      ///< line breaks only (patterns may hold anything else)
        Cells,      ///< line breaks and tabs (a spreadsheet's cells; text may hold , ; and spaces)
        Words,      ///< line breaks, tabs, commas, semicolons and spaces (ids, addresses)
    };

    explicit ConditionListEdit(Split split, QWidget *parent = nullptr);
    void setSplit(Split split) { m_split = split; }

    /// The non-empty lines, trimmed, in order.
    QStringList values() const;
    /// Shows the values, one per line, unless the text already reads as them (so the cursor
    /// stays where it is while the user types).
    void setValues(const QStringList &values);
    /// The line (from 1) that holds values().at(index), or 0.
    int lineOfValue(qsizetype index) const;
    /// The values in pasted text, split as this list splits them (trimmed, in order, each once).
    QStringList splitPasted(const QString &text) const;

Q_SIGNALS:
    /// The user changed the text (typing, pasting, cutting); not sent for setValues().
    void valuesEdited();

protected:
    void insertFromMimeData(const QMimeData *source) override;

private:
    Split m_split;
    mutable QStringList m_values;
    mutable bool m_valuesStale = true;
    bool m_setting = false;
};

} // namespace Pennon
