// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "conditionpluginpage.h"

#include "keypicker.h"
#include "problemlabel.h"

#include "engine/pluginregistry.h"
#include "json/jsonreader.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QPlainTextEdit>

namespace Pennon {

using namespace Qt::StringLiterals;

QString ConditionPluginPage::configText(const QJsonObject &config)
{
    return QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented)).trimmed();
}

ConditionPluginPage::ConditionPluginPage(QWidget *parent)
    : ConditionPage(parent)
    , m_plugin(new KeyPicker(this))
    , m_config(new QPlainTextEdit(this))
{
    setObjectName(u"pluginPage"_s);
    m_plugin->setObjectName(u"pluginBox"_s);
    m_plugin->setAccessibleName(tr("Plugin"));
    m_plugin->setPlaceholderText(tr("Choose a plugin"));
    m_config->setObjectName(u"pluginConfigEdit"_s);
    m_config->setAccessibleName(tr("Configuration (JSON)"));
    m_config->setPlaceholderText(tr("The plugin's configuration, a JSON object, e.g. {\"days\": [\"sat\", \"sun\"]}"));
    m_config->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_config->setTabChangesFocus(true);
    m_config->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_config->setFixedHeight(m_config->fontMetrics().lineSpacing() * 8 + 2 * m_config->frameWidth() + 8);
    QWidget *pluginRow = addRow(tr("&Plugin:"), m_plugin, {u"/plugin"_s});
    m_pluginHint = addHint(pluginRow);
    m_pluginHint->setObjectName(u"pluginHint"_s);
    addRow(tr("&Configuration:"), m_config, {u"/config"_s});
    setTabOrder(m_plugin, m_config);

    connect(m_plugin, &QComboBox::activated, this, [this] {
        PluginActivation after = m_value;
        after.plugin = m_plugin->currentKey();
        commit(after, tr("Change the plugin"), u"plugin"_s);
    });
    connect(m_config, &QPlainTextEdit::textChanged, this, &ConditionPluginPage::configEdited);
}

void ConditionPluginPage::setContext(const ConditionContext *context)
{
    ConditionPage::setContext(context);
    const PluginRegistry *plugins = this->context().plugins;
    const QStringList types = plugins ? plugins->types() : QStringList();
    QStringList texts;
    for (const QString &type : types)
        texts.append(tr("%1 (%2)").arg(plugins->find(type)->displayName(), type));
    const Updating updating(this);
    m_plugin->setKeys(types, texts);
    showPlugin();
    check();
}

void ConditionPluginPage::setCondition(const Condition &condition, bool editable)
{
    const Updating updating(this);
    const QJsonObject before = m_value.config;
    m_value = std::get<PluginActivation>(condition);
    m_editable = editable;
    showPlugin();
    // The text stays while it says what the condition does, and while it is no JSON yet but
    // being typed (the condition keeps the last configuration that was).
    const QString text = m_config->toPlainText();
    bool shows = false;
    if (text.trimmed().isEmpty()) {
        shows = m_value.config.isEmpty();
    } else if (!m_jsonProblem.isEmpty()) {
        shows = m_value.config == before;
    } else {
        Problem problem;
        const std::optional<QJsonValue> value = JsonReader::parse(text.toUtf8(), &problem);
        shows = value && value->isObject() && value->toObject() == m_value.config;
    }
    if (!shows) {
        m_config->setPlainText(m_value.config.isEmpty() ? QString() : configText(m_value.config));
        m_jsonProblem.clear();
    }
    m_config->setReadOnly(!editable);
    check();
}

void ConditionPluginPage::showPlugin()
{
    m_plugin->showKey(m_value.plugin, tr("%1 (not loaded)").arg(m_value.plugin));
    m_plugin->setEnabled(m_editable);
    m_pluginHint->setMessage(m_plugin->keys().isEmpty()
            ? tr("No activation plugins are loaded. Pennon looks for them in its activations folder "
                 "and in $PENNON_PLUGIN_PATH.")
            : QString());
}

void ConditionPluginPage::configEdited()
{
    if (updating())
        return;
    const QString text = m_config->toPlainText();
    QJsonObject config;
    if (text.trimmed().isEmpty()) {
        m_jsonProblem.clear();   // no configuration: an empty object
    } else {
        Problem problem;
        const std::optional<QJsonValue> value = JsonReader::parse(text.toUtf8(), &problem);
        if (!value)
            m_jsonProblem = tr("Not JSON: %1").arg(problem.message);
        else if (!value->isObject())
            m_jsonProblem = tr("The configuration is a JSON object: {…}");
        else
            m_jsonProblem.clear();
        if (value && value->isObject())
            config = value->toObject();
    }
    if (!m_jsonProblem.isEmpty()) {
        check();
        Q_EMIT ownProblemsChanged();
        return;
    }
    PluginActivation after = m_value;
    after.config = config;
    if (after == m_value) {
        check();
        Q_EMIT ownProblemsChanged();
        return;
    }
    commit(after, tr("Change the plugin's configuration"), u"config"_s);
}

void ConditionPluginPage::check()
{
    m_problems.clear();
    if (!m_jsonProblem.isEmpty()) {
        m_problems.append({u"/config"_s, m_jsonProblem});
        return;
    }
    const PluginRegistry *plugins = context().plugins;
    const ActivationPlugin *plugin = plugins && !m_value.plugin.isEmpty() ? plugins->find(m_value.plugin) : nullptr;
    if (!plugin) {
        if (!m_value.plugin.isEmpty())
            m_problems.append({u"/plugin"_s, tr("plugin \"%1\" is not loaded: the condition cannot be evaluated").arg(m_value.plugin)});
        return;
    }
    // The plugin's own judgement of the configuration, as the engine will ask for it.
    QString error;
    if (!plugin->create(m_value.config, &error))
        m_problems.append({u"/config"_s, error.isEmpty() ? tr("%1 does not accept this configuration").arg(plugin->displayName())
                                                         : tr("%1 does not accept it: %2").arg(plugin->displayName(), error)});
}

Problems ConditionPluginPage::ownProblems() const
{
    return m_problems;
}

void ConditionPluginPage::commit(const PluginActivation &after, const QString &text,
                                 const QString &field)
{
    commitEdit(m_value, after, text, field, [this] { check(); });
}

} // namespace Pennon
