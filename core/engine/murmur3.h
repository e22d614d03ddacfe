// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <initializer_list>

namespace Pennon {

/// MurmurHash3 x86 32-bit, fed in pieces as if they were one string, without copying:
/// Murmur3 h(seed); h.add(salt); h.add(value); h.finish().
class Murmur3 final
{
public:
    explicit Murmur3(quint32 seed = 0);
    void add(QByteArrayView bytes);
    quint32 finish() const;
    /// The hash of what was added followed by bytes, leaving this state as it is: a prepared
    /// prefix (a salt) then each value, in one pass with everything in registers.
    quint32 finishWith(QByteArrayView bytes) const;

    /// The hash of one string.
    static quint32 hash(QByteArrayView bytes, quint32 seed = 0);
    /// The hash of pieces as if concatenated (salt + value), without allocating.
    static quint32 hash(std::initializer_list<QByteArrayView> pieces, quint32 seed = 0);

private:
    quint32 m_h;
    quint32 m_tail = 0;     ///< bytes waiting for a full 4-byte block, little-endian
    int m_tailLength = 0;
    quint32 m_length = 0;
};

} // namespace Pennon
