// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QBoxLayout;
class QCheckBox;
class QPushButton;

namespace Pennon {

/// A change that reaches a protected environment is saved only once the user ticks that it
/// should be: the tick box (text names the environments) goes into layout, and save stays
/// disabled, saying why, until it is ticked. Returns the tick box.
QCheckBox *requireProtectedConfirmation(QBoxLayout *layout, QPushButton *save, const QString &text,
                                        const QString &objectName);

} // namespace Pennon
