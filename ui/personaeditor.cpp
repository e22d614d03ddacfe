// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "personaeditor.h"

#include "formats/pennonjson.h"
#include "problemlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

enum Column { NameColumn, TypeColumn, ValueColumn, ColumnCount };

} // namespace

PersonaEditor::PersonaEditor(QWidget *parent)
    : QWidget(parent)
    , m_userId(new QLineEdit(this))
    , m_attributes(new QTableWidget(0, ColumnCount, this))
    , m_add(new QPushButton(tr("&Add Attribute"), this))
    , m_remove(new QPushButton(tr("&Remove Attribute"), this))
    , m_asOf(new QCheckBox(tr("Evaluate &as of:"), this))
    , m_time(new QDateTimeEdit(this))
    , m_problem(new ProblemLabel(this))
{
    m_userId->setObjectName(u"personaUserId"_s);
    m_userId->setAccessibleName(tr("User id"));
    m_userId->setPlaceholderText(tr("e.g. user-4471"));
    m_attributes->setObjectName(u"personaAttributes"_s);
    m_attributes->setAccessibleName(tr("Attributes"));
    m_attributes->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Value")});
    m_attributes->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_attributes->horizontalHeader()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_attributes->verticalHeader()->hide();
    m_attributes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attributes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_add->setObjectName(u"addAttribute"_s);
    m_add->setAccessibleName(tr("Add attribute"));
    m_remove->setObjectName(u"removeAttribute"_s);
    m_remove->setAccessibleName(tr("Remove attribute"));
    m_asOf->setObjectName(u"personaAsOf"_s);
    m_asOf->setAccessibleName(tr("Evaluate as of a moment"));
    m_asOf->setToolTip(tr("The context's currentTime; without it, flags are evaluated as of now"));
    m_time->setObjectName(u"personaCurrentTime"_s);
    m_time->setAccessibleName(tr("Evaluate as of"));
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDateTime(QDateTime::currentDateTimeUtc());
    m_time->setEnabled(false);
    m_problem->setObjectName(u"personaProblem"_s);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&User id:"), m_userId);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *time = new QHBoxLayout;
    time->addWidget(m_asOf);
    time->addWidget(m_time, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    auto *label = new QLabel(tr("A&ttributes:"), this);
    label->setBuddy(m_attributes);
    layout->addWidget(label);
    layout->addWidget(m_attributes, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addLayout(time);

    connect(m_userId, &QLineEdit::textChanged, this, &PersonaEditor::check);
    connect(m_add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_attributes->setCurrentCell(m_attributes->rowCount() - 1, NameColumn);
        m_attributes->cellWidget(m_attributes->rowCount() - 1, NameColumn)->setFocus(Qt::OtherFocusReason);
        check();
    });
    connect(m_remove, &QPushButton::clicked, this, &PersonaEditor::removeCurrentRow);
    connect(m_asOf, &QCheckBox::toggled, this, [this](bool on) {
        m_time->setEnabled(on);
        check();
    });
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_asOf->isChecked())
            check();
    });
    setTabOrder(m_userId, m_attributes);
    setTabOrder(m_attributes, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_asOf);
    setTabOrder(m_asOf, m_time);
    check();
}

QString PersonaEditor::userId() const
{
    return m_userId->text();
}

void PersonaEditor::setUserId(const QString &userId)
{
    m_userId->setText(userId);
}

QList<PersonaEditor::Attribute> PersonaEditor::attributes() const
{
    QList<Attribute> attributes;
    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const auto *name = qobject_cast<QLineEdit *>(m_attributes->cellWidget(row, NameColumn));
        const auto *type = qobject_cast<QComboBox *>(m_attributes->cellWidget(row, TypeColumn));
        const auto *value = qobject_cast<QLineEdit *>(m_attributes->cellWidget(row, ValueColumn));
        attributes.append({name->text().trimmed(), Type(type->currentIndex()), value->text()});
    }
    return attributes;
}

void PersonaEditor::setAttributes(const QList<Attribute> &attributes)
{
    {
        const QSignalBlocker blocker(this);
        m_attributes->setRowCount(0);
        for (const Attribute &attribute : attributes)
            addRow(attribute);
    }
    check();
}

std::optional<QDateTime> PersonaEditor::currentTime() const
{
    if (!m_asOf->isChecked())
        return std::nullopt;
    return m_time->dateTime().toUTC();
}

void PersonaEditor::setCurrentTime(const std::optional<QDateTime> &time)
{
    {
        const QSignalBlocker blocker(this);
        if (time)
            m_time->setDateTime(time->toUTC());
        m_asOf->setChecked(time.has_value());
    }
    check();
}

