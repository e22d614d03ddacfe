// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Pennon {

/// The desktop app's preferences, kept with QSettings under the application's organisation
/// and name (set in main()). One place for the keys, their defaults and their checks.
class AppSettings final
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)
public:
    static constexpr auto LanguageKey = "general/language";
    static constexpr auto DefaultWorkspaceKey = "workspace/default";
    /// Read by the flag list's stale filter.
    static constexpr auto StaleDaysKey = "list/staleDays";
    static constexpr int DefaultStaleDays = 30;
    static constexpr auto GeometryKey = "window/geometry";
    static constexpr auto StateKey = "window/state";
    static constexpr auto SplitterKey = "window/splitter";

    /// "" (the system's language), "en" or "de".
    static QString language();
    static void setLanguage(const QString &language);
    /// The workspace opened when $PENNON_DB is not set, as typed (a URL without its
    /// password); empty: the built-in per-user default.
    static QString defaultWorkspace();
    static void setDefaultWorkspace(const QString &text);
    static int staleDays();
    static void setStaleDays(int days);

    /// Reads a default workspace as the settings dialog takes it: a database URL, or a SQLite
    /// file's path (made absolute). nullopt with *error saying what is wrong.
    static std::optional<DatabaseUrl> parseWorkspace(const QString &text, QString *error);
    /// The workspace the desktop app starts with: $PENNON_DB, else the default workspace of
    /// the settings, else the built-in default. nullopt with *error naming the culprit.
    static std::optional<DatabaseUrl> resolveWorkspace(QString *error);
};

} // namespace Pennon
