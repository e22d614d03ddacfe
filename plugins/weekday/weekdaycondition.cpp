// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "weekdaycondition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QtNumeric>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MsPerMinute = 60 * 1000;
constexpr qint64 MsPerDay = 24 * 60 * MsPerMinute;
/// The prepared offsets cover 1900-01-01T00:00Z up to at most 2200-01-01T00:00Z.
constexpr qint64 TableStartMs = -2208988800000;
constexpr qint64 TableLimitMs = 7258118400000;
constexpr quint8 EveryDay = 0x7f;

bool hasDay(quint8 days, int isoDay) { return days & (1u << (isoDay - 1)); }

QString dayName(int isoDay)
{
    switch (isoDay) {
    case 1: return QCoreApplication::translate("WeekdayPlugin", "Monday");
    case 2: return QCoreApplication::translate("WeekdayPlugin", "Tuesday");
    case 3: return QCoreApplication::translate("WeekdayPlugin", "Wednesday");
    case 4: return QCoreApplication::translate("WeekdayPlugin", "Thursday");
    case 5: return QCoreApplication::translate("WeekdayPlugin", "Friday");
    case 6: return QCoreApplication::translate("WeekdayPlugin", "Saturday");
    default: return QCoreApplication::translate("WeekdayPlugin", "Sunday");
    }
}

/// "on Saturday or Sunday", "on Monday to Friday", "every day".
QString daysText(quint8 days)
{
    if ((days & EveryDay) == EveryDay)
        return QCoreApplication::translate("WeekdayPlugin", "every day");
    // Runs of consecutive days, Monday first; a run of three or more reads as a range.
    QStringList parts;
    for (int day = 1; day <= 7; ++day) {
        if (!hasDay(days, day))
            continue;
        int last = day;
        while (last < 7 && hasDay(days, last + 1))
            ++last;
        if (last - day >= 2) {
            parts.append(QCoreApplication::translate("WeekdayPlugin", "%1 to %2")
                             .arg(dayName(day), dayName(last)));
        } else {
            for (int d = day; d <= last; ++d)
                parts.append(dayName(d));
        }
        day = last;
    }
    QString list = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        list = i + 1 < parts.size()
            ? QCoreApplication::translate("WeekdayPlugin", "%1, %2").arg(list, parts.at(i))
            : QCoreApplication::translate("WeekdayPlugin", "%1 or %2").arg(list, parts.at(i));
    }
    return QCoreApplication::translate("WeekdayPlugin", "on %1").arg(list);
}

QString timeText(int msOfDay)
{
    const int minutes = msOfDay / static_cast<int>(MsPerMinute);
    return u"%1:%2"_s.arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WeekdayCondition::WeekdayCondition(quint8 days, const QTimeZone &zone, const QString &zoneId,
                                   std::optional<Hours> hours)
    : m_days(days), m_zone(zone), m_zoneId(zoneId), m_hours(hours)
{
    // Prepare the zone's offsets once: holds() runs for millions of contexts, and QDateTime
    // in a time zone allocates on every call.
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(TableStartMs, Qt::UTC);
    const QDateTime limit = QDateTime::fromMSecsSinceEpoch(TableLimitMs, Qt::UTC);
    m_tableStartMs = TableStartMs;
    m_transitions.push_back({TableStartMs, m_zone.offsetFromUtc(start)});
    const QTimeZone::OffsetDataList transitions = m_zone.transitions(start, limit);
    for (const QTimeZone::OffsetData &transition : transitions)
        m_transitions.push_back({transition.atUtc.toMSecsSinceEpoch(), transition.offsetFromUtc});
    // Qt lists the transitions stored in the database (in practice up to 2037); later ones
    // follow from a rule it does not enumerate. A zone that never observes daylight time keeps
    // its last offset, so the table is good to the limit; otherwise QTimeZone answers from the
    // last stored transition on.
    m_tableEndMs = m_zone.hasDaylightTime() ? m_transitions.back().atMs : TableLimitMs;
}

int WeekdayCondition::offsetSecondsAt(qint64 utcMs) const
{
    if (utcMs >= m_tableStartMs && utcMs < m_tableEndMs) {
        // The last transition at or before utcMs; the first entry starts the table, so there
        // always is one.
        const auto after = std::upper_bound(m_transitions.cbegin(), m_transitions.cend(), utcMs,
            [](qint64 t, const Transition &transition) { return t < transition.atMs; });
        return std::prev(after)->offsetSeconds;
    }
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

bool WeekdayCondition::holds(const Pennon::PluginContext &context) const
{
    const qint64 utcMs = context.currentTimeMs();
    qint64 localMs = 0;
    if (qAddOverflow(utcMs, qint64(offsetSecondsAt(utcMs)) * 1000, &localMs))
        return false;
    qint64 day = localMs / MsPerDay;
    qint64 msOfDay = localMs % MsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsPerDay;
        --day;
    }
    // Day 0, 1970-01-01, was a Thursday (ISO day 4).
    const int isoDay = static_cast<int>(((day % 7) + 7 + 3) % 7) + 1;
    if (!hasDay(m_days, isoDay))
        return false;
    return !m_hours || (msOfDay >= m_hours->fromMs && msOfDay < m_hours->toMs);
}

QString WeekdayCondition::describe() const
{
    if (m_hours) {
        return QCoreApplication::translate("WeekdayPlugin", "%1 between %2 and %3 in %4")
            .arg(daysText(m_days), timeText(m_hours->fromMs), timeText(m_hours->toMs), m_zoneId);
    }
    return QCoreApplication::translate("WeekdayPlugin", "%1 in %2").arg(daysText(m_days), m_zoneId);
}
