// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace Pennon {

/// A matrix cell (Simulate ▸ Matrix…): its text, and under it a bar of its counts in the
/// variations' colours, then "no variation" (the palette's mid tone) and errors (errorColour).
class MatrixCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// The cell's counts: per variation, then no variation, then errors (a list of qint64).
    static constexpr int CountsRole = Qt::UserRole + 1;
    /// Whether the flag's cells differ between the environments (bool).
    static constexpr int DiffersRole = Qt::UserRole + 2;

    using QStyledItemDelegate::QStyledItemDelegate;

    /// The colour of the bar of variation number `variation`.
    static QColor variationColour(int variation);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Pennon
