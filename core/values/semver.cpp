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

/// "0" or a digit string without a leading zero, fitting 64 bits.
std::optional<quint64> parseNumber(QStringView text)
{
    if (text.isEmpty() || !isNumeric(text) || (text.size() > 1 && text.front() == u'0'))
        return std::nullopt;
    quint64 value = 0;
    for (QChar c : text) {
        const auto digit = static_cast<quint64>(c.unicode() - u'0');
        if (qMulOverflow(value, quint64(10), &value) || qAddOverflow(value, digit, &value))
            return std::nullopt;
    }
    return value;
}

/// Dot-separated, non-empty identifiers of [0-9A-Za-z-]; with numericRule, numeric
/// identifiers may not have leading zeros (pre-release), otherwise they may (build).
bool validIdentifiers(QStringView text, bool numericRule)
{
    if (text.isEmpty())
        return false;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'.', start);
        if (end < 0)
            end = text.size();
        const QStringView identifier = text.mid(start, end - start);
        if (identifier.isEmpty())
            return false;
        for (QChar c : identifier) {
            if (!isIdentifierChar(c))
                return false;
        }
        if (numericRule && identifier.size() > 1 && identifier.front() == u'0'
            && isNumeric(identifier)) {
            return false;
        }
        start = end + 1;
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
    QStringView rest = text;
    SemVerView version;
    const qsizetype plus = rest.indexOf(u'+');
    if (plus >= 0) {
        version.build = rest.mid(plus + 1);
        rest = rest.left(plus);
        if (!validIdentifiers(version.build, false))
            return std::nullopt;
    }
    const qsizetype dash = rest.indexOf(u'-');
    if (dash >= 0) {
        version.preRelease = rest.mid(dash + 1);
        rest = rest.left(dash);
        if (!validIdentifiers(version.preRelease, true))
            return std::nullopt;
    }

    const qsizetype dot1 = rest.indexOf(u'.');
    const qsizetype dot2 = dot1 < 0 ? -1 : rest.indexOf(u'.', dot1 + 1);
    if (dot2 < 0 || rest.indexOf(u'.', dot2 + 1) >= 0)
        return std::nullopt;
    const auto majorNumber = parseNumber(rest.left(dot1));
    const auto minorNumber = parseNumber(rest.mid(dot1 + 1, dot2 - dot1 - 1));
    const auto patchNumber = parseNumber(rest.mid(dot2 + 1));
    if (!majorNumber || !minorNumber || !patchNumber)
        return std::nullopt;
    version.major = *majorNumber;
    version.minor = *minorNumber;
    version.patch = *patchNumber;
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
