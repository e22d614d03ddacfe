// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

/// Keeps a GUI test's QSettings in a temporary directory, away from the user's own: make one
/// before the first QSettings is read (a member of the test object does), clear() in init().
class TestSettings
{
public:
    TestSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }
    static void clear() { QSettings().clear(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};
