// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/murmur3.h"
#include "model/bucketing.h"

#include <QByteArray>

#include <QByteArrayView>
#include <QtGlobal>

#include <span>

namespace Pennon::Bucketing {

// The three schemes of docs/semantics.md ("Bucketing"). Strings are UTF-8 bytes; `salt` is the
// gate's or split's salt (flagd), groupId (unleash) or suffix (rollout), already resolved
// (an empty salt in the model means the flag key for flagd and unleash, nothing for rollout).

/// flagd split: (murmur3(salt + value, 0) × total) >> 32, a bucket in [0, total).
qint64 flagdBucket(QByteArrayView salt, QByteArrayView value, qint64 total);
/// flagd percentage gate: a two-way split in hundredths of a percent (total 10000); holds
/// when the bucket is below round(percentage × 100). *bucket receives the bucket.
bool flagdGate(QByteArrayView salt, QByteArrayView value, double percentage, qint64 *bucket);

/// Unleash gate number: murmur3(groupId + ":" + value, 0) mod 100 + 1, in [1, 100].
int unleashNormalizedNumber(QByteArrayView groupId, QByteArrayView value);
/// Unleash gate: holds when percentage > 0 and the number is <= percentage.
bool unleashGate(QByteArrayView groupId, QByteArrayView value, double percentage, qint64 *bucket);
/// Unleash variant target: murmur3(groupId + ":" + value, 86028157) mod total + 1, in [1, total].
qint64 unleashVariantTarget(QByteArrayView groupId, QByteArrayView value, qint64 total);

/// rollout gem: holds when crc32(value + suffix) < percentage × (2^32 − 1) / 100, compared in
/// double precision as the gem does. *bucket receives the crc.
bool rolloutGate(QByteArrayView value, QByteArrayView suffix, double percentage, qint64 *bucket);

/// A bucket in [0, total) from a random source, for the `random` absence policy.
qint64 randomBucket(qint64 total);

// ---- By scheme: what the engine calls, one place for each scheme's rules ----------------

/// A gate's or a split's salt, hashed once: the engine then hashes only the context's value
/// on each evaluation (flagd: murmur3 of salt + value; unleash: of groupId + ":" + value, seed
/// 0 for gates and 86028157 for variant splits; rollout: crc32 of value + suffix).
class Salted final
{
public:
    Salted() = default;
    Salted(BucketingScheme scheme, bool split, QByteArrayView salt);

    BucketingScheme scheme() const { return m_scheme; }
    const QByteArray &salt() const { return m_salt; }
    /// The hash of salt and value as the scheme combines them.
    quint32 hash(QByteArrayView value) const;

private:
    BucketingScheme m_scheme = BucketingScheme::Flagd;
    QByteArray m_salt;
    Murmur3 m_prefix{0};
};

/// gateBucket and splitBucket for a prepared salt.
qint64 gateBucket(const Salted &salted, QByteArrayView value);
qint64 splitBucket(const Salted &salted, QByteArrayView value, qint64 total);

/// The bucket a percentage gate draws for a value: flagd [0, 10000), unleash [1, 100],
/// rollout the crc32 in [0, 2^32).
qint64 gateBucket(BucketingScheme scheme, QByteArrayView salt, QByteArrayView value);
/// A random bucket in the same range, for the `random` absence policy.
qint64 randomGateBucket(BucketingScheme scheme);
/// flagd's gate threshold: a percentage in hundredths, rounded (12.34 % is 1234 of 10000);
/// a flagd gate holds for buckets below it.
qint64 flagdGateThreshold(double percentage);
/// Whether a gate of `percentage` holds for a bucket of its scheme's range. NaN holds nowhere.
bool gateHolds(BucketingScheme scheme, qint64 bucket, double percentage);

/// The bucket of a split of `total`: flagd [0, total), unleash the variant target [1, total].
/// Rollout has no splits (-1).
qint64 splitBucket(BucketingScheme scheme, QByteArrayView salt, QByteArrayView value, qint64 total);
/// A random bucket in the same range, for the `random` absence policy.
qint64 randomSplitBucket(BucketingScheme scheme, qint64 total);
/// The index of the weight a split's bucket falls in (flagdVariationIndex or
/// unleashVariationIndex), -1 when none.
qsizetype splitIndex(BucketingScheme scheme, qint64 bucket, std::span<const qint64> weights);

// ---- The walks ---------------------------------------------------------------------------

/// flagd split walk: the index of the first weight whose running total exceeds `bucket`, or -1
/// when none does (every weight zero). Negative weights count as zero, as in flagd.
qsizetype flagdVariationIndex(qint64 bucket, std::span<const qint64> weights);
/// Unleash variant walk: the index of the first weight > 0 whose running total reaches
/// `target` (in [1, total]), or -1 when none does.
qsizetype unleashVariationIndex(qint64 target, std::span<const qint64> weights);

} // namespace Pennon::Bucketing
