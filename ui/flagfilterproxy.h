// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Pennon {

/// Sorts a FlagListModel and filters it by text and by archived state. The text is split at
/// white space; a flag is shown when every word occurs in its key, name, tags or owner
/// (ignoring case). Archived flags are hidden unless showArchived is set.
class FlagFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FlagFilterProxy(QObject *parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    QStringList m_terms;
    bool m_showArchived = false;
};

} // namespace Pennon
