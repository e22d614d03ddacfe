// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "unleashexport.h"

#include "engine/unleashdialect.h"
#include "formats/unleashimport.h"
#include "json/jsonwriter.h"
#include "values/instant.h"
#include "values/semver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxNesting = 32;
constexpr qint64 SingleVariantWeight = 1000;

/// Unleash's name for a variant list's stickiness, or an empty string when it has none.
QString variantStickinessName(const Stickiness &stickiness)
{
    if (stickiness.absence != AbsencePolicy::Random)
        return QString();
    if (stickiness.attributes == QStringList{u"userId"_s, u"sessionId"_s, u"remoteAddress"_s})
        return u"default"_s;
    if (stickiness.attributes.size() == 1)
        return stickiness.attributes.first();
    return QString();
}

bool isUnleashSplit(const Serve &serve)
{
    return serve.isSplit() && serve.split->scheme == BucketingScheme::Unleash;
}

struct Override {
    QString variation;
    QString contextName;
    QStringList values;
    friend bool operator==(const Override &, const Override &) = default;
};

struct Strategy {
    QString name = u"default"_s;
    QString id;
    QString title;
    QJsonArray constraints;
    QJsonObject parameters;
    QList<qint64> segments;
    bool hasTest = false;     ///< userWithId, flexibleRollout or remoteAddress
    bool hasGate = false;
    QString gateSalt;         ///< resolved: the flag key for an empty salt
    bool neverHolds = false;  ///< a 0 % gate: the rule never matches
    QJsonArray variants;
    bool disabled = false;    ///< a disabled rule: "disabled" and UnleashImport::disabledGate()
    bool dropped = false;     ///< a disabled rule Unleash cannot express: left out
};

/// The import's condition that never holds: nobody falls into 0 %.
PercentageActivation neverHolds()
{
    PercentageActivation nobody;
    nobody.percentage = 0;
    nobody.scheme = BucketingScheme::Unleash;
    return nobody;
}

class FeatureExporter final
{
public:
    FeatureExporter(const Workspace &workspace, const Flag &flag, const QString &environment)
        : m_workspace(workspace), m_flag(flag), m_environment(environment),
          m_config(flag.environments.value(environment))
    {
    }

    QStringList reasons;
    QStringList parents;
    QMap<qint64, QJsonObject> segments;   ///< the Unleash segments the strategies use

    /// Writes a segment no exported strategy uses, so that the state keeps it; false (with
    /// reasons) when it cannot be an Unleash segment.
    bool addSegment(const Segment &segment)
    {
        qint64 id = 0;
        return segmentAsUnleash(segment, &id) && reasons.isEmpty();
    }

