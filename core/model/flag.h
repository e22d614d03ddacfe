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

/// What a serve, or one bucket of a split, gives. Everything but Variation is an answer a
/// source system gives and Pennon keeps, so that an imported flag evaluates as it did there
/// (docs/semantics.md, "Served errors").
enum class ServeOutcome : quint8 {
    Variation,   ///< the named variation
    NoValue,     ///< no variation, reason DEFAULT: the caller's default (flagd without defaultVariant)
    Error,       ///< the off variation, reason ERROR, code GENERAL (flagd: a variant it does not have)
    ParseError,  ///< the off variation, reason ERROR, code PARSE_ERROR (flagd: targeting it cannot parse)
};

/// The error code an Error or ParseError outcome answers with ("GENERAL", "PARSE_ERROR");
/// empty for the others.
QString serveErrorName(ServeOutcome outcome);
bool parseServeError(const QString &name, ServeOutcome *out);

/// One variation's share of a split.
struct SplitWeight {
    SplitWeight(QString variationKey = {}, qint64 share = 0) : variation(std::move(variationKey)), weight(share) {}

    QString variation;              ///< empty unless outcome is Variation
    qint64 weight = 0;
    ServeOutcome outcome = ServeOutcome::Variation;
    QString source;                 ///< Error: what the source system had (the unknown variant's name)

    static SplitWeight of(const QString &variation, qint64 weight)
    {
        SplitWeight w;
        w.variation = variation;
        w.weight = weight;
        return w;
    }
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

/// What a rule or the default serves: one variation, a split, or another outcome.
struct Serve {
    Serve(QString variationKey = {}, std::optional<Split> weighted = {})
        : variation(std::move(variationKey)), split(std::move(weighted))
    {
    }

    QString variation;              ///< used when split is empty and outcome is Variation
    std::optional<Split> split;
    ServeOutcome outcome = ServeOutcome::Variation;   ///< Variation for a split
    /// Error and ParseError: what the source system had, written back by its export (the
    /// unknown variant's name; the targeting as JSON text).
    QString source;
    bool isSplit() const { return split.has_value(); }
    /// Whether the serve, or one of its split's buckets, gives this outcome (meant for the
    /// outcomes other than Variation).
    bool gives(ServeOutcome answer) const;
    static Serve of(const QString &variation)
    {
        Serve serve;
        serve.variation = variation;
        return serve;
    }
    friend bool operator==(const Serve &, const Serve &) = default;
};

/// Conditions (all must hold) and what is served when they do.
struct Rule {
    QString id;
    QString name;
    /// Kept (stored, validated, edited) but skipped in evaluation, as if absent; it keeps its
    /// position, so later rules keep their numbers. Left out of a flagd export; in an Unleash
    /// one a strategy with "disabled" and a constraint that never holds (SDKs ignore "disabled").
    bool disabled = false;
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
    /// Renames a variation and every reference to it in this flag's environments (off
    /// variation, what rules and default serves serve, splits' weights).
    void renameVariation(const QString &from, const QString &to);
    friend bool operator==(const Flag &, const Flag &) = default;
};

} // namespace Pennon
