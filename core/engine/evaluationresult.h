// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Pennon {

/// Why a flag evaluated as it did (docs/semantics.md).
enum class Reason : quint8 { Disabled, TargetingMatch, Split, Default, Error };

/// What went wrong when the reason is Error.
enum class ErrorCode : quint8 {
    None,
    FlagNotFound,
    PrerequisiteCycle,   ///< the flag depends on itself through prerequisites
    PluginError,         ///< a plugin condition's plugin is missing or rejected its config
    NotConfigured,       ///< the flag has no configuration in this environment
    General,
    ParseError,          ///< served as a source system answers (flagd: targeting it cannot parse)
};

QString reasonName(Reason reason);        ///< "DISABLED", "TARGETING_MATCH", ...
QString errorCodeName(ErrorCode code);    ///< "FLAG_NOT_FOUND", ...

/// The outcome of one evaluation. Indices point into the engine's compiled flag, so a
/// result is a few integers and never allocates.
struct EvaluationResult {
    int flag = -1;        ///< the engine's flag index; -1 for an unknown flag
    int variation = -1;   ///< index into the flag's variations; -1 when none
    Reason reason = Reason::Error;
    ErrorCode error = ErrorCode::None;
    int rule = -1;        ///< index of the matched rule, -1 when none
};

} // namespace Pennon
