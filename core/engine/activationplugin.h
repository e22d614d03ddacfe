// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// The interface of custom activation types (Novi's plugin activations). A plugin is a Qt
// plugin (Q_PLUGIN_METADATA with IID PennonActivationPlugin_iid) that implements
// ActivationPlugin. It needs only this header and attributevalue.h, and links Qt Core only.

#include "engine/attributevalue.h"

#include <QJsonObject>
#include <QString>
#include <QtPlugin>

#include <memory>

namespace Pennon {

/// What a plugin condition may look at while evaluating.
class PluginContext
{
public:
    virtual ~PluginContext() = default;
    /// The attribute's value, or nullptr when absent.
    virtual const AttributeValue *value(QStringView attribute) const = 0;
    /// The evaluation's current time (the context's currentTime, else now), ms since epoch UTC.
    virtual qint64 currentTimeMs() const = 0;
};

/// One configured condition of a plugin type; evaluated from many threads at once, so
/// holds() must be const and thread-safe.
class PluginCondition
{
public:
    virtual ~PluginCondition() = default;
    virtual bool holds(const PluginContext &context) const = 0;
    /// Plain words for traces and the UI, e.g. "on Saturday or Sunday in Europe/Berlin".
    virtual QString describe() const = 0;
};

/// A custom activation type.
class ActivationPlugin
{
public:
    virtual ~ActivationPlugin() = default;
    /// The type name used in Pennon JSON ("plugin": "weekday").
    virtual QString type() const = 0;
    /// A human-readable name for menus ("Day of the week").
    virtual QString displayName() const = 0;
    /// A condition for this configuration, or nullptr with *error set to why the
    /// configuration is rejected (naming the field, e.g. "days: \"sunday\" is not a day").
    virtual std::unique_ptr<PluginCondition> create(const QJsonObject &config,
                                                    QString *error) const = 0;
};

} // namespace Pennon

#define PennonActivationPlugin_iid "dev.pennon.ActivationPlugin/1"
Q_DECLARE_INTERFACE(Pennon::ActivationPlugin, PennonActivationPlugin_iid)
