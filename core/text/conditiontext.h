// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/activation.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Pennon {

struct Workspace;

/// Plain-language, translated descriptions of conditions, e.g. "userId is one of alice, bob",
/// "25 % of users by userId (flagd)", "between 2026-12-01 and 2026-12-24 (Europe/Berlin)".
/// The text is plain (not HTML); callers escape it where they render rich text.
class ConditionText final
{
    Q_DECLARE_TR_FUNCTIONS(ConditionText)
public:
    /// Describes one condition. With a workspace, references to library activations and
    /// segments are resolved to their names and, for activations, their own condition.
    static QString describe(const Condition &condition, const Workspace *context = nullptr);

    /// "alice, bob, carol" — long lists are cut after maxShown values ("… and 12 more").
    static QString valueList(const QStringList &values, int maxShown = 8);

    /// A schedule bound (ISO 8601) as shown to people: "2026-12-01" for midnight without an
    /// offset, "2026-12-01 18:30" for other local times, the text itself otherwise.
    static QString scheduleTime(const QString &iso);

    /// "12.5" — a percentage without trailing zeros, in the current locale.
    static QString percentage(double value);
};

} // namespace Pennon