    QJsonObject run()
    {
        QJsonObject feature;
        feature.insert(u"name"_s, m_flag.key);
        feature.insert(u"description"_s, m_flag.description);
        feature.insert(u"type"_s, u"release"_s);
        feature.insert(u"project"_s, u"default"_s);
        feature.insert(u"stale"_s, false);
        feature.insert(u"impressionData"_s, false);

        // No value and served errors (kept from flagd) have no Unleash form: a strategy that
        // matches enables the feature with a variant, one that does not leaves it to the next.
        const auto noUnleashForm = [](const Serve &serve) {
            return serve.gives(ServeOutcome::NoValue) || serve.gives(ServeOutcome::Error)
                || serve.gives(ServeOutcome::ParseError);
        };
        // A disabled rule is skipped by evaluation: one that could not be a strategy is left
        // out (below), since it changes no answer.
        for (qsizetype r = 0; r < m_config.rules.size(); ++r) {
            if (!m_config.rules.at(r).disabled && noUnleashForm(m_config.rules.at(r).serve)) {
                m_place = UnleashExport::tr("rule %1").arg(r + 1);
                refuse(UnleashExport::tr("serves no value or an error, which Unleash cannot express"));
            }
        }
        if (noUnleashForm(m_config.defaultServe)) {
            m_place = UnleashExport::tr("default serve");
            refuse(UnleashExport::tr("serves no value or an error, which Unleash cannot express"));
        }
        if (!reasons.isEmpty())
            return feature;

        const QList<Rule> &rules = m_config.rules;
        qsizetype first = 0;
        QJsonArray dependencies;
        QList<qsizetype> leadingDisabled;   ///< disabled rules among the dependency rules
        for (; first < rules.size(); ++first) {
            const Rule &rule = rules.at(first);
            if (rule.disabled) {
                leadingDisabled.append(first);
                continue;
            }
            // The import's form of a dependency that SDKs never find satisfied, on a feature
            // that has dependencies itself or that is not in the state: a rule serving off
            // always.
            bool missing = false;
            if (const QString parent = neverSatisfiedParent(rule, m_config, &missing); !parent.isEmpty()) {
                if (missing ? !m_workspace.flag(parent) : hasPrerequisites(parent)) {
                    dependencies.append(QJsonObject{{u"feature"_s, parent}});
                    if (!missing)
                        parents.append(parent);
                    continue;
                }
            }
            if (rule.serve.isSplit() || rule.serve.variation != m_config.offVariation
                || rule.conditions.size() != 1
                || !std::holds_alternative<PrerequisiteActivation>(rule.conditions.first())) {
                break;
            }
            m_place = UnleashExport::tr("rule %1").arg(first + 1);
            dependencies.append(dependency(std::get<PrerequisiteActivation>(rule.conditions.first())));
        }

        // The rules that become strategies: up to the first one serving off, which must be
        // followed by nothing else (Unleash cannot stop at a match and answer disabled); the
        // default serve, unless off, as a last unconditional rule.
        QList<Rule> served;
        QList<int> numbers;
        bool stopped = false;
        // Dependencies come before every strategy in Unleash: disabled rules among the
        // dependency rules become the first strategies (they never hold, so the order of
        // what SDKs evaluate does not change an answer).
        QList<qsizetype> order = leadingDisabled;
        for (qsizetype r = first; r < rules.size(); ++r)
            order.append(r);
        for (const qsizetype r : std::as_const(order)) {
            const Rule &rule = rules.at(r);
            if (rule.disabled) {
                // What an Unleash strategy serves when it matches is never the off variation
                // or no variation: such a disabled rule has no Unleash form and is left out.
                if (!servesOff(rule.serve) && !noUnleashForm(rule.serve)) {
                    served.append(rule);
                    numbers.append(int(r + 1));
                }
                continue;
            }
            if (servesOff(rule.serve)) {
                for (qsizetype later = r + 1; later < rules.size(); ++later) {
                    if (!rules.at(later).disabled && !servesOff(rules.at(later).serve)) {
                        m_place = UnleashExport::tr("rule %1").arg(r + 1);
                        refuse(UnleashExport::tr("serves the off variation before rule %1, which serves something else (an Unleash strategy that matches enables the feature)")
                                   .arg(later + 1));
                        return feature;
                    }
                }
                if (!servesOff(m_config.defaultServe)) {
                    m_place = UnleashExport::tr("rule %1").arg(r + 1);
                    refuse(UnleashExport::tr("serves the off variation before the default serve, which serves something else (an Unleash strategy that matches enables the feature)"));
                    return feature;
                }
                stopped = true;
                break;
            }
            served.append(rule);
            numbers.append(int(r + 1));
        }
        if (!stopped && !servesOff(m_config.defaultServe)) {
            Rule everyone;
            everyone.serve = m_config.defaultServe;
            served.append(everyone);
            numbers.append(0);
        }

        // Variant overrides: the runs of rules the import makes of them, before their strategy.
        QList<Strategy> strategies;
        QList<QList<Override>> overrides;
        QList<Serve> serves;
        QStringList mainNames;
        for (qsizetype i = 0; i < served.size(); ++i) {
            m_place = numbers.at(i) > 0 ? UnleashExport::tr("rule %1").arg(numbers.at(i))
                                        : UnleashExport::tr("default serve");
            QList<Override> found;
            QList<Condition> base;
            qsizetype target = overrideRun(served, i, &found, &base);
            const Rule &rule = served.at(target);
            if (target != i)
                m_place = UnleashExport::tr("rule %1").arg(numbers.at(target));
            QList<Condition> conditions = target == i ? rule.conditions : base;
            QString name = rule.name;
            // The import's form of a strategy SDKs do not know: the rule's name says so, a
            // last 0 % gate makes it never hold. An older import's form of a disabled strategy
            // (named "... (disabled)", ending with that gate) is written as a disabled rule.
            static const QString disabledSuffix = u" (disabled)"_s;
            static const QString unknownSuffix = u" (unknown strategy: never enabled)"_s;
            const bool endsNever = !conditions.isEmpty() && conditions.last() == Condition(neverHolds());
            bool disabled = rule.disabled;
            if (endsNever && name.endsWith(disabledSuffix)) {
                disabled = true;
                conditions.removeLast();
                name.chop(disabledSuffix.size());
            }
            QString unknown;
            if (!conditions.isEmpty() && conditions.last() == Condition(neverHolds())
                && name.endsWith(unknownSuffix) && name.size() > unknownSuffix.size()) {
                conditions.removeLast();
                unknown = name.chopped(unknownSuffix.size());
                name = unknown;
            }
            const qsizetype reasonsBefore = reasons.size();
            Strategy strategy = strategyOf(conditions);
            if (!unknown.isEmpty()) {
                if (strategy.hasTest)
                    refuse(UnleashExport::tr("an unknown strategy with a user list, percentage or IP test"));
                else
                    strategy.name = unknown;
            }
            if (reasons.size() > reasonsBefore) {
                // A disabled rule Unleash cannot express is left out: it changes no answer.
                if (disabled)
                    reasons.resize(reasonsBefore);
                i = target;
                continue;
            }
            strategy.disabled = disabled;
            strategy.id = rule.id;
            strategy.title = name == strategy.name ? QString() : name;
            if (!strategy.neverHolds) {
                strategies.append(strategy);
                overrides.append(found);
                serves.append(rule.serve);
                mainNames.append(rule.name);
            }
            i = target;
        }
        if (!reasons.isEmpty())
            return feature;

        // Feature-level variants, as the import reads them: the split salted with the flag key
        // (the feature's name) that the strategies without variants of their own serve, with
        // the same overrides. Either every strategy serves it, or a strategy whose groupId is
        // not the feature's name serves it (its own variants would hash with its groupId):
        // then the strategies serving it use the feature's variants and every other one needs
        // variants of its own (Unleash gives the feature's to any strategy without).
        qsizetype featureIndex = -1;
        bool allSame = !serves.isEmpty();
        for (qsizetype s = 0; s < serves.size() && allSame; ++s) {
            allSame = isUnleashSplit(serves.at(s)) && serves.at(s).split->salt.isEmpty()
                && serves.at(s) == serves.first() && overrides.at(s) == overrides.first();
        }
        if (allSame) {
            featureIndex = 0;
        } else {
            // Not a disabled one's: the strategies that can match would then need variants of
            // their own for its sake.
            for (qsizetype s = 0; s < serves.size(); ++s) {
                if (isUnleashSplit(serves.at(s)) && serves.at(s).split->salt.isEmpty() && !strategies.at(s).disabled
                    && strategies.at(s).hasGate && strategies.at(s).gateSalt != m_flag.key) {
                    featureIndex = s;
                    break;
                }
            }
        }
        QJsonArray featureVariants;
        for (qsizetype s = 0; s < strategies.size(); ++s) {
            m_place = UnleashExport::tr("strategy %1").arg(s + 1);
            const bool featureLevel = featureIndex >= 0 && serves.at(s) == serves.at(featureIndex)
                && overrides.at(s) == overrides.at(featureIndex);
            const qsizetype reasonsBefore = reasons.size();
            const QJsonArray variants = variantsOf(serves.at(s), overrides.at(s), &strategies[s], featureLevel);
            const bool withoutVariant = !featureLevel && featureIndex >= 0 && variants.isEmpty();
            if (strategies.at(s).disabled && (reasons.size() > reasonsBefore || withoutVariant)) {
                // Left out: it never holds, and what it serves has no Unleash form here.
                reasons.resize(reasonsBefore);
                strategies[s].dropped = true;
            } else if (featureLevel) {
                featureVariants = variants;
            } else if (withoutVariant) {
                refuse(UnleashExport::tr("enabled without a variant while other strategies serve the feature's variants, which Unleash would give this one too"));
            } else {
                strategies[s].variants = variants;
            }
        }
        for (qsizetype s = strategies.size() - 1; s >= 0; --s) {
            if (strategies.at(s).dropped) {
                strategies.removeAt(s);
                mainNames.removeAt(s);
            }
        }

        // An enabled feature without strategies is enabled for everyone: the import's form
        // of such a feature comes back as it was.
        const bool everyone = strategies.size() == 1 && strategies.first().constraints.isEmpty()
            && !strategies.first().hasTest && strategies.first().segments.isEmpty()
            && strategies.first().id.isEmpty() && strategies.first().title.isEmpty()
            && !strategies.first().disabled && mainNames.first().isEmpty()
            && (featureIndex >= 0 || strategies.first().variants.isEmpty());
        QJsonArray strategyArray;
        if (!everyone) {
            for (const Strategy &strategy : std::as_const(strategies))
                strategyArray.append(strategyJson(strategy));
        }
        // Nothing can be served but off: the feature is off for everyone, which an enabled
        // feature without strategies is not.
        feature.insert(u"enabled"_s, m_config.on && (everyone || !strategies.isEmpty()));
        feature.insert(u"strategies"_s, strategyArray);
        feature.insert(u"variants"_s, featureVariants);
        if (!dependencies.isEmpty())
            feature.insert(u"dependencies"_s, dependencies);
        return feature;
    }

private:
    const Workspace &m_workspace;
    const Flag &m_flag;
    QString m_environment;
    EnvironmentConfig m_config;
    QString m_place;

