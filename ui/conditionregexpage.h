// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

#include "values/pattern.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Pennon {

class ConditionAttributeBox;

/// A regular expression: the attribute, the pattern and whether case is ignored, with a
/// tester that says whether a value typed into it matches — by the engine's own Pattern, so
/// that what it says is what evaluation does.
class ConditionRegexPage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionRegexPage(QWidget *parent = nullptr);
    void setContext(const ConditionContext *context) override;
    void setCondition(const Condition &condition, bool editable) override;

private:
    void commit(const RegexActivation &after, const QString &text, const QString &field);
    void compile();
    void updateTry();

    RegexActivation m_value;
    std::optional<Pattern> m_compiled;
    QString m_compileError;
    QString m_compiledSource;
    bool m_compiledCase = false;
    bool m_compiledOnce = false;
    ConditionAttributeBox *m_attribute;
    QLineEdit *m_pattern;
    QCheckBox *m_caseInsensitive;
    QLineEdit *m_try;
    QLabel *m_tryResult;
};

} // namespace Pennon
