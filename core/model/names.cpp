// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Wire names of the model's enumerations, as they appear in Pennon JSON.

#include "activation.h"
#include "bucketing.h"
#include "flag.h"

#include <algorithm>
#include <array>
#include <utility>

namespace Pennon {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
bool parseName(const std::array<std::pair<Enum, const char16_t *>, N> &table,
               const QString &name, Enum *out)
{
    for (const auto &[e, text] : table) {
        if (name == QStringView(text)) {
            *out = e;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<ActivationType, const char16_t *>, 10> activationTypeNames{{
    {ActivationType::UserList, u"userList"}, {ActivationType::Regex, u"regex"},
    {ActivationType::Constraint, u"constraint"}, {ActivationType::Percentage, u"percentage"},
    {ActivationType::Schedule, u"schedule"}, {ActivationType::IpCidr, u"ipCidr"},
    {ActivationType::Prerequisite, u"prerequisite"}, {ActivationType::Segment, u"segment"},
    {ActivationType::Plugin, u"plugin"}, {ActivationType::Ref, u"ref"},
}};

constexpr std::array<std::pair<BucketingScheme, const char16_t *>, 3> schemeNames{{
    {BucketingScheme::Flagd, u"flagd"}, {BucketingScheme::Unleash, u"unleash"},
    {BucketingScheme::Rollout, u"rollout"},
}};

constexpr std::array<std::pair<AbsencePolicy, const char16_t *>, 4> absenceNames{{
    {AbsencePolicy::Skip, u"skip"}, {AbsencePolicy::Empty, u"empty"},
    {AbsencePolicy::Stop, u"stop"}, {AbsencePolicy::Random, u"random"},
}};

constexpr std::array<std::pair<ConditionSource, const char16_t *>, 2> conditionSourceNames{{
    {ConditionSource::Pennon, u"pennon"}, {ConditionSource::Unleash, u"unleash"},
}};

constexpr std::array<std::pair<FlagType, const char16_t *>, 4> flagTypeNames{{
    {FlagType::Boolean, u"boolean"}, {FlagType::String, u"string"},
    {FlagType::Number, u"number"}, {FlagType::Json, u"json"},
}};

/// The error outcomes by the error code they answer with.
constexpr std::array<std::pair<ServeOutcome, const char16_t *>, 2> serveErrorNames{{
    {ServeOutcome::Error, u"GENERAL"}, {ServeOutcome::ParseError, u"PARSE_ERROR"},
}};

} // namespace

QString serveErrorName(ServeOutcome outcome) { return nameOf(serveErrorNames, outcome); }
bool parseServeError(const QString &name, ServeOutcome *out) { return parseName(serveErrorNames, name, out); }

QString conditionSourceName(ConditionSource source) { return nameOf(conditionSourceNames, source); }
bool parseConditionSource(const QString &name, ConditionSource *out) { return parseName(conditionSourceNames, name, out); }

QString activationTypeName(ActivationType type) { return nameOf(activationTypeNames, type); }
bool parseActivationType(const QString &name, ActivationType *out)
{
    return parseName(activationTypeNames, name, out);
}

ActivationType conditionType(const Condition &condition)
{
    return static_cast<ActivationType>(condition.index());
}

QString schemeName(BucketingScheme scheme) { return nameOf(schemeNames, scheme); }
bool parseScheme(const QString &name, BucketingScheme *out) { return parseName(schemeNames, name, out); }

QString absencePolicyName(AbsencePolicy policy) { return nameOf(absenceNames, policy); }
bool parseAbsencePolicy(const QString &name, AbsencePolicy *out)
{
    return parseName(absenceNames, name, out);
}

QString flagTypeName(FlagType type) { return nameOf(flagTypeNames, type); }
bool parseFlagType(const QString &name, FlagType *out) { return parseName(flagTypeNames, name, out); }

QStringList listedValues(const QStringList &values)
{
    QStringList listed;
    for (const QString &value : values) {
        const QString trimmed = value.trimmed();
        if (!trimmed.isEmpty())
            listed.append(trimmed);
    }
    return listed;
}

bool isCaseless(const QStringList &values)
{
    return std::all_of(values.cbegin(), values.cend(), [](const QString &value) {
        return value.toCaseFolded() == value && value.toUpper() == value && value.toLower() == value;
    });
}

bool drawsAtRandom(const QList<Condition> &conditions)
{
    return std::any_of(conditions.cbegin(), conditions.cend(), [](const Condition &condition) {
        const auto *gate = std::get_if<PercentageActivation>(&condition);
        return gate && gate->stickiness.absence == AbsencePolicy::Random && gate->percentage > 0
            && gate->percentage < 100;
    });
}

} // namespace Pennon
