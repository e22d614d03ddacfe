// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "newflagdialog.h"

#include "problemlabel.h"

#include "text/flagtext.h"
#include "validation/validator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

NewFlagDialog::NewFlagDialog(const Workspace &workspace, QWidget *parent, const std::optional<Flag> &source)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_source(source)
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_keyError(new ProblemLabel(this))
    , m_variations(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Flag"));
    setObjectName(u"newFlagDialog"_s);
    m_key->setObjectName(u"newFlagKey"_s);
    m_key->setPlaceholderText(tr("e.g. new-checkout"));
    m_key->setAccessibleName(tr("Flag key"));
    m_name->setObjectName(u"newFlagName"_s);
    m_name->setPlaceholderText(tr("e.g. New checkout"));
    m_name->setAccessibleName(tr("Flag name"));
    m_type->setObjectName(u"newFlagType"_s);
    m_type->setAccessibleName(tr("Flag type"));
    for (FlagType type : {FlagType::Boolean, FlagType::String, FlagType::Number, FlagType::Json})
        m_type->addItem(FlagText::typeName(type), int(type));
    m_keyError->setObjectName(u"newFlagKeyError"_s);
    // An error's red, readable on the system palette's light or dark window, also after a
    // switch between the two while the dialog is open (ProblemLabel follows the palette).
    m_keyError->setWordWrap(true);
    m_variations->setObjectName(u"newFlagVariations"_s);
    m_variations->setWordWrap(true);

    auto *form = new QFormLayout;
    auto *keyLabel = new QLabel(tr("&Key:"), this);
    keyLabel->setBuddy(m_key);
    form->addRow(keyLabel, m_key);
    form->addRow(QString(), m_keyError);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *typeLabel = new QLabel(tr("&Type:"), this);
    typeLabel->setBuddy(m_type);
    form->addRow(typeLabel, m_type);
    form->addRow(tr("Variations:"), m_variations);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, &NewFlagDialog::update);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewFlagDialog::update);
    setTabOrder(m_key, m_name);
    setTabOrder(m_name, m_type);
    if (m_source) {
        // A copy: a free key next to the original's, its type and variations fixed.
        setWindowTitle(tr("Duplicate Flag %1").arg(m_source->key));
        QString key = m_source->key + u"-copy"_s;
        for (int n = 2; m_workspace.flag(key); ++n)
            key = m_source->key + u"-copy-"_s + QString::number(n);
        m_key->setText(key);
        m_key->selectAll();
        m_name->setText(tr("%1 (copy)").arg(m_source->name.isEmpty() ? m_source->key : m_source->name));
        m_type->setCurrentIndex(m_type->findData(int(m_source->type)));
        m_type->setEnabled(false);
    }
    update();
    resize(460, sizeHint().height());
}

EnvironmentConfig NewFlagDialog::switchedOff(const Flag &flag)
{
    // Off, serving the first variation: nothing changes until someone turns it on.
    EnvironmentConfig config;
    config.on = false;
    if (!flag.variations.isEmpty()) {
        config.offVariation = flag.variations.first().key;
        config.defaultServe = Serve::of(config.offVariation);
    }
    return config;
}

QList<Variation> NewFlagDialog::templateVariations(FlagType type)
{
    switch (type) {
    case FlagType::Boolean:
        return {{u"off"_s, QJsonValue(false), {}}, {u"on"_s, QJsonValue(true), {}}};
    case FlagType::String:
        return {{u"a"_s, QJsonValue(u"A"_s), {}}, {u"b"_s, QJsonValue(u"B"_s), {}}, {u"c"_s, QJsonValue(u"C"_s), {}}};
    case FlagType::Number:
        return {{u"low"_s, QJsonValue(0), {}}, {u"high"_s, QJsonValue(1), {}}};
    case FlagType::Json:
        return {{u"default"_s, QJsonObject{}, {}}, {u"alternative"_s, QJsonObject{{u"enabled"_s, true}}, {}}};
    }
    return {};
}

QString NewFlagDialog::keyProblem() const
{
    const QString key = m_key->text();
    if (key.isEmpty())
        return tr("A flag needs a key.");
    if (const QString problem = Validator::keyProblem(key); !problem.isEmpty())
        return problem;
    if (m_workspace.flag(key))
        return tr("A flag with the key %1 exists already.").arg(key);
    return {};
}

Flag NewFlagDialog::flag() const
{
    if (m_source) {
        Flag copy = *m_source;
        copy.key = m_key->text();
        copy.name = m_name->text().trimmed().isEmpty() ? copy.key : m_name->text().trimmed();
        copy.version = 0;
        copy.archived = false;
        return copy;
    }
    Flag flag;
    flag.key = m_key->text();
    flag.name = m_name->text().trimmed().isEmpty() ? flag.key : m_name->text().trimmed();
    flag.type = FlagType(m_type->currentData().toInt());
    flag.variations = templateVariations(flag.type);
    for (const Environment &environment : m_workspace.environments)
        flag.environments.insert(environment.key, switchedOff(flag));
    return flag;
}

void NewFlagDialog::update()
{
    const QString problem = m_key->text().isEmpty() ? QString() : keyProblem();
    m_keyError->setText(problem);
    m_keyError->setVisible(!problem.isEmpty());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(keyProblem().isEmpty());
    ok->setToolTip(keyProblem());
    QStringList variations;
    for (const Variation &variation : m_source ? m_source->variations
                                               : templateVariations(FlagType(m_type->currentData().toInt())))
        variations.append(variation.key + u" = "_s + FlagText::valueText(variation.value));
    m_variations->setText(variations.join(u", "_s));
}

} // namespace Pennon
