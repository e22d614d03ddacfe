// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "defaultworkspace.h"

#include "formats/pennonjson.h"
#include "storage/sqlrepository.h"

#include <QFile>
#include <QFileInfo>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

bool isDefault(const DatabaseUrl &url)
{
    const DatabaseUrl standard = DatabaseUrl::defaultWorkspace();
    return url.kind == DatabaseUrl::Kind::Sqlite
        && QFileInfo(url.path).absoluteFilePath() == QFileInfo(standard.path).absoluteFilePath();
}

} // namespace

bool DefaultWorkspace::seedDemo(WorkspaceRepository *repository, StorageError *error)
{
    QFile file(u":/pennon/demo-workspace.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        error->kind = StorageError::Kind::Failure;
        error->message = tr("the demo workspace cannot be read: %1").arg(file.errorString());
        return false;
    }
    Problems problems;
    const std::optional<Workspace> demo = PennonJson::read(file.readAll(), &problems);
    if (!demo) {
        error->kind = StorageError::Kind::Invalid;
        error->message = tr("the demo workspace is not valid");
        error->problems = problems;
        return false;
    }
    return repository->importWorkspace(*demo, ImportMode::Replace, false, u"demo workspace"_s, error).has_value();
}

std::unique_ptr<SqlRepository> DefaultWorkspace::open(const DatabaseUrl &url, StorageError *error)
{
    std::unique_ptr<SqlRepository> repository = SqlRepository::open(url, error);
    if (!repository || !isDefault(url))
        return repository;
    const std::optional<QList<Change>> history = repository->history(QString(), 1, error);
    if (!history)
        return nullptr;
    if (history->isEmpty() && !seedDemo(repository.get(), error))
        return nullptr;
    return repository;
}

std::unique_ptr<SqlRepository> DefaultWorkspace::openResolved(const QString &database, StorageError *error,
                                                              QString *displayName)
{
    if (displayName)
        displayName->clear();
    QString urlError;
    const std::optional<DatabaseUrl> url = DatabaseUrl::resolve(database, &urlError);
    if (!url) {
        error->kind = StorageError::Kind::Invalid;
        error->message = urlError;
        return nullptr;
    }
    if (displayName)
        *displayName = url->toDisplayString();
    return open(*url, error);
}

} // namespace Pennon
