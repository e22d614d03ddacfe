// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flaglistview.h"

#include "flaglistmodel.h"
#include "text/flagtext.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyle>

#include <algorithm>

namespace Pennon {

FlagListView::FlagListView(QWidget *parent)
    : QTreeView(parent)
{
    setUniformRowHeights(true);
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    // Shift and Ctrl pick many flags for Edit ▸ Bulk Edit; the current one is the one edited.
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setTextElideMode(Qt::ElideRight);
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(true);
    header()->setSortIndicatorShown(true);
    // Sorting keeps the current flag (the proxy moves it); the view follows it.
    connect(header(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (currentIndex().isValid())
            scrollTo(currentIndex());
    });
}

void FlagListView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_reportedKey = current.data(FlagListModel::FlagKeyRole).toString();
                Q_EMIT currentFlagChanged(m_reportedKey);
            });
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &FlagListView::selectedFlagsChanged);
    // A layout change (a filter that hides flags all over the list) keeps the current flag
    // when it is still shown, and leaves none, without saying so, when it is not.
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        const QString key = currentFlagKey();
        if (key != m_reportedKey) {
            m_reportedKey = key;
            Q_EMIT currentFlagChanged(key);
        }
    });
    sortByColumn(FlagListModel::KeyColumn, Qt::AscendingOrder);
    resetColumnWidths();
}

QString FlagListView::currentFlagKey() const
{
    return currentIndex().data(FlagListModel::FlagKeyRole).toString();
}

QStringList FlagListView::selectedFlagKeys() const
{
    QStringList keys;
    if (!selectionModel())
        return keys;
    QModelIndexList rows = selectionModel()->selectedRows(FlagListModel::KeyColumn);
    // In the order the list shows them.
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    keys.reserve(rows.size());
    for (const QModelIndex &row : std::as_const(rows))
        keys.append(row.data(FlagListModel::FlagKeyRole).toString());
    return keys;
}

int FlagListView::selectedFlagCount() const
{
    if (!selectionModel())
        return 0;
    int count = 0;
    for (const QItemSelectionRange &range : selectionModel()->selection())
        count += range.height();
    return count;
}

void FlagListView::selectFirstFlag()
{
    if (!model() || currentIndex().isValid() || model()->rowCount() == 0)
        return;
    const QModelIndex first = model()->index(0, 0);
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
}

bool FlagListView::selectFlag(const QString &key)
{
    if (!model() || model()->rowCount() == 0)
        return false;
    const QModelIndexList found = model()->match(model()->index(0, 0), FlagListModel::FlagKeyRole, key, 1,
                                                 Qt::MatchExactly);
    if (found.isEmpty())
        return false;
    selectionModel()->setCurrentIndex(found.first(), QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    return true;
}

void FlagListView::resetColumnWidths()
{
    // Sized from the font rather than from the contents: measuring every row would not
    // scale to tens of thousands of flags.
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int iconSpace = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + em / 2;
    setColumnWidth(FlagListModel::KeyColumn, 14 * em + iconSpace);
    setColumnWidth(FlagListModel::NameColumn, 14 * em);
    // The type column holds one of four words: as wide as the widest in this language
    // ("Zeichenkette" is twice "String").
    int typeWidth = fontMetrics().horizontalAdvance(model() ? model()->headerData(FlagListModel::TypeColumn, Qt::Horizontal).toString() : QString());
    for (FlagType type : {FlagType::Boolean, FlagType::String, FlagType::Number, FlagType::Json})
        typeWidth = std::max(typeWidth, fontMetrics().horizontalAdvance(FlagText::typeName(type)));
    setColumnWidth(FlagListModel::TypeColumn, typeWidth + em);
    setColumnWidth(FlagListModel::StateColumn, 4 * em + iconSpace);
    setColumnWidth(FlagListModel::TagsColumn, 10 * em);
    setColumnWidth(FlagListModel::OwnerColumn, 12 * em);
}

} // namespace Pennon
