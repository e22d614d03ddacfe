// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagmerge.h"

#include <QSet>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// One part: taken from the side that changed it; a conflict when both did, differently.
template<typename T>
bool mergePart(const T &base, const T &mine, const T &theirs, T *out)
{
    if (mine == base) {
        *out = theirs;
        return true;
    }
    if (theirs == base || theirs == mine) {
        *out = mine;
        return true;
    }
    return false;
}

} // namespace

std::optional<Flag> FlagMerge::threeWay(const Flag &base, const Flag &mine, const Flag &theirs,
                                        QStringList *conflicts)
{
    Flag merged = theirs;
    QStringList clashes;
    const auto part = [&](const QString &name, const auto &b, const auto &m, const auto &t, auto *out) {
        if (!mergePart(b, m, t, out))
            clashes.append(name);
    };
    part(u"name"_s, base.name, mine.name, theirs.name, &merged.name);
    part(u"description"_s, base.description, mine.description, theirs.description, &merged.description);
    part(u"tags"_s, base.tags, mine.tags, theirs.tags, &merged.tags);
    part(u"owner"_s, base.owner, mine.owner, theirs.owner, &merged.owner);
    part(u"archived"_s, base.archived, mine.archived, theirs.archived, &merged.archived);
    // The type and the variations go together: rules and splits name variations.
    const auto typed = [](const Flag &f) { return std::pair{f.type, f.variations}; };
    std::pair<FlagType, QList<Variation>> variations;
    part(u"variations"_s, typed(base), typed(mine), typed(theirs), &variations);
    merged.type = variations.first;
    merged.variations = variations.second;
    QSet<QString> environments;
    for (const Flag *f : {&base, &mine, &theirs}) {
        for (auto it = f->environments.cbegin(); it != f->environments.cend(); ++it)
            environments.insert(it.key());
    }
    for (const QString &key : environments) {
        const auto get = [&key](const Flag &f) {
            return f.environments.contains(key) ? std::optional<EnvironmentConfig>(f.environments.value(key)) : std::nullopt;
        };
        std::optional<EnvironmentConfig> config;
        part(u"environment "_s + key, get(base), get(mine), get(theirs), &config);
        if (config)
            merged.environments.insert(key, *config);
        else
            merged.environments.remove(key);
    }
    if (conflicts)
        *conflicts = clashes;
    if (!clashes.isEmpty())
        return std::nullopt;
    merged.version = theirs.version;
    return merged;
}

} // namespace Pennon
