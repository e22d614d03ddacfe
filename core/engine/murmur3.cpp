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
    const qsizetype n = bytes.size();
    const int t = m_tailLength;   // bytes of the prefix waiting for a block, 0 to 3
    const quint32 length = m_length + static_cast<quint32>(n);
    quint32 h = m_h;
    if (n < 4) {
        // Short values byte by byte: complete the open block, then the new tail.
        quint32 tail = m_tail;
        int tailLength = t;
        for (qsizetype i = 0; i < n; ++i) {
            tail |= quint32(p[i]) << (8 * tailLength);
            if (++tailLength == 4) {
                h = mixBlock(h, tail);
                tail = 0;
                tailLength = 0;
            }
        }
        if (tailLength != 0)
            h ^= scramble(tail);
        return finalMix(h ^ length);
    }
    // At least one whole word of value: every block is one unaligned load. The stream is the
    // prefix's t open bytes, then the value, so block k holds value bytes 4k − t to 4k + 3 − t;
    // the first completes the open block (the load's top t bytes belong to the next block).
    // The last, partial block is read as the value's last four bytes shifted down.
    h = mixBlock(h, t == 0 ? qFromLittleEndian<quint32>(p) : m_tail | (qFromLittleEndian<quint32>(p) << (8 * t)));
    const qsizetype total = t + n;
    const qsizetype blocks = total / 4;
    for (qsizetype k = 1; k < blocks; ++k)
        h = mixBlock(h, qFromLittleEndian<quint32>(p + 4 * k - t));
    const int rest = int(total % 4);
    if (rest != 0)
        h ^= scramble(qFromLittleEndian<quint32>(p + n - 4) >> (8 * (4 - rest)));
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
