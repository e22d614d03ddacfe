// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "activation.h"
#include "bucketing.h"

#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Pennon {

enum class FlagType { Boolean, String, Number, Json };

QString flagTypeName(FlagType type);
bool parseFlagType(const QString &name, FlagType *out);
/// Whether a JSON value is of the flag type (Json accepts any value but null).
bool valueMatchesType(const QJsonValue &value, FlagType type);

/// One of a flag's possible values.
struct Variation {
    QString key;
    QJsonValue value;
    QString description;
    friend bool operator==(const Variation &, const Variation &) = default;
};

/// One variation's share of a split.
struct SplitWeight {
    QString variation;
    qint64 weight = 0;
    friend bool operator==(const SplitWeight &, const SplitWeight &) = default;
};

/// Weighted distribution over variations, sticky by attributes. The weights sum to total
/// (100 for percentages, 1000 for Unleash variants, anything up to 2^31-1 for flagd).
struct Split {
    QList<SplitWeight> weights;
    qint64 total = 100;
    Stickiness stickiness;
    QString salt;                   ///< empty: the scheme's default (the flag key)
    BucketingScheme scheme = BucketingScheme::Flagd;
    friend bool operator==(const Split &, const Split &) = default;
};

/// What a rule or the default serves: one variation, or a split.
struct Serve {
    QString variation;              ///< used when split is empty
    std::optional<Split> split;
    bool isSplit() const { return split.has_value(); }
    friend bool operator==(const Serve &, const Serve &) = default;
};

/// Conditions (all must hold) and what is served when they do.
struct Rule {
    QString id;
    QString name;
    QList<Condition> conditions;
    Serve serve;
    friend bool operator==(const Rule &, const Rule &) = default;
};

/// A flag's configuration in one environment.
struct EnvironmentConfig {
    bool on = false;
    QString offVariation;
    QList<Rule> rules;
    Serve defaultServe;
    friend bool operator==(const EnvironmentConfig &, const EnvironmentConfig &) = default;
};

/// A feature flag: identity, variations, and its configuration per environment key.
struct Flag {
    QString key;
    QString name;
    QString description;
    QStringList tags;
    QString owner;
    FlagType type = FlagType::Boolean;
    QList<Variation> variations;
    QMap<QString, EnvironmentConfig> environments;
    bool archived = false;
    qint64 version = 0;

    const Variation *variation(const QString &variationKey) const;
    friend bool operator==(const Flag &, const Flag &) = default;
};

} // namespace Pennon
