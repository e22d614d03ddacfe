// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>

namespace Pennon {

/// A combo box that picks one key from a list (a segment, a flag, a library activation, a
/// plugin), each shown by its text ("key — name"), the key its item's data. It is refilled
/// only when the list changes, so that the workspace's edits elsewhere leave an open list
/// alone; a key that the list does not have (any more) is shown as such, after the list,
/// until another is picked.
class KeyPicker final : public QComboBox
{
    Q_OBJECT
public:
    explicit KeyPicker(QWidget *parent = nullptr);

    /// Offers these keys with these texts (one each); refills the box only when either
    /// differs from what it offers.
    void setKeys(const QStringList &keys, const QStringList &texts);
    /// The keys offered, as last set (not a missing key shown).
    const QStringList &keys() const { return m_keys; }
    /// Selects key, or nothing when it is empty. A key not offered is shown as missingText
    /// (e.g. "sale (not in the workspace)") in an item after the list, which is dropped when
    /// another key is shown.
    void showKey(const QString &key, const QString &missingText);
    /// The key of the item picked; empty when none is.
    QString currentKey() const;

private:
    QStringList m_keys;
    QStringList m_texts;
};

} // namespace Pennon
