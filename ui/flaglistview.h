// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QTreeView>

namespace Pennon {

/// The flag table: sortable, one uniform line per flag (no per-row widgets), so it stays
/// quick with tens of thousands of flags. Reports the current flag by key; Shift and Ctrl
/// select many (selectedFlagKeys) for bulk edits.
class FlagListView final : public QTreeView
{
    Q_OBJECT
public:
    explicit FlagListView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    /// The key of the current flag, or empty.
    QString currentFlagKey() const;
    /// The keys of the selected flags (Shift- and Ctrl-clicks), in the list's order.
    QStringList selectedFlagKeys() const;
    /// How many flags are selected (quicker than counting selectedFlagKeys()).
    int selectedFlagCount() const;
    /// Makes the first row current, when there is one and nothing is current yet.
    void selectFirstFlag();
    /// Makes the flag with this key current; false when the list does not show it.
    bool selectFlag(const QString &key);

Q_SIGNALS:
    /// The current flag changed; empty when there is none.
    void currentFlagChanged(const QString &key);
    /// Flags were selected or deselected.
    void selectedFlagsChanged();

private:
    void resetColumnWidths();

    QString m_reportedKey;   ///< the last current flag reported by currentFlagChanged
};

} // namespace Pennon
