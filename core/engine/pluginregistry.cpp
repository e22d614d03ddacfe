// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "pluginregistry.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <QSet>
#include <QStandardPaths>

#include <memory>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QString shown(const QString &path) { return QDir::toNativeSeparators(path); }

/// A plugin file opened: the loader and its activation plugin, or the reason it is not one.
struct Opened {
    std::unique_ptr<QPluginLoader> loader;
    ActivationPlugin *plugin = nullptr;
    QString error;
};

Opened openPlugin(const QString &path)
{
    Opened result;
    result.loader = std::make_unique<QPluginLoader>(path);
    QPluginLoader &loader = *result.loader;

    // The metadata is read without loading the library, so a plugin of another application
    // never runs any code here.
    const QString iid = loader.metaData().value(u"IID"_s).toString();
    if (!iid.isEmpty() && iid != QLatin1StringView(PennonActivationPlugin_iid)) {
        result.error = PluginRegistry::tr("%1: not a Pennon activation plugin (its interface "
                                          "is \"%2\", expected \"%3\")")
                           .arg(shown(path), iid, QLatin1StringView(PennonActivationPlugin_iid));
        return result;
    }
    if (!loader.load()) {
        result.error = PluginRegistry::tr("%1: the activation plugin could not be loaded: %2")
                           .arg(shown(path), loader.errorString());
        return result;
    }
    result.plugin = qobject_cast<ActivationPlugin *>(loader.instance());
    if (!result.plugin) {
        result.error = PluginRegistry::tr("%1: the plugin does not implement Pennon's "
                                          "activation interface")
                           .arg(shown(path));
        loader.unload();
    }
    return result;
}

} // namespace

PluginRegistry::PluginRegistry() = default;

PluginRegistry::~PluginRegistry()
{
    // Deliberately no unload(): a compiled engine may still hold conditions whose code lives
    // in a plugin, and a library in memory costs nothing. Deleting a loader leaves its
    // library loaded until the process ends.
    qDeleteAll(m_loaders);
}

const PluginRegistry *PluginRegistry::shared()
{
    // Never deleted: unloading a plugin would pull the code from under its conditions.
    static const PluginRegistry *const registry = [] {
        auto *loaded = new PluginRegistry;
        loaded->loadFrom(defaultSearchPaths());
        return loaded;
    }();
    return registry;
}

QStringList PluginRegistry::defaultSearchPaths()
{
    QStringList paths;
    auto append = [&paths](const QString &path) {
        if (path.isEmpty())
            return;
        const QString clean = QDir::cleanPath(path);
        if (!paths.contains(clean))
            paths.append(clean);
    };

    // Like PATH: ':' separates entries on Unix, ';' on Windows.
    const QStringList fromEnvironment = qEnvironmentVariable("PENNON_PLUGIN_PATH")
        .split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString &path : fromEnvironment)
        append(path);

    // applicationDirPath() needs an application object (and warns without one).
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        append(appDir + u"/../lib/pennon/activations");
        append(appDir);
        append(appDir + u"/activations");
    }

    // The generic data location, not the per-application one: the desktop app and pennonctl
    // have different application names but must find the same plugins.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (!data.isEmpty())
        append(data + u"/Pennon/activations");
    return paths;
}

void PluginRegistry::loadFrom(const QStringList &directories)
{
    // Files already tried (canonical paths): a directory listed twice, or a symbolic link to
    // a library next to the library itself, is not a second copy of its plugins.
    QSet<QString> seen;
    for (const QPluginLoader *loader : std::as_const(m_loaders))
        seen.insert(QFileInfo(loader->fileName()).canonicalFilePath());

    for (const QString &directory : directories) {
        const QDir dir(directory);
        if (directory.isEmpty() || !dir.exists())
            continue;
        const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
        for (const QFileInfo &file : files) {
            if (!QLibrary::isLibrary(file.fileName()))
                continue;
            const QString canonical = file.canonicalFilePath();
            if (seen.contains(canonical))
                continue;
            seen.insert(canonical);

            const QString path = file.absoluteFilePath();
            Opened opened = openPlugin(path);
            if (!opened.plugin) {
                m_errors.append(opened.error);
                continue;
            }
            const qsizetype errorsBefore = m_errors.size();
            add(opened.plugin, path);
            if (m_errors.size() == errorsBefore)
                m_loaders.append(opened.loader.release());
            else
                opened.loader->unload(); // a duplicate or nameless type: nothing refers to it
        }
    }
}

void PluginRegistry::add(ActivationPlugin *plugin, const QString &origin)
{
    if (!plugin)
        return;
    const QString type = plugin->type();
    if (type.trimmed().isEmpty()) {
        m_errors.append(tr("%1: the activation plugin has an empty type name").arg(shown(origin)));
        return;
    }
    if (const auto it = m_origins.constFind(type); it != m_origins.cend()) {
        m_errors.append(tr("%1: activation type \"%2\" is already provided by %3; "
                           "this copy is ignored")
                            .arg(shown(origin), type, shown(*it)));
        return;
    }
    m_plugins.insert(type, plugin);
    m_origins.insert(type, origin);
}

const ActivationPlugin *PluginRegistry::find(const QString &type) const
{
    return m_plugins.value(type, nullptr);
}

QStringList PluginRegistry::types() const
{
    QStringList result = m_plugins.keys();
    result.sort();
    return result;
}

QString PluginRegistry::origin(const QString &type) const
{
    return m_origins.value(type);
}

} // namespace Pennon
