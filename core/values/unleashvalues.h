// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "values/semver.h"

#include <QStringView>

#include <optional>

namespace Pennon::UnleashValues {

// Constraint operands as Unleash SDKs read them (the Node SDK, unleash-client, checked by the
// interop tests): for conditions whose source is Unleash (docs/unleash-import.md). Nothing here
// allocates, so the engine reads context values with it on every evaluation.

/// JavaScript's Number(text): surrounding white space ignored; "" and white space alone are 0;
/// decimal with an optional sign, fraction and exponent (too large: ±Infinity); "Infinity";
/// 0x, 0o and 0b integers without a sign. nullopt where Number() gives NaN.
std::optional<double> number(QStringView text);

/// A constraint's version as node-semver reads it: surrounding white space ignored, one leading
/// "v" allowed, then a strict Semantic Version.
std::optional<SemVerView> constraintVersion(QStringView text);

/// A context's version as the SDKs accept it: not starting with "v", then as a constraint's.
std::optional<SemVerView> contextVersion(QStringView text);

/// Whether address text is IPv6 text (SDKs keep the families apart: an IPv4 address matches
/// IPv4 ranges only, "::ffff:10.0.0.5" is not in "10.0.0.0/8").
bool isIPv6Text(QStringView text);

} // namespace Pennon::UnleashValues
