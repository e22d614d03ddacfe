// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QCompleter>

class QStringListModel;

namespace Pennon {

/// Completes the item being typed in a comma-separated list in a QLineEdit (tags, stickiness
/// attributes): only what follows the last comma is matched, case-insensitively, and the item
/// chosen replaces it, the items before it kept ("userId, se" → "userId, sessionId").
class CommaListCompleter final : public QCompleter
{
    Q_OBJECT
public:
    explicit CommaListCompleter(QObject *parent = nullptr);

    /// The items offered.
    void setItems(const QStringList &items);

    /// "userId, sessionId" as a list: split at commas, trimmed, empty parts left out (repeats
    /// kept, in order).
    static QStringList split(const QString &text);

    QString pathFromIndex(const QModelIndex &index) const override;
    QStringList splitPath(const QString &path) const override;

private:
    QStringListModel *m_items;
};

} // namespace Pennon
