// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "bucketing.h"
#include "operators.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <variant>

namespace Pennon {

/// Whose rules a condition follows where its configuration cannot be fully used
/// (docs/semantics.md, "Broken data"). Pennon's own conditions fail closed: such a part never
/// holds, whatever negate, and the editors refuse to save it. An import marks what it keeps from
/// a source system that loads such parts and evaluates them in a defined way.
enum class ConditionSource : quint8 {
    Pennon,
    /// As Unleash SDKs: an operand that cannot be used (a pattern RE2 does not compile, a
    /// number, date or version that does not parse, no value) makes the operator false and
    /// negate then applies; an operator they do not know is false whatever negate; a segment
    /// that is not there is false. Operands are read as the SDKs read them.
    Unleash,
};

QString conditionSourceName(ConditionSource source);
bool parseConditionSource(const QString &name, ConditionSource *out);

/// Holds when the attribute (default userId) equals one of the values.
struct UserListActivation {
    QString attribute = QStringLiteral("userId");
    QStringList values;
    /// Unleash (userWithId): the values are the ids as SDKs split them, compared as written.
    ConditionSource source = ConditionSource::Pennon;
    friend bool operator==(const UserListActivation &, const UserListActivation &) = default;
};

/// Holds when the attribute's string value contains a match of the pattern.
struct RegexActivation {
    QString attribute = QStringLiteral("userId");
    QString pattern;
    bool caseInsensitive = false;
    friend bool operator==(const RegexActivation &, const RegexActivation &) = default;
};

/// `attribute OPERATOR values`, with negate and caseInsensitive.
struct ConstraintActivation {
    QString attribute;
    Operator op = Operator::In;
    QStringList values;
    bool negate = false;
    bool caseInsensitive = false;
    ConditionSource source = ConditionSource::Pennon;
    /// An operator the source wrote that Pennon does not know, kept as written (op is then
    /// meaningless); only with a source other than Pennon.
    QString unknownOperator;
    friend bool operator==(const ConstraintActivation &, const ConstraintActivation &) = default;
};

/// Holds for a share of the contexts, chosen by bucketing their stickiness.
struct PercentageActivation {
    double percentage = 0;          ///< 0..100
    Stickiness stickiness;
    QString salt;                   ///< empty: the scheme's default (the flag key)
    BucketingScheme scheme = BucketingScheme::Flagd;
    /// Unleash: the salt is the groupId as written; an empty one hashes as empty (":" + id).
    ConditionSource source = ConditionSource::Pennon;
    friend bool operator==(const PercentageActivation &, const PercentageActivation &) = default;
};

/// start <= currentTime < end, either bound optional; times are ISO 8601 text
/// interpreted in timeZone when they carry no offset.
struct ScheduleActivation {
    QString start;
    QString end;
    QString timeZone = QStringLiteral("UTC");
    friend bool operator==(const ScheduleActivation &, const ScheduleActivation &) = default;
};

/// The attribute (default remoteAddress) is a listed address or inside a listed CIDR range.
struct IpActivation {
    QString attribute = QStringLiteral("remoteAddress");
    QStringList values;
    /// Unleash (remoteAddress): the values are the entries as SDKs split them; the address
    /// matches an entry written exactly like it, or an IPv4 entry's range.
    ConditionSource source = ConditionSource::Pennon;
    friend bool operator==(const IpActivation &, const IpActivation &) = default;
};

/// Another flag serves one of the listed variations; an empty list means "enabled":
/// any variation but that flag's off variation.
struct PrerequisiteActivation {
    QString flag;
    QStringList variations;
    friend bool operator==(const PrerequisiteActivation &, const PrerequisiteActivation &) = default;
};

/// Every condition of the named segment holds.
struct SegmentActivation {
    QString segment;
    /// Unleash: the segment may be missing (an id the state does not hold), and then never holds.
    ConditionSource source = ConditionSource::Pennon;
    friend bool operator==(const SegmentActivation &, const SegmentActivation &) = default;
};

/// A custom type from a Qt plugin decides, given its JSON configuration.
struct PluginActivation {
    QString plugin;
    QJsonObject config;
    friend bool operator==(const PluginActivation &, const PluginActivation &) = default;
};

/// A use of a named activation from the workspace's library.
struct ActivationRef {
    QString key;
    friend bool operator==(const ActivationRef &, const ActivationRef &) = default;
};

enum class ActivationType {
    UserList, Regex, Constraint, Percentage, Schedule, IpCidr, Prerequisite, Segment, Plugin, Ref,
};

QString activationTypeName(ActivationType type);
bool parseActivationType(const QString &name, ActivationType *out);

/// One condition of a rule or segment: a built-in activation, a plugin, or a
/// reference to the library. The variant's order matches ActivationType.
using Condition = std::variant<UserListActivation, RegexActivation, ConstraintActivation,
                               PercentageActivation, ScheduleActivation, IpActivation,
                               PrerequisiteActivation, SegmentActivation, PluginActivation,
                               ActivationRef>;

ActivationType conditionType(const Condition &condition);

/// Listed values as conditions compare them (docs/semantics.md): trimmed, empty ones dropped.
QStringList listedValues(const QStringList &values);
/// Text whose case cannot change a comparison, so that a case-insensitive test is the plain one.
bool isCaseless(const QStringList &values);
/// Whether evaluating the conditions twice for one context may give two answers: a gate that
/// draws a random bucket and is neither 0 % nor 100 %.
bool drawsAtRandom(const QList<Condition> &conditions);

/// A named, reusable condition in the workspace's activation library (Novi's activations).
/// Its condition is never a reference itself.
struct Activation {
    QString key;
    QString name;
    QString description;
    Condition condition;
    qint64 version = 0;
    friend bool operator==(const Activation &, const Activation &) = default;
};

} // namespace Pennon
