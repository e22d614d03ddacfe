// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;

namespace Pennon {

/// One instant of a DATE_* constraint: a date and time and the offset from UTC it is written
/// in, edited as the wall-clock time at that offset. value() is ISO 8601 as the engine reads it
/// (values/instant.h): "2026-05-01T09:30:00Z", "2026-05-01T09:30:00+02:00".
class ConditionInstantEdit final : public QWidget
{
    Q_OBJECT
public:
    explicit ConditionInstantEdit(QWidget *parent = nullptr);

    QString value() const;
    /// Shows the instant, unless the fields already show it; false (and nothing shown) when
    /// the text is no date-time the engine reads.
    bool setValue(const QString &iso);
    void setReadOnly(bool readOnly);

    QDateTimeEdit *dateTimeEdit() const { return m_dateTime; }
    QComboBox *offsetBox() const { return m_offset; }

    /// The wall-clock time (held as UTC) and the offset in seconds an ISO 8601 text is written
    /// in; a text without an offset is UTC, as DATE_* constraints read it.
    struct Reading {
        QDateTime wall;
        int offsetSeconds = 0;
        friend bool operator==(const Reading &, const Reading &) = default;
    };
    static std::optional<Reading> read(const QString &iso);
    /// The ISO 8601 text of a wall-clock time at an offset.
    static QString isoText(const QDateTime &wall, int offsetSeconds);

Q_SIGNALS:
    /// The user changed the date, the time or the offset; not sent for setValue().
    void valueEdited();

private:
    void selectOffset(int seconds);

    QDateTimeEdit *m_dateTime;
    QComboBox *m_offset;
    bool m_setting = false;
};

} // namespace Pennon
