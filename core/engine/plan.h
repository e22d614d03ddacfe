// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// The evaluation plan: flags compiled once for one environment. Internal to the engine.

#include "engine/activationplugin.h"
#include "engine/bucketing.h"
#include "engine/evaluationresult.h"
#include "engine/operators.h"
#include "engine/textset.h"
#include "model/workspace.h"
#include "validation/problem.h"
#include "values/cidr.h"
#include "values/pattern.h"
#include "values/semver.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <memory>
#include <optional>

namespace Pennon {

/// Stickiness with attribute names replaced by attribute indices.
struct StickinessPlan {
    QVarLengthArray<int, 4> attributes;
    AbsencePolicy absence = AbsencePolicy::Skip;
};

/// One condition, ready to test. A single struct for all kinds keeps the walk simple;
/// only the fields of its kind are used.
struct ConditionPlan {
    enum class Kind : quint8 {
        UserList, Regex, Constraint, Percentage, Schedule, Ip, Prerequisite, Segment, Plugin,
        /// Its configuration cannot be used (docs/semantics.md, "Broken data"): it never holds,
        /// whatever its negate, and `broken` says why.
        Never,
        /// It cannot be evaluated at all (a plugin missing or rejecting its configuration,
        /// segments nested too deep): the flag evaluates as ERROR with errorCode.
        Error,
    };
    Kind kind = Kind::Never;
    int attribute = -1;
    QString label;          ///< for traces: "constraint email STR_ENDS_WITH", "segment eu"
    QString path;           ///< JSON pointer of the condition in the workspace
    QString broken;         ///< Never and Error: why

    // Constraints and lists.
    Operator op = Operator::In;
    bool negate = false;
    bool caseInsensitive = false;
    /// Operands read as Unleash SDKs read them (ConditionSource::Unleash).
    bool unleash = false;
    /// Unleash: the operand cannot be used (`broken` says why), so the operator is false and
    /// negate then applies.
    bool operandUnusable = false;
    /// Constraints: the operator's test (operators.cpp), before negation.
    ConstraintTest test = nullptr;
    TextSet set;                         ///< IN / NOT_IN / user list
    QStringList strings;                 ///< STR_* values (trimmed)
    QList<double> numbers;
    QList<qint64> instants;
    QList<SemVer> semvers;
    QList<Cidr> cidrs;                   ///< with unleash: the ranges written as IPv4
    QList<Cidr> cidrs6;                  ///< unleash only: the ranges written as IPv6
    QList<Pattern> patterns;

    // Percentage gates.
    double percentage = 0;
    StickinessPlan stickiness;
    Bucketing::Salted salted;            ///< the salt, hashed once; its scheme

    // Schedules.
    std::optional<qint64> start;
    std::optional<qint64> end;

    // Prerequisites.
    int flag = -1;
    QList<int> variations;               ///< empty: any variation but the flag's off variation

    // Segments: their conditions, all of which must hold.
    QList<ConditionPlan> children;

    // Plugins.
    std::shared_ptr<const PluginCondition> plugin;
    ErrorCode errorCode = ErrorCode::General; ///< Error only
};

/// What a serve or a split's bucket gives in place of a variation index, for the outcomes
/// other than a variation (ServeOutcome); -1 stays "no variation".
namespace Served {
constexpr int NoValue = -2;              ///< no variation, reason DEFAULT
constexpr int GeneralError = -3;         ///< the off variation, ERROR / GENERAL
constexpr int ParseError = -4;           ///< the off variation, ERROR / PARSE_ERROR
} // namespace Served

/// What a rule or the default serves.
struct ServePlan {
    /// When not a split: the variation's index, or a Served code.
    int variation = -1;
    QString source;                      ///< a served error: what the source system had
    bool isSplit = false;
    /// A split's variations (indices or Served codes) and their weights, side by side, so
    /// that the weights go to the bucketing walk as they are.
    QVarLengthArray<int, 4> variations;
    QVarLengthArray<qint64, 4> weights;
    qint64 total = 0;
    StickinessPlan stickiness;
    Bucketing::Salted salted;            ///< the salt, hashed once; its scheme
    /// Non-empty when it cannot serve (an unknown variation, weights that do not add up): a
    /// rule with it never matches; a default serve with it makes the flag ERROR.
    QString broken;
};

struct RulePlan {
    QString id;
    QString name;
    /// Skipped by the walk, as if it were not there; its conditions and serve are not
    /// compiled. It stays in the list so that rule indices are the workspace's positions.
    bool disabled = false;
    QList<ConditionPlan> conditions;
    ServePlan serve;
};

/// One flag, for the rule walk. The flag itself (key, variations) is in EnginePlan::flags.
struct FlagPlan {
    bool configured = false;
    bool on = false;
    int offVariation = -1;
    QList<RulePlan> rules;
    ServePlan defaultServe;
    ErrorCode error = ErrorCode::None;   ///< set for flags that cannot be evaluated at all
};

struct EnginePlan {
    QString environment;
    QList<Flag> flags;                   ///< the workspace's flags, as compiled
    QList<FlagPlan> plans;               ///< by the same index
    QHash<QString, int> flagIndex;
    QHash<QString, int> attributeIndex;
    QStringList attributeNames;
    int currentTimeAttribute = -1;
    Problems problems;
};

} // namespace Pennon
