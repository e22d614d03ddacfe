// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// A Qt plugin of another application (another interface id), for tst_pluginregistry: the
// registry must report it without treating it as an activation plugin.

#include <QObject>
#include <QtPlugin>

class ForeignInterface
{
public:
    virtual ~ForeignInterface() = default;
    virtual int answer() const = 0;
};

#define ForeignInterface_iid "org.example.ForeignInterface/1"
Q_DECLARE_INTERFACE(ForeignInterface, ForeignInterface_iid)

class ForeignPlugin final : public QObject, public ForeignInterface
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID ForeignInterface_iid)
    Q_INTERFACES(ForeignInterface)

public:
    int answer() const override { return 42; }
};

#include "foreignplugin.moc"