void PersonaEditor::addRow(const Attribute &attribute)
{
    const int row = m_attributes->rowCount();
    m_attributes->insertRow(row);
    auto *name = new QLineEdit(attribute.name, m_attributes);
    name->setAccessibleName(tr("Attribute name"));
    name->setPlaceholderText(tr("e.g. country"));
    name->setFrame(false);
    auto *type = new QComboBox(m_attributes);
    type->setAccessibleName(tr("Attribute type"));
    type->addItems({tr("String"), tr("Number"), tr("Boolean"), tr("Version"), tr("Date")});
    type->setCurrentIndex(int(attribute.type));
    auto *value = new QLineEdit(attribute.value, m_attributes);
    value->setAccessibleName(tr("Attribute value"));
    value->setFrame(false);
    m_attributes->setCellWidget(row, NameColumn, name);
    m_attributes->setCellWidget(row, TypeColumn, type);
    m_attributes->setCellWidget(row, ValueColumn, value);
    // The table's current row follows the field typed in, so that Remove takes that row.
    for (QWidget *field : std::initializer_list<QWidget *>{name, type, value})
        field->installEventFilter(this);
    connect(name, &QLineEdit::textChanged, this, &PersonaEditor::check);
    connect(value, &QLineEdit::textChanged, this, &PersonaEditor::check);
    connect(type, &QComboBox::currentIndexChanged, this, &PersonaEditor::check);
}

bool PersonaEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (int r = 0; r < m_attributes->rowCount(); ++r) {
            for (int c = 0; c < ColumnCount; ++c) {
                if (m_attributes->cellWidget(r, c) == watched)
                    m_attributes->setCurrentCell(r, c);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PersonaEditor::removeCurrentRow()
{
    int row = m_attributes->currentRow();
    if (row < 0 && m_attributes->rowCount() > 0)
        row = m_attributes->rowCount() - 1;
    if (row < 0)
        return;
    m_attributes->removeRow(row);
    check();
}

QJsonObject PersonaEditor::contextJson() const
{
    return persona().contextJson();
}

Persona PersonaEditor::persona() const
{
    Persona persona = m_persona;
    persona.userId = userId();
    persona.attributes = attributes();
    persona.currentTime = currentTime();
    return persona;
}

void PersonaEditor::setPersona(const Persona &persona)
{
    m_persona = persona;
    {
        const QSignalBlocker blocker(this);
        setUserId(persona.userId);
        setAttributes(persona.attributes);
        setCurrentTime(persona.currentTime);
    }
    check();
}

Context PersonaEditor::context() const
{
    Problems problems;
    return Context::fromJson(contextJson(), QString(), &problems).value_or(Context());
}

QString PersonaEditor::problem() const
{
    return m_problem->message();
}

QJsonObject PersonaEditor::save() const
{
    // The attributes as Pennon JSON keeps them (PennonJson::personaAttributesText).
    const QJsonArray rows = QJsonDocument::fromJson(PennonJson::personaAttributesText(attributes())).array();
    QJsonObject saved{{u"userId"_s, userId()}, {u"attributes"_s, rows}};
    if (!m_persona.key.isEmpty())
        saved.insert(u"key"_s, m_persona.key);
    if (const std::optional<QDateTime> time = currentTime())
        saved.insert(u"currentTime"_s, time->toString(Qt::ISODate));
    return saved;
}

void PersonaEditor::restore(const QJsonObject &saved)
{
    Problems problems;
    const QList<Attribute> rows = PennonJson::personaAttributesFromJson(saved.value(u"attributes"_s), QString(), &problems)
                                          .value_or(QList<Attribute>());
    {
        const QSignalBlocker blocker(this);
        setUserId(saved.value(u"userId"_s).toString());
        setAttributes(rows);
        const QDateTime time = QDateTime::fromString(saved.value(u"currentTime"_s).toString(), Qt::ISODate);
        setCurrentTime(time.isValid() ? std::optional<QDateTime>(time) : std::nullopt);
    }
    check();
}

void PersonaEditor::check()
{
    QStringList problems;
    QStringList seen;
    const QList<Attribute> rows = attributes();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Attribute &attribute = rows.at(i);
        if (attribute.name.isEmpty())
            continue;
        QString why;
        if (attribute.jsonValue(&why).isUndefined())
            problems.append(tr("%1: %2 (left out)").arg(attribute.name, why));
        else if (seen.contains(attribute.name) || attribute.name == u"userId" || attribute.name == u"currentTime")
            problems.append(tr("%1 is given twice: the last one counts").arg(attribute.name));
        seen.append(attribute.name);
    }
    m_problem->showProblem(problems.join(u'\n'), m_attributes);
    m_remove->setEnabled(m_attributes->rowCount() > 0);
    Q_EMIT changed();
}

} // namespace Pennon
