// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace Pennon {

/// CRC-32 as zlib computes it (Ruby's Zlib.crc32, used by the rollout gem), fed in pieces.
class Crc32 final
{
public:
    void add(QByteArrayView bytes);
    quint32 finish() const { return ~m_crc; }
    static quint32 hash(QByteArrayView bytes);

private:
    quint32 m_crc = 0xFFFFFFFFu;
};

} // namespace Pennon
