// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "usersform.h"

#include "formats/csvcontexts.h"

#include <QButtonGroup>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>

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
    // Attribute generators (fixed value, weighted choice, number and version ranges) for the
    // synthetic users belong here, in this form, and in options().
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
    setTabOrder(m_idAttribute, m_fromCsv);
    setTabOrder(m_fromCsv, m_csvPath);
    setTabOrder(m_csvPath, m_browse);

    connect(m_synthetic, &QRadioButton::toggled, this, &UsersForm::updateSource);
    connect(m_browse, &QPushButton::clicked, this, &UsersForm::chooseCsv);
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
    // Attribute generators go here: they fill the options the core Simulator takes for them.
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

void UsersForm::updateSource()
{
    const bool synthetic = m_synthetic->isChecked();
    m_users->setEnabled(synthetic);
    m_idPattern->setEnabled(synthetic);
    m_idAttribute->setEnabled(synthetic);
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
