// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/activationplugin.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <memory>

class QPluginLoader;

namespace Pennon {

/// Finds and loads activation plugins. Searched, in order: $PENNON_PLUGIN_PATH (a list like
/// PATH), <install prefix>/lib/pennon/activations (relative to the executable's bin/), the
/// executable's own directory and its `activations` subfolder, and the user's data directory
/// (…/Pennon/activations). The first plugin of a type wins; later ones are reported.
class PluginRegistry final
{
    Q_DECLARE_TR_FUNCTIONS(PluginRegistry)
public:
    PluginRegistry();
    ~PluginRegistry();
    PluginRegistry(const PluginRegistry &) = delete;
    PluginRegistry &operator=(const PluginRegistry &) = delete;

    /// The directories searched by default, in order.
    static QStringList defaultSearchPaths();
    /// The process-wide registry that the desktop app and pennonctl share: the plugins of
    /// defaultSearchPaths(), loaded on the first call (thread-safe) and kept for the life of
    /// the process, since the conditions they create live in compiled engines.
    static const PluginRegistry *shared();
    /// Loads every plugin in these directories.
    void loadFrom(const QStringList &directories);
    /// Registers a plugin instance directly (tests, built-in types); not owned.
    void add(ActivationPlugin *plugin, const QString &origin);

    /// The plugin for a type, or nullptr.
    const ActivationPlugin *find(const QString &type) const;
    QStringList types() const;
    /// Where each type came from (file path or origin).
    QString origin(const QString &type) const;
    /// One message per file that could not be loaded, naming the file and the reason.
    const QStringList &errors() const { return m_errors; }

private:
    QHash<QString, ActivationPlugin *> m_plugins;
    QHash<QString, QString> m_origins;
    QList<QPluginLoader *> m_loaders;
    QStringList m_errors;
};

} // namespace Pennon
