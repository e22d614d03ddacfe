// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// An activation plugin whose type name is empty, for tst_pluginregistry: the registry must
// refuse it and say why.

#include "engine/activationplugin.h"

#include <QObject>

class NamelessPlugin final : public QObject, public Pennon::ActivationPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PennonActivationPlugin_iid)
    Q_INTERFACES(Pennon::ActivationPlugin)

public:
    QString type() const override { return {}; }
    QString displayName() const override { return {}; }
    std::unique_ptr<Pennon::PluginCondition> create(const QJsonObject &, QString *error) const override
    {
        if (error)
            *error = QStringLiteral("never created");
        return nullptr;
    }
};

#include "namelessplugin.moc"
