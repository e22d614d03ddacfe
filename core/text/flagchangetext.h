// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/workspace.h"

#include <QCoreApplication>
#include <QStringList>

namespace Pennon {

/// What an edit changes in a flag, in words, one line per change: the general fields, the
/// variations, and per environment its switch, off variation, rules (each rule before and
/// after: "Rule 2: percentage 10 % → 25 %"; "rule 2 disabled" when only that changed) and
/// default serve. For the review before a save.
class FlagChangeText final
{
    Q_DECLARE_TR_FUNCTIONS(FlagChangeText)
public:
    /// before null: the flag is new (and its environments are described as set up from off
    /// with no rules, when they are anything else).
    static QStringList describe(const Flag *before, const Flag &after, const Workspace *context = nullptr);
    /// "Name: old → new", "(nothing)" for an empty side: the words for any changed field.
    static QString fieldChange(const QString &field, const QString &was, const QString &is);
    /// The environments whose configuration the edit changes.
    static QStringList changedEnvironments(const Flag *before, const Flag &after);
};

} // namespace Pennon
