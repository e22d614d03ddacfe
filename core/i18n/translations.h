// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

namespace Pennon {

/// Installs Pennon's translation (embedded at :/i18n) and Qt's own for the language of
/// the system locale, or for `language` ("de", "en") when given. Returns the language used.
QString installTranslations(QCoreApplication *app, const QString &language = {});

} // namespace Pennon
