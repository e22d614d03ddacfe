// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace Pennon {

/// How a context is mapped to a bucket (docs/semantics.md, "Bucketing").
enum class BucketingScheme { Flagd, Unleash, Rollout };

/// What happens when none of the stickiness attributes is in the context.
enum class AbsencePolicy { Skip, Empty, Stop, Random };

QString schemeName(BucketingScheme scheme);
bool parseScheme(const QString &name, BucketingScheme *out);
QString absencePolicyName(AbsencePolicy policy);
bool parseAbsencePolicy(const QString &name, AbsencePolicy *out);

/// An ordered list of attributes (the first present wins) and the absence policy.
struct Stickiness {
    QStringList attributes = {QStringLiteral("userId")};
    AbsencePolicy absence = AbsencePolicy::Skip;
    friend bool operator==(const Stickiness &, const Stickiness &) = default;
};

} // namespace Pennon
