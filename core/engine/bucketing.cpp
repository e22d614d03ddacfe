// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "bucketing.h"

#include "crc32.h"
#include "murmur3.h"

#include <QRandomGenerator>

#include <cmath>

namespace Pennon::Bucketing {

namespace {

// Unleash hashes variants with a second seed so that a variant split is independent of the
// gate that let the context in (the Unleash client specification's 86028157).
constexpr quint32 UnleashVariantSeed = 86028157u;

constexpr qint64 FlagdGateTotal = 10000;

// Shared by flagdBucket and flagdGate, so that a gate does not pay for a second call.
inline qint64 multiplyShiftBucket(QByteArrayView salt, QByteArrayView value, qint64 total)
{
    const quint32 hash = Murmur3::hash({salt, value}, 0);
    // Multiply-shift rather than modulo: flagd's evaluators do this, and it keeps the buckets
    // of a split contiguous in hash space, so growing one weight only moves the neighbours.
    return static_cast<qint64>((quint64(hash) * quint64(total)) >> 32);
}

quint32 unleashHash(QByteArrayView groupId, QByteArrayView value, quint32 seed)
{
    return Murmur3::hash({groupId, QByteArrayView(":"), value}, seed);
}

} // namespace

qint64 flagdBucket(QByteArrayView salt, QByteArrayView value, qint64 total)
{
    // flagd refuses totals above 2^31 − 1; a total up to 2^32 still cannot overflow 64 bits.
    Q_ASSERT(total <= 0x7FFFFFFF);
    if (total <= 0)
        return 0;
    return multiplyShiftBucket(salt, value, total);
}

namespace {

/// Hundredths of a percent below which a flagd gate's bucket holds.
qint64 flagdThreshold(double percentage)
{
    // Rounded, not truncated: 12.34 × 100 is 1233.999… in binary and must mean 1234.
    // The comparisons are written so that NaN counts as 0 %.
    if (percentage >= 100.0)
        return FlagdGateTotal;
    if (!(percentage > 0.0))
        return 0;
    // std::llround(scaled), without a library call per evaluation: scaled is in (0, 10000),
    // where truncation is floor and scaled − floor is exact, so this rounds halves up as
    // llround does.
    const double scaled = percentage * 100.0;
    qint64 threshold = static_cast<qint64>(scaled);
    if (scaled - static_cast<double>(threshold) >= 0.5)
        ++threshold;
    return threshold;
}

bool rolloutHolds(qint64 crc, double percentage)
{
    // The gem's exact expression: RAND_BASE = (2**32 - 1) / 100.0, then RAND_BASE * percentage.
    // The order matters at 100 %: 42949672.95 × 100 rounds to 4294967295.0000005, so even a crc
    // of 0xFFFFFFFF is inside, whereas 100 × (2^32 − 1) / 100 would be exactly 2^32 − 1 and
    // leave it out. A crc converts to double exactly, as Ruby's Integer < Float compares.
    constexpr double RandBase = 4294967295.0 / 100.0;
    return static_cast<double>(crc) < RandBase * percentage;
}

quint32 rolloutCrc(QByteArrayView value, QByteArrayView suffix)
{
    Crc32 crc;
    crc.add(value);
    crc.add(suffix);
    return crc.finish();
}

} // namespace

bool flagdGate(QByteArrayView salt, QByteArrayView value, double percentage, qint64 *bucket)
{
    const qint64 b = multiplyShiftBucket(salt, value, FlagdGateTotal);
    if (bucket)
        *bucket = b;
    return b < flagdThreshold(percentage);
}

int unleashNormalizedNumber(QByteArrayView groupId, QByteArrayView value)
{
    return static_cast<int>(unleashHash(groupId, value, 0) % 100u) + 1;
}

bool unleashGate(QByteArrayView groupId, QByteArrayView value, double percentage, qint64 *bucket)
{
    const int n = unleashNormalizedNumber(groupId, value);
    if (bucket)
        *bucket = n;
    return gateHolds(BucketingScheme::Unleash, n, percentage);
}

qint64 unleashVariantTarget(QByteArrayView groupId, QByteArrayView value, qint64 total)
{
    if (total <= 0)
        return 0;
    return static_cast<qint64>(unleashHash(groupId, value, UnleashVariantSeed)
                               % static_cast<quint64>(total)) + 1;
}

bool rolloutGate(QByteArrayView value, QByteArrayView suffix, double percentage, qint64 *bucket)
{
    const quint32 c = rolloutCrc(value, suffix);
    if (bucket)
        *bucket = c;
    return rolloutHolds(c, percentage);
}

qint64 randomBucket(qint64 total)
{
    if (total <= 1)
        return 0;
    // global() is thread-safe and seeded from the system; simulations run on worker threads.
    return QRandomGenerator::global()->bounded(total);
}

qint64 gateBucket(BucketingScheme scheme, QByteArrayView salt, QByteArrayView value)
{
    switch (scheme) {
    case BucketingScheme::Flagd:
        return multiplyShiftBucket(salt, value, FlagdGateTotal);
    case BucketingScheme::Unleash:
        return unleashNormalizedNumber(salt, value);
    case BucketingScheme::Rollout:
        // The rollout gem hashes the value, then its suffix (the flag key when randomised).
        return rolloutCrc(value, salt);
    }
    return -1;
}

qint64 randomGateBucket(BucketingScheme scheme)
{
    switch (scheme) {
    case BucketingScheme::Flagd:
        return randomBucket(FlagdGateTotal);
    case BucketingScheme::Unleash:
        return randomBucket(100) + 1;
    case BucketingScheme::Rollout:
        return randomBucket(qint64(1) << 32);
    }
    return -1;
}

bool gateHolds(BucketingScheme scheme, qint64 bucket, double percentage)
{
    switch (scheme) {
    case BucketingScheme::Flagd:
        return bucket < flagdThreshold(percentage);
    case BucketingScheme::Unleash:
        // Unleash's own test. The number is at least 1, so 0 % already fails the comparison;
        // the explicit check keeps that true should the range ever change.
        return percentage > 0 && double(bucket) <= percentage;
    case BucketingScheme::Rollout:
        return rolloutHolds(bucket, percentage);
    }
    return false;
}

qint64 splitBucket(BucketingScheme scheme, QByteArrayView salt, QByteArrayView value, qint64 total)
{
    switch (scheme) {
    case BucketingScheme::Flagd:
        return flagdBucket(salt, value, total);
    case BucketingScheme::Unleash:
        return unleashVariantTarget(salt, value, total);
    case BucketingScheme::Rollout:
        break;
    }
    return -1;
}

qint64 randomSplitBucket(BucketingScheme scheme, qint64 total)
{
    switch (scheme) {
    case BucketingScheme::Flagd:
        return randomBucket(total);
    case BucketingScheme::Unleash:
        return randomBucket(total) + 1;
    case BucketingScheme::Rollout:
        break;
    }
    return -1;
}

qsizetype splitIndex(BucketingScheme scheme, qint64 bucket, std::span<const qint64> weights)
{
    switch (scheme) {
    case BucketingScheme::Flagd:
        return flagdVariationIndex(bucket, weights);
    case BucketingScheme::Unleash:
        return unleashVariationIndex(bucket, weights);
    case BucketingScheme::Rollout:
        break;
    }
    return -1;
}

qsizetype flagdVariationIndex(qint64 bucket, std::span<const qint64> weights)
{
    qint64 sum = 0;
    for (qsizetype i = 0; i < qsizetype(weights.size()); ++i) {
        sum += qMax<qint64>(0, weights[i]);
        if (sum > bucket)
            return i;
    }
    return -1;
}

qsizetype unleashVariationIndex(qint64 target, std::span<const qint64> weights)
{
    qint64 sum = 0;
    for (qsizetype i = 0; i < qsizetype(weights.size()); ++i) {
        if (weights[i] <= 0)
            continue;
        sum += weights[i];
        if (sum >= target)
            return i;
    }
    return -1;
}

} // namespace Pennon::Bucketing
