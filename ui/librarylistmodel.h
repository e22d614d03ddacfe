// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/uses.h"
#include "model/workspace.h"

#include <QAbstractTableModel>

namespace Pennon {

/// The library's activations or segments as a table: key, name, the condition(s) in words and
/// "used by N flags" (WorkspaceUses: through segments and activations nested, too).
class LibraryListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, NameColumn, ConditionsColumn, UsedByColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole,   ///< the object's key
        FlagCountRole,            ///< how many flags use it
    };

    explicit LibraryListModel(LibraryKind kind, QObject *parent = nullptr);

    /// Shows the workspace's activations or segments (a reset).
    void setContent(const Workspace &workspace, const WorkspaceUses &uses);
    LibraryKind kind() const { return m_kind; }
    /// The row of the object with this key, or -1.
    int rowOfKey(const QString &key) const;
    QString keyAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "used by 2 flags", with "and 1 segment" when segments or activations use it too.
    static QString usedByText(const WorkspaceUses &uses, LibraryKind kind, const QString &key);

private:
    struct Row {
        QString key;
        QString name;
        QString conditions;
        QString usedBy;
        int flags = 0;
    };
    LibraryKind m_kind;
    QList<Row> m_rows;
};

} // namespace Pennon
