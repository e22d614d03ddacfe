// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// The constraint operators and what every reader of a constraint needs to know about them:
// the validator, the engine's compiler, the condition texts, the rule editor, and the Unleash
// and flagd imports and exports all ask this table instead of keeping lists of their own.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace Pennon {

/// Constraint operators of docs/semantics.md ("Constraint operators").
enum class Operator {
    In, NotIn,
    StrContains, StrStartsWith, StrEndsWith,
    Regex,
    NumEq, NumGt, NumGte, NumLt, NumLte,
    DateAfter, DateBefore,
    SemverEq, SemverGt, SemverGte, SemverLt, SemverLte,
    InCidr,
    Present, Absent,
};

/// What an operator's listed values are, and so how each of them is read.
enum class OperandType : quint8 {
    None,       ///< no values: PRESENT, ABSENT
    Text,       ///< compared as text: IN, NOT_IN, STR_*
    Pattern,    ///< regular expressions (values/pattern): REGEX
    Number,     ///< decimal numbers: NUM_*
    Date,       ///< ISO 8601 instants: DATE_*
    Version,    ///< strict Semantic Versions: SEMVER_*
    Address,    ///< IP addresses and CIDR ranges: IN_CIDR
};

/// How flagd expresses an operator: the JsonLogic that Pennon's flagd export writes for it,
/// and that the flagd import reads back as the operator (docs/flagd.md).
enum class FlagdForm : quint8 {
    None,       ///< flagd cannot express it: IN_CIDR
    /// flagdOperator (>=, <) between $flagd.timestamp, whole seconds, and a number: DATE_*
    /// on instants flagd's seconds can express (DATE_BEFORE on a whole second, DATE_AFTER one
    /// millisecond before one)
    Timestamp,
    TextSet,    ///< the value's text is one of the values (IN)
    Complement, ///< the negation of its complement's form (NOT_IN: not IN)
    TextTest,   ///< JsonLogic's flagdOperator (in, starts_with, ends_with) on the value's text
    FixedText,  ///< only patterns of fixed text, written as text tests (REGEX)
    Comparison, ///< JsonLogic's flagdOperator (==, >, ...) with a JSON number (NUM_*)
    SemVer,     ///< flagd's sem_ver with flagdOperator (=, >, ...) (SEMVER_*)
    Presence,   ///< a strict flagdOperator (!==, ===) with null (PRESENT, ABSENT)
};

/// One row of the operator table. Every operator may be negated: `negate` inverts the result
/// last (docs/semantics.md), in Unleash ("inverted") and in flagd ("!") alike.
struct OperatorInfo {
    Operator op;
    /// Wire name in Pennon JSON: "IN", "STR_CONTAINS".
    QStringView name;
    OperandType operand;
    /// The values are a list, any of which holds, that may be empty: without values IN, the
    /// STR_* operators and IN_CIDR never hold and NOT_IN always does. The other operators that
    /// take values need at least one (of several, any holds).
    bool takesList;
    /// caseInsensitive changes the comparison; the other operators ignore it.
    bool caseOption;
    /// Holds, before negate, for a context without the attribute (NOT_IN, ABSENT).
    bool holdsWhenAbsent;
    /// Compares currentTime, whatever attribute the constraint names (DATE_*).
    bool onCurrentTime;
    /// The operator that holds exactly where this one does not (IN and NOT_IN, PRESENT and
    /// ABSENT); none for the others, whose negation only `negate` says.
    std::optional<Operator> complement;
    /// For the orderings: the operator of `b OP a` for `a OP b` (NUM_LT for NUM_GT, NUM_EQ
    /// for itself); none for the others.
    std::optional<Operator> converse;
    /// Name of the operator in Unleash's constraints; empty when Unleash SDKs do not know it.
    QStringView unleashName;
    /// Unleash SDKs fold case when caseInsensitive is set (the STR_* operators and REGEX; they
    /// compare IN and NOT_IN exactly, whatever it says).
    bool unleashFoldsCase;
    FlagdForm flagd;
    /// The JsonLogic (or sem_ver) operator of the flagd form; empty for the forms without one.
    QStringView flagdOperator;

    /// Takes values at all (all but PRESENT and ABSENT).
    constexpr bool takesValues() const { return operand != OperandType::None; }
    /// Needs at least one value (the operators that take values but no list).
    constexpr bool needsValue() const { return takesValues() && !takesList; }
    /// flagd can express it, at least in part (REGEX: patterns of fixed text only).
    constexpr bool flagdExpresses() const { return flagd != FlagdForm::None; }
};

/// All operators, in declaration order: operatorTable()[int(op)].op == op.
std::span<const OperatorInfo> operatorTable();
/// The operator's row.
const OperatorInfo &operatorInfo(Operator op);
/// The operator of a wire name ("IN"); nullptr when it is not one.
const OperatorInfo *operatorByName(QStringView name);
/// The operator Unleash calls so; nullptr when Pennon does not have it.
const OperatorInfo *operatorByUnleashName(QStringView name);
/// The operator flagd expresses in the form with this JsonLogic operator (TextTest "in" is
/// STR_CONTAINS); nullptr when none is.
const OperatorInfo *operatorByFlagd(FlagdForm form, QStringView flagdOperator);

/// Wire name ("IN", "STR_CONTAINS", ...) of an operator.
QString operatorName(Operator op);
/// Parses a wire name; false when it is not one.
bool parseOperator(const QString &name, Operator *out);
/// All operators, in declaration order.
QList<Operator> allOperators();

} // namespace Pennon
