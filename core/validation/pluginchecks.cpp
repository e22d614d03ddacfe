// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "pluginchecks.h"

#include "engine/activationplugin.h"
#include "engine/pluginregistry.h"
#include "model/flag.h"

#include <QCoreApplication>

namespace Pennon {

using namespace Qt::StringLiterals;

Problems pluginConfigProblems(const Flag &flag, const PluginRegistry &registry, const QString &pathPrefix)
{
    Problems problems;
    for (auto config = flag.environments.cbegin(); config != flag.environments.cend(); ++config) {
        for (qsizetype r = 0; r < config->rules.size(); ++r) {
            const QList<Condition> &conditions = config->rules.at(r).conditions;
            for (qsizetype c = 0; c < conditions.size(); ++c) {
                const auto *condition = std::get_if<PluginActivation>(&conditions.at(c));
                const ActivationPlugin *plugin = condition ? registry.find(condition->plugin) : nullptr;
                if (!plugin)
                    continue;
                QString error;
                if (!plugin->create(condition->config, &error)) {
                    problems.append({pathPrefix + u"/environments/"_s + pointerToken(config.key())
                                             + u"/rules/"_s + QString::number(r) + u"/conditions/"_s
                                             + QString::number(c) + u"/config"_s,
                                     error.isEmpty() ? QCoreApplication::translate("PluginChecks", "the plugin %1 rejects its configuration")
                                                               .arg(condition->plugin)
                                                     : error});
                }
            }
        }
    }
    return problems;
}

} // namespace Pennon
