// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "workspace.h"

namespace Pennon {

namespace {
template<typename T>
const T *findByKey(const QList<T> &items, const QString &key)
{
    for (const T &item : items) {
        if (item.key == key)
            return &item;
    }
    return nullptr;
}
} // namespace

QList<Environment> Workspace::defaultEnvironments()
{
    return {
        {QStringLiteral("development"), QStringLiteral("Development"), false, 0},
        {QStringLiteral("staging"), QStringLiteral("Staging"), false, 0},
        {QStringLiteral("production"), QStringLiteral("Production"), true, 0},
    };
}

Workspace Workspace::withoutVersions() const
{
    Workspace copy = *this;
    for (Environment &e : copy.environments)
        e.version = 0;
    for (Activation &a : copy.activations)
        a.version = 0;
    for (Segment &s : copy.segments)
        s.version = 0;
    for (Flag &f : copy.flags)
        f.version = 0;
    for (Persona &p : copy.personas)
        p.version = 0;
    return copy;
}

const Environment *Workspace::environment(const QString &key) const { return findByKey(environments, key); }
const Activation *Workspace::activation(const QString &key) const { return findByKey(activations, key); }
const Segment *Workspace::segment(const QString &key) const { return findByKey(segments, key); }
const Flag *Workspace::flag(const QString &key) const { return findByKey(flags, key); }
const Persona *Workspace::persona(const QString &key) const { return findByKey(personas, key); }

} // namespace Pennon
