// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"
#include "validation/problem.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>

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
    /// validateFlag() (pathPrefix "") for each of the context's flags with these keys, by key
    /// (keys the context lacks are left out): the same problems, with the context indexed once
    /// rather than once per flag, for a thousand drafts in a workspace of ten thousand flags.
    static QHash<QString, Problems> validateFlags(const QStringList &keys, const Workspace &context);
    /// A key of a flag, variation, activation, segment or environment: non-empty UTF-8
    /// text without control characters, at most 255 characters. Empty when valid.
    static QString keyProblem(const QString &key);
    /// One persona on its own (a valid key, a name, attributes named once each, not userId or
    /// currentTime, with values that fit their types); path is where it sits, e.g. "/personas/0".
    static Problems validatePersona(const Persona &persona, const QString &path);

    /// What an import kept that its source evaluates in a defined way although it cannot be
    /// fully used (docs/semantics.md, "Broken data"): each such part with its place and how
    /// it evaluates. These are not problems: the workspace can be saved.
    static Problems warnings(const Workspace &workspace);

    /// Why an Unleash-sourced constraint's operand cannot be used as Unleash SDKs read it
    /// (a pattern RE2 does not compile, a number, date or version that does not parse, no
    /// value), or an empty string when it can. The engine evaluates such a constraint's
    /// operator as false, before negate.
    static QString unleashOperandProblem(const ConstraintActivation &constraint);
};

/// The validator's checks of single conditions and serves against one workspace. The engine
/// asks it about each part it compiles and makes a part with a problem fail closed (a condition
/// that never holds, a serve that never serves: docs/semantics.md, "Broken data"), so that
/// what makes data broken is decided here only.
class PartChecker final
{
public:
    explicit PartChecker(const Workspace &workspace);
    ~PartChecker();
    PartChecker(const PartChecker &) = delete;
    PartChecker &operator=(const PartChecker &) = delete;

    /// The problems of one condition of a rule of `owner` (not following segments or library
    /// activations: those are checked where they are). Empty when it is usable.
    Problems condition(const Condition &condition, const QString &path, const Flag *owner) const;
    /// The problems of what a rule or the default serves.
    Problems serve(const Serve &serve, const Flag &flag, const QString &path) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Pennon
