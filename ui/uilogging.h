// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace Pennon {

/// The ui library's logging category, "pennon.ui".
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace Pennon
