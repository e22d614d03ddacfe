// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// The evaluation plan: flags compiled once for one environment. Internal to the engine.

#include "engine/activationplugin.h"
#include "engine/evaluationresult.h"
#include "model/workspace.h"
#include "validation/problem.h"
#include "values/cidr.h"
#include "values/semver.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
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
        Broken, ///< cannot be evaluated (plugin missing or rejected); makes the flag ERROR
    };
    Kind kind = Kind::Broken;
    int attribute = -1;
    QString label;          ///< for traces: "constraint email STR_ENDS_WITH", "segment eu"
    QString path;           ///< JSON pointer of the condition in the workspace

    // Constraints and lists.
    Operator op = Operator::In;
    bool negate = false;
    bool caseInsensitive = false;
    QSet<QString> set;                   ///< IN / user list, case-folded when caseInsensitive
    QStringList strings;                 ///< STR_* values (trimmed)
    QList<double> numbers;
    QList<qint64> instants;
    QList<SemVer> semvers;
    QList<Cidr> cidrs;
    QList<QRegularExpression> regexes;

    // Percentage gates.
    double percentage = 0;
    StickinessPlan stickiness;
    QByteArray salt;
    BucketingScheme scheme = BucketingScheme::Flagd;

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
    ErrorCode brokenCode = ErrorCode::General;
};

/// What a rule or the default serves.
struct ServePlan {
    int variation = -1;                  ///< when not a split
    bool isSplit = false;
    QList<std::pair<int, qint64>> weights;  ///< (variation index, weight)
    qint64 total = 100;
    StickinessPlan stickiness;
    QByteArray salt;
    BucketingScheme scheme = BucketingScheme::Flagd;
};

struct RulePlan {
    QString id;
    QString name;
    QList<ConditionPlan> conditions;
    ServePlan serve;
};

struct FlagPlan {
    Flag flag;
    QByteArray keyUtf8;
    bool configured = false;
    bool on = false;
    int offVariation = -1;
    QList<RulePlan> rules;
    ServePlan defaultServe;
    ErrorCode error = ErrorCode::None;   ///< set for flags that cannot be evaluated at all
};

struct EnginePlan {
    QString environment;
    QList<FlagPlan> flags;
    QHash<QString, int> flagIndex;
    QHash<QString, int> attributeIndex;
    QStringList attributeNames;
    int currentTimeAttribute = -1;
    Problems problems;
};

} // namespace Pennon