    void refuse(const QString &reason) { reasons.append(m_place + u": "_s + reason); }

    bool servesOff(const Serve &serve) const
    {
        return !serve.isSplit() && serve.variation == m_config.offVariation;
    }

    /// Whether the flag has prerequisites in this environment.
    /// The parent of the import's never-satisfied dependency rule, else an empty string.
    /// *missing: the parent is not in the state (else it has dependencies itself).
    static QString neverSatisfiedParent(const Rule &rule, const EnvironmentConfig &config,
                                        bool *missing = nullptr)
    {
        static const QString prefix = u"dependency on "_s;
        static const QString hasOwn = u", which has dependencies itself: never satisfied"_s;
        static const QString notThere = u", which is not in the state: never satisfied"_s;
        if (rule.serve.isSplit() || rule.serve.variation != config.offVariation
            || !rule.conditions.isEmpty() || !rule.name.startsWith(prefix)) {
            return QString();
        }
        for (const QString *suffix : {&hasOwn, &notThere}) {
            if (rule.name.endsWith(*suffix) && rule.name.size() > prefix.size() + suffix->size()) {
                if (missing)
                    *missing = suffix == &notThere;
                return rule.name.mid(prefix.size(), rule.name.size() - prefix.size() - suffix->size());
            }
        }
        return QString();
    }

