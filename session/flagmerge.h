// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"

#include <QStringList>

#include <optional>

namespace Pennon {

/// Three-way merge of two edits of one flag, part by part: the name, the description, the
/// tags, the owner, archived, the type with the variations, and each environment's
/// configuration as a whole. A part one side changed is taken from it; a part both changed
/// alike is taken; a part both changed differently is a conflict, and there is no merge.
class FlagMerge final
{
public:
    /// mine and theirs both started from base. The merge carries theirs' version.
    static std::optional<Flag> threeWay(const Flag &base, const Flag &mine, const Flag &theirs,
                                        QStringList *conflicts = nullptr);
};

} // namespace Pennon
