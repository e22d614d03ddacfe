// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "weekdayplugin.h"

#include "weekdaycondition.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

constexpr int MsPerMinute = 60 * 1000;

/// Collects the first problem of a configuration as "field: message".
class Errors
{
public:
    explicit Errors(QString *out) : m_out(out) {}
    std::nullptr_t fail(const QString &field, const QString &message)
    {
        if (m_out)
            *m_out = field + u": " + message;
        return nullptr;
    }

private:
    QString *m_out;
};

/// A JSON value as written, for messages.
QString jsonText(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

/// The ISO day of the week (Monday = 1) of "mon" / "Monday" in any case, or 0.
int parseDay(const QString &text)
{
    static constexpr QStringView names[] = {u"monday", u"tuesday", u"wednesday", u"thursday",
                                            u"friday", u"saturday", u"sunday"};
    const QString folded = text.trimmed().toLower();
    for (int i = 0; i < 7; ++i) {
        if (folded == names[i] || folded == names[i].left(3))
            return i + 1;
    }
    return 0;
}

/// Milliseconds since midnight of "HH:MM" (00:00 to 23:59, and 24:00 when allowEndOfDay),
/// or -1.
int parseTimeOfDay(const QString &text, bool allowEndOfDay)
{
    auto digit = [&text](qsizetype i) {
        const char16_t c = text.at(i).unicode();
        return c >= u'0' && c <= u'9' ? int(c - u'0') : -1;
    };
    if (text.size() != 5 || text.at(2) != u':')
        return -1;
    const int digits[] = {digit(0), digit(1), digit(3), digit(4)};
    for (int d : digits) {
        if (d < 0)
            return -1;
    }
    const int hours = digits[0] * 10 + digits[1];
    const int minutes = digits[2] * 10 + digits[3];
    if (minutes > 59 || hours > 24 || (hours == 24 && (minutes != 0 || !allowEndOfDay)))
        return -1;
    return (hours * 60 + minutes) * MsPerMinute;
}

QString unknownField()
{
    return QCoreApplication::translate("WeekdayPlugin", "unknown field");
}

} // namespace

QString WeekdayPlugin::type() const
{
    return u"weekday"_s;
}

QString WeekdayPlugin::displayName() const
{
    return QCoreApplication::translate("WeekdayPlugin", "Day of the week");
}

std::unique_ptr<Pennon::PluginCondition> WeekdayPlugin::create(const QJsonObject &config,
                                                               QString *error) const
{
    Errors errors(error);
    for (auto it = config.begin(); it != config.end(); ++it) {
        if (it.key() != u"days" && it.key() != u"timeZone" && it.key() != u"hours")
            return errors.fail(it.key(), unknownField());
    }

    // days
    const QJsonValue daysValue = config.value(u"days"_s);
    if (daysValue.isUndefined()) {
        return errors.fail(u"days"_s, QCoreApplication::translate("WeekdayPlugin",
            "required: the days of the week on which the condition holds, e.g. [\"sat\", \"sun\"]"));
    }
    if (!daysValue.isArray()) {
        return errors.fail(u"days"_s, QCoreApplication::translate("WeekdayPlugin",
            "must be a list of days of the week, e.g. [\"sat\", \"sun\"]"));
    }
    const QJsonArray dayList = daysValue.toArray();
    if (dayList.isEmpty()) {
        return errors.fail(u"days"_s, QCoreApplication::translate("WeekdayPlugin",
            "is empty: name at least one day of the week"));
    }
    quint8 days = 0;
    for (qsizetype i = 0; i < dayList.size(); ++i) {
        const QJsonValue entry = dayList.at(i);
        const int day = entry.isString() ? parseDay(entry.toString()) : 0;
        if (day == 0) {
            return errors.fail(u"days/"_s + QString::number(i),
                QCoreApplication::translate("WeekdayPlugin", "%1 is not a day of the week")
                    .arg(jsonText(entry)));
        }
        days |= quint8(1u << (day - 1));
    }

    // timeZone
    QString zoneId = u"UTC"_s;
    if (const QJsonValue zoneValue = config.value(u"timeZone"_s); !zoneValue.isUndefined()) {
        zoneId = zoneValue.toString();
        // An empty id would mean the system's zone to QTimeZone: a flag must not depend on
        // the machine it is evaluated on.
        if (!zoneValue.isString() || zoneId.isEmpty()) {
            return errors.fail(u"timeZone"_s, QCoreApplication::translate("WeekdayPlugin",
                "must be an IANA time-zone id such as \"Europe/Berlin\""));
        }
    }
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid()) {
        return errors.fail(u"timeZone"_s, QCoreApplication::translate("WeekdayPlugin",
            "\"%1\" is not a known IANA time-zone id").arg(zoneId));
    }

    // hours
    std::optional<WeekdayCondition::Hours> hours;
    if (const QJsonValue hoursValue = config.value(u"hours"_s); !hoursValue.isUndefined()) {
        if (!hoursValue.isObject()) {
            return errors.fail(u"hours"_s, QCoreApplication::translate("WeekdayPlugin",
                "must be an object such as {\"from\": \"09:00\", \"to\": \"17:00\"}"));
        }
        const QJsonObject window = hoursValue.toObject();
        for (auto it = window.begin(); it != window.end(); ++it) {
            if (it.key() != u"from" && it.key() != u"to")
                return errors.fail(u"hours/"_s + it.key(), unknownField());
        }
        int bounds[2] = {};
        for (int i = 0; i < 2; ++i) {
            const QString name = i == 0 ? u"from"_s : u"to"_s;
            const QString field = u"hours/"_s + name;
            const QJsonValue value = window.value(name);
            if (value.isUndefined()) {
                return errors.fail(field, QCoreApplication::translate("WeekdayPlugin",
                    "required: a time of day such as \"09:00\""));
            }
            bounds[i] = value.isString() ? parseTimeOfDay(value.toString(), i == 1) : -1;
            if (bounds[i] < 0) {
                return errors.fail(field, QCoreApplication::translate("WeekdayPlugin",
                    "%1 is not a time of day in the form HH:MM, such as \"09:00\"")
                        .arg(jsonText(value)));
            }
        }
        if (bounds[1] <= bounds[0]) {
            return errors.fail(u"hours/to"_s, QCoreApplication::translate("WeekdayPlugin",
                "must be later than \"from\" (a window across midnight takes two rules)"));
        }
        hours = WeekdayCondition::Hours{bounds[0], bounds[1]};
    }

    if (error)
        error->clear();
    return std::make_unique<WeekdayCondition>(days, zone, zoneId, hours);
}
