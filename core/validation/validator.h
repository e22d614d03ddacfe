// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "validation/problem.h"

#include <QCoreApplication>

namespace Pennon {

/// Semantic checks on a decoded workspace: every rule of PRODUCT.md (split sums, regexes,
/// dates, semvers, CIDRs, value types, duplicate keys, unknown references, prerequisite
/// cycles, ...). Each problem names its place as a JSON pointer into the workspace's
/// Pennon JSON, e.g. "/flags/3/environments/production/rules/0/serve/split".
/// Every writer uses it: the editor, the importers, `flag put`.
class Validator final
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
public:
    static Problems validate(const Workspace &workspace);
    /// One flag in the context of a workspace (its environments, library, segments and the
    /// other flags for prerequisites). pathPrefix is where the flag sits, e.g. "/flags/3" or "".
    static Problems validateFlag(const Flag &flag, const Workspace &context,
                                 const QString &pathPrefix);
    /// A key of a flag, variation, activation, segment or environment: non-empty UTF-8
    /// text without control characters, at most 255 characters. Empty when valid.
    static QString keyProblem(const QString &key);
};

} // namespace Pennon
