// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionlibrarypage.h"

#include "keypicker.h"

#include "model/workspace.h"
#include "text/conditiontext.h"

#include <QLabel>

namespace Pennon {

using namespace Qt::StringLiterals;

ConditionLibraryPage::ConditionLibraryPage(QWidget *parent)
    : ConditionPage(parent)
    , m_activation(new KeyPicker(this))
    , m_words(new QLabel(this))
    , m_description(new QLabel(this))
{
    setObjectName(u"libraryPage"_s);
    m_activation->setObjectName(u"libraryActivationBox"_s);
    m_activation->setAccessibleName(tr("Library activation"));
    m_activation->setPlaceholderText(tr("Choose an activation"));
    m_activation->setMaxVisibleItems(20);
    m_activation->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_words->setObjectName(u"libraryWordsLabel"_s);
    m_words->setAccessibleName(tr("The activation's condition"));
    m_words->setTextFormat(Qt::PlainText);
    m_words->setWordWrap(true);
    m_words->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setObjectName(u"libraryDescriptionLabel"_s);
    m_description->setAccessibleName(tr("The activation's description"));
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addRow(tr("&Activation:"), m_activation, {u"/activation"_s});
    addRow(tr("Holds when:"), m_words, {});
    m_descriptionRow = addRow(tr("Description:"), m_description, {});

    connect(m_activation, &QComboBox::activated, this, [this] {
        ActivationRef after = m_value;
        after.key = m_activation->currentKey();
        commit(after, tr("Change the library activation"), u"activation"_s);
    });
}

void ConditionLibraryPage::setContext(const ConditionContext *context)
{
    ConditionPage::setContext(context);
    QStringList keys;
    QStringList names;
    if (const Workspace *workspace = this->context().workspace) {
        for (const Activation &activation : workspace->activations) {
            keys.append(activation.key);
            names.append(keyAndName(activation.key, activation.name));
        }
    }
    const Updating updating(this);
    m_activation->setKeys(keys, names);
    show();
}

void ConditionLibraryPage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    m_value = std::get<ActivationRef>(condition);
    m_editable = editable;
    show();
}

void ConditionLibraryPage::show()
{
    m_activation->showKey(m_value.key, tr("%1 (not in the library)").arg(m_value.key));
    m_activation->setEnabled(m_editable);

    const Workspace *workspace = context().workspace;
    const Activation *activation = workspace ? workspace->activation(m_value.key) : nullptr;
    m_words->setText(activation ? ConditionText::describe(activation->condition, workspace) : tr("—"));
    m_description->setText(activation ? activation->description : QString());
    setRowVisible(m_descriptionRow, activation && !activation->description.isEmpty());
}

void ConditionLibraryPage::commit(const ActivationRef &after, const QString &text,
                                  const QString &field)
{
    commitEdit(m_value, after, text, field, [this] {
        const Updating updating(this);
        show();
    });
}

} // namespace Pennon
