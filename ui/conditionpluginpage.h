// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "conditionpage.h"

#include <QJsonObject>

class QPlainTextEdit;

namespace Pennon {

class KeyPicker;

/// A custom type from a plugin: the plugin, chosen from the registry, and its JSON
/// configuration, checked as it is typed — first as JSON (the error with its line and
/// column), then by the plugin itself.
class ConditionPluginPage final : public ConditionPage
{
    Q_OBJECT
public:
    explicit ConditionPluginPage(QWidget *parent = nullptr);
    void setContext(const ConditionContext *context) override;
    void setCondition(const Condition &condition, bool editable) override;
    Problems ownProblems() const override;

    /// The configuration as the editor shows it: indented JSON.
    static QString configText(const QJsonObject &config);

private:
    void commit(const PluginActivation &after, const QString &text, const QString &field);
    void showPlugin();
    void configEdited();
    void check();

    PluginActivation m_value;
    bool m_editable = true;
    /// What the text says when it is no JSON object, with its place.
    QString m_jsonProblem;
    Problems m_problems;
    KeyPicker *m_plugin;
    QPlainTextEdit *m_config;
    ProblemLabel *m_pluginHint;
};

} // namespace Pennon
