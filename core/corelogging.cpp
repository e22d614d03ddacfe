// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "corelogging.h"

Q_LOGGING_CATEGORY(lcCore, "pennon.core", QtInfoMsg)
