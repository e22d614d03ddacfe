// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <optional>

namespace Pennon {

class SemVer;

/// A Semantic Version read in place, by the same strict rules as SemVer::parse, allocating
/// nothing: the evaluation of SEMVER_* constraints reads the context's text with it. The text
/// must outlive the view.
struct SemVerView {
    quint64 major = 0;
    quint64 minor = 0;
    quint64 patch = 0;
    QStringView preRelease; ///< identifiers joined by dots, empty for a release
    QStringView build;

    static std::optional<SemVerView> parse(QStringView text);
    /// SemVer::compare with this version on the left.
    int compare(const SemVer &other) const;
};

/// A Semantic Version 2.0.0 (https://semver.org): MAJOR.MINOR.PATCH, an optional pre-release
/// ("-alpha.1") and optional build metadata ("+build.5"). Parsing is strict: no leading "v",
/// no surrounding whitespace, no leading zeros in numeric identifiers, no empty identifiers.
/// Comparison follows the specification's precedence rules; build metadata is ignored, so two
/// versions that differ only in build metadata compare equal.
class SemVer final
{
public:
    /// 0.0.0.
    SemVer() = default;

    /// The version, or nullopt when text is not a valid Semantic Version. Major, minor and
    /// patch must fit in 64 bits; numeric pre-release identifiers may be of any length.
    static std::optional<SemVer> parse(QStringView text);

    quint64 majorVersion() const { return m_major; }
    quint64 minorVersion() const { return m_minor; }
    quint64 patchVersion() const { return m_patch; }
    /// The pre-release identifiers joined by dots ("rc.1"), empty for a release.
    const QString &preRelease() const { return m_preRelease; }
    /// The build metadata ("exp.sha.5114f85"), empty when there is none.
    const QString &build() const { return m_build; }
    bool isPreRelease() const { return !m_preRelease.isEmpty(); }

    /// Negative, zero or positive as this version has lower, equal or higher precedence
    /// than other. Allocates nothing.
    int compare(const SemVer &other) const;

    /// The canonical text, build metadata included.
    QString toString() const;

    /// Precedence equality: build metadata is ignored.
    friend bool operator==(const SemVer &a, const SemVer &b) { return a.compare(b) == 0; }
    friend std::weak_ordering operator<=>(const SemVer &a, const SemVer &b)
    {
        return a.compare(b) <=> 0;
    }

private:
    friend struct SemVerView;
    quint64 m_major = 0;
    quint64 m_minor = 0;
    quint64 m_patch = 0;
    QString m_preRelease;
    QString m_build;
};

} // namespace Pennon
