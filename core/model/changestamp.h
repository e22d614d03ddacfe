// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

namespace Pennon {

/// When an object was last changed, and by whom (kept by a workspace database).
struct ChangeStamp {
    QDateTime time;
    QString actor;
    friend bool operator==(const ChangeStamp &, const ChangeStamp &) = default;
};

} // namespace Pennon
