// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "usersform.h"

#include "formats/csvcontexts.h"
#include "problemlabel.h"

#include <QButtonGroup>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

UsersForm::UsersForm(const QString &objectPrefix, QWidget *parent)
    : QGroupBox(tr("Users"), parent)
    , m_synthetic(new QRadioButton(tr("S&ynthetic users"), this))
    , m_fromCsv(new QRadioButton(tr("Users from a C&SV file"), this))
    , m_users(new QSpinBox(this))
    , m_idPattern(new QLineEdit(u"user-{n}"_s, this))
    , m_idAttribute(new QLineEdit(u"userId"_s, this))
    , m_csvPath(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_attributeBox(new QWidget(this))
    , m_attributeRows(new QVBoxLayout)
    , m_addAttribute(new QPushButton(tr("A&dd Attribute"), this))
    , m_attributeHint(new ProblemLabel(this, ProblemLabel::Role::Hint))
    , m_preview(new QLabel(this))
    , m_prefix(objectPrefix)
{
    setObjectName(objectPrefix + u"Users"_s + u"Form"_s);
    m_synthetic->setObjectName(objectPrefix + u"Synthetic"_s);
    m_synthetic->setAccessibleName(tr("Synthetic users"));
    m_fromCsv->setObjectName(objectPrefix + u"FromCsv"_s);
    m_fromCsv->setAccessibleName(tr("Users from a CSV file"));
    m_synthetic->setChecked(true);
    auto *sourceGroup = new QButtonGroup(this);
    sourceGroup->addButton(m_synthetic);
    sourceGroup->addButton(m_fromCsv);
    m_users->setObjectName(objectPrefix + u"Users"_s);
    m_users->setAccessibleName(tr("Number of users"));
    m_users->setRange(1, 1'000'000'000);
    m_users->setValue(100'000);
    m_users->setGroupSeparatorShown(true);
    m_idPattern->setObjectName(objectPrefix + u"IdPattern"_s);
    m_idPattern->setAccessibleName(tr("Id pattern"));
    m_idPattern->setToolTip(tr("Every {n} becomes the user's number, from 0 to N − 1"));
    m_idAttribute->setObjectName(objectPrefix + u"IdAttribute"_s);
    m_idAttribute->setAccessibleName(tr("Id attribute"));
    m_csvPath->setObjectName(objectPrefix + u"CsvPath"_s);
    m_csvPath->setAccessibleName(tr("CSV file"));
    m_csvPath->setPlaceholderText(tr("A CSV file whose header row names the attributes"));
    m_browse->setObjectName(objectPrefix + u"Browse"_s);
    m_browse->setAccessibleName(tr("Choose the CSV file"));
    m_attributeBox->setObjectName(objectPrefix + u"Attributes"_s);
    m_addAttribute->setObjectName(objectPrefix + u"AddAttribute"_s);
    m_addAttribute->setAccessibleName(tr("Add an attribute"));
    m_addAttribute->setToolTip(tr("Adds a line for an attribute every synthetic user gets, NAME=GENERATOR"));
    m_attributeHint->setObjectName(objectPrefix + u"AttributeHint"_s);
    m_attributeHint->setMessage(tr("One attribute per line: country=de (a fixed value), "
                                   "country=choice(de:3,fr:1) (weighted), age=range(18,80), "
                                   "appVersion=version(4.0.0,5.2.0)."));
    m_preview->setObjectName(objectPrefix + u"AttributePreview"_s);
    m_preview->setAccessibleName(tr("The first synthetic user"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(this);
    form->addRow(m_synthetic);
    auto *usersLabel = new QLabel(tr("N&umber:"), this);
    usersLabel->setBuddy(m_users);
    form->addRow(usersLabel, m_users);
    auto *patternLabel = new QLabel(tr("&Id pattern:"), this);
    patternLabel->setBuddy(m_idPattern);
    form->addRow(patternLabel, m_idPattern);
    auto *attributeLabel = new QLabel(tr("Id &attribute:"), this);
    attributeLabel->setBuddy(m_idAttribute);
    form->addRow(attributeLabel, m_idAttribute);
    // Attribute generators (fixed value, weighted choice, number and version ranges): one
    // line each, parsed as typed.
    auto *attributeLayout = new QVBoxLayout(m_attributeBox);
    attributeLayout->setContentsMargins(0, 0, 0, 0);
    attributeLayout->addLayout(m_attributeRows);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addAttribute);
    addRow->addStretch(1);
    attributeLayout->addLayout(addRow);
    attributeLayout->addWidget(m_attributeHint);
    attributeLayout->addWidget(m_preview);
    auto *attributesLabel = new QLabel(tr("A&ttributes:"), this);
    attributesLabel->setBuddy(m_addAttribute);
    form->addRow(attributesLabel, m_attributeBox);
    form->addRow(m_fromCsv);
    auto *csvRow = new QHBoxLayout;
    csvRow->addWidget(m_csvPath, 1);
    csvRow->addWidget(m_browse);
    auto *csvLabel = new QLabel(tr("F&ile:"), this);
    csvLabel->setBuddy(m_csvPath);
    form->addRow(csvLabel, csvRow);

    setTabOrder(m_synthetic, m_users);
    setTabOrder(m_users, m_idPattern);
    setTabOrder(m_idPattern, m_idAttribute);
    setTabOrder(m_idAttribute, m_addAttribute);   // the attribute lines come in between
    setTabOrder(m_addAttribute, m_fromCsv);
    setTabOrder(m_fromCsv, m_csvPath);
    setTabOrder(m_csvPath, m_browse);

    connect(m_synthetic, &QRadioButton::toggled, this, &UsersForm::updateSource);
    connect(m_browse, &QPushButton::clicked, this, &UsersForm::chooseCsv);
    connect(m_addAttribute, &QPushButton::clicked, this, [this] { addAttribute(); });
    connect(this, &UsersForm::changed, this, &UsersForm::checkAttributes);
    for (QLineEdit *edit : {m_idPattern, m_idAttribute, m_csvPath})
        connect(edit, &QLineEdit::textChanged, this, &UsersForm::changed);
    connect(m_users, &QSpinBox::valueChanged, this, &UsersForm::changed);
    updateSource();
}

QWidget *UsersForm::firstField() const
{
    return m_synthetic;
}

QWidget *UsersForm::lastField() const
{
    return m_browse;
}

QString UsersForm::csvPath() const
{
    return m_fromCsv->isChecked() ? m_csvPath->text().trimmed() : QString();
}

bool UsersForm::options(SimulationOptions *options, QString *error, QWidget **field) const
{
    const auto fail = [&](const QString &message, QWidget *at) {
        *error = message;
        if (field)
            *field = at;
        return false;
    };
    if (m_fromCsv->isChecked()) {
        if (m_csvPath->text().trimmed().isEmpty())
            return fail(tr("Choose the CSV file of users."), m_csvPath);
        return true;   // read by readCsv(), off the GUI thread
    }
    options->users = m_users->value();
    options->idPattern = m_idPattern->text();
    if (!options->idPattern.contains(u"{n}"))
        return fail(tr("The id pattern must contain {n}, e.g. user-{n}."), m_idPattern);
    options->idAttribute = m_idAttribute->text().trimmed();
    if (options->idAttribute.isEmpty())
        return fail(tr("Name the attribute that receives the id, e.g. userId."), m_idAttribute);
    options->generators.clear();
    for (qsizetype i = 0; i < m_attributes.size(); ++i) {
        const QString spec = m_attributes.at(i).edit->text().trimmed();
        if (spec.isEmpty())
            continue;
        QString problem;
        const std::optional<AttributeGenerator> generator = AttributeGenerator::parse(spec, &problem);
        if (!generator)
            return fail(tr("Attribute %1: %2").arg(i + 1).arg(problem), m_attributes.at(i).edit);
        options->generators.append(*generator);
    }
    return true;
}

bool UsersForm::readCsv(const QString &path, SimulationOptions *options, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(path, file.errorString());
        return false;
    }
    Problems problems;
    options->contexts = CsvContexts::readCsv(file.readAll(), &problems);
    if (!options->contexts) {
        QStringList messages;
        for (const Problem &problem : std::as_const(problems))
            messages.append(problem.toString());
        *error = tr("%1: %2").arg(path, messages.join(u"; "_s));
        return false;
    }
    return true;
}

void UsersForm::addAttribute(const QString &spec)
{
    AttributeRow row;
    row.row = new QWidget(m_attributeBox);
    row.edit = new QLineEdit(spec, row.row);
    row.edit->setPlaceholderText(tr("NAME=GENERATOR, e.g. country=choice(de:3,fr:1)"));
    row.remove = new QPushButton(tr("Remove"), row.row);
    row.problem = new ProblemLabel(row.row);
    auto *rowLayout = new QGridLayout(row.row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(row.edit, 0, 0);
    rowLayout->addWidget(row.remove, 0, 1);
    rowLayout->addWidget(row.problem, 1, 0, 1, 2);
    QWidget *previous = m_attributes.isEmpty() ? static_cast<QWidget *>(m_idAttribute) : m_attributes.last().remove;
    m_attributeRows->addWidget(row.row);
    m_attributes.append(row);
    setTabOrder(previous, row.edit);
    setTabOrder(row.edit, row.remove);
    renumberAttributes();
    row.row->show();

    QWidget *rowWidget = row.row;
    connect(row.edit, &QLineEdit::textChanged, this, &UsersForm::changed);
    connect(row.remove, &QPushButton::clicked, this, [this, rowWidget] { removeAttribute(rowWidget); });
    row.edit->setFocus();
    Q_EMIT changed();
}

QStringList UsersForm::attributes() const
{
    QStringList specs;
    for (const AttributeRow &row : m_attributes) {
        const QString spec = row.edit->text().trimmed();
        if (!spec.isEmpty())
            specs.append(spec);
    }
    return specs;
}

void UsersForm::removeAttribute(QWidget *rowWidget)
{
    const auto it = std::find_if(m_attributes.begin(), m_attributes.end(),
                                 [rowWidget](const AttributeRow &row) { return row.row == rowWidget; });
    if (it == m_attributes.end())
        return;
    const qsizetype index = it - m_attributes.begin();
    m_attributes.erase(it);
    // The focus goes to the next line, else the previous one, else Add Attribute.
    if (index < m_attributes.size())
        m_attributes.at(index).edit->setFocus();
    else if (!m_attributes.isEmpty())
        m_attributes.last().edit->setFocus();
    else
        m_addAttribute->setFocus();
    rowWidget->hide();
    rowWidget->deleteLater();
    renumberAttributes();
    Q_EMIT changed();
}

void UsersForm::renumberAttributes()
{
    const QString &prefix = m_prefix;
    for (qsizetype i = 0; i < m_attributes.size(); ++i) {
        const AttributeRow &row = m_attributes.at(i);
        row.edit->setObjectName(prefix + u"Attribute"_s + QString::number(i));
        row.edit->setAccessibleName(tr("Attribute %1").arg(i + 1));
        row.remove->setObjectName(prefix + u"RemoveAttribute"_s + QString::number(i));
        row.remove->setAccessibleName(tr("Remove attribute %1").arg(i + 1));
        row.problem->setObjectName(prefix + u"AttributeProblem"_s + QString::number(i));
    }
}

void UsersForm::checkAttributes()
{
    // Every line parsed as typed: a bad one says why under it.
    QStringList sample;
    for (const AttributeRow &row : std::as_const(m_attributes)) {
        const QString spec = row.edit->text().trimmed();
        if (spec.isEmpty()) {
            row.problem->setMessage({});
            row.edit->setAccessibleDescription({});
            continue;
        }
        QString problem;
        const std::optional<AttributeGenerator> generator = AttributeGenerator::parse(spec, &problem);
        if (generator) {
            row.problem->setMessage({});
            row.edit->setAccessibleDescription({});
            sample.append(generator->name() + u'=' + generator->text(0));
        } else {
            row.problem->showProblem(problem, row.edit);
        }
    }
    // The first user as the simulator makes it.
    if (sample.isEmpty()) {
        m_preview->clear();
        m_preview->hide();
    } else {
        const QString id = m_idPattern->text().replace(u"{n}"_s, u"0"_s);
        m_preview->setText(tr("%1: %2", "the first synthetic user: its id, then its generated attributes")
                               .arg(id, sample.join(u", "_s)));
        m_preview->show();
    }
}

void UsersForm::updateSource()
{
    const bool synthetic = m_synthetic->isChecked();
    m_users->setEnabled(synthetic);
    m_idPattern->setEnabled(synthetic);
    m_idAttribute->setEnabled(synthetic);
    m_attributeBox->setEnabled(synthetic);
    m_csvPath->setEnabled(!synthetic);
    m_browse->setEnabled(!synthetic);
    Q_EMIT changed();
}

void UsersForm::chooseCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Users from a CSV File"), m_csvPath->text(),
                                                      tr("CSV files (*.csv);;All files (*)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (!path.isEmpty())
        m_csvPath->setText(path);
}

} // namespace Pennon
