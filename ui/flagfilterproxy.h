// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Pennon {

/// Sorts a FlagListModel (by its SortRole, so that states and times sort as such) and filters
/// it. The text is split at white space; a flag is shown when every word occurs in its key,
/// name, tags or owner (ignoring case). Archived flags are hidden unless showArchived is set.
/// The other filters combine with the text: a tag the flag has, its owner, its state in the
/// model's environment, and stale only (see setStaleOnly).
class FlagFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class State { Any, On, Off };

    explicit FlagFilterProxy(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);

    /// Only flags with this tag; empty: any tag.
    QString tagFilter() const { return m_tag; }
    void setTagFilter(const QString &tag);
    /// Only flags of this owner; empty: any owner.
    QString ownerFilter() const { return m_owner; }
    void setOwnerFilter(const QString &owner);
    /// Only flags on (or off) in the model's current environment.
    State stateFilter() const { return m_state; }
    void setStateFilter(State state);

    /// Only stale flags: last saved more than staleDays() days ago (a flag whose last change
    /// is not known, or that has unsaved changes, is not stale) and serving one variation to
    /// everyone in every environment (FlagListModel::servesOneVariation). The days are counted
    /// back from the moment the filter is set.
    bool staleOnly() const { return m_staleOnly; }
    void setStaleOnly(bool staleOnly);
    int staleDays() const { return m_staleDays; }
    void setStaleDays(int days);
    /// The moment stale flags were last changed before (for tests; set by setStaleOnly and
    /// setStaleDays from the current time).
    QDateTime staleBefore() const { return m_staleBefore; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void updateStaleBefore();
    void refilterMany();

    QString m_filterText;
    QStringList m_terms;
    bool m_showArchived = false;
    QString m_tag;
    QString m_owner;
    State m_state = State::Any;
    bool m_staleOnly = false;
    int m_staleDays = 30;
    QDateTime m_staleBefore;
};

} // namespace Pennon
