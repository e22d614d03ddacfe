// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaseurl.h"
#include "storage/repository.h"

#include <QCoreApplication>

#include <memory>

namespace Pennon {

class SqlRepository;

/// Opens workspaces the way users meet them: the per-user default workspace is created with
/// the demo content on first use, so that a new user sees what Pennon can do.
class DefaultWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DefaultWorkspace)
public:
    /// Opens (and creates or migrates) the workspace at url. When url is the per-user default
    /// and the workspace has never held anything (no change in its history), the demo
    /// workspace is imported first, as one recorded change.
    static std::unique_ptr<SqlRepository> open(const DatabaseUrl &url, StorageError *error);
    /// Opens the workspace the desktop app and pennonctl start from: the URL database (e.g.
    /// pennonctl's --db) when it is not empty, else $PENNON_DB, else the per-user default
    /// (DatabaseUrl::resolve), through open(). displayName, when given, receives the resolved
    /// URL without its password. A malformed URL is the one failure that leaves *displayName
    /// empty: error->kind is then Invalid and error->message says what is wrong with it.
    static std::unique_ptr<SqlRepository> openResolved(const QString &database, StorageError *error,
                                                       QString *displayName = nullptr);
    /// Imports the demo workspace into an empty repository.
    static bool seedDemo(WorkspaceRepository *repository, StorageError *error);
};

} // namespace Pennon
