// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "semver.h"

#include <QtNumeric>

namespace Pennon {

namespace {

bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

bool isIdentifierChar(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
}

bool isNumeric(QStringView identifier)
{
    for (QChar c : identifier) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

/// Dot-separated, non-empty identifiers of [0-9A-Za-z-]; with numericRule, numeric
/// identifiers may not have leading zeros (pre-release), otherwise they may (build).
bool validIdentifiers(QStringView text, bool numericRule)
{
    qsizetype start = 0;
    bool numeric = true;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'.') {
            const qsizetype length = i - start;
            if (length == 0)
                return false;
            if (numericRule && numeric && length > 1 && text[start] == u'0')
                return false;
            start = i + 1;
            numeric = true;
            continue;
        }
        const QChar c = text[i];
        if (!isIdentifierChar(c))
            return false;
        numeric = numeric && isDigit(c);
    }
    return true;
}

/// The identifier starting at *pos, advancing *pos past it and its dot.
QStringView nextIdentifier(QStringView text, qsizetype *pos)
{
    qsizetype end = text.indexOf(u'.', *pos);
    if (end < 0)
        end = text.size();
    const QStringView identifier = text.mid(*pos, end - *pos);
    *pos = end + 1;
    return identifier;
}

int compareIdentifiers(QStringView a, QStringView b)
{
    const bool aNumeric = isNumeric(a);
    const bool bNumeric = isNumeric(b);
    if (aNumeric && bNumeric) {
        // Without leading zeros, a longer digit string is a larger number.
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        const int c = a.compare(b);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    if (aNumeric != bNumeric)
        return aNumeric ? -1 : 1;
    // ASCII order: identifiers hold only ASCII, so UTF-16 code unit order is the same.
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int compareNumbers(quint64 a, quint64 b) { return a < b ? -1 : (a > b ? 1 : 0); }

/// Precedence of two pre-release strings (empty: a release, which ranks above them).
int comparePreRelease(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty()) {
        if (a.isEmpty() == b.isEmpty())
            return 0;
        return a.isEmpty() ? 1 : -1;
    }
    qsizetype posA = 0;
    qsizetype posB = 0;
    while (posA <= a.size() && posB <= b.size()) {
        if (const int c = compareIdentifiers(nextIdentifier(a, &posA), nextIdentifier(b, &posB)))
            return c;
    }
    // All shared identifiers are equal: the one with more identifiers is higher.
    const bool aLeft = posA <= a.size();
    const bool bLeft = posB <= b.size();
    if (aLeft == bLeft)
        return 0;
    return aLeft ? 1 : -1;
}

int compareVersions(quint64 majorA, quint64 minorA, quint64 patchA, QStringView preA,
                    quint64 majorB, quint64 minorB, quint64 patchB, QStringView preB)
{
    if (const int c = compareNumbers(majorA, majorB))
        return c;
    if (const int c = compareNumbers(minorA, minorB))
        return c;
    if (const int c = compareNumbers(patchA, patchB))
        return c;
    return comparePreRelease(preA, preB);
}

} // namespace

std::optional<SemVerView> SemVerView::parse(QStringView text)
{
    // One pass over the text, without searching it first: SEMVER_* constraints read the
    // context's version with this on every evaluation.
    const qsizetype n = text.size();
    qsizetype pos = 0;
    const auto number = [&](quint64 *out) {
        const qsizetype start = pos;
        quint64 value = 0;
        while (pos < n) {
            const char16_t c = text[pos].unicode();
            if (c < u'0' || c > u'9')
                break;
            if (qMulOverflow(value, quint64(10), &value)
                || qAddOverflow(value, quint64(c - u'0'), &value)) {
                return false;
            }
            ++pos;
        }
        // "0" or digits without a leading zero.
        if (pos == start || (pos - start > 1 && text[start] == u'0'))
            return false;
        *out = value;
        return true;
    };
    const auto dot = [&] {
        if (pos < n && text[pos] == u'.') {
            ++pos;
            return true;
        }
        return false;
    };
    SemVerView version;
    if (!number(&version.major) || !dot() || !number(&version.minor) || !dot()
        || !number(&version.patch)) {
        return std::nullopt;
    }
    if (pos < n && text[pos] == u'-') {
        const qsizetype start = ++pos;
        while (pos < n && text[pos] != u'+')
            ++pos;
        version.preRelease = text.mid(start, pos - start);
        if (!validIdentifiers(version.preRelease, true))
            return std::nullopt;
    }
    if (pos < n && text[pos] == u'+') {
        version.build = text.mid(pos + 1);
        if (!validIdentifiers(version.build, false))
            return std::nullopt;
        pos = n;
    }
    if (pos != n)
        return std::nullopt;
    return version;
}

int SemVerView::compare(const SemVer &other) const
{
    return compareVersions(major, minor, patch, preRelease, other.m_major, other.m_minor,
                           other.m_patch, other.m_preRelease);
}

std::optional<SemVer> SemVer::parse(QStringView text)
{
    const auto view = SemVerView::parse(text);
    if (!view)
        return std::nullopt;
    SemVer version;
    version.m_major = view->major;
    version.m_minor = view->minor;
    version.m_patch = view->patch;
    version.m_preRelease = view->preRelease.toString();
    version.m_build = view->build.toString();
    return version;
}

int SemVer::compare(const SemVer &other) const
{
    return compareVersions(m_major, m_minor, m_patch, m_preRelease, other.m_major, other.m_minor,
                           other.m_patch, other.m_preRelease);
}

QString SemVer::toString() const
{
    QString text = QString::number(m_major) + u'.' + QString::number(m_minor) + u'.'
            + QString::number(m_patch);
    if (!m_preRelease.isEmpty())
        text += u'-' + m_preRelease;
    if (!m_build.isEmpty())
        text += u'+' + m_build;
    return text;
}

} // namespace Pennon
