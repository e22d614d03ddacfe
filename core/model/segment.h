// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "activation.h"

#include <QList>
#include <QString>

namespace Pennon {

/// A named group of conditions; it holds when every one of them holds.
struct Segment {
    QString key;
    QString name;
    QString description;
    QList<Condition> conditions;
    qint64 version = 0;
    friend bool operator==(const Segment &, const Segment &) = default;
};

} // namespace Pennon
