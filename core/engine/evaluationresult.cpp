// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "evaluationresult.h"

namespace Pennon {

QString reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Disabled: return QStringLiteral("DISABLED");
    case Reason::TargetingMatch: return QStringLiteral("TARGETING_MATCH");
    case Reason::Split: return QStringLiteral("SPLIT");
    case Reason::Default: return QStringLiteral("DEFAULT");
    case Reason::Error: return QStringLiteral("ERROR");
    }
    return {};
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return {};
    case ErrorCode::FlagNotFound: return QStringLiteral("FLAG_NOT_FOUND");
    case ErrorCode::PrerequisiteCycle: return QStringLiteral("PREREQUISITE_CYCLE");
    case ErrorCode::PluginError: return QStringLiteral("PLUGIN_ERROR");
    case ErrorCode::NotConfigured: return QStringLiteral("NOT_CONFIGURED");
    case ErrorCode::General: return QStringLiteral("GENERAL");
    case ErrorCode::ParseError: return QStringLiteral("PARSE_ERROR");
    }
    return {};
}

} // namespace Pennon
