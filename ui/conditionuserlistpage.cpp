// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionuserlistpage.h"

#include "conditionattributebox.h"
#include "conditionlistedit.h"
#include "problemlabel.h"

namespace Pennon {

using namespace Qt::StringLiterals;

ConditionUserListPage::ConditionUserListPage(QWidget *parent)
    : ConditionPage(parent)
    , m_attribute(new ConditionAttributeBox(this))
    , m_ids(new ConditionListEdit(ConditionListEdit::Split::Words, this))
{
    setObjectName(u"userListPage"_s);
    m_attribute->setObjectName(u"userListAttributeBox"_s);
    m_attribute->setAccessibleName(tr("Attribute"));
    m_attribute->setToolTip(tr("The context attribute compared with the ids"));
    m_ids->setObjectName(u"userListIdsEdit"_s);
    m_ids->setAccessibleName(tr("User ids"));
    m_ids->setPlaceholderText(tr("One id per line; pasted ids separated by commas, semicolons, tabs or spaces are split into lines"));
    addRow(tr("&Attribute:"), m_attribute, {u"/attribute"_s});
    QWidget *idsRow = addRow(tr("User &ids:"), m_ids, {u"/values"_s});
    m_count = addHint(idsRow);
    m_count->setObjectName(u"userListCountLabel"_s);
    setTabOrder(m_attribute, m_ids);

    connect(m_attribute, &ConditionAttributeBox::attributeEdited, this, [this] {
        UserListActivation after = m_value;
        after.attribute = m_attribute->attribute();
        commit(after, tr("Change the attribute"), u"attribute"_s);
    });
    connect(m_ids, &ConditionListEdit::valuesEdited, this, [this] {
        UserListActivation after = m_value;
        after.values = m_ids->values();
        updateCount(after.values.size());
        commit(after, tr("Change the user ids"), u"values"_s);
    });
    updateCount(0);
}

void ConditionUserListPage::setContext(const ConditionContext *context)
{
    ConditionPage::setContext(context);
    m_attribute->setSuggestions(this->context().attributes);
}

void ConditionUserListPage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    m_value = std::get<UserListActivation>(condition);
    m_attribute->setAttribute(m_value.attribute);
    m_ids->setValues(m_value.values);
    m_attribute->setEnabled(editable);
    m_ids->setReadOnly(!editable);
    updateCount(m_ids->values().size());
}

void ConditionUserListPage::commit(const UserListActivation &after, const QString &text,
                                   const QString &field)
{
    commitEdit(m_value, after, text, field);
}

void ConditionUserListPage::updateCount(qsizetype count)
{
    m_count->setMessage(tr("%Ln id(s)", nullptr, int(count)));
}

} // namespace Pennon
