// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "repository.h"

#include <QByteArray>

#include <optional>
#include <variant>

namespace Pennon {

/// The before and after texts of the change history: Pennon JSON of one object (flags as
/// PennonJson::writeFlag writes them, the others as compact objects with the fields of
/// docs/pennon-json.md), and back.
class ObjectJson final
{
public:
    static QByteArray write(const StoredObject &object);
    static std::optional<StoredObject> read(ObjectKind kind, const QByteArray &text, Problems *problems);

    static ObjectKind kind(const StoredObject &object);
    static QString key(const StoredObject &object);
    static qint64 version(const StoredObject &object);
    static void setVersion(StoredObject *object, qint64 version);
};

} // namespace Pennon
