// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "murmur3.h"

#include <QtEndian>

#include <bit>
#include <cstring>

namespace Pennon {

namespace {

constexpr quint32 C1 = 0xcc9e2d51u;
constexpr quint32 C2 = 0x1b873593u;

constexpr quint32 scramble(quint32 k)
{
    k *= C1;
    k = std::rotl(k, 15);
    return k * C2;
}

constexpr quint32 mixBlock(quint32 h, quint32 k)
{
    h ^= scramble(k);
    h = std::rotl(h, 13);
    return h * 5u + 0xe6546b64u;
}

constexpr quint32 finalMix(quint32 h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

} // namespace

Murmur3::Murmur3(quint32 seed)
    : m_h(seed)
{
}

void Murmur3::add(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype n = bytes.size();
    // The reference takes the length as a 32-bit integer; wrapping keeps pieces and one-shot equal.
    m_length += static_cast<quint32>(n);

    // A block may straddle pieces: complete the one the previous piece left open first, so
    // that salt + value hashes exactly as their concatenation would.
    while (m_tailLength != 0 && n > 0) {
        m_tail |= quint32(*p++) << (8 * m_tailLength);
        --n;
        if (++m_tailLength == 4) {
            m_h = mixBlock(m_h, m_tail);
            m_tail = 0;
            m_tailLength = 0;
        }
    }
    for (; n >= 4; p += 4, n -= 4)
        m_h = mixBlock(m_h, qFromLittleEndian<quint32>(p));
    for (; n > 0; --n)
        m_tail |= quint32(*p++) << (8 * m_tailLength++);
}

quint32 Murmur3::finish() const
{
    // finish() is const so that a caller may peek at a prefix's hash and keep feeding.
    quint32 h = m_h;
    if (m_tailLength != 0)
        h ^= scramble(m_tail);
    return finalMix(h ^ m_length);
}

quint32 Murmur3::finishWith(QByteArrayView bytes) const
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    qsizetype n = bytes.size();
    quint32 h = m_h;
    quint32 tail = m_tail;
    qsizetype tailLength = m_tailLength;
    const quint32 length = m_length + static_cast<quint32>(n);
    // Complete the block the prefix left open, then whole blocks, then the new tail.
    if (tailLength != 0) {
        const qsizetype take = qMin<qsizetype>(4 - tailLength, n);
        for (qsizetype i = 0; i < take; ++i)
            tail |= quint32(p[i]) << (8 * (tailLength + i));
        p += take;
        n -= take;
        tailLength += take;
        if (tailLength == 4) {
            h = mixBlock(h, tail);
            tail = 0;
            tailLength = 0;
        }
    }
    for (; n >= 4; p += 4, n -= 4)
        h = mixBlock(h, qFromLittleEndian<quint32>(p));
    for (qsizetype i = 0; i < n; ++i)
        tail |= quint32(p[i]) << (8 * (tailLength + i));
    tailLength += n;
    if (tailLength != 0)
        h ^= scramble(tail);
    return finalMix(h ^ length);
}

quint32 Murmur3::hash(QByteArrayView bytes, quint32 seed)
{
    // One string in one pass with everything in registers: the hot path of bucketing.
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    quint32 h = seed;
    qsizetype i = 0;
    for (; i + 4 <= n; i += 4)
        h = mixBlock(h, qFromLittleEndian<quint32>(p + i));
    quint32 tail = 0;
    for (int shift = 0; i < n; ++i, shift += 8)
        tail |= quint32(p[i]) << shift;
    if (n % 4 != 0)
        h ^= scramble(tail);
    return finalMix(h ^ static_cast<quint32>(n));
}

quint32 Murmur3::hash(std::initializer_list<QByteArrayView> pieces, quint32 seed)
{
    // Short keys (salt + id) are joined on the stack and hashed in one pass; that is several
    // times cheaper than streaming piece by piece. Long ones stream, without allocating.
    char buffer[256];
    qsizetype total = 0;
    for (const QByteArrayView piece : pieces)
        total += piece.size();
    if (total <= qsizetype(sizeof buffer)) {
        char *out = buffer;
        for (const QByteArrayView piece : pieces) {
            if (!piece.isEmpty())
                std::memcpy(out, piece.data(), size_t(piece.size()));
            out += piece.size();
        }
        return hash(QByteArrayView(buffer, total), seed);
    }
    Murmur3 h(seed);
    for (const QByteArrayView piece : pieces)
        h.add(piece);
    return h.finish();
}

} // namespace Pennon
