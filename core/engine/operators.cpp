// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "operators.h"

#include "engine/plan.h"
#include "values/instant.h"
#include "values/ipaddress.h"
#include "values/unleashvalues.h"

#include <algorithm>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Pennon {

namespace {

/// Whether needle occurs in text, compared exactly. For the short texts of contexts a scan
/// for the needle's first two units beats QString::contains, which prepares a general search:
/// eight positions at a time with SSE2 (the last block overlapping the one before rather than
/// finishing unit by unit), one at a time elsewhere; only candidates compare the rest.
bool containsExactly(const QString &text, const QString &needle)
{
    const qsizetype m = needle.size();
    const qsizetype n = text.size();
    if (m == 0)
        return true;
    if (m > n)
        return false;
    const char16_t *t = QStringView(text).utf16();
    const char16_t *s = QStringView(needle).utf16();
    const qsizetype last = n - m; // the last position the needle can start at
    if (m == 1)
        return std::find(t, t + n, s[0]) != t + n;
    const auto matchesAt = [&](qsizetype i) { return std::equal(s + 2, s + m, t + i + 2); };
#if defined(__SSE2__)
    if (last >= 7) {
        // Positions i .. i + 7 read units i .. i + 8, all before n since m >= 2.
        const __m128i first = _mm_set1_epi16(short(s[0]));
        const __m128i second = _mm_set1_epi16(short(s[1]));
        for (qsizetype i = 0;; i += 8) {
            if (i > last - 7)
                i = last - 7;
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(t + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(t + i + 1));
            unsigned mask = unsigned(_mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi16(a, first),
                                                                     _mm_cmpeq_epi16(b, second))));
            while (mask != 0) {
                if (matchesAt(i + std::countr_zero(mask) / 2))
                    return true;
                mask &= ~(3u << std::countr_zero(mask)); // both bytes of that unit
            }
            if (i == last - 7)
                return false;
        }
    }
#endif
    const char16_t a = s[0];
    const char16_t b = s[1];
    for (qsizetype i = 0; i <= last; ++i) {
        if (t[i] == a && t[i + 1] == b && matchesAt(i))
            return true;
    }
    return false;
}

/// The STR_* operators with caseInsensitive (exact ones have tests of their own below).
bool caselessMatches(const ConditionPlan &plan, const QString &text)
{
    for (const QString &value : plan.strings) {
        switch (plan.op) {
        case Operator::StrContains:
            if (text.contains(value, Qt::CaseInsensitive))
                return true;
            break;
        case Operator::StrStartsWith:
            if (text.startsWith(value, Qt::CaseInsensitive))
                return true;
            break;
        case Operator::StrEndsWith:
            if (text.endsWith(value, Qt::CaseInsensitive))
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

// One test per operator, chosen when the flag is compiled (constraintTest), so that an
// evaluation calls straight into the comparison it needs. value is nullptr when the attribute
// is absent: every operator is then false but NOT_IN and ABSENT.

namespace {

bool unusableTest(const ConditionPlan &, const AttributeValue *, qint64, bool)
{
    return false; // an Unleash-sourced operand that cannot be used: false, negate follows
}

bool presentTest(const ConditionPlan &, const AttributeValue *value, qint64, bool)
{
    return value != nullptr;
}

bool absentTest(const ConditionPlan &, const AttributeValue *value, qint64, bool)
{
    return value == nullptr;
}

bool inTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    return value && plan.set.contains(*value);
}

bool notInTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    return !value || !plan.set.contains(*value);
}

bool isText(const AttributeValue *value)
{
    return value && value->kind != AttributeValue::Kind::List;
}

bool startsWithTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    if (!isText(value))
        return false;
    const QString &text = value->text;
    for (const QString &listed : plan.strings) {
        if (listed.size() <= text.size() && std::equal(listed.cbegin(), listed.cend(), text.cbegin()))
            return true;
    }
    return false;
}

bool endsWithTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    if (!isText(value))
        return false;
    const QString &text = value->text;
    for (const QString &listed : plan.strings) {
        if (listed.size() <= text.size()
            && std::equal(listed.cbegin(), listed.cend(), text.cend() - listed.size())) {
            return true;
        }
    }
    return false;
}

bool containsTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    if (!isText(value))
        return false;
    for (const QString &listed : plan.strings) {
        if (containsExactly(value->text, listed))
            return true;
    }
    return false;
}

bool caselessStringsTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    return isText(value) && caselessMatches(plan, value->text);
}

bool regexTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    if (!isText(value))
        return false;
    for (const Pattern &pattern : plan.patterns) {
        if (pattern.search(value->utf8))
            return true;
    }
    return false;
}

bool numberTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    if (!value)
        return false;
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

bool dateTest(const ConditionPlan &plan, const AttributeValue *, qint64 nowMs, bool timeValid)
{
    // DATE_* compare the context's currentTime, "now" when the context does not give it
    // (docs/semantics.md, "Context"); the compiler points them at it.
    if (!timeValid)
        return false;
    const bool after = plan.op == Operator::DateAfter;
    return anyCompares(plan.instants, nowMs, [after](qint64 a, qint64 b) { return after ? a > b : a < b; });
}

bool versionTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    if (!value || value->kind != AttributeValue::Kind::String)
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

bool cidrTest(const ConditionPlan &plan, const AttributeValue *value, qint64, bool)
{
    if (plan.unleash && value && value->kind == AttributeValue::Kind::String
        && UnleashValues::isIPv6Text(value->text)) {
        return inRanges(plan.cidrs6, value);
    }
    return inRanges(plan.cidrs, value);
}

} // namespace

ConstraintTest constraintTest(const ConditionPlan &plan)
{
    if (plan.operandUnusable)
        return unusableTest;
    switch (plan.op) {
    case Operator::Present: return presentTest;
    case Operator::Absent: return absentTest;
    case Operator::In: return inTest;
    case Operator::NotIn: return notInTest;
    case Operator::StrContains: return plan.caseInsensitive ? caselessStringsTest : containsTest;
    case Operator::StrStartsWith: return plan.caseInsensitive ? caselessStringsTest : startsWithTest;
    case Operator::StrEndsWith: return plan.caseInsensitive ? caselessStringsTest : endsWithTest;
    case Operator::Regex: return regexTest;
    case Operator::NumEq: case Operator::NumGt: case Operator::NumGte:
    case Operator::NumLt: case Operator::NumLte:
        return numberTest;
    case Operator::DateAfter: case Operator::DateBefore:
        return dateTest;
    case Operator::SemverEq: case Operator::SemverGt: case Operator::SemverGte:
    case Operator::SemverLt: case Operator::SemverLte:
        return versionTest;
    case Operator::InCidr: return cidrTest;
    }
    return unusableTest;
}

} // namespace Pennon
