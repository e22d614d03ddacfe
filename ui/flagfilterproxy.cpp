// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagfilterproxy.h"

#include "flaglistmodel.h"

namespace Pennon {

FlagFilterProxy::FlagFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(FlagListModel::SortRole);
    updateStaleBefore();
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

void FlagFilterProxy::setTagFilter(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    refilterMany();
}

void FlagFilterProxy::setOwnerFilter(const QString &owner)
{
    if (owner == m_owner)
        return;
    m_owner = owner;
    refilterMany();
}

void FlagFilterProxy::setStateFilter(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    refilterMany();
}

void FlagFilterProxy::refilterMany()
{
    // These filters hide or show flags scattered over the whole list (every other one, for a
    // state). invalidateFilter() would announce each run of rows on its own, thousands of
    // signals at 10,000 flags; one layout change is quicker, and keeps the current flag too.
    invalidate();
}

void FlagFilterProxy::updateStaleBefore()
{
    m_staleBefore = QDateTime::currentDateTimeUtc().addDays(-qint64(m_staleDays));
}

void FlagFilterProxy::setStaleOnly(bool staleOnly)
{
    if (staleOnly == m_staleOnly)
        return;
    m_staleOnly = staleOnly;
    updateStaleBefore();
    refilterMany();
}

void FlagFilterProxy::setStaleDays(int days)
{
    days = qMax(0, days);
    if (days == m_staleDays)
        return;
    m_staleDays = days;
    updateStaleBefore();
    if (m_staleOnly)
        refilterMany();
}

bool FlagFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showArchived && index.data(FlagListModel::ArchivedRole).toBool())
        return false;
    if (m_state != State::Any && index.data(FlagListModel::OnRole).toBool() != (m_state == State::On))
        return false;
    if (!m_tag.isEmpty() && !index.data(FlagListModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (!m_owner.isEmpty() && index.data(FlagListModel::OwnerRole).toString() != m_owner)
        return false;
    if (m_staleOnly) {
        if (index.data(FlagListModel::DraftRole).toBool() || !index.data(FlagListModel::ServesOneRole).toBool())
            return false;
        const QDateTime changed = index.data(FlagListModel::LastChangeRole).toDateTime();
        if (!changed.isValid() || changed >= m_staleBefore)
            return false;
    }
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
