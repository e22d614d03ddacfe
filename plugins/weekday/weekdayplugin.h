// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/activationplugin.h"

#include <QObject>

/// The example activation plugin, type "weekday": holds on chosen days of the week, optionally
/// within a time-of-day window, in a time zone. Its configuration in Pennon JSON:
///
///     {"days": ["sat", "sun"], "timeZone": "Europe/Berlin",
///      "hours": {"from": "09:00", "to": "17:00"}}
///
/// - `days` (required, non-empty): mon tue wed thu fri sat sun or the full English names,
///   in any case;
/// - `timeZone` (default "UTC"): an IANA time-zone id;
/// - `hours` (optional): from <= local time < to, "HH:MM" each, to later than from ("24:00"
///   allowed as to).
///
/// Other fields are rejected, as everywhere in Pennon JSON, so that a misspelt field is not
/// silently ignored.
class WeekdayPlugin final : public QObject, public Pennon::ActivationPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID PennonActivationPlugin_iid FILE "weekday.json")
    Q_INTERFACES(Pennon::ActivationPlugin)

public:
    QString type() const override;
    QString displayName() const override;
    /// Errors name the field, e.g. `days/2: "funday" is not a day of the week`.
    std::unique_ptr<Pennon::PluginCondition> create(const QJsonObject &config,
                                                    QString *error) const override;
};
