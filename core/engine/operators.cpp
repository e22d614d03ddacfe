// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "operators.h"

#include "engine/plan.h"
#include "values/instant.h"
#include "values/ipaddress.h"
#include "values/unleashvalues.h"

#include <algorithm>

namespace Pennon {

namespace {

/// Whether needle occurs in text, compared exactly. For the short texts of contexts a plain
/// scan for the first character beats QString::contains, which prepares a general search.
bool containsExactly(const QString &text, const QString &needle)
{
    if (needle.isEmpty())
        return true;
    const QChar first = needle.front();
    const qsizetype last = text.size() - needle.size();
    const QChar *t = text.constData();
    for (qsizetype i = 0; i <= last; ++i) {
        if (t[i] == first && std::equal(needle.cbegin() + 1, needle.cend(), t + i + 1))
            return true;
    }
    return false;
}

bool stringMatches(const ConditionPlan &plan, const QString &text)
{
    if (!plan.caseInsensitive) {
        // Compared in place: QString's own calls take the general (case-aware) comparison
        // for every value.
        for (const QString &value : plan.strings) {
            if (value.size() > text.size())
                continue;
            switch (plan.op) {
            case Operator::StrStartsWith:
                if (std::equal(value.cbegin(), value.cend(), text.cbegin()))
                    return true;
                break;
            case Operator::StrEndsWith:
                if (std::equal(value.cbegin(), value.cend(), text.cend() - value.size()))
                    return true;
                break;
            default:
                if (containsExactly(text, value))
                    return true;
                break;
            }
        }
        return false;
    }
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

} // namespace

bool inRanges(const QList<Cidr> &cidrs, const AttributeValue *value)
{
    if (!value || value->kind != AttributeValue::Kind::String)
        return false;
    const auto address = IpAddress::parse(value->text);
    if (!address)
        return false;
    for (const Cidr &cidr : cidrs) {
        if (cidr.contains(*address))
            return true;
    }
    return false;
}

bool constraintHolds(const ConditionPlan &plan, const AttributeValue *value, qint64 nowMs,
                     bool timeValid)
{
    // An Unleash-sourced operand that cannot be used: the operator is false (negate follows).
    if (plan.operandUnusable)
        return false;
    // DATE_* compare the context's currentTime, which is "now" when the context does not
    // give it (docs/semantics.md, "Context"); the compiler points them at it.
    const bool dates = plan.op == Operator::DateAfter || plan.op == Operator::DateBefore;
    if (!value && !dates)
        return plan.op == Operator::NotIn || plan.op == Operator::Absent;
    switch (plan.op) {
    case Operator::Present: return true;
    case Operator::Absent: return false;
    case Operator::In: return plan.set.contains(*value);
    case Operator::NotIn: return !plan.set.contains(*value);
    case Operator::StrContains:
    case Operator::StrStartsWith:
    case Operator::StrEndsWith:
        if (value->kind == AttributeValue::Kind::List)
            return false;
        return stringMatches(plan, value->text);
    case Operator::Regex:
        if (value->kind == AttributeValue::Kind::List)
            return false;
        for (const Pattern &pattern : plan.patterns) {
            if (pattern.search(value->utf8))
                return true;
        }
        return false;
    case Operator::NumEq:
    case Operator::NumGt:
    case Operator::NumGte:
    case Operator::NumLt:
    case Operator::NumLte: {
        double seen = 0;
        if (value->kind == AttributeValue::Kind::Number) {
            seen = value->number;
        } else if (plan.unleash) {
            // Number(String(value)), as the SDKs compare.
            if (value->kind == AttributeValue::Kind::List)
                return false;
            const auto number = UnleashValues::number(value->text);
            if (!number)
                return false;
            seen = *number;
        } else if (value->kind != AttributeValue::Kind::String || !parseDecimal(value->text, &seen)) {
            return false;
        }
        return anyCompares(plan.numbers, seen, [op = plan.op](double a, double b) { return compareNumbers(op, a, b); });
    }
    case Operator::DateAfter:
    case Operator::DateBefore: {
        if (!timeValid)
            return false;
        const qint64 seen = nowMs;
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
        // Read in place: no allocation, pre-releases included.
        const auto seen = plan.unleash ? UnleashValues::contextVersion(value->text)
                                       : SemVerView::parse(value->text);
        if (!seen)
            return false;
        for (const SemVer &listed : plan.semvers) {
            if (versionOrderHolds(plan.op, seen->compare(listed)))
                return true;
        }
        return false;
    }
    case Operator::InCidr:
        if (plan.unleash && value->kind == AttributeValue::Kind::String
            && UnleashValues::isIPv6Text(value->text)) {
            return inRanges(plan.cidrs6, value);
        }
        return inRanges(plan.cidrs, value);
    }
    return false;
}

} // namespace Pennon
