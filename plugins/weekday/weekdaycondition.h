// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/activationplugin.h"

#include <QTimeZone>

#include <optional>
#include <vector>

/// A configured "weekday" condition: holds when the evaluation's current time falls on one of
/// the chosen days of the week (and, if given, inside a time-of-day window) in a time zone.
/// The zone's UTC offsets are prepared once, so that holds() neither allocates nor touches
/// QTimeZone for instants between 1900 and the zone's last transition in the time-zone
/// database; outside that range it asks QTimeZone (correct, only slower).
class WeekdayCondition final : public Pennon::PluginCondition
{
public:
    /// A time-of-day window, from <= t < to, in milliseconds since local midnight
    /// (to may be 24:00).
    struct Hours {
        int fromMs = 0;
        int toMs = 0;
    };

    /// days: bit (d - 1) set for each ISO day of the week d (Monday = 1 ... Sunday = 7).
    /// zone must be valid; zoneId is its name as configured, for describe().
    WeekdayCondition(quint8 days, const QTimeZone &zone, const QString &zoneId,
                     std::optional<Hours> hours);

    bool holds(const Pennon::PluginContext &context) const override;
    /// E.g. "on Saturday or Sunday in Europe/Berlin", "on Monday to Friday between 09:00
    /// and 17:00 in UTC".
    QString describe() const override;

private:
    /// From this instant on (ms since the epoch, UTC), the zone is offsetSeconds ahead of UTC.
    struct Transition {
        qint64 atMs;
        int offsetSeconds;
    };

    int offsetSecondsAt(qint64 utcMs) const;

    quint8 m_days;
    QTimeZone m_zone;
    QString m_zoneId;
    std::optional<Hours> m_hours;
    /// Offsets are looked up here for m_tableStartMs <= t < m_tableEndMs; sorted by atMs, the
    /// first entry starting at m_tableStartMs.
    std::vector<Transition> m_transitions;
    qint64 m_tableStartMs = 0;
    qint64 m_tableEndMs = 0;
};