    /// Whether the flag has dependencies in Unleash's sense: prerequisite conditions, or the
    /// import's never-satisfied rule for a dependency on a feature with dependencies of its own.
    bool hasPrerequisites(const QString &key) const
    {
        const Flag *flag = m_workspace.flag(key);
        if (!flag)
            return false;
        const auto config = flag->environments.constFind(m_environment);
        if (config == flag->environments.cend())
            return false;
        for (const Rule &rule : config->rules) {
            if (rule.disabled)
                continue; // left out of its export's dependencies
            if (!neverSatisfiedParent(rule, *config).isEmpty())
                return true;
            for (const Condition &condition : rule.conditions) {
                if (std::holds_alternative<PrerequisiteActivation>(condition))
                    return true;
            }
        }
        return false;
    }

    QJsonObject dependency(const PrerequisiteActivation &unmet)
    {
        QJsonObject d{{u"feature"_s, unmet.flag}};
        const Flag *parent = m_workspace.flag(unmet.flag);
        const auto config = parent ? parent->environments.constFind(m_environment)
                                   : QMap<QString, EnvironmentConfig>::const_iterator();
        if (!parent || config == parent->environments.cend()) {
            refuse(UnleashExport::tr("depends on \"%1\", which is not configured in this environment").arg(unmet.flag));
            return d;
        }
        if (hasPrerequisites(unmet.flag)) {
            refuse(UnleashExport::tr("depends on \"%1\", which has prerequisites itself (Unleash SDKs do not follow dependencies transitively)")
                       .arg(unmet.flag));
            return d;
        }
        parents.append(unmet.flag);
        if (unmet.variations.isEmpty()) {
            d.insert(u"enabled"_s, false);
            return d;
        }
        if (unmet.variations == QStringList{config->offVariation})
            return d;
        // Wanted: every variation the rule does not list; "disabled" names the parent's
        // boolean (enabled without a variant) variations together.
        QStringList wanted;
        int booleans = 0;
        int booleansWanted = 0;
        for (const Variation &variation : parent->variations) {
            const bool isWanted = !unmet.variations.contains(variation.key);
            if (variation.key == config->offVariation) {
                if (isWanted) {
                    refuse(UnleashExport::tr("a prerequisite on \"%1\" that its off variation satisfies cannot be expressed as an Unleash dependency")
                               .arg(unmet.flag));
                    return d;
                }
                continue;
            }
            if (variation.value.isBool()) {
                ++booleans;
                booleansWanted += isWanted ? 1 : 0;
                continue;
            }
            if (variation.key == u"disabled") {
                refuse(UnleashExport::tr("\"%1\" has a variant named \"disabled\", the name Unleash gives no variant")
                           .arg(unmet.flag));
                return d;
            }
            if (isWanted)
                wanted.append(variation.key);
        }
        if (booleansWanted != 0 && booleansWanted != booleans) {
            refuse(UnleashExport::tr("the prerequisite tells apart boolean variations of \"%1\", which Unleash answers alike (\"disabled\")")
                       .arg(unmet.flag));
            return d;
        }
        if (booleansWanted > 0)
            wanted.prepend(u"disabled"_s);
        // No variation satisfies it: SDKs read an empty list as "enabled", so the list names
        // a variant no feature has (Unleash names are never empty), which none serves.
        if (wanted.isEmpty())
            wanted.append(QString());
        d.insert(u"variants"_s, QJsonArray::fromStringList(wanted));
        return d;
    }

    /// When the rules from i on are the override rules the import makes, before a rule
    /// serving a split, the index of that rule (the overrides and its conditions before the
    /// guards in *found and *base); else i.
    qsizetype overrideRun(const QList<Rule> &rules, qsizetype i, QList<Override> *found,
                          QList<Condition> *base) const
    {
        qsizetype j = i;
        while (j < rules.size() && !rules.at(j).serve.isSplit())
            ++j;
        if (j == i || j == rules.size() || !isUnleashSplit(rules.at(j).serve))
            return i;
        const Rule &main = rules.at(j);
        const qsizetype m = j - i;
        const QList<SplitWeight> &weights = main.serve.split->weights;
        const auto weightIndex = [&weights](const QString &key) {
            for (qsizetype w = 0; w < weights.size(); ++w) {
                if (weights.at(w).variation == key)
                    return w;
            }
            return qsizetype(-1);
        };
        for (const bool guarded : {false, true}) {
            QList<Condition> common = main.conditions;
            if (guarded) {
                if (common.size() < m)
                    continue;
                common = common.first(common.size() - m);
            }
            if (drawsAtRandom(common) != guarded)
                continue;
            QList<Override> overrides;
            QList<Condition> guards;
            qsizetype lastIndex = -1;
            bool ok = true;
            for (qsizetype t = i; t < j && ok; ++t) {
                const Rule &rule = rules.at(t);
                const qsizetype index = weightIndex(rule.serve.variation);
                const auto *list = rule.conditions.isEmpty()
                    ? nullptr : std::get_if<UserListActivation>(&rule.conditions.last());
                ok = list && index >= lastIndex && rule.id.isEmpty() && rule.name == main.name
                    && rule.disabled == main.disabled
                    && rule.conditions == common + guards + QList<Condition>{*list};
                if (!ok)
                    break;
                lastIndex = index;
                overrides.append({rule.serve.variation, list->attribute, list->values});
                ConstraintActivation excluded;
                excluded.attribute = list->attribute;
                excluded.op = Operator::NotIn;
                excluded.values = list->values;
                guards.append(excluded);
            }
            if (ok && (!guarded || main.conditions == common + guards)) {
                *found = overrides;
                *base = common;
                return j;
            }
        }
        return i;
    }

