// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace re2 {
class RE2;
}

namespace Pennon {

/// A regular expression as Pennon reads one everywhere (regex activations, REGEX constraints,
/// the validator, the editors): RE2's syntax, as Unleash SDKs compile it, matched anywhere in
/// the text ("contains a match"), on UTF-8. RE2 has no look-around and no back-references, and
/// matches in linear time. Compiled once; search() is thread-safe and allocates nothing once
/// warm.
class Pattern final
{
    Q_DECLARE_TR_FUNCTIONS(Pattern)
public:
    /// The compiled pattern, or nullopt with *error set to RE2's reason.
    static std::optional<Pattern> compile(const QString &pattern, bool caseInsensitive,
                                          QString *error = nullptr);

    /// Whether the text (UTF-8) contains a match.
    bool search(QByteArrayView utf8) const;
    /// The same for UTF-16 text; converts it first (allocates), so not for hot paths.
    bool searchText(const QString &text) const;

    const QString &source() const { return m_source; }
    bool isCaseInsensitive() const { return m_caseInsensitive; }

private:
    std::shared_ptr<const re2::RE2> m_re;
    QString m_source;
    bool m_caseInsensitive = false;
};

} // namespace Pennon
