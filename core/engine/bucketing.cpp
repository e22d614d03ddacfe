// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// The three bucketing schemes (docs/semantics.md, "Bucketing"), each rule written once: the
// hash of salt and value (Salted), the bucket a gate or split takes from it, the threshold a
// gate compares with, and the walk over a split's weights. The per-scheme helpers below the
// engine's entry points (flagdBucket, unleashGate, ...) are those same rules with the salt
// prepared on the spot; the tests' reference vectors check them, and so the engine's path.

#include "bucketing.h"

#include "crc32.h"

#include <QRandomGenerator>

#include <cmath>

namespace Pennon::Bucketing {

namespace {

// Unleash hashes variants with a second seed so that a variant split is independent of the
// gate that let the context in (the Unleash client specification's 86028157).
constexpr quint32 UnleashVariantSeed = 86028157u;

constexpr qint64 FlagdGateTotal = 10000;

} // namespace

qint64 flagdGateThreshold(double percentage)
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

namespace {

quint32 rolloutCrc(QByteArrayView value, QByteArrayView suffix)
{
    Crc32 crc;
    crc.add(value);
    crc.add(suffix);
    return crc.finish();
}

} // namespace

// ---- Prepared salts: the engine's path --------------------------------------------------

Salted::Salted(BucketingScheme scheme, bool split, QByteArrayView salt)
    : m_scheme(scheme), m_salt(salt.toByteArray()),
      m_prefix(scheme == BucketingScheme::Unleash && split ? UnleashVariantSeed : 0)
{
    if (scheme == BucketingScheme::Rollout)
        return; // the rollout gem hashes the value, then its suffix
    m_prefix.add(salt);
    if (scheme == BucketingScheme::Unleash)
        m_prefix.add(":");
}

quint32 Salted::hash(QByteArrayView value) const
{
    if (m_scheme == BucketingScheme::Rollout)
        return rolloutCrc(value, m_salt);
    return m_prefix.finishWith(value);
}

qint64 gateBucket(const Salted &salted, QByteArrayView value)
{
    const quint32 hash = salted.hash(value);
    switch (salted.scheme()) {
    case BucketingScheme::Flagd:
        // Multiply-shift rather than modulo, as flagd's evaluators do (see splitBucket).
        return static_cast<qint64>((quint64(hash) * quint64(FlagdGateTotal)) >> 32);
    case BucketingScheme::Unleash:
        return static_cast<qint64>(hash % 100u) + 1;
    case BucketingScheme::Rollout:
        return hash;
    }
    return -1;
}

qint64 splitBucket(const Salted &salted, QByteArrayView value, qint64 total)
{
    if (salted.scheme() == BucketingScheme::Rollout)
        return -1;
    if (total <= 0)
        return 0;
    const quint32 hash = salted.hash(value);
    if (salted.scheme() == BucketingScheme::Flagd) {
        // flagd refuses totals above 2^31 − 1; a total up to 2^32 still cannot overflow 64
        // bits. Multiply-shift keeps the buckets of a split contiguous in hash space, so
        // growing one weight only moves its neighbours.
        Q_ASSERT(total <= 0x7FFFFFFF);
        return static_cast<qint64>((quint64(hash) * quint64(total)) >> 32);
    }
    return static_cast<qint64>(hash % static_cast<quint64>(total)) + 1;
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
        return bucket < flagdGateThreshold(percentage);
    case BucketingScheme::Unleash:
        // Unleash's own test. The number is at least 1, so 0 % already fails the comparison;
        // the explicit check keeps that true should the range ever change.
        return percentage > 0 && double(bucket) <= percentage;
    case BucketingScheme::Rollout: {
        // The gem's exact expression: RAND_BASE = (2**32 - 1) / 100.0, then RAND_BASE *
        // percentage. The order matters at 100 %: 42949672.95 × 100 rounds to
        // 4294967295.0000005, so even a crc of 0xFFFFFFFF is inside, whereas
        // 100 × (2^32 − 1) / 100 would be exactly 2^32 − 1 and leave it out. A crc converts to
        // double exactly, as Ruby's Integer < Float compares.
        constexpr double RandBase = 4294967295.0 / 100.0;
        return static_cast<double>(bucket) < RandBase * percentage;
    }
    }
    return false;
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

// ---- The same rules with the salt given each time --------------------------------------

qint64 gateBucket(BucketingScheme scheme, QByteArrayView salt, QByteArrayView value)
{
    return gateBucket(Salted(scheme, false, salt), value);
}

qint64 splitBucket(BucketingScheme scheme, QByteArrayView salt, QByteArrayView value, qint64 total)
{
    return splitBucket(Salted(scheme, true, salt), value, total);
}

qint64 flagdBucket(QByteArrayView salt, QByteArrayView value, qint64 total)
{
    return splitBucket(BucketingScheme::Flagd, salt, value, total);
}

bool flagdGate(QByteArrayView salt, QByteArrayView value, double percentage, qint64 *bucket)
{
    const qint64 b = gateBucket(BucketingScheme::Flagd, salt, value);
    if (bucket)
        *bucket = b;
    return gateHolds(BucketingScheme::Flagd, b, percentage);
}

int unleashNormalizedNumber(QByteArrayView groupId, QByteArrayView value)
{
    return static_cast<int>(gateBucket(BucketingScheme::Unleash, groupId, value));
}

bool unleashGate(QByteArrayView groupId, QByteArrayView value, double percentage, qint64 *bucket)
{
    const qint64 n = gateBucket(BucketingScheme::Unleash, groupId, value);
    if (bucket)
        *bucket = n;
    return gateHolds(BucketingScheme::Unleash, n, percentage);
}

qint64 unleashVariantTarget(QByteArrayView groupId, QByteArrayView value, qint64 total)
{
    return splitBucket(BucketingScheme::Unleash, groupId, value, total);
}

bool rolloutGate(QByteArrayView value, QByteArrayView suffix, double percentage, qint64 *bucket)
{
    const qint64 c = gateBucket(BucketingScheme::Rollout, suffix, value);
    if (bucket)
        *bucket = c;
    return gateHolds(BucketingScheme::Rollout, c, percentage);
}

qint64 randomBucket(qint64 total)
{
    if (total <= 1)
        return 0;
    // global() is thread-safe and seeded from the system; simulations run on worker threads.
    return QRandomGenerator::global()->bounded(total);
}

qsizetype flagdVariationIndex(qint64 bucket, std::span<const qint64> weights)
{
    // The running totals never decrease, so the first one above the bucket comes right after
    // those that are not: counting these needs no branch on the bucket, which a split's random
    // buckets would mispredict.
    qint64 sum = 0;
    qsizetype notAbove = 0;
    for (const qint64 weight : weights) {
        sum += qMax<qint64>(0, weight);
        notAbove += sum <= bucket;
    }
    return notAbove < qsizetype(weights.size()) ? notAbove : -1;
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
