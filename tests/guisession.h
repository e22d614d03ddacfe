// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// GUI tests: a real SQLite workspace file, and a session with the main window open on it.

#include "mainwindow.h"
#include "storage/defaultworkspace.h"
#include "storage/sqlrepository.h"
#include "workspacesession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace Pennon::GuiSession {

/// A fresh SQLite workspace (dir's w.sqlite, an old one removed) holding workspace, or the
/// demo as a new user gets it when none is given: its URL text, or empty with *error.
inline QString seed(const QTemporaryDir &dir, const std::optional<Workspace> &workspace, QString *error)
{
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
    const QString text = QStringLiteral("sqlite:") + path;
    const auto url = DatabaseUrl::parse(text, error);
    if (!url)
        return {};
    StorageError storageError;
    const std::unique_ptr<SqlRepository> repository = SqlRepository::open(*url, &storageError);
    const bool seeded = repository
            && (workspace ? repository->importWorkspace(*workspace, ImportMode::Merge, false, {}, &storageError).has_value()
                          : DefaultWorkspace::seedDemo(repository.get(), &storageError));
    if (!seeded) {
        *error = storageError.message;
        return {};
    }
    return text;
}

/// Opens url in a new session (in environment, when given) with a new main window shown on
/// it; false with *error.
inline bool open(const QString &url, const QString &environment, WorkspaceSession **session,
                 MainWindow **window, QString *error)
{
    const auto parsed = DatabaseUrl::parse(url, error);
    if (!parsed)
        return false;
    *session = new WorkspaceSession;
    *window = new MainWindow(*session);
    QSignalSpy opened(*session, &WorkspaceSession::opened);
    (*session)->open(*parsed);
    if (!opened.wait(10000)) {
        *error = QStringLiteral("the workspace did not open");
        return false;
    }
    if (!environment.isEmpty())
        (*session)->setCurrentEnvironment(environment);
    (*window)->show();
    if (!QTest::qWaitForWindowExposed(*window)) {
        *error = QStringLiteral("the main window was not shown");
        return false;
    }
    return true;
}

} // namespace Pennon::GuiSession
