// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "unleashimport.h"

#include "json/jsondecoder.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"
#include "validation/validator.h"
#include "values/cidr.h"
#include "values/instant.h"
#include "values/semver.h"
#include "values/unleashvalues.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <array>
#include <cmath>
#include <limits>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxSplitTotal = std::numeric_limits<qint32>::max();
constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

QString at(const QString &path, qsizetype index) { return path + u'/' + QString::number(index); }
QString field(const QString &path, const QString &key) { return path + u'/' + pointerToken(key); }

/// Unleash writes null for many fields it leaves unset; they read as absent.
QJsonObject withoutNulls(QJsonObject o)
{
    for (auto it = o.begin(); it != o.end();) {
        if (it->isNull())
            it = o.erase(it);
        else
            ++it;
    }
    return o;
}

/// The STR_* operators, whose values Unleash SDKs trim before testing the text with them.
bool isStringOperator(Operator op)
{
    return op == Operator::StrContains || op == Operator::StrStartsWith
            || op == Operator::StrEndsWith;
}

/// Whether a constraint is UnleashImport::disabledGate(): IN an empty list, not inverted.
bool isDisabledGate(const QJsonValue &value)
{
    if (!value.isObject())
        return false;
    const QJsonObject o = value.toObject();
    const QJsonObject gate = UnleashImport::disabledGate();
    for (auto it = o.begin(); it != o.end(); ++it) {
        // Fields the gate leaves at their defaults may be absent or null.
        if (!it->isNull() && !gate.contains(it.key()))
            return false;
    }
    for (auto it = gate.begin(); it != gate.end(); ++it) {
        const QJsonValue found = o.value(it.key());
        const bool isDefault = it->isBool() && !it->toBool() && (found.isUndefined() || found.isNull());
        if (found != *it && !isDefault)
            return false;
    }
    return true;
}

/// A condition that never holds: nobody falls into 0 % (docs/semantics.md: "holds when p > 0").
Condition neverHolds()
{
    PercentageActivation nobody;
    nobody.percentage = 0;
    nobody.scheme = BucketingScheme::Unleash;
    return nobody;
}

struct OverrideDef {
    QString contextName;
    QStringList values;
    QString path;
};

struct VariantDef {
    QString name;
    qint64 weight = 0;
    QString stickiness;
    QList<OverrideDef> overrides;
};

/// A list of variants as Unleash selects among them: by weight over their sum, sticky by the
/// first variant's stickiness, overrides first.
struct VariantList {
    QList<VariantDef> variants;
    qint64 total = 0;
    bool selects() const { return total > 0; }
};

struct StrategyDef {
    QString id;
    QString name;                ///< the rule's name
    QList<Condition> conditions;
    QStringList conditionPaths;
    VariantList variants;
    QString groupId;
    QString stickiness;          ///< the strategy's own stickiness parameter
    QString path;
    bool disabled = false;       ///< Pennon's form of a disabled rule: its rules are disabled
};

struct DependencyDef {
    QString feature;
    bool enabled = true;
    QStringList variants;
    QString path;
};

/// Where each rule and condition of a flag came from, to name validator findings by their
/// place in the Unleash input.
struct SourceMap {
    QString featurePath;
    QStringList rulePaths;
    QList<QStringList> conditionPaths;
};

struct FeatureDef {
    Flag flag;
    QString offKey;
    QString onKey;
    bool hasDependencies = false;
    QList<DependencyDef> dependencies;
    QList<Rule> rules;
    SourceMap source;
};

class Importer final
{
public:
    /// What was imported but deserves a word: constraints that never hold.
    const Problems &warnings() const { return m_warnings; }
    Importer(const QString &environment, Problems *problems)
        : m_environment(environment), m_problems(problems), m_d(problems)
    {
    }

    std::optional<Workspace> run(const QByteArray &bytes)
    {
        Problem syntax;
        const std::optional<QJsonValue> document = JsonReader::parse(bytes, &syntax);
        if (!document) {
            m_problems->append(syntax);
            return std::nullopt;
        }
        const QJsonObject root = withoutNulls(m_d.object(*document, QString()));
        if (JsonDecoder::failedAt(*document))
            return std::nullopt;
        if (root.contains(u"version"_s)) {
            const qint64 version = m_d.integer(root, u"version"_s, QString(), 1);
            if (version != 1 && version != 2) {
                problem(u"/version"_s, UnleashImport::tr("unsupported version %1 (expected 1 or 2)")
                                               .arg(version));
            }
        }
        if (root.contains(u"segments"_s)) {
            const QJsonArray segments = m_d.requiredArray(root, u"segments"_s, QString());
            for (qsizetype i = 0; i < segments.size(); ++i)
                readSegment(segments.at(i), at(u"/segments"_s, i));
        }
        const QJsonArray features = m_d.requiredArray(root, u"features"_s, QString());
        for (qsizetype i = 0; i < features.size(); ++i)
            readFeature(features.at(i), at(u"/features"_s, i));
        // SDKs never serve a variant no strategy reaches (a feature's variants beside
        // strategies that all have their own): it is left out, so that nothing refers to it.
        for (FeatureDef &feature : m_features)
            dropUnservedVariants(&feature);
        // Dependencies name other features, so they follow once every feature is read.
        for (FeatureDef &feature : m_features)
            addDependencyRules(feature);
        if (!m_problems->isEmpty())
            return std::nullopt;

        Workspace workspace;
        workspace.environments.append({m_environment, m_environment, false, 0});
        workspace.segments = m_segments;
        for (FeatureDef &feature : m_features) {
            EnvironmentConfig &config = feature.flag.environments[m_environment];
            config.rules = feature.rules;
            workspace.flags.append(feature.flag);
        }
        const Problems found = Validator::validate(workspace);
        for (const Problem &p : found)
            problem(sourcePath(p.path), p.message);
        if (!m_problems->isEmpty())
            return std::nullopt;
        return workspace;
    }

private:
    void problem(const QString &path, const QString &message) { m_d.problem(path, message); }

