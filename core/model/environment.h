// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace Pennon {

/// A deployment stage. A protected environment asks for confirmation before a change.
struct Environment {
    QString key;
    QString name;
    bool isProtected = false;
    qint64 version = 0;
    friend bool operator==(const Environment &, const Environment &) = default;
};

} // namespace Pennon