    std::optional<QJsonObject> constraintOf(const Condition &condition, int depth)
    {
        if (depth > MaxNesting) {
            refuse(UnleashExport::tr("library references nested deeper than %1 levels").arg(MaxNesting));
            return std::nullopt;
        }
        const auto make = [](const QString &attribute, const QString &op, const QJsonValue &values,
                             bool single, bool negate, bool caseInsensitive) {
            QJsonObject o{{u"contextName"_s, attribute}, {u"operator"_s, op},
                          {u"inverted"_s, negate}, {u"caseInsensitive"_s, caseInsensitive}};
            o.insert(single ? u"value"_s : u"values"_s, values);
            return o;
        };
        // User lists, IP/CIDR lists and regex conditions are Unleash's IN, IN_CIDR and REGEX.
        const auto unleashName = [](Operator op) { return operatorInfo(op).unleashName.toString(); };
        if (const auto *list = std::get_if<UserListActivation>(&condition))
            return make(list->attribute, unleashName(Operator::In), QJsonArray::fromStringList(listedValues(list->values)), false, false, false);
        if (const auto *ip = std::get_if<IpActivation>(&condition))
            return make(ip->attribute, unleashName(Operator::InCidr), QJsonArray::fromStringList(listedValues(ip->values)), false, false, false);
        if (const auto *regex = std::get_if<RegexActivation>(&condition)) {
            if (regex->pattern.trimmed() != regex->pattern || regex->pattern.isEmpty()) {
                refuse(UnleashExport::tr("a pattern that is empty or has leading or trailing white space cannot be expressed (the import trims it)"));
                return std::nullopt;
            }
            return make(regex->attribute, unleashName(Operator::Regex), regex->pattern, true, false, regex->caseInsensitive);
        }
        if (const auto *ref = std::get_if<ActivationRef>(&condition)) {
            const Activation *activation = m_workspace.activation(ref->key);
            if (!activation) {
                refuse(UnleashExport::tr("unknown library activation \"%1\"").arg(ref->key));
                return std::nullopt;
            }
            return constraintOf(activation->condition, depth + 1);
        }
        const auto *c = std::get_if<ConstraintActivation>(&condition);
        if (!c) {
            refuse(UnleashExport::tr("a %1 condition cannot be an Unleash constraint")
                       .arg(activationTypeName(conditionType(condition))));
            return std::nullopt;
        }
        if (c->source == ConditionSource::Unleash) {
            // As the import read it, broken operands and unknown operators included: SDKs
            // evaluate it as Pennon does (docs/unleash-import.md, "Broken data").
            if (!c->unknownOperator.isEmpty()) {
                return make(c->attribute, c->unknownOperator, QJsonArray::fromStringList(c->values), false,
                            c->negate, c->caseInsensitive);
            }
            switch (c->op) {
            case Operator::In: case Operator::NotIn:
            case Operator::StrContains: case Operator::StrStartsWith: case Operator::StrEndsWith:
            case Operator::InCidr:
                return make(c->attribute, operatorName(c->op), QJsonArray::fromStringList(c->values), false,
                            c->negate, c->caseInsensitive);
            case Operator::Present:
            case Operator::Absent:
                break;
            default: {
                QJsonObject o = make(c->attribute, operatorName(c->op), QJsonValue(), true, c->negate,
                                     c->caseInsensitive);
                if (c->values.isEmpty())
                    o.remove(u"value"_s);
                else
                    o.insert(u"value"_s, c->values.constFirst());
                return o;
            }
            }
        }
        const QStringList values = listedValues(c->values);
        const OperatorInfo &info = operatorInfo(c->op);
        const QString name = info.unleashName.toString();
        if (name.isEmpty()) {
            refuse(UnleashExport::tr("Unleash SDKs do not know operator %1").arg(info.name));
            return std::nullopt;
        }
        if (info.caseOption && !info.unleashFoldsCase && c->caseInsensitive && !isCaseless(values)) {
            refuse(UnleashExport::tr("operator %1 with caseInsensitive: Unleash SDKs compare IN and NOT_IN exactly")
                       .arg(info.name));
            return std::nullopt;
        }
        if (info.takesList) {
            return make(c->attribute, name, QJsonArray::fromStringList(values), false, c->negate,
                        c->caseInsensitive);
        }
        if (values.size() != 1) {
            refuse(UnleashExport::tr("operator %1 with %n value(s): Unleash compares with exactly one", nullptr,
                                     int(values.size())).arg(info.name));
            return std::nullopt;
        }
        const QString &value = values.first();
        bool parses = true;
        switch (info.operand) {
        case OperandType::Number:
            parses = parseDecimal(value, nullptr);
            break;
        case OperandType::Date:
            parses = Instant::parse(value).has_value();
            break;
        case OperandType::Version:
            parses = SemVer::parse(value).has_value();
            break;
        case OperandType::None:
        case OperandType::Text:
        case OperandType::Pattern:
        case OperandType::Address:
            break;
        }
        if (info.onCurrentTime && c->attribute != u"currentTime") {
            refuse(UnleashExport::tr("operator %1 on \"%2\": Unleash SDKs compare dates with currentTime only")
                       .arg(info.name, c->attribute));
            return std::nullopt;
        }
        if (!parses) {
            refuse(UnleashExport::tr("operator %1: \"%2\" does not parse").arg(info.name, value));
            return std::nullopt;
        }
        return make(c->attribute, name, value, true, c->negate, c->caseInsensitive);
    }

