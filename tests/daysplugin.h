// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// A plugin activation type for tests: it wants a non-empty "days" list, as the weekday
// example does, and rejects its configuration otherwise.

#include "engine/activationplugin.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Pennon::Testing {

class DaysCondition final : public PluginCondition
{
public:
    bool holds(const PluginContext &) const override { return true; }
    QString describe() const override { return QStringLiteral("on some days"); }
};

class DaysPlugin final : public ActivationPlugin
{
public:
    QString type() const override { return QStringLiteral("days"); }
    QString displayName() const override { return QStringLiteral("Days of the week"); }
    std::unique_ptr<PluginCondition> create(const QJsonObject &config, QString *error) const override
    {
        if (config.value(QStringLiteral("days")).toArray().isEmpty()) {
            *error = QStringLiteral("days: name at least one day");
            return nullptr;
        }
        return std::make_unique<DaysCondition>();
    }
};

} // namespace Pennon::Testing
