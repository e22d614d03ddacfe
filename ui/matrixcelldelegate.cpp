// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "matrixcelldelegate.h"

#include "problemlabel.h"

#include <QPainter>

namespace Pennon {

QColor MatrixCellDelegate::variationColour(int variation)
{
    // Hues far apart for neighbouring variations, readable on light and dark backgrounds.
    return QColor::fromHsv((variation * 137 + 200) % 360, 140, 210);
}

void MatrixCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariantList counts = index.data(CountsRole).toList();
    qint64 total = 0;
    for (const QVariant &count : counts)
        total += count.toLongLong();
    if (total <= 0)
        return;
    const QRect bar = option.rect.adjusted(3, option.rect.height() - 6, -3, -2);
    qreal x = bar.left();
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const qint64 count = counts.at(i).toLongLong();
        if (count == 0)
            continue;
        const qreal width = qreal(bar.width()) * qreal(count) / qreal(total);
        QColor colour;
        if (i == counts.size() - 1)
            colour = errorColour(option.palette);
        else if (i == counts.size() - 2)
            colour = option.palette.color(QPalette::Mid);
        else
            colour = variationColour(int(i));
        painter->fillRect(QRectF(x, bar.top(), width, bar.height()), colour);
        x += width;
    }
}

QSize MatrixCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(size.height() + 8);   // room for the bar
    return size;
}

} // namespace Pennon