    bool constraintOnly(const Condition &condition, int depth) const
    {
        if (const auto *ref = std::get_if<ActivationRef>(&condition)) {
            const Activation *activation = m_workspace.activation(ref->key);
            return activation && depth < MaxNesting && constraintOnly(activation->condition, depth + 1);
        }
        return std::holds_alternative<ConstraintActivation>(condition)
            || std::holds_alternative<UserListActivation>(condition)
            || std::holds_alternative<IpActivation>(condition)
            || std::holds_alternative<RegexActivation>(condition);
    }

    /// A segment whose key is an id ("7") and whose conditions are all constraints is written
    /// as an Unleash segment, as the import reads it; others are inlined.
    bool segmentAsUnleash(const Segment &segment, qint64 *id)
    {
        bool ok = false;
        *id = segment.key.toLongLong(&ok);
        if (!ok || *id < 0 || QString::number(*id) != segment.key)
            return false;
        for (const Condition &condition : segment.conditions) {
            if (!constraintOnly(condition, 0))
                return false;
        }
        if (segments.contains(*id))
            return true;
        const QString place = m_place;
        m_place = UnleashExport::tr("segment %1").arg(segment.key);
        QJsonArray constraints;
        for (const Condition &condition : segment.conditions) {
            if (const std::optional<QJsonObject> constraint = constraintOf(condition, 0))
                constraints.append(*constraint);
        }
        m_place = place;
        QJsonObject written{{u"id"_s, *id}, {u"description"_s, segment.description},
                            {u"constraints"_s, constraints}};
        if (!segment.name.isEmpty())
            written.insert(u"name"_s, segment.name);
        segments.insert(*id, written);
        return true;
    }

    void addCondition(const Condition &condition, Strategy *s, int depth)
    {
        if (depth > MaxNesting) {
            refuse(UnleashExport::tr("segments nested deeper than %1 levels").arg(MaxNesting));
            return;
        }
        if (const auto *list = std::get_if<UserListActivation>(&condition)) {
            // Unleash's own ids as they came (SDKs split them again the same way).
            const bool asWritten = list->source == ConditionSource::Unleash;
            const QStringList values = asWritten ? list->values : listedValues(list->values);
            const bool commas = std::any_of(values.cbegin(), values.cend(),
                                            [](const QString &v) { return v.contains(u','); });
            if (list->attribute == u"userId" && !s->hasTest && (asWritten || !values.isEmpty()) && !commas) {
                s->name = u"userWithId"_s;
                s->hasTest = true;
                s->parameters.insert(u"userIds"_s, values.join(u','));
                return;
            }
        } else if (const auto *ip = std::get_if<IpActivation>(&condition)) {
            const QStringList values = ip->source == ConditionSource::Unleash ? ip->values : listedValues(ip->values);
            const bool commas = std::any_of(values.cbegin(), values.cend(),
                                            [](const QString &v) { return v.contains(u','); });
            if (ip->attribute == u"remoteAddress" && !s->hasTest && !commas) {
                s->name = u"remoteAddress"_s;
                s->hasTest = true;
                s->parameters.insert(u"IPs"_s, values.join(u", "_s));
                return;
            }
        } else if (const auto *gate = std::get_if<PercentageActivation>(&condition)) {
            if (gate->scheme != BucketingScheme::Unleash) {
                refuse(UnleashExport::tr("a percentage with bucketing scheme %1 (Unleash buckets with its own scheme only)")
                           .arg(schemeName(gate->scheme)));
                return;
            }
            if (!(gate->percentage > 0) && s->hasTest) {
                s->neverHolds = true; // nobody falls into 0 %: the rule never matches
                return;
            }
            QString stickiness;
            if (gate->stickiness.absence == AbsencePolicy::Random
                && gate->stickiness.attributes == QStringList{u"userId"_s, u"sessionId"_s}) {
                stickiness = u"default"_s;
            } else if (gate->stickiness.absence == AbsencePolicy::Random && gate->stickiness.attributes.isEmpty()) {
                stickiness = u"random"_s;
            } else if (gate->stickiness.absence == AbsencePolicy::Skip && gate->stickiness.attributes.size() == 1
                       && gate->stickiness.attributes.first() != u"default"
                       && gate->stickiness.attributes.first() != u"random") {
                stickiness = gate->stickiness.attributes.first();
            } else {
                refuse(UnleashExport::tr("a percentage with this stickiness cannot be expressed in Unleash (it has default = userId, sessionId at random, random, or one attribute, skipped when absent)"));
                return;
            }
            if (s->hasTest) {
                refuse(UnleashExport::tr("a rule with a percentage and another user list, percentage or IP test cannot be one Unleash strategy"));
                return;
            }
            s->name = u"flexibleRollout"_s;
            s->hasTest = true;
            s->hasGate = true;
            // What the gate hashes: an Unleash groupId as written, else the salt or the flag
            // key (Pennon's default), written out since SDKs hash an empty groupId as empty.
            s->gateSalt = gate->source == ConditionSource::Unleash || !gate->salt.isEmpty() ? gate->salt : m_flag.key;
            s->parameters.insert(u"rollout"_s, QString::fromLatin1(JsonWriter::formatNumber(gate->percentage)));
            s->parameters.insert(u"stickiness"_s, stickiness);
            s->parameters.insert(u"groupId"_s, s->gateSalt);
            return;
        } else if (const auto *segmentUse = std::get_if<SegmentActivation>(&condition)) {
            const Segment *segment = m_workspace.segment(segmentUse->segment);
            bool idOk = false;
            const qint64 missingId = segmentUse->segment.toLongLong(&idOk);
            if (!segment && segmentUse->source == ConditionSource::Unleash && idOk
                && QString::number(missingId) == segmentUse->segment) {
                // A segment the imported state named but did not hold: SDKs find it false.
                s->segments.append(missingId);
                return;
            }
            if (!segment) {
                refuse(UnleashExport::tr("unknown segment \"%1\"").arg(segmentUse->segment));
                return;
            }
            qint64 id = 0;
            if (segmentAsUnleash(*segment, &id)) {
                s->segments.append(id);
                return;
            }
            for (const Condition &inner : segment->conditions)
                addCondition(inner, s, depth + 1);
            return;
        } else if (const auto *ref = std::get_if<ActivationRef>(&condition)) {
            const Activation *activation = m_workspace.activation(ref->key);
            if (!activation) {
                refuse(UnleashExport::tr("unknown library activation \"%1\"").arg(ref->key));
                return;
            }
            addCondition(activation->condition, s, depth + 1);
            return;
        } else if (std::holds_alternative<PrerequisiteActivation>(condition)) {
            refuse(UnleashExport::tr("a prerequisite other than a leading rule serving the off variation cannot be expressed as an Unleash dependency"));
            return;
        } else if (std::holds_alternative<ScheduleActivation>(condition)) {
            refuse(UnleashExport::tr("schedules cannot be expressed in Unleash"));
            return;
        } else if (const auto *plugin = std::get_if<PluginActivation>(&condition)) {
            refuse(UnleashExport::tr("plugin \"%1\" cannot be expressed in Unleash").arg(plugin->plugin));
            return;
        }
        if (const std::optional<QJsonObject> constraint = constraintOf(condition, depth))
            s->constraints.append(*constraint);
    }

