// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "instant.h"

#include <QDateTime>

#include <cmath>

namespace Pennon {

namespace {

constexpr qint64 MsPerSecond = 1000;
constexpr qint64 MsPerDay = 86400 * MsPerSecond;

/// Days since 1970-01-01 of a proleptic Gregorian date, year 0 included (ISO 8601 year
/// numbering; QDate has no year 0). Howard Hinnant's days_from_civil.
qint64 daysFromCivil(int year, int month, int day)
{
    const int y = month <= 2 ? year - 1 : year;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

/// Reads ISO 8601 text left to right.
class Reader
{
public:
    explicit Reader(QStringView text) : m_text(text) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool accept(QChar c)
    {
        if (peek() != c || atEnd())
            return false;
        ++m_pos;
        return true;
    }
    bool isDigitAhead() const { return !atEnd() && peek() >= u'0' && peek() <= u'9'; }
    /// Exactly count digits, or -1.
    int digits(int count)
    {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            if (!isDigitAhead())
                return -1;
            value = value * 10 + (peek().unicode() - u'0');
            ++m_pos;
        }
        return value;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

int offsetAt(const QTimeZone &zone, qint64 msecs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC));
}

/// The instant of a wall-clock time (as milliseconds on a UTC clock) in zone.
qint64 resolveWallTime(qint64 wall, const QTimeZone &zone)
{
    const int before = offsetAt(zone, wall - MsPerDay);
    const int after = offsetAt(zone, wall + MsPerDay);
    const qint64 withBefore = wall - before * MsPerSecond;
    if (before == after)
        return withBefore;
    const qint64 withAfter = wall - after * MsPerSecond;
    const bool beforeValid = offsetAt(zone, withBefore) == before;
    const bool afterValid = offsetAt(zone, withAfter) == after;
    if (beforeValid && afterValid)
        return qMin(withBefore, withAfter);    // repeated wall time: the earlier instant
    if (afterValid)
        return withAfter;
    return withBefore;  // valid alone, or skipped: the offset before the gap moves it past it
}

} // namespace

std::optional<Instant> Instant::parse(QStringView text, const QTimeZone &zone)
{
    Reader in(text);
    const int year = in.digits(4);
    if (year < 0 || !in.accept(u'-'))
        return std::nullopt;
    const int month = in.digits(2);
    if (month < 1 || month > 12 || !in.accept(u'-'))
        return std::nullopt;
    const int day = in.digits(2);
    if (day < 1 || day > daysInMonth(year, month))
        return std::nullopt;

    qint64 wall = daysFromCivil(year, month, day) * MsPerDay;
    std::optional<int> offsetSeconds;
    if (!in.atEnd()) {
        if (!in.accept(u'T') && !in.accept(u't') && !in.accept(u' '))
            return std::nullopt;
        const int hour = in.digits(2);
        if (hour < 0 || hour > 23 || !in.accept(u':'))
            return std::nullopt;
        const int minute = in.digits(2);
        if (minute < 0 || minute > 59)
            return std::nullopt;
        int second = 0;
        int millis = 0;
        if (in.accept(u':')) {
            second = in.digits(2);
            if (second < 0 || second > 59)
                return std::nullopt;
            if (in.accept(u'.') || in.accept(u',')) {
                if (!in.isDigitAhead())
                    return std::nullopt;
                for (int scale = 100; in.isDigitAhead(); scale /= 10)
                    millis += in.digits(1) * scale;     // digits past the third add 0
            }
        }
        wall += ((hour * 60 + minute) * 60 + second) * MsPerSecond + millis;

        if (in.accept(u'Z') || in.accept(u'z')) {
            offsetSeconds = 0;
        } else if (in.peek() == u'+' || in.peek() == u'-') {
            const int sign = in.peek() == u'-' ? -1 : 1;
            in.accept(in.peek());
            const int offsetHours = in.digits(2);
            if (offsetHours < 0 || offsetHours > 23)
                return std::nullopt;
            int offsetMinutes = 0;
            if (in.accept(u':') || in.isDigitAhead()) {
                offsetMinutes = in.digits(2);
                if (offsetMinutes < 0 || offsetMinutes > 59)
                    return std::nullopt;
            }
            offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
        }
    }
    if (!in.atEnd())
        return std::nullopt;

    if (offsetSeconds)
        return Instant(wall - *offsetSeconds * MsPerSecond);
    if (!zone.isValid())
        return std::nullopt;
    return Instant(resolveWallTime(wall, zone));
}

QString Instant::toString() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool parseDecimal(QStringView text, double *out)
{
    const QStringView number = text.trimmed();
    qsizetype pos = 0;
    const auto digitsAt = [&number](qsizetype at) {
        qsizetype end = at;
        while (end < number.size() && number.at(end) >= u'0' && number.at(end) <= u'9')
            ++end;
        return end - at;
    };
    if (pos < number.size() && (number.at(pos) == u'+' || number.at(pos) == u'-'))
        ++pos;
    const qsizetype integerDigits = digitsAt(pos);
    pos += integerDigits;
    qsizetype fractionDigits = 0;
    if (pos < number.size() && number.at(pos) == u'.') {
        ++pos;
        fractionDigits = digitsAt(pos);
        pos += fractionDigits;
    }
    if (integerDigits + fractionDigits == 0)
        return false;
    if (pos < number.size() && (number.at(pos) == u'e' || number.at(pos) == u'E')) {
        ++pos;
        if (pos < number.size() && (number.at(pos) == u'+' || number.at(pos) == u'-'))
            ++pos;
        const qsizetype exponentDigits = digitsAt(pos);
        if (exponentDigits == 0)
            return false;
        pos += exponentDigits;
    }
    if (pos != number.size())
        return false;

    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!std::isfinite(value))
        return false;
    if (!ok && value != 0)
        return false;
    if (out)
        *out = value;
    return true;
}

} // namespace Pennon
