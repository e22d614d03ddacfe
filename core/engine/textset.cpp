// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "textset.h"


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

TextSet::TextSet(const QStringList &values, bool caseInsensitive)
    : m_caseInsensitive(caseInsensitive)
{
    for (const QString &value : values) {
        if (!caseInsensitive) {
            m_exact.insert(value);
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
    if (!m_caseInsensitive)
        return m_exact.contains(text);
    const size_t hash = foldedHash(text);
    for (auto it = m_folded.constFind(hash); it != m_folded.cend() && it.key() == hash; ++it) {
        if (foldedEquals(text, it.value()))
            return true;
    }
    return false;
}

bool TextSet::contains(const AttributeValue &value) const
{
    if (value.kind == AttributeValue::Kind::List) {
        for (const QString &item : value.list) {
            if (contains(item))
                return true;
        }
        return false;
    }
    return contains(value.text);
}

} // namespace Pennon
