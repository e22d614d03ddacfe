// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "operators.h"

#include "engine/plan.h"
#include "values/instant.h"

namespace Pennon {

namespace {

bool stringMatches(const ConditionPlan &plan, const QString &text)
{
    const Qt::CaseSensitivity cs = plan.caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    for (const QString &value : plan.strings) {
        switch (plan.op) {
        case Operator::StrContains:
            if (text.contains(value, cs))
                return true;
            break;
        case Operator::StrStartsWith:
            if (text.startsWith(value, cs))
                return true;
            break;
        case Operator::StrEndsWith:
            if (text.endsWith(value, cs))
                return true;
            break;
        default:
            return false;
        }
    }
    return false;
}

bool inSet(const ConditionPlan &plan, const AttributeValue &value)
{
    if (value.kind == AttributeValue::Kind::List) {
        // A list attribute is in when any of its items is.
        for (const QString &item : value.list) {
            if (plan.set.contains(plan.caseInsensitive ? item.toCaseFolded() : item))
                return true;
        }
        return false;
    }
    if (plan.caseInsensitive)
        return plan.set.contains(value.text.toCaseFolded());
    return plan.set.contains(value.text);
}

template<typename T, typename Compare>
bool anyCompares(const QList<T> &listed, const T &seen, Compare compare)
{
    for (const T &value : listed) {
        if (compare(seen, value))
            return true;
    }
    return false;
}

bool compareNumbers(Operator op, double seen, double listed)
{
    switch (op) {
    case Operator::NumEq: return seen == listed;
    case Operator::NumGt: return seen > listed;
    case Operator::NumGte: return seen >= listed;
    case Operator::NumLt: return seen < listed;
    case Operator::NumLte: return seen <= listed;
    default: return false;
    }
}

bool versionOrderHolds(Operator op, int c)
{
    switch (op) {
    case Operator::SemverEq: return c == 0;
    case Operator::SemverGt: return c > 0;
    case Operator::SemverGte: return c >= 0;
    case Operator::SemverLt: return c < 0;
    case Operator::SemverLte: return c <= 0;
    default: return false;
    }
}

/// A release version "MAJOR.MINOR.PATCH" (the usual app version), read without the general
/// parser's work. False for anything else, valid or not: SemVer::parse then decides, so the
/// result is always the one SemVer::parse gives.
bool parseRelease(QStringView text, quint64 (&parts)[3])
{
    constexpr qsizetype MaxDigits = 19; // always fits 64 bits; longer ones go the long way
    int part = 0;
    qsizetype digits = 0;
    quint64 number = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9') {
            if (digits == MaxDigits || (digits == 1 && number == 0))
                return false; // too long, or a leading zero
            number = number * 10 + (u - u'0');
            ++digits;
        } else if (u == u'.' && digits > 0 && part < 2) {
            parts[part++] = number;
            number = 0;
            digits = 0;
        } else {
            return false;
        }
    }
    if (part != 2 || digits == 0)
        return false;
    parts[2] = number;
    return true;
}

/// SemVer::compare for a release version on the left.
int compareRelease(const quint64 (&seen)[3], const SemVer &listed)
{
    const quint64 other[3] = {listed.majorVersion(), listed.minorVersion(), listed.patchVersion()};
    for (int i = 0; i < 3; ++i) {
        if (seen[i] != other[i])
            return seen[i] < other[i] ? -1 : 1;
    }
    // A release has higher precedence than its pre-releases.
    return listed.isPreRelease() ? 1 : 0;
}

} // namespace

bool constraintHolds(const ConditionPlan &plan, const AttributeValue *value, qint64 nowMs,
                     bool isCurrentTime)
{
    // currentTime is "now" when the context does not give it (docs/semantics.md, "Context").
    if (!value && !(isCurrentTime && (plan.op == Operator::DateAfter || plan.op == Operator::DateBefore))) {
        return plan.op == Operator::NotIn || plan.op == Operator::Absent;
    }
    switch (plan.op) {
    case Operator::Present: return true;
    case Operator::Absent: return false;
    case Operator::In: return inSet(plan, *value);
    case Operator::NotIn: return !inSet(plan, *value);
    case Operator::StrContains:
    case Operator::StrStartsWith:
    case Operator::StrEndsWith:
        if (value->kind == AttributeValue::Kind::List)
            return false;
        return stringMatches(plan, value->text);
    case Operator::Regex:
        if (value->kind == AttributeValue::Kind::List)
            return false;
        for (const QRegularExpression &re : plan.regexes) {
            if (re.match(value->text).hasMatch())
                return true;
        }
        return false;
    case Operator::NumEq:
    case Operator::NumGt:
    case Operator::NumGte:
    case Operator::NumLt:
    case Operator::NumLte: {
        double seen = 0;
        if (value->kind == AttributeValue::Kind::Number)
            seen = value->number;
        else if (value->kind != AttributeValue::Kind::String || !parseDecimal(value->text, &seen))
            return false;
        return anyCompares(plan.numbers, seen, [op = plan.op](double a, double b) { return compareNumbers(op, a, b); });
    }
    case Operator::DateAfter:
    case Operator::DateBefore: {
        qint64 seen = nowMs;
        if (!isCurrentTime) {
            if (!value || value->kind != AttributeValue::Kind::String)
                return false;
            const auto instant = Instant::parse(value->text);
            if (!instant)
                return false;
            seen = instant->msecsSinceEpoch();
        }
        const bool after = plan.op == Operator::DateAfter;
        return anyCompares(plan.instants, seen, [after](qint64 a, qint64 b) { return after ? a > b : a < b; });
    }
    case Operator::SemverEq:
    case Operator::SemverGt:
    case Operator::SemverGte:
    case Operator::SemverLt:
    case Operator::SemverLte: {
        if (value->kind != AttributeValue::Kind::String)
            return false;
        // Release versions are by far the most common and SemVer::parse is the bulk of the
        // cost of a SEMVER_* condition, so they take a short way with the same outcome.
        quint64 release[3];
        if (parseRelease(value->text, release)) {
            for (const SemVer &listed : plan.semvers) {
                if (versionOrderHolds(plan.op, compareRelease(release, listed)))
                    return true;
            }
            return false;
        }
        const auto seen = SemVer::parse(value->text);
        if (!seen)
            return false;
        return anyCompares(plan.semvers, *seen, [op = plan.op](const SemVer &a, const SemVer &b) { return versionOrderHolds(op, a.compare(b)); });
    }
    case Operator::InCidr: {
        if (value->kind != AttributeValue::Kind::String)
            return false;
        const auto address = IpAddress::parse(value->text);
        if (!address)
            return false;
        for (const Cidr &cidr : plan.cidrs) {
            if (cidr.contains(*address))
                return true;
        }
        return false;
    }
    }
    return false;
}

} // namespace Pennon
