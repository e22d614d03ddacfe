// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionprerequisitepage.h"

#include "problemlabel.h"
#include "flagvariationseditor.h"
#include "keypicker.h"

#include "model/workspace.h"

#include <QListWidget>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {
constexpr int KeyRole = Qt::UserRole;
} // namespace

ConditionPrerequisitePage::ConditionPrerequisitePage(QWidget *parent)
    : ConditionPage(parent)
    , m_flag(new KeyPicker(this))
    , m_variations(new QListWidget(this))
{
    setObjectName(u"prerequisitePage"_s);
    m_flag->setObjectName(u"prerequisiteFlagBox"_s);
    m_flag->setAccessibleName(tr("Prerequisite flag"));
    m_flag->setPlaceholderText(tr("Choose a flag"));
    m_flag->setMaxVisibleItems(20);
    m_flag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_variations->setObjectName(u"prerequisiteVariationsList"_s);
    m_variations->setAccessibleName(tr("Variations it must serve"));
    m_variations->setUniformItemSizes(true);
    m_variations->setFixedHeight(m_variations->fontMetrics().height() * 6 + 2 * m_variations->frameWidth() + 8);
    addRow(tr("&Flag:"), m_flag, {u"/flag"_s});
    QWidget *variationsRow = addRow(tr("&Serves:"), m_variations, {u"/variations"_s});
    m_hint = addHint(variationsRow);
    m_hint->setObjectName(u"prerequisiteHint"_s);
    setTabOrder(m_flag, m_variations);

    connect(m_flag, &QComboBox::activated, this, [this] {
        PrerequisiteActivation after = m_value;
        after.flag = m_flag->currentKey();
        // Another flag's variations are others.
        after.variations.clear();
        commit(after, tr("Change the prerequisite flag"), u"flag"_s);
        const Updating updating(this);
        showVariations();
    });
    connect(m_variations, &QListWidget::itemChanged, this, [this] {
        if (updating())
            return;
        PrerequisiteActivation after = m_value;
        after.variations.clear();
        for (int i = 0; i < m_variations->count(); ++i) {
            if (m_variations->item(i)->checkState() == Qt::Checked)
                after.variations.append(m_variations->item(i)->data(KeyRole).toString());
        }
        commit(after, tr("Change the variations the prerequisite serves"), u"variations"_s);
    });
}

void ConditionPrerequisitePage::setContext(const ConditionContext *context)
{
    ConditionPage::setContext(context);
    QStringList keys;
    QStringList names;
    if (const Workspace *workspace = this->context().workspace) {
        for (const Flag &flag : workspace->flags) {
            if (flag.key == this->context().flagKey)
                continue;
            keys.append(flag.key);
            names.append(flag.archived ? tr("%1 (archived)").arg(keyAndName(flag.key, flag.name))
                                       : keyAndName(flag.key, flag.name));
        }
    }
    const Updating updating(this);
    m_flag->setKeys(keys, names);
    showFlag();
    showVariations();
}

void ConditionPrerequisitePage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    m_value = std::get<PrerequisiteActivation>(condition);
    m_editable = editable;
    showFlag();
    showVariations();
}

void ConditionPrerequisitePage::showFlag()
{
    // A flag the workspace does not have (any more) is shown as such until another is chosen.
    m_flag->showKey(m_value.flag, tr("%1 (not in the workspace)").arg(m_value.flag));
    m_flag->setEnabled(m_editable);
}

void ConditionPrerequisitePage::showVariations()
{
    const Workspace *workspace = context().workspace;
    const Flag *flag = workspace ? workspace->flag(m_value.flag) : nullptr;
    // The flag's variations, then those the condition names that the flag does not have.
    QStringList keys;
    QStringList texts;
    if (flag) {
        for (const Variation &variation : flag->variations) {
            keys.append(variation.key);
            texts.append(tr("%1 = %2").arg(variation.key,
                                           FlagVariationsEditor::valueText(variation.value, flag->type)));
        }
    }
    for (const QString &key : m_value.variations) {
        if (!keys.contains(key)) {
            keys.append(key);
            texts.append(tr("%1 (not a variation of %2)").arg(key, m_value.flag));
        }
    }
    bool same = m_variations->count() == keys.size();
    for (int i = 0; same && i < keys.size(); ++i)
        same = m_variations->item(i)->data(KeyRole).toString() == keys.at(i)
                && m_variations->item(i)->text() == texts.at(i);
    if (!same) {
        m_variations->clear();
        for (qsizetype i = 0; i < keys.size(); ++i) {
            auto *item = new QListWidgetItem(texts.at(i), m_variations);
            item->setData(KeyRole, keys.at(i));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    for (int i = 0; i < m_variations->count(); ++i) {
        QListWidgetItem *item = m_variations->item(i);
        const Qt::CheckState state = m_value.variations.contains(item->data(KeyRole).toString())
                ? Qt::Checked : Qt::Unchecked;
        if (item->checkState() != state)
            item->setCheckState(state);
    }
    m_variations->setEnabled(m_editable);
    updateHint();
}

void ConditionPrerequisitePage::updateHint()
{
    const QString flag = m_value.flag.isEmpty() ? tr("the flag") : m_value.flag;
    m_hint->setMessage(m_value.variations.isEmpty()
            ? tr("None checked: holds when %1 is on, serving any variation but its off variation.").arg(flag)
            : tr("Holds when %1 serves one of the checked variations.").arg(flag));
}

void ConditionPrerequisitePage::commit(const PrerequisiteActivation &after, const QString &text,
                                       const QString &field)
{
    commitEdit(m_value, after, text, field, [this] { updateHint(); });
}

} // namespace Pennon
