// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pennon {

/// The workspaces opened last, newest first, as QSettings "workspace/recent": SQLite paths
/// and database URLs, never a password (DatabaseUrl::toDisplayString()).
class RecentWorkspaces final
{
    Q_DECLARE_TR_FUNCTIONS(RecentWorkspaces)
public:
    static constexpr auto RecentKey = "workspace/recent";
    static constexpr int MaxEntries = 8;

    static QStringList entries();
    /// Puts url first (once), keeping MaxEntries.
    static void add(const DatabaseUrl &url);
    static void remove(const QString &entry);
    static void clear();
    /// Whether an entry can be opened as it is: a SQLite file that no longer exists cannot
    /// (opening it would create an empty workspace); *reason says why.
    static bool isAvailable(const QString &entry, QString *reason = nullptr);
};

} // namespace Pennon
