// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/attributevalue.h"

#include <QHash>
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
    bool contains(const AttributeValue &value) const
    {
        return value.kind == AttributeValue::Kind::List ? containsAny(value.list) : contains(value.text);
    }

    /// The simple case folding both sides of a folded comparison use.
    static char32_t fold(char32_t c);

private:
    static size_t foldedHash(QStringView text);
    static bool foldedEquals(QStringView text, const QString &folded);
    static quint32 exactHash(QStringView text);
    /// The rarer paths, out of line so that the exact lookup stays a leaf with few registers.
    bool probe(quint32 hash, const QString &text) const;
    bool containsAny(const QStringList &texts) const;
    bool containsFolded(const QString &text) const;

    bool m_caseInsensitive = false;
    /// Exact values in an open-addressed table (a power of two of slots, at most half full),
    /// each with its hash: a lookup hashes the text once and compares one or two slots.
    struct Slot {
        quint32 hash = 0;
        bool used = false;
        QString text;
    };
    QList<Slot> m_slots;
    /// In front of the table, one bit per value of the hash's top m_filterBits bits (at least
    /// 32 bits per listed value): most texts that are not listed find their bit clear and are
    /// turned away without a probe, on a branch that is then almost always taken the same way.
    QList<quint64> m_filter;
    int m_filterShift = 32;    ///< 32 − m_filterBits
    /// Up to SmallSet exact values are compared one by one instead: their lengths mostly
    /// differ from the text's, which is cheaper than hashing it.
    static constexpr qsizetype SmallSet = 8;
    QStringList m_small;
    QMultiHash<size_t, QString> m_folded; ///< by foldedHash, the folded text
};

} // namespace Pennon
