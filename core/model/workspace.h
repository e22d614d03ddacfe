// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "activation.h"
#include "environment.h"
#include "flag.h"
#include "persona.h"
#include "segment.h"

#include <QList>

namespace Pennon {

/// Everything in one workspace, as plain values. Environments are in display order.
struct Workspace {
    QList<Environment> environments;
    QList<Activation> activations;
    QList<Segment> segments;
    QList<Flag> flags;
    /// Saved personas (Simulate ▸ Persona…): contexts to evaluate flags for; not configuration.
    QList<Persona> personas;

    /// development, staging and production; production protected.
    static QList<Environment> defaultEnvironments();
    /// The same workspace with every object's version 0: versions are bookkeeping of the
    /// database, not configuration.
    Workspace withoutVersions() const;

    const Environment *environment(const QString &key) const;
    const Activation *activation(const QString &key) const;
    const Segment *segment(const QString &key) const;
    const Flag *flag(const QString &key) const;
    const Persona *persona(const QString &key) const;
    friend bool operator==(const Workspace &, const Workspace &) = default;
};

} // namespace Pennon
