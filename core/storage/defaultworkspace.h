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
    /// Imports the demo workspace into an empty repository.
    static bool seedDemo(WorkspaceRepository *repository, StorageError *error);
};

} // namespace Pennon
