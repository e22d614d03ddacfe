// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionregexpage.h"

#include "conditionattributebox.h"
#include "problemlabel.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Pennon {

using namespace Qt::StringLiterals;

ConditionRegexPage::ConditionRegexPage(QWidget *parent)
    : ConditionPage(parent)
    , m_attribute(new ConditionAttributeBox(this))
    , m_pattern(new QLineEdit(this))
    , m_caseInsensitive(new QCheckBox(tr("Ignore &case"), this))
    , m_try(new QLineEdit(this))
    , m_tryResult(new QLabel(this))
{
    setObjectName(u"regexPage"_s);
    m_attribute->setObjectName(u"regexAttributeBox"_s);
    m_attribute->setAccessibleName(tr("Attribute"));
    m_pattern->setObjectName(u"regexPatternEdit"_s);
    m_pattern->setAccessibleName(tr("Pattern"));
    m_pattern->setPlaceholderText(tr("e.g. @example\\.com$"));
    m_pattern->setToolTip(tr("RE2 syntax, as Unleash SDKs read it: holds when the value contains a match. "
                             "No look-around, no back-references."));
    m_pattern->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_caseInsensitive->setObjectName(u"regexCaseBox"_s);
    m_caseInsensitive->setAccessibleName(tr("Ignore case"));
    m_try->setObjectName(u"regexTryEdit"_s);
    m_try->setAccessibleName(tr("Try a value"));
    m_try->setPlaceholderText(tr("Type a value to test the pattern"));
    m_try->setClearButtonEnabled(true);
    m_tryResult->setObjectName(u"regexTryResult"_s);
    m_tryResult->setAccessibleName(tr("Test result"));
    m_tryResult->setTextFormat(Qt::PlainText);
    m_tryResult->setWordWrap(true);

    addRow(tr("&Attribute:"), m_attribute, {u"/attribute"_s});
    addRow(tr("&Pattern:"), m_pattern, {u"/pattern"_s});
    addUnlabelledRow(m_caseInsensitive, {u"/caseInsensitive"_s});
    auto *tryCell = new QWidget(this);
    auto *tryLayout = new QHBoxLayout(tryCell);
    tryLayout->setContentsMargins(0, 0, 0, 0);
    tryLayout->addWidget(m_try, 3);
    tryLayout->addWidget(m_tryResult, 2);
    addRow(tr("T&ry a value:"), m_try, {}, tryCell);
    setTabOrder(m_attribute, m_pattern);
    setTabOrder(m_pattern, m_caseInsensitive);
    setTabOrder(m_caseInsensitive, m_try);

    connect(m_attribute, &ConditionAttributeBox::attributeEdited, this, [this] {
        RegexActivation after = m_value;
        after.attribute = m_attribute->attribute();
        commit(after, tr("Change the attribute"), u"attribute"_s);
    });
    connect(m_pattern, &QLineEdit::textEdited, this, [this] {
        RegexActivation after = m_value;
        after.pattern = m_pattern->text();
        commit(after, tr("Change the pattern"), u"pattern"_s);
    });
    connect(m_caseInsensitive, &QCheckBox::toggled, this, [this](bool checked) {
        RegexActivation after = m_value;
        after.caseInsensitive = checked;
        commit(after, checked ? tr("Ignore case") : tr("Match case"), u"caseInsensitive"_s);
    });
    connect(m_try, &QLineEdit::textChanged, this, &ConditionRegexPage::updateTry);
    compile();
}

void ConditionRegexPage::setContext(const ConditionContext *context)
{
    ConditionPage::setContext(context);
    m_attribute->setSuggestions(this->context().attributes);
}

void ConditionRegexPage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    m_value = std::get<RegexActivation>(condition);
    m_attribute->setAttribute(m_value.attribute);
    if (m_pattern->text() != m_value.pattern)
        m_pattern->setText(m_value.pattern);
    m_caseInsensitive->setChecked(m_value.caseInsensitive);
    m_attribute->setEnabled(editable);
    m_pattern->setReadOnly(!editable);
    m_caseInsensitive->setEnabled(editable);
    compile();
}

void ConditionRegexPage::commit(const RegexActivation &after, const QString &text,
                                const QString &field)
{
    commitEdit(m_value, after, text, field, [this] { compile(); });
}

void ConditionRegexPage::compile()
{
    // Once per pattern, not per value tried.
    if (m_compiledOnce && m_compiledSource == m_value.pattern && m_compiledCase == m_value.caseInsensitive)
        return;
    m_compiledOnce = true;
    m_compiledSource = m_value.pattern;
    m_compiledCase = m_value.caseInsensitive;
    m_compileError.clear();
    m_compiled = Pattern::compile(m_value.pattern, m_value.caseInsensitive, &m_compileError);
    updateTry();
}

void ConditionRegexPage::updateTry()
{
    if (!m_compiled) {
        m_tryResult->setText(tr("The pattern does not compile: %1").arg(m_compileError));
    } else if (m_try->text().isEmpty()) {
        m_tryResult->clear();
    } else {
        m_tryResult->setText(m_compiled->searchText(m_try->text()) ? tr("matches") : tr("does not match"));
    }
}

} // namespace Pennon
