// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "textset.h"

#include <algorithm>
#include <cstring>


namespace Pennon {

namespace {

/// Reads the code points of UTF-16 text; a lone surrogate is read as itself.
class CodePoints
{
public:
    explicit CodePoints(QStringView text) : m_text(text) {}
    bool hasNext() const { return m_pos < m_text.size(); }
    char32_t next()
    {
        const QChar c = m_text.at(m_pos++);
        if (c.isHighSurrogate() && m_pos < m_text.size() && m_text.at(m_pos).isLowSurrogate())
            return QChar::surrogateToUcs4(c, m_text.at(m_pos++));
        return c.unicode();
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

char32_t TextSet::fold(char32_t c)
{
    return QChar::toCaseFolded(c);
}

inline quint32 TextSet::exactHash(QStringView text)
{
    // Four UTF-16 units at a time, multiplied and folded: only a hash table's spread is
    // asked of it, and it costs a few instructions per eight bytes. The last four units are
    // read as one word even where it overlaps the word before (the length is in the seed, so
    // texts that differ only in length still differ), rather than unit by unit.
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    quint64 h = 0x9E3779B97F4A7C15ull ^ quint64(n);
    quint64 last = 0;
    if (n >= 4) {
        const char16_t *lastWord = p + n - 4;
        for (; p < lastWord; p += 4) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            h = (h ^ word) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        std::memcpy(&last, lastWord, sizeof last);
    } else {
        for (qsizetype i = 0; i < n; ++i)
            last |= quint64(p[i]) << (16 * i);
    }
    h = (h ^ last) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
    return quint32(h);
}

TextSet::TextSet(const QStringList &values, bool caseInsensitive)
    : m_caseInsensitive(caseInsensitive)
{
    if (!caseInsensitive && values.size() <= SmallSet) {
        for (const QString &value : values) {
            if (!m_small.contains(value))
                m_small.append(value);
        }
        return;
    }
    if (!caseInsensitive) {
        qsizetype capacity = 4;
        while (capacity < values.size() * 2)
            capacity *= 2;
        m_slots.resize(capacity);
        int bits = 6; // one quint64 at least
        while ((qsizetype(1) << bits) < values.size() * 32 && bits < 24)
            ++bits;
        m_filter.resize(qsizetype(1) << (bits - 6), 0);
        m_filterShift = 32 - bits;
    }
    for (const QString &value : values) {
        if (!caseInsensitive) {
            if (contains(value))
                continue;
            const quint32 hash = exactHash(value);
            const qsizetype mask = m_slots.size() - 1;
            qsizetype i = qsizetype(hash) & mask;
            while (m_slots.at(i).used)
                i = (i + 1) & mask;
            m_slots[i] = {hash, true, value};
            const quint32 bit = hash >> m_filterShift;
            m_filter[bit >> 6] |= quint64(1) << (bit & 63);
            continue;
        }
        QString folded;
        folded.reserve(value.size());
        CodePoints it(value);
        while (it.hasNext()) {
            const char32_t c = fold(it.next());
            if (QChar::requiresSurrogates(c)) {
                folded.append(QChar(QChar::highSurrogate(c)));
                folded.append(QChar(QChar::lowSurrogate(c)));
            } else {
                folded.append(QChar(char16_t(c)));
            }
        }
        const size_t hash = foldedHash(folded);
        if (!m_folded.contains(hash, folded))
            m_folded.insert(hash, folded);
    }
}

size_t TextSet::foldedHash(QStringView text)
{
    // FNV-1a over the folded code points.
    size_t hash = 14695981039346656037ull;
    CodePoints it(text);
    while (it.hasNext()) {
        hash ^= size_t(fold(it.next()));
        hash *= 1099511628211ull;
    }
    return hash;
}

bool TextSet::foldedEquals(QStringView text, const QString &folded)
{
    CodePoints a(text);
    CodePoints b(folded);
    while (a.hasNext() && b.hasNext()) {
        if (fold(a.next()) != b.next())
            return false;
    }
    return !a.hasNext() && !b.hasNext();
}

bool TextSet::contains(const QString &text) const
{
    if (m_caseInsensitive)
        return containsFolded(text);
    if (!m_slots.isEmpty()) {
        const quint32 hash = exactHash(text);
        const quint32 bit = hash >> m_filterShift;
        if (!(m_filter.constData()[bit >> 6] & (quint64(1) << (bit & 63))))
            return false;
        return probe(hash, text);
    }
    for (const QString &value : m_small) {
        if (value.size() == text.size() && std::equal(value.cbegin(), value.cend(), text.cbegin()))
            return true;
    }
    return false;
}

bool TextSet::probe(quint32 hash, const QString &text) const
{
    const qsizetype mask = m_slots.size() - 1;
    const Slot *slots = m_slots.constData();
    for (qsizetype i = qsizetype(hash) & mask;; i = (i + 1) & mask) {
        const Slot &slot = slots[i];
        if (!slot.used)
            return false;
        if (slot.hash == hash && slot.text == text)
            return true;
    }
}

bool TextSet::containsFolded(const QString &text) const
{
    const size_t hash = foldedHash(text);
    for (auto it = m_folded.constFind(hash); it != m_folded.cend() && it.key() == hash; ++it) {
        if (foldedEquals(text, it.value()))
            return true;
    }
    return false;
}

bool TextSet::containsAny(const QStringList &texts) const
{
    for (const QString &text : texts) {
        if (contains(text))
            return true;
    }
    return false;
}

} // namespace Pennon
