// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditioninstantedit.h"

#include "values/instant.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QRegularExpression>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QString offsetText(int seconds)
{
    if (seconds == 0)
        return ConditionInstantEdit::tr("UTC");
    const int minutes = qAbs(seconds) / 60;
    const QString offset = (seconds < 0 ? u"-"_s : u"+"_s)
            + QString::number(minutes / 60).rightJustified(2, u'0') + u':'
            + QString::number(minutes % 60).rightJustified(2, u'0');
    return ConditionInstantEdit::tr("UTC%1").arg(offset);
}

} // namespace

ConditionInstantEdit::ConditionInstantEdit(QWidget *parent)
    : QWidget(parent)
    , m_dateTime(new QDateTimeEdit(this))
    , m_offset(new QComboBox(this))
{
    // Held as UTC so that every wall-clock time exists (the system's own zone has gaps).
    m_dateTime->setTimeSpec(Qt::UTC);
    m_dateTime->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_dateTime->setCalendarPopup(true);
    m_dateTime->setMinimumDateTime(QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC));
    m_dateTime->setMaximumDateTime(QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC));
    m_dateTime->setDateTime(QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(0, 0), Qt::UTC));
    m_dateTime->setObjectName(u"instantDateTimeEdit"_s);
    m_dateTime->setAccessibleName(tr("Date and time"));
    m_offset->setObjectName(u"instantOffsetBox"_s);
    m_offset->setAccessibleName(tr("Offset from UTC"));
    m_offset->setToolTip(tr("The offset from UTC the date and time are written in"));
    // Every offset in use is a multiple of a quarter of an hour, from -12:00 to +14:00.
    for (int minutes = -12 * 60; minutes <= 14 * 60; minutes += 15)
        m_offset->addItem(offsetText(minutes * 60), minutes * 60);
    m_offset->setMaxVisibleItems(16);
    selectOffset(0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_dateTime, 1);
    layout->addWidget(m_offset);
    setFocusProxy(m_dateTime);

    connect(m_dateTime, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_setting)
            Q_EMIT valueEdited();
    });
    connect(m_offset, &QComboBox::activated, this, [this] {
        if (!m_setting)
            Q_EMIT valueEdited();
    });
}

std::optional<ConditionInstantEdit::Reading> ConditionInstantEdit::read(const QString &iso)
{
    const QString text = iso.trimmed();
    const std::optional<Instant> instant = Instant::parse(text, QTimeZone::utc());
    if (!instant)
        return std::nullopt;
    static const QRegularExpression offset(
            u"[Tt ]\\d\\d:\\d\\d(?::\\d\\d(?:[.,]\\d+)?)?([Zz]|([+-])(\\d\\d)(?::?(\\d\\d))?)$"_s);
    int seconds = 0;
    const QRegularExpressionMatch match = offset.match(text);
    if (match.hasMatch() && match.capturedLength(2) > 0) {
        seconds = match.captured(3).toInt() * 3600 + match.captured(4).toInt() * 60;
        if (match.captured(2) == u"-")
            seconds = -seconds;
    }
    Reading reading;
    reading.wall = QDateTime::fromMSecsSinceEpoch(instant->msecsSinceEpoch() + qint64(seconds) * 1000, Qt::UTC);
    reading.offsetSeconds = seconds;
    return reading;
}

QString ConditionInstantEdit::isoText(const QDateTime &wall, int offsetSeconds)
{
    QString text = wall.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
    if (const int ms = wall.time().msec(); ms != 0)
        text += u'.' + QString::number(ms).rightJustified(3, u'0');
    if (offsetSeconds == 0)
        return text + u'Z';
    const int minutes = qAbs(offsetSeconds) / 60;
    return text + (offsetSeconds < 0 ? u'-' : u'+')
            + QString::number(minutes / 60).rightJustified(2, u'0') + u':'
            + QString::number(minutes % 60).rightJustified(2, u'0');
}

QString ConditionInstantEdit::value() const
{
    return isoText(m_dateTime->dateTime(), m_offset->currentData().toInt());
}

bool ConditionInstantEdit::setValue(const QString &iso)
{
    const std::optional<Reading> reading = read(iso);
    if (!reading)
        return false;
    if (read(value()) == reading)
        return true;
    m_setting = true;
    selectOffset(reading->offsetSeconds);
    m_dateTime->setDateTime(reading->wall);
    m_setting = false;
    return true;
}

void ConditionInstantEdit::setReadOnly(bool readOnly)
{
    m_dateTime->setReadOnly(readOnly);
    m_offset->setEnabled(!readOnly);
}

void ConditionInstantEdit::selectOffset(int seconds)
{
    int index = m_offset->findData(seconds);
    if (index < 0) {
        // An offset off the quarter-hour grid, as written in the data: offered where it sorts.
        index = 0;
        while (index < m_offset->count() && m_offset->itemData(index).toInt() < seconds)
            ++index;
        m_offset->insertItem(index, offsetText(seconds), seconds);
    }
    m_offset->setCurrentIndex(index);
}

} // namespace Pennon
