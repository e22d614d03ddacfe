// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionschedulepage.h"

#include "problemlabel.h"

#include "values/instant.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTimeZone>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// Whether an ISO 8601 date-time carries its own offset (Z, +02:00, ...).
bool hasOffset(const QString &iso)
{
    static const QRegularExpression offset(u"[Tt ]\\d\\d:\\d\\d.*([Zz]|[+-]\\d\\d(:?\\d\\d)?)$"_s);
    return offset.match(iso).hasMatch();
}

const QStringList &timeZoneIds()
{
    static const QStringList ids = [] {
        QStringList list;
        const QList<QByteArray> available = QTimeZone::availableTimeZoneIds();
        list.reserve(available.size());
        for (const QByteArray &id : available)
            list.append(QString::fromUtf8(id));
        return list;
    }();
    return ids;
}

QDateTimeEdit *makeBoundEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    // Held as UTC so that every wall-clock time of the schedule's zone exists in the editor.
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    edit->setCalendarPopup(true);
    edit->setMinimumDateTime(QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC));
    edit->setMaximumDateTime(QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC));
    return edit;
}

} // namespace

std::optional<QDateTime> ConditionSchedulePage::wallTime(const QString &iso, const QString &timeZone)
{
    if (!hasOffset(iso)) {
        // Read as if UTC, the wall-clock time as written.
        const auto instant = Instant::parse(iso, QTimeZone::utc());
        if (!instant)
            return std::nullopt;
        return QDateTime::fromMSecsSinceEpoch(instant->msecsSinceEpoch(), Qt::UTC);
    }
    const auto instant = Instant::parse(iso, QTimeZone::utc());
    if (!instant)
        return std::nullopt;
    const QTimeZone zone(timeZone.toUtf8());
    const QDateTime there = QDateTime::fromMSecsSinceEpoch(instant->msecsSinceEpoch(),
                                                           zone.isValid() ? zone : QTimeZone::utc());
    return QDateTime(there.date(), there.time(), Qt::UTC);
}

QString ConditionSchedulePage::boundText(const QDateTime &wall)
{
    return wall.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
}

