// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "problem.h"

namespace Pennon {

struct Flag;
class PluginRegistry;

/// The configurations a flag gives its plugin conditions, checked by the plugins themselves
/// (ActivationPlugin::create), as the engine will: each one a loaded plugin rejects is a
/// problem at ".../conditions/C/config" with the plugin's reason. A plugin that is not loaded
/// here is not a problem (the service that evaluates may have it). pathPrefix is where the
/// flag sits ("" or "/flags/3").
Problems pluginConfigProblems(const Flag &flag, const PluginRegistry &registry, const QString &pathPrefix);

} // namespace Pennon
