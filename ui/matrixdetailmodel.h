// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "personaevaluator.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Pennon {

/// The detail of one matrix cell (Simulate ▸ Matrix…): a row per combination with its
/// attribute values (a column per attribute), then the variation, reason and matched rule.
class MatrixDetailModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The columns after the attributes' columns.
    enum Column { VariationColumn, ReasonColumn, RuleColumn, ColumnCount };

    /// One combination in words.
    struct Row {
        QStringList values;   ///< per attribute
        PersonaCell cell;     ///< the result in words (PersonaEvaluator::describe)
    };

    explicit MatrixDetailModel(QObject *parent = nullptr);

    void setRows(const QStringList &attributes, QList<Row> rows);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_attributes;
    QList<Row> m_rows;
};

} // namespace Pennon
