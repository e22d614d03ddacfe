// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "operators.h"

#include <array>

namespace Pennon {

namespace {

using enum Operator;
using enum OperandType;

constexpr bool List = true;          // a list that may be empty
constexpr bool One = false;          // at least one value (any of several holds)
constexpr bool NoValues = false;
constexpr bool Case = true;          // caseInsensitive applies
constexpr bool NoCase = false;
constexpr bool Holds = true;         // when the attribute is absent
constexpr bool Fails = false;
constexpr bool Now = true;           // compares currentTime
constexpr bool Attribute = false;
constexpr bool Folds = true;         // Unleash SDKs fold case
constexpr bool NoFold = false;
constexpr std::optional<Operator> none = std::nullopt;

// clang-format off
constexpr std::array<OperatorInfo, 21> table{{
//   op             name                operand  values    case    absent time       complement converse    Unleash name        Unleash flagd form             flagd operator
    {In,            u"IN",              Text,    List,     Case,   Fails, Attribute, NotIn,     none,       u"IN",              NoFold, FlagdForm::TextSet,    u"in"},
    {NotIn,         u"NOT_IN",          Text,    List,     Case,   Holds, Attribute, In,        none,       u"NOT_IN",          NoFold, FlagdForm::Complement, {}},
    {StrContains,   u"STR_CONTAINS",    Text,    List,     Case,   Fails, Attribute, none,      none,       u"STR_CONTAINS",    Folds,  FlagdForm::TextTest,   u"in"},
    {StrStartsWith, u"STR_STARTS_WITH", Text,    List,     Case,   Fails, Attribute, none,      none,       u"STR_STARTS_WITH", Folds,  FlagdForm::TextTest,   u"starts_with"},
    {StrEndsWith,   u"STR_ENDS_WITH",   Text,    List,     Case,   Fails, Attribute, none,      none,       u"STR_ENDS_WITH",   Folds,  FlagdForm::TextTest,   u"ends_with"},
    {Regex,         u"REGEX",           Pattern, One,      Case,   Fails, Attribute, none,      none,       u"REGEX",           Folds,  FlagdForm::FixedText,  {}},
    {NumEq,         u"NUM_EQ",          Number,  One,      NoCase, Fails, Attribute, none,      NumEq,      u"NUM_EQ",          NoFold, FlagdForm::Comparison, u"=="},
    {NumGt,         u"NUM_GT",          Number,  One,      NoCase, Fails, Attribute, none,      NumLt,      u"NUM_GT",          NoFold, FlagdForm::Comparison, u">"},
    {NumGte,        u"NUM_GTE",         Number,  One,      NoCase, Fails, Attribute, none,      NumLte,     u"NUM_GTE",         NoFold, FlagdForm::Comparison, u">="},
    {NumLt,         u"NUM_LT",          Number,  One,      NoCase, Fails, Attribute, none,      NumGt,      u"NUM_LT",          NoFold, FlagdForm::Comparison, u"<"},
    {NumLte,        u"NUM_LTE",         Number,  One,      NoCase, Fails, Attribute, none,      NumGte,     u"NUM_LTE",         NoFold, FlagdForm::Comparison, u"<="},
    {DateAfter,     u"DATE_AFTER",      Date,    One,      NoCase, Fails, Now,       none,      DateBefore, u"DATE_AFTER",      NoFold, FlagdForm::Timestamp,  u">="},
    {DateBefore,    u"DATE_BEFORE",     Date,    One,      NoCase, Fails, Now,       none,      DateAfter,  u"DATE_BEFORE",     NoFold, FlagdForm::Timestamp,  u"<"},
    {SemverEq,      u"SEMVER_EQ",       Version, One,      NoCase, Fails, Attribute, none,      SemverEq,   u"SEMVER_EQ",       NoFold, FlagdForm::SemVer,     u"="},
    {SemverGt,      u"SEMVER_GT",       Version, One,      NoCase, Fails, Attribute, none,      SemverLt,   u"SEMVER_GT",       NoFold, FlagdForm::SemVer,     u">"},
    {SemverGte,     u"SEMVER_GTE",      Version, One,      NoCase, Fails, Attribute, none,      SemverLte,  u"SEMVER_GTE",      NoFold, FlagdForm::SemVer,     u">="},
    {SemverLt,      u"SEMVER_LT",       Version, One,      NoCase, Fails, Attribute, none,      SemverGt,   u"SEMVER_LT",       NoFold, FlagdForm::SemVer,     u"<"},
    {SemverLte,     u"SEMVER_LTE",      Version, One,      NoCase, Fails, Attribute, none,      SemverGte,  u"SEMVER_LTE",      NoFold, FlagdForm::SemVer,     u"<="},
    {InCidr,        u"IN_CIDR",         Address, List,     NoCase, Fails, Attribute, none,      none,       u"IN_CIDR",         NoFold, FlagdForm::None,       {}},
    {Present,       u"PRESENT",         None,    NoValues, NoCase, Fails, Attribute, Absent,    none,       {},                 NoFold, FlagdForm::Presence,   u"!=="},
    {Absent,        u"ABSENT",          None,    NoValues, NoCase, Holds, Attribute, Present,   none,       {},                 NoFold, FlagdForm::Presence,   u"==="},
}};
// clang-format on

// operatorInfo() indexes the table by the enumeration's value.
static_assert([] {
    for (std::size_t i = 0; i < table.size(); ++i) {
        if (table[i].op != Operator(i))
            return false;
    }
    return true;
}(), "the operator table follows the declaration order of Operator");
static_assert(table.back().op == Absent, "every operator has its row");

} // namespace

std::span<const OperatorInfo> operatorTable() { return table; }

const OperatorInfo &operatorInfo(Operator op)
{
    const auto index = static_cast<std::size_t>(op);
    Q_ASSERT(index < table.size());
    return table[index];
}

const OperatorInfo *operatorByName(QStringView name)
{
    for (const OperatorInfo &info : table) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

const OperatorInfo *operatorByUnleashName(QStringView name)
{
    if (name.isEmpty())
        return nullptr;
    for (const OperatorInfo &info : table) {
        if (info.unleashName == name)
            return &info;
    }
    return nullptr;
}

const OperatorInfo *operatorByFlagd(FlagdForm form, QStringView flagdOperator)
{
    if (form == FlagdForm::None || flagdOperator.isEmpty())
        return nullptr;
    for (const OperatorInfo &info : table) {
        if (info.flagd == form && info.flagdOperator == flagdOperator)
            return &info;
    }
    return nullptr;
}

QString operatorName(Operator op) { return operatorInfo(op).name.toString(); }

bool parseOperator(const QString &name, Operator *out)
{
    const OperatorInfo *info = operatorByName(name);
    if (!info)
        return false;
    *out = info->op;
    return true;
}

QList<Operator> allOperators()
{
    QList<Operator> ops;
    ops.reserve(qsizetype(table.size()));
    for (const OperatorInfo &info : table)
        ops.append(info.op);
    return ops;
}

} // namespace Pennon
