// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "repository.h"

namespace Pennon {

QString objectKindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Environment: return QStringLiteral("environment");
    case ObjectKind::Activation: return QStringLiteral("activation");
    case ObjectKind::Segment: return QStringLiteral("segment");
    case ObjectKind::Flag: return QStringLiteral("flag");
    case ObjectKind::Persona: return QStringLiteral("persona");
    }
    return {};
}

bool parseObjectKind(const QString &name, ObjectKind *out)
{
    for (ObjectKind kind : {ObjectKind::Environment, ObjectKind::Activation, ObjectKind::Segment,
                            ObjectKind::Flag, ObjectKind::Persona}) {
        if (objectKindName(kind) == name) {
            *out = kind;
            return true;
        }
    }
    return false;
}

} // namespace Pennon
