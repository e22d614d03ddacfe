// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

/// The core library's logging category, `pennon.core` (STYLE.md: one per library).
Q_DECLARE_LOGGING_CATEGORY(lcCore)
