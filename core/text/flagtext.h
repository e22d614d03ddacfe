// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace Pennon {

/// Translated, plain-text names for a flag's parts: its type, its state, a value, and what a
/// rule or the default serves ("variation on", "a split by userId (flagd): a 50 %, b 50 %").
class FlagText final
{
    Q_DECLARE_TR_FUNCTIONS(FlagText)
public:
    static QString typeName(FlagType type);
    /// "On" or "Off".
    static QString stateName(bool on);
    /// A variation's value as JSON text: true, 42, "blue", {"a":1}.
    static QString valueText(const QJsonValue &value);
    /// What a serve or a split's bucket gives, in words: the variation's key, "no value (the
    /// application's default)", "error GENERAL (kept from "beta")".
    static QString servedText(ServeOutcome outcome, const QString &variation, const QString &source);
    /// A serve as a noun phrase for "Serves %1".
    static QString serveText(const Serve &serve);
    /// Where a flag uses one of its variations: "production: off variation", "staging: rule 2",
    /// "development: what it serves otherwise". Empty when nothing does.
    static QStringList variationUses(const Flag &flag, const QString &key);
    /// "a 50 %, b 50 %" — with the raw weights when the total is not 100.
    static QString weightsText(const Split &split);
    /// A rule's heading, numbered from 1: "Rule 2", "Rule 2: Beta testers", and for a
    /// disabled rule "Rule 2: Beta testers (disabled)".
    /// The name an environment is shown by: its name, else its key (also for one the
    /// workspace does not have).
    static QString environmentName(const Workspace &workspace, const QString &key);
    static QString ruleTitle(const Rule &rule, qsizetype number);
    /// A text about a rule marked as disabled: "%1 (disabled)".
    static QString disabledText(const QString &ruleText);
};

} // namespace Pennon
