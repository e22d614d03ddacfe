// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionippage.h"

#include "conditionattributebox.h"
#include "conditionlistedit.h"
#include "problemlabel.h"

#include <QFontDatabase>

namespace Pennon {

using namespace Qt::StringLiterals;

ConditionIpPage::ConditionIpPage(QWidget *parent)
    : ConditionPage(parent)
    , m_attribute(new ConditionAttributeBox(this))
    , m_addresses(new ConditionListEdit(ConditionListEdit::Split::Words, this))
{
    setObjectName(u"ipPage"_s);
    m_attribute->setObjectName(u"ipAttributeBox"_s);
    m_attribute->setAccessibleName(tr("Attribute"));
    m_attribute->setToolTip(tr("The context attribute holding the client's address"));
    m_addresses->setObjectName(u"ipAddressesEdit"_s);
    m_addresses->setAccessibleName(tr("Addresses and ranges"));
    m_addresses->setPlaceholderText(tr("One address or CIDR range per line, e.g.\n10.0.0.0/8\n2001:db8::/32\n192.168.1.7"));
    m_addresses->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addRow(tr("&Attribute:"), m_attribute, {u"/attribute"_s});
    QWidget *addressesRow = addRow(tr("A&ddresses:"), m_addresses, {u"/values"_s});
    m_count = addHint(addressesRow);
    m_count->setObjectName(u"ipCountLabel"_s);
    setTabOrder(m_attribute, m_addresses);

    connect(m_attribute, &ConditionAttributeBox::attributeEdited, this, [this] {
        IpActivation after = m_value;
        after.attribute = m_attribute->attribute();
        commit(after, tr("Change the attribute"), u"attribute"_s);
    });
    connect(m_addresses, &ConditionListEdit::valuesEdited, this, [this] {
        IpActivation after = m_value;
        after.values = m_addresses->values();
        updateCount(after.values.size());
        commit(after, tr("Change the addresses"), u"values"_s);
    });
    updateCount(0);
}

void ConditionIpPage::setContext(const ConditionContext *context)
{
    ConditionPage::setContext(context);
    m_attribute->setSuggestions(this->context().attributes);
}

void ConditionIpPage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    m_value = std::get<IpActivation>(condition);
    m_attribute->setAttribute(m_value.attribute);
    m_addresses->setValues(m_value.values);
    m_attribute->setEnabled(editable);
    m_addresses->setReadOnly(!editable);
    updateCount(m_addresses->values().size());
}

void ConditionIpPage::commit(const IpActivation &after, const QString &text, const QString &field)
{
    commitEdit(m_value, after, text, field);
}

void ConditionIpPage::updateCount(qsizetype count)
{
    m_count->setMessage(tr("%Ln address(es) or range(s)", nullptr, int(count)));
}

} // namespace Pennon