    Strategy strategyOf(const QList<Condition> &conditions)
    {
        Strategy s;
        // The import reads constraints, then segments, then the strategy's own test: the test
        // is the last user list, percentage or IP condition.
        for (const Condition &condition : conditions)
            addCondition(condition, &s, 0);
        return s;
    }

    /// What the strategy (or the feature) serves, as Unleash variants.
    QJsonArray variantsOf(const Serve &serve, const QList<Override> &overrides, Strategy *s,
                          bool featureLevel)
    {
        QJsonArray variants;
        const auto variant = [this, &overrides](const QString &key, qint64 weight, const QString &stickiness) {
            QJsonObject v{{u"name"_s, key}, {u"weight"_s, weight}, {u"weightType"_s, u"variable"_s},
                          {u"stickiness"_s, stickiness}};
            const Variation *variation = m_flag.variation(key);
            if (variation) {
                if (const std::optional<QJsonObject> payload = UnleashDialect::payload(variation->value))
                    v.insert(u"payload"_s, *payload);
            }
            QJsonArray list;
            for (const Override &o : overrides) {
                if (o.variation == key)
                    list.append(QJsonObject{{u"contextName"_s, o.contextName},
                                            {u"values"_s, QJsonArray::fromStringList(o.values)}});
            }
            if (!list.isEmpty())
                v.insert(u"overrides"_s, list);
            return v;
        };
        const auto isServable = [this](const QString &key) {
            const Variation *variation = m_flag.variation(key);
            if (!variation || key == m_config.offVariation || variation->value.isBool()) {
                refuse(UnleashExport::tr("a split over variation \"%1\", which Unleash would answer as an enabled variant and Pennon's Unleash dialect does not")
                           .arg(key));
                return false;
            }
            return true;
        };
        if (!serve.isSplit()) {
            const Variation *served = m_flag.variation(serve.variation);
            if (!served || served->value.isBool())
                return variants; // enabled without a variant
            // One variant that is always chosen; its hash never matters.
            if (!s->parameters.contains(u"groupId"_s) || s->parameters.value(u"groupId"_s).toString().isEmpty())
                s->parameters.insert(u"groupId"_s, s->hasGate ? s->gateSalt : m_flag.key);
            variants.append(variant(serve.variation, SingleVariantWeight, u"default"_s));
            return variants;
        }
        const Split &split = *serve.split;
        if (split.scheme != BucketingScheme::Unleash) {
            refuse(UnleashExport::tr("a split with bucketing scheme %1 (Unleash buckets with its own scheme only)")
                       .arg(schemeName(split.scheme)));
            return variants;
        }
        const QString stickiness = variantStickinessName(split.stickiness);
        if (stickiness.isEmpty()) {
            refuse(UnleashExport::tr("a split with this stickiness cannot be expressed in Unleash (variants stick to default = userId, sessionId, remoteAddress, or one attribute, at random when absent)"));
            return variants;
        }
        qint64 sum = 0;
        for (const SplitWeight &weight : split.weights) {
            if (weight.weight > 0 && !isServable(weight.variation))
                return variants;
            sum += qMax<qint64>(0, weight.weight);
        }
        if (sum <= 0 || sum != split.total) {
            refuse(UnleashExport::tr("split weights sum to %1 of %2").arg(sum).arg(split.total));
            return variants;
        }
        const QString salt = split.salt.isEmpty() ? m_flag.key : split.salt;
        if (featureLevel) {
            // Feature variants hash with the feature's name, whatever the strategy's groupId.
        } else if (s->hasGate && s->gateSalt != salt) {
            refuse(UnleashExport::tr("the percentage's salt \"%1\" and the split's \"%2\" differ: an Unleash strategy has one groupId")
                       .arg(s->gateSalt, salt));
            return variants;
        } else if (!s->hasGate) {
            s->parameters.insert(u"groupId"_s, salt);
        }
        for (const SplitWeight &weight : split.weights)
            variants.append(variant(weight.variation, weight.weight, stickiness));
        return variants;
    }