    /// An optional list: absent (or null) is empty.
    QJsonArray optionalArray(const QJsonObject &o, const QString &key, const QString &path)
    {
        if (!o.contains(key))
            return {};
        return m_d.requiredArray(o, key, path);
    }

    /// A parameter as text: Unleash parameters are strings, some writers use numbers.
    std::optional<QString> parameter(const QJsonObject &parameters, const QString &name,
                                     const QString &path)
    {
        const QJsonValue value = parameters.value(name);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (value.isString())
            return value.toString();
        if (value.isDouble())
            return QString::fromLatin1(JsonWriter::formatNumber(value.toDouble()));
        problem(field(path, name), UnleashImport::tr("must be a string, not %1")
                                           .arg(JsonDecoder::typeName(value)));
        return std::nullopt;
    }

    /// A rollout percentage as SDKs read it: Number(text) (a missing one is NaN); none holds
    /// below or at 0 (NaN included) and all hold from 100 up, so such values become 0 and 100,
    /// with a warning.
    std::optional<double> percentageParameter(const QJsonObject &parameters, const QString &name,
                                              const QString &path)
    {
        const QString at = field(path, name);
        std::optional<double> number;
        if (parameters.contains(name) && !parameters.value(name).isNull()) {
            const std::optional<QString> text = parameter(parameters, name, path);
            if (!text)
                return std::nullopt;
            number = UnleashValues::number(*text);
        }
        if (number && *number >= 0 && *number <= 100)
            return *number;
        const double percentage = number && *number > 100 ? 100 : 0;
        m_warnings.append({parameters.contains(name) ? at : path,
                           UnleashImport::tr("%1 is not a percentage from 0 to 100: Unleash SDKs read it as %2 %")
                                   .arg(parameters.contains(name) ? parameter(parameters, name, path).value_or(QString())
                                                                  : UnleashImport::tr("a missing \"%1\"").arg(name))
                                   .arg(percentage)});
        return percentage;
    }

