// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/attributevalue.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Pennon {

/// The listed values of a user list or an IN / NOT_IN constraint, looked up exactly or with
/// case folded (caseInsensitive), without allocating: a folded lookup folds the text code
/// point by code point as it hashes and compares, instead of building a folded copy.
class TextSet final
{
public:
    TextSet() = default;
    TextSet(const QStringList &values, bool caseInsensitive);

    bool contains(const QString &text) const;
    /// For a list attribute, whether any of its items is in the set.
    bool contains(const AttributeValue &value) const;
    bool isEmpty() const { return m_exact.isEmpty() && m_folded.isEmpty(); }

    /// The simple case folding both sides of a folded comparison use.
    static char32_t fold(char32_t c);

private:
    static size_t foldedHash(QStringView text);
    static bool foldedEquals(QStringView text, const QString &folded);

    bool m_caseInsensitive = false;
    QSet<QString> m_exact;
    QMultiHash<size_t, QString> m_folded; ///< by foldedHash, the folded text
};

} // namespace Pennon
