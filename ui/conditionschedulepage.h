// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

#include <QDateTime>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;

namespace Pennon {

/// A schedule: start and end (each may be left open) as wall-clock times in a time zone.
class ConditionSchedulePage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionSchedulePage(QWidget *parent = nullptr);
    void setCondition(const Condition &condition, bool editable) override;

    /// The wall-clock time (held as UTC) a schedule bound shows in the zone: a text without an
    /// offset as written, one with an offset converted; nullopt when it does not parse.
    static std::optional<QDateTime> wallTime(const QString &iso, const QString &timeZone);
    /// A wall-clock time as a bound: ISO 8601 without an offset, read in the schedule's zone.
    static QString boundText(const QDateTime &wall);

private:
    void commit(const ScheduleActivation &after, const QString &text, const QString &field);
    void showBound(const QString &iso, QDateTimeEdit *edit, QCheckBox *open);

    ScheduleActivation m_value;
    bool m_editable = true;
    QDateTimeEdit *m_start;
    QCheckBox *m_noStart;
    QDateTimeEdit *m_end;
    QCheckBox *m_noEnd;
    QComboBox *m_timeZone;
};

} // namespace Pennon
