// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "crc32.h"

#include <array>

namespace Pennon {

namespace {

// zlib's reflected CRC-32 (polynomial 0x04C11DB7, reversed 0xEDB88320), one byte at a time.
// Built by the compiler so that there is no start-up cost and no race on first use.
constexpr std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int bit = 0; bit < 8; ++bit)
            c = (c & 1u) ? (0xEDB88320u ^ (c >> 1)) : (c >> 1);
        table[i] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> Table = makeTable();

static_assert(Table[1] == 0x77073096u && Table[255] == 0x2D02EF8Du,
              "CRC-32 table differs from zlib's");

} // namespace

void Crc32::add(QByteArrayView bytes)
{
    quint32 crc = m_crc;
    for (const char c : bytes)
        crc = Table[(crc ^ static_cast<uchar>(c)) & 0xFFu] ^ (crc >> 8);
    m_crc = crc;
}

quint32 Crc32::hash(QByteArrayView bytes)
{
    Crc32 crc;
    crc.add(bytes);
    return crc.finish();
}

} // namespace Pennon