    static QJsonObject strategyJson(const Strategy &s)
    {
        QJsonObject o{{u"name"_s, s.name}, {u"constraints"_s, s.constraints},
                      {u"parameters"_s, s.parameters}, {u"variants"_s, s.variants}};
        QJsonArray segmentIds;
        for (const qint64 id : s.segments)
            segmentIds.append(id);
        o.insert(u"segments"_s, segmentIds);
        if (!s.id.isEmpty())
            o.insert(u"id"_s, s.id);
        if (!s.title.isEmpty())
            o.insert(u"title"_s, s.title);
        if (s.disabled) {
            // SDKs do not read "disabled": the gate makes the strategy never hold for them.
            QJsonArray constraints = s.constraints;
            constraints.append(UnleashImport::disabledGate());
            o.insert(u"constraints"_s, constraints);
            o.insert(u"disabled"_s, true);
        }
        return o;
    }
};

} // namespace

std::optional<QByteArray> UnleashExport::write(const Workspace &workspace, const QString &environment,
                                               bool lenient, Problems *refused)
{
    if (!workspace.environment(environment)) {
        refused->append({QString(), tr("no environment \"%1\" in the workspace").arg(environment)});
        return std::nullopt;
    }
    struct Exported {
        QJsonObject feature;
        QStringList parents;
        QMap<qint64, QJsonObject> segments;
    };
    QMap<QString, Exported> exported;
    QMap<QString, QStringList> reasons;
    for (const Flag &f : workspace.flags) {
        const Flag *flag = &f;
        if (flag->archived)
            continue; // not served, as `pennonctl eval` lists no archived flag
        if (!flag->environments.contains(environment)) {
            reasons[flag->key].append(tr("not configured in environment \"%1\"").arg(environment));
            continue;
        }
        FeatureExporter exporter(workspace, *flag, environment);
        QJsonObject feature = exporter.run();
        if (!exporter.reasons.isEmpty()) {
            reasons[flag->key] = exporter.reasons;
            continue;
        }
        exported.insert(flag->key, {feature, exporter.parents, exporter.segments});
    }
    // A feature whose dependency is not in the file would never be enabled by SDKs.
    for (bool changed = true; changed;) {
        changed = false;
        for (auto it = exported.begin(); it != exported.end();) {
            QString missing;
            for (const QString &parent : std::as_const(it->parents)) {
                if (!exported.contains(parent)) {
                    missing = parent;
                    break;
                }
            }
            if (missing.isEmpty()) {
                ++it;
                continue;
            }
            reasons[it.key()].append(tr("depends on \"%1\", which is not exported").arg(missing));
            it = exported.erase(it);
            changed = true;
        }
    }
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it) {
        for (const QString &reason : it.value())
            refused->append({it.key(), reason});
    }
    if (!reasons.isEmpty() && !lenient)
        return std::nullopt;

    QMap<qint64, QJsonObject> segments;
    for (const Exported &e : std::as_const(exported)) {
        for (auto it = e.segments.cbegin(); it != e.segments.cend(); ++it)
            segments.insert(it.key(), it.value());
    }
    // Segments no exported flag uses go along where they can be Unleash segments (an import
    // of the state keeps them all).
    const Flag none;
    for (const Segment &segment : workspace.segments) {
        FeatureExporter writer(workspace, none, environment);
        if (writer.addSegment(segment)) {
            for (auto it = writer.segments.cbegin(); it != writer.segments.cend(); ++it) {
                if (!segments.contains(it.key()))
                    segments.insert(it.key(), it.value());
            }
        }
    }
    JsonWriter out;
    out.beginObject();
    out.key(u"version");
    out.integer(2);
    out.key(u"features");
    out.beginArray();
    for (const Flag &flag : workspace.flags) {
        const auto e = exported.constFind(flag.key);
        if (e != exported.cend())
            out.value(e->feature);
    }
    out.endArray();
    out.key(u"segments");
    out.beginArray();
    for (const QJsonObject &segment : std::as_const(segments))
        out.value(segment);
    out.endArray();
    out.endObject();
    return out.finish();
}

} // namespace Pennon
