// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagfilterproxy.h"

#include "flaglistmodel.h"

namespace Pennon {

FlagFilterProxy::FlagFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FlagFilterProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    // simplified() first, so tabs and other white space separate words too.
    m_terms = text.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void FlagFilterProxy::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    invalidateFilter();
}

bool FlagFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(FlagListModel::ArchivedRole).toBool())
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString haystack = index.data(FlagListModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}

} // namespace Pennon