ConditionSchedulePage::ConditionSchedulePage(QWidget *parent)
    : ConditionPage(parent)
    , m_start(makeBoundEdit(this))
    , m_noStart(new QCheckBox(tr("No st&art"), this))
    , m_end(makeBoundEdit(this))
    , m_noEnd(new QCheckBox(tr("No en&d"), this))
    , m_timeZone(new QComboBox(this))
{
    setObjectName(u"schedulePage"_s);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_start->setObjectName(u"scheduleStartEdit"_s);
    m_start->setAccessibleName(tr("Start"));
    m_start->setDateTime(QDateTime(today, QTime(0, 0), Qt::UTC));
    m_noStart->setObjectName(u"scheduleNoStartBox"_s);
    m_noStart->setAccessibleName(tr("No start"));
    m_noStart->setToolTip(tr("Holds from any time until the end"));
    m_end->setObjectName(u"scheduleEndEdit"_s);
    m_end->setAccessibleName(tr("End"));
    m_end->setDateTime(QDateTime(today.addDays(7), QTime(0, 0), Qt::UTC));
    m_noEnd->setObjectName(u"scheduleNoEndBox"_s);
    m_noEnd->setAccessibleName(tr("No end"));
    m_noEnd->setToolTip(tr("Holds from the start on, for ever"));
    m_timeZone->setObjectName(u"scheduleTimeZoneBox"_s);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    m_timeZone->addItems(timeZoneIds());
    m_timeZone->setMaxVisibleItems(16);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);

    const auto boundCell = [this](QDateTimeEdit *edit, QCheckBox *open) {
        auto *cell = new QWidget(this);
        auto *layout = new QHBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(open);
        return cell;
    };
    addRow(tr("&Start:"), m_start, {u"/start"_s}, boundCell(m_start, m_noStart));
    alsoDescribe(u"/start"_s, m_noStart);
    addRow(tr("&End:"), m_end, {u"/end"_s}, boundCell(m_end, m_noEnd));
    alsoDescribe(u"/end"_s, m_noEnd);
    // The two date fields as wide as each other.
    const int openWidth = qMax(m_noStart->sizeHint().width(), m_noEnd->sizeHint().width());
    m_noStart->setMinimumWidth(openWidth);
    m_noEnd->setMinimumWidth(openWidth);
    QWidget *zoneRow = addRow(tr("Time &zone:"), m_timeZone, {u"/timeZone"_s});
    ProblemLabel *hint = addHint(zoneRow);
    hint->setObjectName(u"scheduleHint"_s);
    hint->setMessage(tr("Holds from the start, included, until the end, excluded; the times are "
                        "wall-clock times in the time zone."));
    setTabOrder(m_start, m_noStart);
    setTabOrder(m_noStart, m_end);
    setTabOrder(m_end, m_noEnd);
    setTabOrder(m_noEnd, m_timeZone);

    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &wall) {
        if (m_noStart->isChecked())
            return;
        ScheduleActivation after = m_value;
        after.start = boundText(wall);
        commit(after, tr("Change the start"), u"start"_s);
    });
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &wall) {
        if (m_noEnd->isChecked())
            return;
        ScheduleActivation after = m_value;
        after.end = boundText(wall);
        commit(after, tr("Change the end"), u"end"_s);
    });
    connect(m_noStart, &QCheckBox::toggled, this, [this](bool open) {
        ScheduleActivation after = m_value;
        after.start = open ? QString() : boundText(m_start->dateTime());
        m_start->setEnabled(m_editable && !open);
        commit(after, open ? tr("Remove the start") : tr("Set a start"), u"start"_s);
    });
    connect(m_noEnd, &QCheckBox::toggled, this, [this](bool open) {
        ScheduleActivation after = m_value;
        after.end = open ? QString() : boundText(m_end->dateTime());
        m_end->setEnabled(m_editable && !open);
        commit(after, open ? tr("Remove the end") : tr("Set an end"), u"end"_s);
    });
    connect(m_timeZone, &QComboBox::editTextChanged, this, [this](const QString &text) {
        ScheduleActivation after = m_value;
        after.timeZone = text.trimmed();
        commit(after, tr("Change the time zone"), u"timeZone"_s);
    });
}

void ConditionSchedulePage::showBound(const QString &iso, QDateTimeEdit *edit, QCheckBox *open)
{
    open->setChecked(iso.isEmpty());
    open->setEnabled(m_editable);
    edit->setEnabled(m_editable && !iso.isEmpty());
    if (iso.isEmpty())
        return;
    // A bound that does not parse keeps the editor's time; the message says what is wrong.
    const std::optional<QDateTime> wall = wallTime(iso, m_value.timeZone);
    if (wall && edit->dateTime() != *wall)
        edit->setDateTime(*wall);
}

void ConditionSchedulePage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    m_value = std::get<ScheduleActivation>(condition);
    m_editable = editable;
    showBound(m_value.start, m_start, m_noStart);
    showBound(m_value.end, m_end, m_noEnd);
    if (m_timeZone->currentText().trimmed() != m_value.timeZone) {
        const int index = m_timeZone->findText(m_value.timeZone);
        m_timeZone->setCurrentIndex(index);
        if (index < 0)
            m_timeZone->setEditText(m_value.timeZone);
    }
    m_timeZone->setEnabled(editable);
}

void ConditionSchedulePage::commit(const ScheduleActivation &after, const QString &text,
                                   const QString &field)
{
    const bool zoneChanged = after.timeZone != m_value.timeZone;
    commitEdit(m_value, after, text, field, [this, zoneChanged] {
        if (!zoneChanged)
            return;
        // Bounds written with their own offset show another wall-clock time in another zone.
        const Updating updating(this);
        showBound(m_value.start, m_start, m_noStart);
        showBound(m_value.end, m_end, m_noEnd);
    });
}

} // namespace Pennon
