// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <compare>
#include <optional>

namespace Pennon {

/// A point in time: milliseconds since 1970-01-01T00:00:00Z. Parses the ISO 8601 forms that
/// flag configurations and contexts carry (`currentTime`, schedules, DATE_* constraints).
class Instant final
{
public:
    Instant() = default;
    explicit Instant(qint64 msecsSinceEpoch) : m_msecs(msecsSinceEpoch) {}

    /// Parses an ISO 8601 (extended format) date or date-time:
    ///   YYYY-MM-DD
    ///   YYYY-MM-DD(T|t| )hh:mm[:ss[(.|,)fraction]][Z|z|±hh:mm|±hhmm|±hh]
    /// A fraction may have any number of digits; it is truncated to milliseconds. A time
    /// without an offset, and a plain date (midnight), are wall-clock times in zone. A wall
    /// time that occurs twice (the clocks go back) means the earlier instant; one skipped by
    /// a transition (the clocks go forward) is read with the offset before the transition,
    /// so it lands after the gap (02:30 in a one-hour gap is 03:30). Without an offset and
    /// with an invalid zone, nothing parses. Years 0000..9999; no leap second, no 24:00;
    /// no surrounding whitespace.
    static std::optional<Instant> parse(QStringView text,
                                        const QTimeZone &zone = QTimeZone::utc());

    qint64 msecsSinceEpoch() const { return m_msecs; }
    /// ISO 8601 in UTC with milliseconds, "2026-01-01T00:00:00.000Z".
    QString toString() const;

    friend bool operator==(const Instant &, const Instant &) = default;
    friend std::strong_ordering operator<=>(const Instant &, const Instant &) = default;

private:
    qint64 m_msecs = 0;
};

/// Parses a decimal number as the NUM_* constraint operators read it: surrounding
/// whitespace is trimmed, then an optional sign, digits with an optional fraction (at least
/// one digit in all: "5", "-0.25", ".5", "5."), and an optional exponent ("1e3", "2.5E-2").
/// No hex, no "inf" or "nan", no digit separators; a value beyond a double's range does not
/// parse. Writes the value to *out (when out is not null) and returns true on success.
bool parseDecimal(QStringView text, double *out);

} // namespace Pennon
