// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "uilogging.h"

namespace Pennon {

Q_LOGGING_CATEGORY(lcUi, "pennon.ui", QtInfoMsg)

} // namespace Pennon