    /// A list parameter as SDKs split it (/\s*,\s*/): white space around the commas goes,
    /// the ends of the whole text and empty entries stay.
    static QStringList sdkSplit(const QString &text)
    {
        QStringList entries = text.split(u',');
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QString &entry = entries[i];
            qsizetype begin = 0;
            qsizetype end = entry.size();
            if (i > 0) {
                while (begin < end && entry.at(begin).isSpace())
                    ++begin;
            }
            if (i + 1 < entries.size()) {
                while (end > begin && entry.at(end - 1).isSpace())
                    --end;
            }
            entry = entry.mid(begin, end - begin);
        }
        return entries;
    }

    // -------------------------------------------------------------------------------------
    // Constraints and segments

    /// A constraint, kept as Unleash SDKs evaluate it (ConditionSource::Unleash): an operator
    /// they do not know, or an operand they cannot use, is kept as written with a warning
    /// naming its place and what it evaluates to (docs/unleash-import.md, "Broken data").
    std::optional<ConstraintActivation> readConstraint(const QJsonValue &value, const QString &path)
    {
        const QJsonObject o = withoutNulls(m_d.object(value, path));
        if (JsonDecoder::failedAt(value))
            return std::nullopt;
        const qsizetype before = m_problems->size();
        ConstraintActivation c;
        c.source = ConditionSource::Unleash;
        c.attribute = m_d.requiredString(o, u"contextName"_s, path);
        if (o.value(u"contextName"_s).isString() && c.attribute.trimmed().isEmpty())
            problem(path + u"/contextName", UnleashImport::tr("contextName is empty"));
        const QString name = m_d.requiredString(o, u"operator"_s, path);
        c.negate = m_d.boolean(o, u"inverted"_s, path, false);
        c.caseInsensitive = m_d.boolean(o, u"caseInsensitive"_s, path, false);
        // The operators Unleash SDKs know. List operators read "values", the others the
        // single "value".
        const OperatorInfo *op = operatorByUnleashName(name);
        const QJsonValue single = o.value(u"value"_s);
        if (!op) {
            // SDKs evaluate a constraint with an operator they do not know as false, inverted
            // or not; it is kept as written.
            if (m_problems->size() != before || name.isEmpty())
                return std::nullopt;
            c.unknownOperator = name;
            if (o.contains(u"values"_s))
                c.values = m_d.stringList(o, u"values"_s, path);
            else if (single.isString())
                c.values = {single.toString()};
            if (m_problems->size() != before)
                return std::nullopt;
            m_warnings.append({path + u"/operator",
                               UnleashImport::tr("unknown operator \"%1\": the constraint never holds").arg(name)});
            return c;
        }
        c.op = op->op;
        // SDKs fold case for the string operators and REGEX only; IN and NOT_IN compare
        // exactly whatever caseInsensitive says (in Pennon it would fold them too).
        if (!op->unleashFoldsCase)
            c.caseInsensitive = false;
        if (op->takesList) {
            // SDKs throw on a missing "values"; Pennon reads it as an empty list.
            const QStringList values = m_d.stringList(o, u"values"_s, path);
            for (qsizetype i = 0; i < values.size(); ++i) {
                const QString &text = values.at(i);
                if (isStringOperator(c.op) && !text.isEmpty() && text.trimmed().isEmpty()) {
                    // SDKs trim it to "", which every string contains; Pennon ignores it.
                    problem(at(path + u"/values", i),
                            UnleashImport::tr("a value of only white space cannot be expressed: "
                                              "Unleash SDKs match it as an empty string, Pennon "
                                              "ignores it"));
                    continue;
                }
                c.values.append(text);
            }
        } else {
            // One operand; a missing or unusable one makes the operator false (negate then
            // applies), as in SDKs.
            if (single.isString()) {
                c.values = {single.toString()};
            } else if (single.isDouble()) {
                // A date as a number is milliseconds since 1970 to SDKs: kept as that instant.
                c.values = {(c.op == Operator::DateAfter || c.op == Operator::DateBefore)
                                    ? QDateTime::fromMSecsSinceEpoch(qint64(single.toDouble()), QTimeZone::utc())
                                              .toString(Qt::ISODateWithMs)
                                    : QString::fromLatin1(JsonWriter::formatNumber(single.toDouble()))};
            } else if (!single.isUndefined()) {
                problem(path + u"/value", UnleashImport::tr("must be a string, not %1")
                                                  .arg(JsonDecoder::typeName(single)));
                return std::nullopt;
            }
            // SDKs compare dates with the context's currentTime whatever the contextName says.
            if (op->onCurrentTime)
                c.attribute = u"currentTime"_s;
        }
        if (m_problems->size() != before)
            return std::nullopt;
        if (const QString unusable = Validator::unleashOperandProblem(c); !unusable.isEmpty()) {
            m_warnings.append({o.contains(u"value"_s) ? path + u"/value" : path,
                               c.negate ? UnleashImport::tr("%1: the operator is false, so the inverted constraint always holds, as in Unleash SDKs").arg(unusable)
                                        : UnleashImport::tr("%1: the constraint never holds, as in Unleash SDKs").arg(unusable)});
        }
        return c;
    }

    /// Reads a list of constraints into conditions, recording each one's place.
    void readConstraints(const QJsonArray &constraints, const QString &path,
                         QList<Condition> *conditions, QStringList *paths)
    {
        for (qsizetype i = 0; i < constraints.size(); ++i) {
            const QString constraintPath = at(path, i);
            if (auto c = readConstraint(constraints.at(i), constraintPath)) {
                conditions->append(*c);
                paths->append(constraintPath);
            }
        }
    }

    void readSegment(const QJsonValue &value, const QString &path)
    {
        const QJsonObject o = withoutNulls(m_d.object(value, path));
        if (JsonDecoder::failedAt(value))
            return;
        const qsizetype before = m_problems->size();
        const qint64 id = m_d.requiredInteger(o, u"id"_s, path);
        if (m_problems->size() != before)
            return;
        if (m_segmentKeys.contains(id)) {
            problem(path + u"/id", UnleashImport::tr("duplicate segment id %1 (also at %2)")
                                           .arg(id).arg(m_segmentPaths.value(id)));
            return;
        }
        Segment segment;
        segment.key = QString::number(id);
        segment.name = m_d.string(o, u"name"_s, path);
        segment.description = m_d.string(o, u"description"_s, path);
        SourceMap source;
        source.featurePath = path;
        QStringList paths;
        readConstraints(optionalArray(o, u"constraints"_s, path), path + u"/constraints",
                        &segment.conditions, &paths);
        source.conditionPaths.append(paths);
        m_segmentKeys.insert(id, segment.key);
        m_segmentPaths.insert(id, path);
        m_segments.append(segment);
        m_segmentSources.append(source);
    }

    // -------------------------------------------------------------------------------------
    // Variants

    /// Registers a variant's variation; one payload per name across the whole feature.
    void registerVariant(FeatureDef *feature, const QString &name, const QJsonObject &payload,
                         const QString &path)
    {
        const auto seen = m_variantPaths.constFind(name);
        if (seen != m_variantPaths.cend()) {
            const Variation *existing = feature->flag.variation(name);
            if (existing && existing->value.toObject() != payload) {
                problem(path + u"/payload",
                        UnleashImport::tr("variant \"%1\" has another payload at %2; Pennon "
                                          "keeps one payload per variant name")
                                .arg(name, *seen));
            }
            return;
        }
        m_variantPaths.insert(name, path);
        feature->flag.variations.append({name, payload, QString()});
    }

    QJsonObject readPayload(const QJsonObject &variant, const QString &path)
    {
        if (!variant.contains(u"payload"_s))
            return {};
        const QString payloadPath = path + u"/payload";
        const QJsonValue value = variant.value(u"payload"_s);
        const QJsonObject o = m_d.object(value, payloadPath);
        if (JsonDecoder::failedAt(value))
            return {};
        m_d.allowOnly(o, payloadPath, {u"type"_s, u"value"_s});
        const QString type = m_d.requiredString(o, u"type"_s, payloadPath);
        const QString text = m_d.requiredString(o, u"value"_s, payloadPath);
        if (o.value(u"type"_s).isString() && type.isEmpty())
            problem(payloadPath + u"/type", UnleashImport::tr("payload type is empty"));
        return QJsonObject{{u"type"_s, type}, {u"value"_s, text}};
    }

    VariantList readVariants(FeatureDef *feature, const QJsonArray &array, const QString &path)
    {
        VariantList list;
        QHash<QString, QString> names;
        bool overflow = false;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString variantPath = at(path, i);
            const QJsonValue value = array.at(i);
            const QJsonObject o = withoutNulls(m_d.object(value, variantPath));
            if (JsonDecoder::failedAt(value))
                continue;
            VariantDef variant;
            variant.name = m_d.requiredString(o, u"name"_s, variantPath);
            bool named = o.value(u"name"_s).isString();
            if (named) {
                const QString keyProblem = Validator::keyProblem(variant.name);
                if (!keyProblem.isEmpty()) {
                    problem(variantPath + u"/name", keyProblem);
                    named = false;
                } else if (names.contains(variant.name)) {
                    // Selection walks the list in order: a name twice cannot become one weight.
                    problem(variantPath + u"/name",
                            UnleashImport::tr("duplicate variant \"%1\" (also at %2)")
                                    .arg(variant.name, names.value(variant.name)));
                    named = false;
                } else {
                    names.insert(variant.name, variantPath);
                }
            }
            variant.weight = m_d.requiredInteger(o, u"weight"_s, variantPath);
            if (variant.weight < 0) {
                problem(variantPath + u"/weight",
                        UnleashImport::tr("weight %1 is negative").arg(variant.weight));
                variant.weight = 0;
            }
            variant.stickiness = m_d.string(o, u"stickiness"_s, variantPath);
            const QJsonObject payload = readPayload(o, variantPath);
            const QJsonArray overrides = optionalArray(o, u"overrides"_s, variantPath);
            for (qsizetype k = 0; k < overrides.size(); ++k)
                readOverride(overrides.at(k), at(variantPath + u"/overrides", k), &variant);
            if (named)
                registerVariant(feature, variant.name, payload, variantPath);
            if (!overflow && qAddOverflow(list.total, variant.weight, &list.total))
                overflow = true;
            list.variants.append(variant);
        }
        if (overflow || list.total > MaxSplitTotal) {
            problem(path, UnleashImport::tr("weights sum to more than %1").arg(MaxSplitTotal));
            list.total = 0;
        }
        return list;
    }

    void readOverride(const QJsonValue &value, const QString &path, VariantDef *variant)
    {
        const QJsonObject o = withoutNulls(m_d.object(value, path));
        if (JsonDecoder::failedAt(value))
            return;
        OverrideDef override;
        override.path = path;
        override.contextName = m_d.requiredString(o, u"contextName"_s, path);
        if (o.value(u"contextName"_s).isString() && override.contextName.trimmed().isEmpty())
            problem(path + u"/contextName", UnleashImport::tr("contextName is empty"));
        override.values = m_d.requiredStringList(o, u"values"_s, path);
        for (qsizetype i = 0; i < override.values.size(); ++i) {
            const QString &text = override.values.at(i);
            if (!text.trimmed().isEmpty() && text.trimmed() != text) {
                // SDKs compare overrides exactly; Pennon trims listed values.
                problem(at(path + u"/values", i),
                        UnleashImport::tr("\"%1\": a value with leading or trailing white space "
                                          "cannot be expressed: Pennon trims it")
                                .arg(text));
            }
        }
        variant->overrides.append(override);
    }

    /// `fallback`: the strategy's stickiness parameter, which strategy variants without a
    /// stickiness of their own take (client specification 16).
    static Stickiness variantStickiness(const VariantList &list, const QString &fallback = {})
    {
        // SDKs take the first variant's stickiness; an absent value makes the pick random.
        QString name = list.variants.isEmpty() ? QString() : list.variants.first().stickiness;
        if (name.isEmpty())
            name = fallback;
        Stickiness stickiness;
        stickiness.absence = AbsencePolicy::Random;
        if (name.isEmpty() || name == u"default")
            stickiness.attributes = {u"userId"_s, u"sessionId"_s, u"remoteAddress"_s};
        else
            stickiness.attributes = {name};
        return stickiness;
    }

    // -------------------------------------------------------------------------------------
    // Strategies

    /// Appends the strategy's own test to its conditions, or records why it cannot be
    /// expressed.
    void strategyTest(const QString &name, const QJsonObject &parameters, const QString &path,
                      StrategyDef *strategy)
    {
        const QString paramsPath = path + u"/parameters";
        const auto gate = [&](double percentage, Stickiness stickiness, const QString &salt) {
            PercentageActivation c;
            c.percentage = percentage;
            c.stickiness = std::move(stickiness);
            c.salt = salt;
            c.scheme = BucketingScheme::Unleash;
            c.source = ConditionSource::Unleash; // the groupId as written, empty included
            strategy->conditions.append(c);
            strategy->conditionPaths.append(paramsPath);
        };
        if (name == u"default")
            return;
        if (name == u"userWithId") {
            UserListActivation c;
            c.source = ConditionSource::Unleash;
            const QString ids = parameter(parameters, u"userIds"_s, paramsPath).value_or(QString());
            if (!ids.isEmpty()) // SDKs read an empty userIds as no ids
                c.values = sdkSplit(ids);
            strategy->conditions.append(c);
            strategy->conditionPaths.append(paramsPath);
            return;
        }
        if (name == u"gradualRolloutUserId" || name == u"gradualRolloutSessionId") {
            const auto percentage = percentageParameter(parameters, u"percentage"_s, paramsPath);
            const QString &groupId = strategy->groupId;
            if (!percentage)
                return;
            Stickiness stickiness;
            stickiness.attributes = {name == u"gradualRolloutUserId" ? u"userId"_s : u"sessionId"_s};
            gate(*percentage, stickiness, groupId);
            return;
        }
        if (name == u"gradualRolloutRandom") {
            const auto percentage = percentageParameter(parameters, u"percentage"_s, paramsPath);
            if (!percentage)
                return;
            gate(*percentage, Stickiness{{}, AbsencePolicy::Random}, strategy->groupId);
            return;
        }
        if (name == u"flexibleRollout") {
            const auto percentage = percentageParameter(parameters, u"rollout"_s, paramsPath);
            const QString by = parameter(parameters, u"stickiness"_s, paramsPath).value_or(QString());
            if (!percentage)
                return;
            Stickiness stickiness;
            if (by.isEmpty() || by == u"default")
                stickiness = {{u"userId"_s, u"sessionId"_s}, AbsencePolicy::Random};
            else if (by == u"random")
                stickiness = {{}, AbsencePolicy::Random};
            else
                stickiness = {{by}, AbsencePolicy::Skip};
            // The Node SDK hashes an empty groupId as empty (":" + id).
            gate(*percentage, stickiness, strategy->groupId);
            return;
        }
        if (name == u"remoteAddress") {
            IpActivation c;
            c.source = ConditionSource::Unleash;
            const QString ips = parameter(parameters, u"IPs"_s, paramsPath).value_or(QString());
            // SDKs match an entry by its text, or an IPv4 entry by its range (specification 06).
            if (!ips.isEmpty())
                c.values = sdkSplit(ips);
            strategy->conditions.append(c);
            strategy->conditionPaths.append(paramsPath);
            return;
        }
        if (name == u"applicationHostname") {
            problem(path + u"/name", UnleashImport::tr("strategy applicationHostname depends on "
                                                       "the host name of the machine that "
                                                       "evaluates, which Pennon cannot see"));
            return;
        }
        // SDKs evaluate a strategy they do not implement as not enabled.
        strategy->name = name + u" (unknown strategy: never enabled)"_s; // data, not UI text
        strategy->conditions.append(neverHolds());
        strategy->conditionPaths.append(path + u"/name");
    }

    void readStrategy(FeatureDef *feature, const QJsonValue &value, const QString &path,
                      QList<StrategyDef> *strategies, QHash<QString, QString> *ids)
    {
        const QJsonObject o = withoutNulls(m_d.object(value, path));
        if (JsonDecoder::failedAt(value))
            return;
        const qsizetype before = m_problems->size();
        StrategyDef strategy;
        strategy.path = path;
        const QString name = m_d.requiredString(o, u"name"_s, path);
        if (o.value(u"name"_s).isString() && name.isEmpty())
            problem(path + u"/name", UnleashImport::tr("strategy name is empty"));
        strategy.id = m_d.string(o, u"id"_s, path);
        if (!strategy.id.isEmpty()) {
            if (ids->contains(strategy.id)) {
                problem(path + u"/id", UnleashImport::tr("duplicate strategy id \"%1\" (also at %2)")
                                               .arg(strategy.id, ids->value(strategy.id)));
            }
            ids->insert(strategy.id, path);
        }
        const QString title = m_d.string(o, u"title"_s, path);
        strategy.name = title.isEmpty() ? name : title;
        QJsonObject parameters;
        if (o.contains(u"parameters"_s)) {
            const QJsonValue p = o.value(u"parameters"_s);
            parameters = m_d.object(p, path + u"/parameters");
        }
        strategy.groupId = parameter(parameters, u"groupId"_s, path + u"/parameters")
                                   .value_or(QString());
        strategy.stickiness = parameter(parameters, u"stickiness"_s, path + u"/parameters")
                                      .value_or(QString());
        const bool disabled = m_d.boolean(o, u"disabled"_s, path, false);
        QJsonArray constraints = optionalArray(o, u"constraints"_s, path);
        // Pennon's export of a disabled rule: "disabled" and, last, a constraint that never
        // holds, so that SDKs never enable it either. It reads back as the disabled rule.
        if (disabled && !constraints.isEmpty() && isDisabledGate(constraints.last())) {
            strategy.disabled = true;
            constraints.removeLast();
        }
        readConstraints(constraints, path + u"/constraints", &strategy.conditions,
                        &strategy.conditionPaths);
        const QJsonArray segments = optionalArray(o, u"segments"_s, path);
        for (qsizetype i = 0; i < segments.size(); ++i) {
            const QString segmentPath = at(path + u"/segments", i);
            const QJsonValue id = segments.at(i);
            const double number = id.toDouble();
            if (!id.isDouble() || number != std::trunc(number) || std::fabs(number) > MaxExactInteger) {
                problem(segmentPath, UnleashImport::tr("must be a segment id (an integer), not %1")
                                             .arg(JsonDecoder::typeName(id)));
                continue;
            }
            const auto key = m_segmentKeys.constFind(qint64(number));
            SegmentActivation segment{key != m_segmentKeys.cend() ? *key : QString::number(qint64(number)),
                                      ConditionSource::Unleash};
            if (key == m_segmentKeys.cend()) {
                // SDKs evaluate a strategy whose segment is missing as false.
                m_warnings.append({segmentPath, UnleashImport::tr("unknown segment %1: the strategy never holds, as in Unleash SDKs")
                                                        .arg(segment.segment)});
            }
            strategy.conditions.append(segment);
            strategy.conditionPaths.append(segmentPath);
        }
        strategy.variants = readVariants(feature, optionalArray(o, u"variants"_s, path),
                                         path + u"/variants");
        if (strategy.variants.selects() && strategy.groupId.isEmpty()) {
            // SDKs hash strategy variants with the groupId as it is; without one, Node's
            // hashes "undefined:" + id and others differ.
            problem(path + u"/parameters", UnleashImport::tr("strategy variants without a groupId "
                                                             "cannot be expressed: Unleash SDKs "
                                                             "disagree on what they hash"));
        }
        if (o.value(u"name"_s).isString() && !name.isEmpty())
            strategyTest(name, parameters, path, &strategy);
        if (disabled && !strategy.disabled) {
            // SDKs do not read "disabled" (Unleash servers leave such strategies out): without
            // the gate, the strategy is evaluated like any other.
            m_warnings.append({path + u"/disabled",
                               UnleashImport::tr("\"disabled\" is ignored: Unleash SDKs evaluate the strategy")});
        }
        if (m_problems->size() == before)
            strategies->append(strategy);
    }

    // -------------------------------------------------------------------------------------
    // Features

    void readFeature(const QJsonValue &value, const QString &path)
    {
        const QJsonObject o = withoutNulls(m_d.object(value, path));
        if (JsonDecoder::failedAt(value))
            return;
        const qsizetype before = m_problems->size();
        m_variantPaths.clear();
        FeatureDef feature;
        feature.source.featurePath = path;
        Flag &flag = feature.flag;
        flag.key = m_d.requiredString(o, u"name"_s, path);
        if (o.value(u"name"_s).isString()) {
            const QString keyProblem = Validator::keyProblem(flag.key);
            if (!keyProblem.isEmpty()) {
                problem(path + u"/name", keyProblem);
            } else if (m_featurePaths.contains(flag.key)) {
                problem(path + u"/name", UnleashImport::tr("duplicate feature \"%1\" (also at %2)")
                                                 .arg(flag.key, m_featurePaths.value(flag.key)));
            } else {
                m_featurePaths.insert(flag.key, path);
            }
        }
        flag.name = flag.key;
        flag.description = m_d.string(o, u"description"_s, path);
        flag.type = FlagType::Json;
        const bool enabled = m_d.requiredBoolean(o, u"enabled"_s, path);
        const QJsonArray strategyArray = m_d.requiredArray(o, u"strategies"_s, path);

        const VariantList featureVariants =
                readVariants(&feature, optionalArray(o, u"variants"_s, path), path + u"/variants");
        QList<StrategyDef> strategies;
        QHash<QString, QString> strategyIds;
        for (qsizetype i = 0; i < strategyArray.size(); ++i)
            readStrategy(&feature, strategyArray.at(i), at(path + u"/strategies", i), &strategies,
                         &strategyIds);

        const QJsonArray dependencies = optionalArray(o, u"dependencies"_s, path);
        feature.hasDependencies = !dependencies.isEmpty();
        for (qsizetype i = 0; i < dependencies.size(); ++i) {
            const QString dependencyPath = at(path + u"/dependencies", i);
            const QJsonValue dependencyValue = dependencies.at(i);
            const QJsonObject d = withoutNulls(m_d.object(dependencyValue, dependencyPath));
            if (JsonDecoder::failedAt(dependencyValue))
                continue;
            DependencyDef dependency;
            dependency.path = dependencyPath;
            dependency.feature = m_d.requiredString(d, u"feature"_s, dependencyPath);
            dependency.enabled = m_d.boolean(d, u"enabled"_s, dependencyPath, true);
            dependency.variants = m_d.stringList(d, u"variants"_s, dependencyPath);
            feature.dependencies.append(dependency);
        }

        // Pennon's own variations take keys no variant uses.
        const auto freeKey = [&flag](const QString &wanted) {
            QString key = wanted;
            for (int n = 1; flag.variation(key); ++n)
                key = wanted + u'-' + QString::number(n);
            return key;
        };
        feature.offKey = freeKey(u"off"_s);
        feature.onKey = freeKey(u"on"_s);
        flag.variations.prepend({feature.onKey, true, QString()});
        flag.variations.prepend({feature.offKey, false, QString()});

        EnvironmentConfig config;
        config.on = enabled;
        config.offVariation = feature.offKey;
        config.defaultServe.variation = feature.offKey;
        flag.environments.insert(m_environment, config);

        if (strategyArray.isEmpty()) {
            // An enabled feature without strategies is enabled for everyone.
            StrategyDef everyone;
            everyone.path = path + u"/strategies";
            addStrategyRules(&feature, everyone, featureVariants);
        }
        for (const StrategyDef &strategy : std::as_const(strategies))
            addStrategyRules(&feature, strategy, featureVariants);

        if (m_problems->size() == before) {
            m_featureIndex.insert(flag.key, m_features.size());
            m_features.append(feature);
        }
    }

    void addRule(FeatureDef *feature, Rule rule, const QString &path, const QStringList &paths)
    {
        feature->rules.append(std::move(rule));
        feature->source.rulePaths.append(path);
        feature->source.conditionPaths.append(paths);
    }

    /// The rules of one strategy: its variant overrides, then the strategy itself.
    void addStrategyRules(FeatureDef *feature, const StrategyDef &strategy,
                          const VariantList &featureVariants)
    {
        const bool own = strategy.variants.selects();
        const VariantList *variants = own ? &strategy.variants
                                          : featureVariants.selects() ? &featureVariants : nullptr;
        Rule main;
        main.id = strategy.id;
        main.name = strategy.name;
        main.disabled = strategy.disabled;
        main.conditions = strategy.conditions;
        QStringList mainPaths = strategy.conditionPaths;
        if (!variants) {
            main.serve.variation = feature->onKey;
            addRule(feature, main, strategy.path, mainPaths);
            return;
        }
        // A random gate draws anew in each rule. So that only the first rule whose override
        // matches can draw, later rules of this strategy exclude every earlier override.
        const bool guarded = drawsAtRandom(strategy.conditions);
        QList<Condition> guards;
        QStringList guardPaths;
        for (const VariantDef &variant : variants->variants) {
            for (const OverrideDef &override : variant.overrides) {
                Rule rule;
                rule.name = strategy.name;
                rule.disabled = strategy.disabled;
                rule.conditions = strategy.conditions + guards;
                rule.conditions.append(UserListActivation{override.contextName, override.values});
                rule.serve.variation = variant.name;
                addRule(feature, rule, override.path,
                        strategy.conditionPaths + guardPaths + QStringList{override.path});
                if (guarded) {
                    ConstraintActivation excluded;
                    excluded.attribute = override.contextName;
                    excluded.op = Operator::NotIn;
                    excluded.values = override.values;
                    guards.append(excluded);
                    guardPaths.append(override.path);
                }
            }
        }
        main.conditions += guards;
        mainPaths += guardPaths;
        Split split;
        for (const VariantDef &variant : variants->variants)
            split.weights.append(SplitWeight::of(variant.name, variant.weight));
        split.total = variants->total;
        split.stickiness = variantStickiness(*variants, own ? strategy.stickiness : QString());
        split.scheme = BucketingScheme::Unleash;
        // Strategy variants hash with the strategy's groupId (never empty here); feature
        // variants with the feature's name, which is what Pennon's empty salt means.
        split.salt = own ? strategy.groupId : QString();
        main.serve.split = split;
        addRule(feature, main, strategy.path, mainPaths);
    }

    void dropUnservedVariants(FeatureDef *feature)
    {
        QSet<QString> served{feature->offKey, feature->onKey};
        for (const Rule &rule : std::as_const(feature->rules)) {
            if (!rule.serve.isSplit()) {
                served.insert(rule.serve.variation);
                continue;
            }
            for (const SplitWeight &weight : rule.serve.split->weights)
                served.insert(weight.variation);
        }
        feature->flag.variations.removeIf([&served](const Variation &variation) {
            return !served.contains(variation.key);
        });
    }

    /// Each dependency becomes a leading rule that serves off when it does not hold, so that
    /// the parent is evaluated once per evaluation, as SDKs do.
    void addDependencyRules(FeatureDef &feature)
    {
        QList<Rule> rules;
        QStringList paths;
        QList<QStringList> conditionPaths;
        for (const DependencyDef &dependency : std::as_const(feature.dependencies)) {
            const qsizetype parentIndex = m_featureIndex.value(dependency.feature, -1);
            const FeatureDef *parent = parentIndex >= 0 ? &m_features.at(parentIndex) : nullptr;
            if (!parent) {
                // A feature refused for problems of its own is not unknown.
                if (m_featurePaths.contains(dependency.feature))
                    continue;
                // SDKs never satisfy a dependency on a feature that is not in the state.
                m_warnings.append({dependency.path + u"/feature",
                                   UnleashImport::tr("unknown feature \"%1\": the dependency is never satisfied, as in Unleash SDKs")
                                           .arg(dependency.feature)});
                Rule never;
                never.serve.variation = feature.offKey;
                never.name = u"dependency on "_s + dependency.feature
                    + u", which is not in the state: never satisfied"_s; // data, not UI text
                rules.append(never);
                paths.append(dependency.path);
                conditionPaths.append(QStringList());
                continue;
            }
            Rule rule;
            rule.serve.variation = feature.offKey;
            QStringList rulePaths;
            if (parent->hasDependencies) {
                // SDKs do not follow dependencies transitively: such a parent is never
                // satisfied, and with it the dependency (client specification 17).
                rule.name = u"dependency on "_s + dependency.feature
                    + u", which has dependencies itself: never satisfied"_s; // data, not UI text
            } else {
                rule.name = u"dependency on "_s + dependency.feature; // data, not UI text
                PrerequisiteActivation unmet;
                unmet.flag = dependency.feature;
                if (!dependency.enabled) {
                    // Required off: unmet when the parent serves anything but off (an empty
                    // list means exactly that).
                } else if (dependency.variants.isEmpty()) {
                    unmet.variations = {parent->offKey};
                } else {
                    // Required variants: unmet when the parent serves any other variation. A
                    // parent enabled without a variant answers "disabled".
                    for (const Variation &variation : parent->flag.variations) {
                        const bool wanted = variation.key == parent->onKey
                                ? dependency.variants.contains(u"disabled"_s)
                                : variation.key != parent->offKey
                                          && dependency.variants.contains(variation.key);
                        if (!wanted)
                            unmet.variations.append(variation.key);
                    }
                }
                rule.conditions.append(unmet);
                rulePaths.append(dependency.path);
            }
            rules.append(rule);
            paths.append(dependency.path);
            conditionPaths.append(rulePaths);
        }
        feature.rules = rules + feature.rules;
        feature.source.rulePaths = paths + feature.source.rulePaths;
        feature.source.conditionPaths = conditionPaths + feature.source.conditionPaths;
    }

    /// The place in the input a validator finding about the workspace refers to.
    QString sourcePath(const QString &workspacePath) const
    {
        const QStringList parts = workspacePath.split(u'/');
        // "", "flags", F, "environments", E, "rules", R, "conditions", C, ...
        bool ok = false;
        if (parts.size() >= 3 && parts.at(1) == u"segments") {
            const qsizetype s = parts.at(2).toLongLong(&ok);
            if (!ok || s < 0 || s >= m_segmentSources.size())
                return workspacePath;
            const SourceMap &source = m_segmentSources.at(s);
            if (parts.size() >= 5 && parts.at(3) == u"conditions") {
                const qsizetype c = parts.at(4).toLongLong(&ok);
                if (ok && c >= 0 && c < source.conditionPaths.constFirst().size())
                    return source.conditionPaths.constFirst().at(c);
            }
            return source.featurePath;
        }
        if (parts.size() < 3 || parts.at(1) != u"flags")
            return workspacePath;
        const qsizetype f = parts.at(2).toLongLong(&ok);
        if (!ok || f < 0 || f >= m_features.size())
            return workspacePath;
        const SourceMap &source = m_features.at(f).source;
        if (parts.size() >= 7 && parts.at(5) == u"rules") {
            const qsizetype r = parts.at(6).toLongLong(&ok);
            if (ok && r >= 0 && r < source.rulePaths.size()) {
                if (parts.size() >= 9 && parts.at(7) == u"conditions") {
                    const qsizetype c = parts.at(8).toLongLong(&ok);
                    if (ok && c >= 0 && c < source.conditionPaths.at(r).size())
                        return source.conditionPaths.at(r).at(c);
                }
                return source.rulePaths.at(r);
            }
        }
        return source.featurePath;
    }

    QString m_environment;
    Problems *m_problems;
    Problems m_warnings;
    JsonDecoder m_d;
    QList<Segment> m_segments;
    QList<SourceMap> m_segmentSources;
    QHash<qint64, QString> m_segmentKeys;
    QHash<qint64, QString> m_segmentPaths;
    QList<FeatureDef> m_features;
    QHash<QString, QString> m_featurePaths;
    QHash<QString, qsizetype> m_featureIndex;
    QHash<QString, QString> m_variantPaths;   ///< of the feature being read
};

} // namespace

QJsonObject UnleashImport::disabledGate()
{
    return QJsonObject{{u"contextName"_s, u"userId"_s}, {u"operator"_s, u"IN"_s}, {u"values"_s, QJsonArray()},
                       {u"inverted"_s, false}, {u"caseInsensitive"_s, false}};
}

std::optional<Workspace> UnleashImport::read(const QByteArray &bytes, const QString &environment,
                                             Problems *problems, Problems *warnings)
{
    const qsizetype before = problems->size();
    const QString keyProblem = Validator::keyProblem(environment);
    if (!keyProblem.isEmpty()) {
        problems->append({QString(), tr("environment \"%1\": %2").arg(environment, keyProblem)});
        return std::nullopt;
    }
    Problems found;
    Importer importer(environment, &found);
    std::optional<Workspace> workspace = importer.run(bytes);
    problems->append(found);
    if (warnings && workspace)
        warnings->append(importer.warnings());
    if (problems->size() != before)
        return std::nullopt;
    return workspace;
}

} // namespace Pennon
