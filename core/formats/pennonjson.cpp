// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "pennonjson.h"

#include "json/jsondecoder.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"
#include "validation/validator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Pennon {

using namespace Qt::StringLiterals;

// ---------------------------------------------------------------------------------------
// Writing. Field order and omission of defaults follow docs/pennon-json.md exactly.

namespace {

void writeStickiness(JsonWriter &w, const Stickiness &stickiness)
{
    const Stickiness defaults;
    if (stickiness.attributes != defaults.attributes) {
        w.key(u"stickiness");
        w.stringList(stickiness.attributes);
    }
    if (stickiness.absence != defaults.absence) {
        w.key(u"absence");
        w.string(absencePolicyName(stickiness.absence));
    }
}

void writeSaltScheme(JsonWriter &w, const QString &salt, BucketingScheme scheme)
{
    if (!salt.isEmpty()) {
        w.key(u"salt");
        w.string(salt);
    }
    if (scheme != BucketingScheme::Flagd) {
        w.key(u"scheme");
        w.string(schemeName(scheme));
    }
}

void writeOptionalString(JsonWriter &w, QStringView key, const QString &value,
                         const QString &defaultValue = {})
{
    if (value != defaultValue) {
        w.key(key);
        w.string(value);
    }
}

void writeOptionalBool(JsonWriter &w, QStringView key, bool value)
{
    if (value) {
        w.key(key);
        w.boolean(true);
    }
}

void writeCondition(JsonWriter &w, const Condition &condition)
{
    w.beginObject();
    w.key(u"type");
    w.string(activationTypeName(conditionType(condition)));
    std::visit([&w](const auto &c) {
        using T = std::decay_t<decltype(c)>;
        if constexpr (std::is_same_v<T, UserListActivation>) {
            writeOptionalString(w, u"attribute", c.attribute, u"userId"_s);
            w.key(u"values");
            w.stringList(c.values);
            writeOptionalString(w, u"source", conditionSourceName(c.source), u"pennon"_s);
        } else if constexpr (std::is_same_v<T, RegexActivation>) {
            writeOptionalString(w, u"attribute", c.attribute, u"userId"_s);
            w.key(u"pattern");
            w.string(c.pattern);
            writeOptionalBool(w, u"caseInsensitive", c.caseInsensitive);
        } else if constexpr (std::is_same_v<T, ConstraintActivation>) {
            w.key(u"attribute");
            w.string(c.attribute);
            w.key(u"operator");
            w.string(c.unknownOperator.isEmpty() ? operatorName(c.op) : c.unknownOperator);
            if (!c.values.isEmpty()) {
                w.key(u"values");
                w.stringList(c.values);
            }
            writeOptionalBool(w, u"negate", c.negate);
            writeOptionalBool(w, u"caseInsensitive", c.caseInsensitive);
            writeOptionalString(w, u"source", conditionSourceName(c.source), u"pennon"_s);
        } else if constexpr (std::is_same_v<T, PercentageActivation>) {
            w.key(u"percentage");
            w.number(c.percentage);
            writeStickiness(w, c.stickiness);
            writeSaltScheme(w, c.salt, c.scheme);
            writeOptionalString(w, u"source", conditionSourceName(c.source), u"pennon"_s);
        } else if constexpr (std::is_same_v<T, ScheduleActivation>) {
            writeOptionalString(w, u"start", c.start);
            writeOptionalString(w, u"end", c.end);
            writeOptionalString(w, u"timeZone", c.timeZone, u"UTC"_s);
        } else if constexpr (std::is_same_v<T, IpActivation>) {
            writeOptionalString(w, u"attribute", c.attribute, u"remoteAddress"_s);
            w.key(u"values");
            w.stringList(c.values);
            writeOptionalString(w, u"source", conditionSourceName(c.source), u"pennon"_s);
        } else if constexpr (std::is_same_v<T, PrerequisiteActivation>) {
            w.key(u"flag");
            w.string(c.flag);
            if (!c.variations.isEmpty()) {
                w.key(u"variations");
                w.stringList(c.variations);
            }
        } else if constexpr (std::is_same_v<T, SegmentActivation>) {
            w.key(u"segment");
            w.string(c.segment);
            writeOptionalString(w, u"source", conditionSourceName(c.source), u"pennon"_s);
        } else if constexpr (std::is_same_v<T, PluginActivation>) {
            w.key(u"plugin");
            w.string(c.plugin);
            if (!c.config.isEmpty()) {
                w.key(u"config");
                w.value(c.config);
            }
        } else if constexpr (std::is_same_v<T, ActivationRef>) {
            w.key(u"activation");
            w.string(c.key);
        }
    }, condition);
    w.endObject();
}

void writeConditions(JsonWriter &w, const QList<Condition> &conditions)
{
    w.key(u"conditions");
    w.beginArray();
    for (const Condition &condition : conditions)
        writeCondition(w, condition);
    w.endArray();
}

/// What a serve or a split's bucket gives: "variation", "noValue" or "error" with "source".
void writeServed(JsonWriter &w, ServeOutcome outcome, const QString &variation, const QString &source)
{
    switch (outcome) {
    case ServeOutcome::Variation:
        w.key(u"variation");
        w.string(variation);
        return;
    case ServeOutcome::NoValue:
        w.key(u"noValue");
        w.boolean(true);
        return;
    case ServeOutcome::Error:
    case ServeOutcome::ParseError:
        w.key(u"error");
        w.string(serveErrorName(outcome));
        w.key(u"source");
        w.string(source);
        return;
    }
}

void writeServe(JsonWriter &w, const Serve &serve)
{
    w.beginObject();
    if (serve.split) {
        const Split &split = *serve.split;
        w.key(u"split");
        w.beginObject();
        w.key(u"weights");
        w.beginArray();
        for (const SplitWeight &weight : split.weights) {
            w.beginObject();
            writeServed(w, weight.outcome, weight.variation, weight.source);
            w.key(u"weight");
            w.integer(weight.weight);
            w.endObject();
        }
        w.endArray();
        if (split.total != 100) {
            w.key(u"total");
            w.integer(split.total);
        }
        writeStickiness(w, split.stickiness);
        writeSaltScheme(w, split.salt, split.scheme);
        w.endObject();
    } else {
        writeServed(w, serve.outcome, serve.variation, serve.source);
    }
    w.endObject();
}

void writeFlagObject(JsonWriter &w, const Flag &flag)
{
    w.beginObject();
    w.key(u"key");
    w.string(flag.key);
    w.key(u"name");
    w.string(flag.name);
    w.key(u"description");
    w.string(flag.description);
    w.key(u"type");
    w.string(flagTypeName(flag.type));
    writeOptionalString(w, u"owner", flag.owner);
    if (!flag.tags.isEmpty()) {
        w.key(u"tags");
        w.stringList(flag.tags);
    }
    writeOptionalBool(w, u"archived", flag.archived);
    w.key(u"variations");
    w.beginArray();
    for (const Variation &variation : flag.variations) {
        w.beginObject();
        w.key(u"key");
        w.string(variation.key);
        w.key(u"value");
        w.value(variation.value);
        writeOptionalString(w, u"description", variation.description);
        w.endObject();
    }
    w.endArray();
    w.key(u"environments");
    w.beginObject();
    for (auto it = flag.environments.cbegin(); it != flag.environments.cend(); ++it) {
        const EnvironmentConfig &config = it.value();
        w.key(it.key());
        w.beginObject();
        w.key(u"on");
        w.boolean(config.on);
        w.key(u"offVariation");
        w.string(config.offVariation);
        w.key(u"rules");
        w.beginArray();
        for (const Rule &rule : config.rules) {
            w.beginObject();
            writeOptionalString(w, u"id", rule.id);
            writeOptionalString(w, u"name", rule.name);
            if (rule.disabled) {
                w.key(u"disabled");
                w.boolean(true);
            }
            writeConditions(w, rule.conditions);
            w.key(u"serve");
            writeServe(w, rule.serve);
            w.endObject();
        }
        w.endArray();
        w.key(u"defaultServe");
        writeServe(w, config.defaultServe);
        w.endObject();
    }
    w.endObject();
    w.key(u"version");
    w.integer(flag.version);
    w.endObject();
}

void writeVersion(JsonWriter &w, qint64 version)
{
    if (version != 0) {
        w.key(u"version");
        w.integer(version);
    }
}

void writeEnvironmentObject(JsonWriter &w, const Environment &environment)
{
    w.beginObject();
    w.key(u"key");
    w.string(environment.key);
    w.key(u"name");
    w.string(environment.name);
    writeOptionalBool(w, u"protected", environment.isProtected);
    writeVersion(w, environment.version);
    w.endObject();
}

void writeActivationObject(JsonWriter &w, const Activation &activation)
{
    w.beginObject();
    w.key(u"key");
    w.string(activation.key);
    writeOptionalString(w, u"name", activation.name);
    writeOptionalString(w, u"description", activation.description);
    w.key(u"condition");
    writeCondition(w, activation.condition);
    writeVersion(w, activation.version);
    w.endObject();
}

void writeSegmentObject(JsonWriter &w, const Segment &segment)
{
    w.beginObject();
    w.key(u"key");
    w.string(segment.key);
    writeOptionalString(w, u"name", segment.name);
    writeOptionalString(w, u"description", segment.description);
    writeConditions(w, segment.conditions);
    writeVersion(w, segment.version);
    w.endObject();
}

void writePersonaAttributes(JsonWriter &w, const QList<PersonaAttribute> &attributes)
{
    w.beginArray();
    for (const PersonaAttribute &attribute : attributes) {
        w.beginObject();
        w.key(u"name");
        w.string(attribute.name);
        w.key(u"type");
        w.string(PersonaAttribute::typeKey(attribute.type));
        w.key(u"value");
        w.string(attribute.value);
        w.endObject();
    }
    w.endArray();
}

void writePersonaObject(JsonWriter &w, const Persona &persona)
{
    w.beginObject();
    w.key(u"key");
    w.string(persona.key);
    w.key(u"name");
    w.string(persona.name);
    writeOptionalString(w, u"description", persona.description);
    writeOptionalString(w, u"userId", persona.userId);
    if (!persona.attributes.isEmpty()) {
        w.key(u"attributes");
        writePersonaAttributes(w, persona.attributes);
    }
    if (persona.currentTime) {
        w.key(u"currentTime");
        w.string(persona.currentTime->toUTC().toString(Qt::ISODateWithMs));
    }
    writeVersion(w, persona.version);
    w.endObject();
}

} // namespace

QByteArray PennonJson::write(const Workspace &workspace)
{
    JsonWriter w;
    w.beginObject();
    w.key(u"format");
    w.string(u"pennon");
    w.key(u"version");
    w.integer(FormatVersion);

    w.key(u"environments");
    w.beginArray();
    for (const Environment &environment : workspace.environments)
        writeEnvironmentObject(w, environment);
    w.endArray();

    w.key(u"activations");
    w.beginArray();
    for (const Activation &activation : workspace.activations)
        writeActivationObject(w, activation);
    w.endArray();

    w.key(u"segments");
    w.beginArray();
    for (const Segment &segment : workspace.segments)
        writeSegmentObject(w, segment);
    w.endArray();

    w.key(u"flags");
    w.beginArray();
    for (const Flag &flag : workspace.flags)
        writeFlagObject(w, flag);
    w.endArray();

    // Personas are left out when there are none, so that a workspace without them reads as
    // before.
    if (!workspace.personas.isEmpty()) {
        w.key(u"personas");
        w.beginArray();
        for (const Persona &persona : workspace.personas)
            writePersonaObject(w, persona);
        w.endArray();
    }
    w.endObject();
    return w.finish();
}

QByteArray PennonJson::writeEnvironment(const Environment &environment)
{
    JsonWriter w;
    writeEnvironmentObject(w, environment);
    return w.finish();
}

QByteArray PennonJson::writeActivation(const Activation &activation)
{
    JsonWriter w;
    writeActivationObject(w, activation);
    return w.finish();
}

QByteArray PennonJson::writeSegment(const Segment &segment)
{
    JsonWriter w;
    writeSegmentObject(w, segment);
    return w.finish();
}

QByteArray PennonJson::writePersona(const Persona &persona)
{
    JsonWriter w;
    writePersonaObject(w, persona);
    return w.finish();
}

QByteArray PennonJson::writeFlag(const Flag &flag)
{
    JsonWriter w;
    writeFlagObject(w, flag);
    return w.finish();
}

QJsonObject PennonJson::flagToJson(const Flag &flag)
{
    return QJsonDocument::fromJson(writeFlag(flag)).object();
}

QJsonObject PennonJson::conditionToJson(const Condition &condition)
{
    JsonWriter w;
    writeCondition(w, condition);
    return QJsonDocument::fromJson(w.finish()).object();
}

QByteArray PennonJson::conditionText(const Condition &condition)
{
    JsonWriter w(JsonWriter::Compact);
    writeCondition(w, condition);
    return w.finish().trimmed();
}

QByteArray PennonJson::serveText(const Serve &serve)
{
    JsonWriter w(JsonWriter::Compact);
    writeServe(w, serve);
    return w.finish().trimmed();
}

// ---------------------------------------------------------------------------------------
// Reading: structure first (types, names, unknown fields), collecting every problem.

namespace {

std::optional<Stickiness> readStickiness(JsonDecoder &d, const QJsonObject &o, const QString &path)
{
    Stickiness stickiness;
    if (o.contains(u"stickiness"_s))
        stickiness.attributes = d.stringList(o, u"stickiness"_s, path);
    const QString absence = d.string(o, u"absence"_s, path, u"skip"_s);
    if (!parseAbsencePolicy(absence, &stickiness.absence))
        d.problem(path + u"/absence", PennonJson::tr("unknown absence policy \"%1\" (expected skip, empty, stop or random)").arg(absence));
    return stickiness;
}

BucketingScheme readScheme(JsonDecoder &d, const QJsonObject &o, const QString &path)
{
    const QString name = d.string(o, u"scheme"_s, path, u"flagd"_s);
    BucketingScheme scheme = BucketingScheme::Flagd;
    if (!parseScheme(name, &scheme))
        d.problem(path + u"/scheme", PennonJson::tr("unknown bucketing scheme \"%1\" (expected flagd, unleash or rollout)").arg(name));
    return scheme;
}

ConditionSource readSource(JsonDecoder &d, const QJsonObject &o, const QString &path)
{
    ConditionSource source = ConditionSource::Pennon;
    const QString name = d.string(o, u"source"_s, path, u"pennon"_s);
    if (o.value(u"source"_s).isString() && !parseConditionSource(name, &source))
        d.problem(path + u"/source", PennonJson::tr("unknown source \"%1\"").arg(name));
    return source;
}

std::optional<Condition> readCondition(JsonDecoder &d, const QJsonValue &value, const QString &path)
{
    const QJsonObject o = d.object(value, path);
    if (d.failedAt(value))
        return std::nullopt;
    if (!o.contains(u"type"_s)) {
        d.problem(path, PennonJson::tr("a condition needs a \"type\""));
        return std::nullopt;
    }
    const QString typeName = d.string(o, u"type"_s, path);
    ActivationType type = ActivationType::UserList;
    if (!parseActivationType(typeName, &type)) {
        d.problem(path + u"/type", PennonJson::tr("unknown condition type \"%1\"").arg(typeName));
        return std::nullopt;
    }
    switch (type) {
    case ActivationType::UserList: {
        d.allowOnly(o, path, {u"type"_s, u"attribute"_s, u"values"_s, u"source"_s});
        UserListActivation c;
        c.attribute = d.string(o, u"attribute"_s, path, c.attribute);
        c.values = d.requiredStringList(o, u"values"_s, path);
        c.source = readSource(d, o, path);
        return c;
    }
    case ActivationType::Regex: {
        d.allowOnly(o, path, {u"type"_s, u"attribute"_s, u"pattern"_s, u"caseInsensitive"_s});
        RegexActivation c;
        c.attribute = d.string(o, u"attribute"_s, path, c.attribute);
        c.pattern = d.requiredString(o, u"pattern"_s, path);
        c.caseInsensitive = d.boolean(o, u"caseInsensitive"_s, path, false);
        return c;
    }
    case ActivationType::Constraint: {
        d.allowOnly(o, path, {u"type"_s, u"attribute"_s, u"operator"_s, u"values"_s,
                              u"negate"_s, u"caseInsensitive"_s, u"source"_s});
        ConstraintActivation c;
        c.attribute = d.requiredString(o, u"attribute"_s, path);
        c.source = readSource(d, o, path);
        const QString op = d.requiredString(o, u"operator"_s, path);
        if (o.contains(u"operator"_s) && o.value(u"operator"_s).isString() && !parseOperator(op, &c.op)) {
            // Kept as written from a source that evaluates it (as false); Pennon's own refuse it.
            if (c.source == ConditionSource::Pennon || op.isEmpty())
                d.problem(path + u"/operator", PennonJson::tr("unknown operator \"%1\"").arg(op));
            else
                c.unknownOperator = op;
        }
        c.values = d.stringList(o, u"values"_s, path);
        c.negate = d.boolean(o, u"negate"_s, path, false);
        c.caseInsensitive = d.boolean(o, u"caseInsensitive"_s, path, false);
        return c;
    }
    case ActivationType::Percentage: {
        d.allowOnly(o, path, {u"type"_s, u"percentage"_s, u"stickiness"_s, u"absence"_s,
                              u"salt"_s, u"scheme"_s, u"source"_s});
        PercentageActivation c;
        c.percentage = d.requiredNumber(o, u"percentage"_s, path);
        if (auto s = readStickiness(d, o, path))
            c.stickiness = *s;
        c.salt = d.string(o, u"salt"_s, path);
        c.scheme = readScheme(d, o, path);
        c.source = readSource(d, o, path);
        return c;
    }
    case ActivationType::Schedule: {
        d.allowOnly(o, path, {u"type"_s, u"start"_s, u"end"_s, u"timeZone"_s});
        ScheduleActivation c;
        c.start = d.string(o, u"start"_s, path);
        c.end = d.string(o, u"end"_s, path);
        c.timeZone = d.string(o, u"timeZone"_s, path, c.timeZone);
        return c;
    }
    case ActivationType::IpCidr: {
        d.allowOnly(o, path, {u"type"_s, u"attribute"_s, u"values"_s, u"source"_s});
        IpActivation c;
        c.attribute = d.string(o, u"attribute"_s, path, c.attribute);
        c.values = d.requiredStringList(o, u"values"_s, path);
        c.source = readSource(d, o, path);
        return c;
    }
    case ActivationType::Prerequisite: {
        d.allowOnly(o, path, {u"type"_s, u"flag"_s, u"variations"_s});
        PrerequisiteActivation c;
        c.flag = d.requiredString(o, u"flag"_s, path);
        c.variations = d.stringList(o, u"variations"_s, path);
        return c;
    }
    case ActivationType::Segment: {
        d.allowOnly(o, path, {u"type"_s, u"segment"_s, u"source"_s});
        SegmentActivation c;
        c.segment = d.requiredString(o, u"segment"_s, path);
        c.source = readSource(d, o, path);
        return c;
    }
    case ActivationType::Plugin: {
        d.allowOnly(o, path, {u"type"_s, u"plugin"_s, u"config"_s});
        PluginActivation c;
        c.plugin = d.requiredString(o, u"plugin"_s, path);
        if (o.contains(u"config"_s))
            c.config = d.object(o.value(u"config"_s), path + u"/config");
        return c;
    }
    case ActivationType::Ref: {
        d.allowOnly(o, path, {u"type"_s, u"activation"_s});
        ActivationRef c;
        c.key = d.requiredString(o, u"activation"_s, path);
        return c;
    }
    }
    return std::nullopt;
}

QList<Condition> readConditions(JsonDecoder &d, const QJsonObject &o, const QString &path)
{
    QList<Condition> conditions;
    const QJsonArray array = d.requiredArray(o, u"conditions"_s, path);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (auto condition = readCondition(d, array.at(i), path + u"/conditions/" + QString::number(i)))
            conditions.append(*condition);
    }
    return conditions;
}

/// "variation", "noValue": true, or "error" (GENERAL, PARSE_ERROR) with "source": exactly one.
void readServed(JsonDecoder &d, const QJsonObject &o, const QString &path, ServeOutcome *outcome,
                QString *variation, QString *source)
{
    const int kinds = int(o.contains(u"variation"_s)) + int(o.contains(u"noValue"_s))
            + int(o.contains(u"error"_s));
    if (kinds != 1) {
        d.problem(path, PennonJson::tr("a serve needs exactly one of \"variation\", \"split\", "
                                       "\"noValue\" and \"error\""));
        return;
    }
    if (o.contains(u"variation"_s)) {
        *outcome = ServeOutcome::Variation;
        *variation = d.requiredString(o, u"variation"_s, path);
        if (o.contains(u"source"_s))
            d.problem(path + u"/source", PennonJson::tr("\"source\" belongs to an \"error\" only"));
        return;
    }
    if (o.contains(u"noValue"_s)) {
        *outcome = ServeOutcome::NoValue;
        if (o.value(u"noValue"_s) != QJsonValue(true))
            d.problem(path + u"/noValue", PennonJson::tr("must be true"));
        if (o.contains(u"source"_s))
            d.problem(path + u"/source", PennonJson::tr("\"source\" belongs to an \"error\" only"));
        return;
    }
    const QString code = d.requiredString(o, u"error"_s, path);
    if (!parseServeError(code, outcome)) {
        *outcome = ServeOutcome::Error;
        d.problem(path + u"/error", PennonJson::tr("unknown error \"%1\" (GENERAL or PARSE_ERROR)").arg(code));
    }
    *source = d.string(o, u"source"_s, path);
}

Serve readServe(JsonDecoder &d, const QJsonValue &value, const QString &path)
{
    Serve serve;
    const QJsonObject o = d.object(value, path);
    if (d.failedAt(value))
        return serve;
    d.allowOnly(o, path, {u"variation"_s, u"split"_s, u"noValue"_s, u"error"_s, u"source"_s});
    if (!o.contains(u"split"_s)) {
        readServed(d, o, path, &serve.outcome, &serve.variation, &serve.source);
        return serve;
    }
    if (o.contains(u"variation"_s) || o.contains(u"noValue"_s) || o.contains(u"error"_s)) {
        d.problem(path, PennonJson::tr("a serve needs exactly one of \"variation\", \"split\", "
                                       "\"noValue\" and \"error\""));
        return serve;
    }
    const QString splitPath = path + u"/split";
    const QJsonValue splitValue = o.value(u"split"_s);
    const QJsonObject s = d.object(splitValue, splitPath);
    if (d.failedAt(splitValue))
        return serve;
    d.allowOnly(s, splitPath, {u"weights"_s, u"total"_s, u"stickiness"_s, u"absence"_s,
                               u"salt"_s, u"scheme"_s});
    Split split;
    const QJsonArray weights = d.requiredArray(s, u"weights"_s, splitPath);
    for (qsizetype i = 0; i < weights.size(); ++i) {
        const QString weightPath = splitPath + u"/weights/" + QString::number(i);
        const QJsonValue weightValue = weights.at(i);
        const QJsonObject w = d.object(weightValue, weightPath);
        if (d.failedAt(weightValue))
            continue;
        d.allowOnly(w, weightPath, {u"variation"_s, u"noValue"_s, u"error"_s, u"source"_s, u"weight"_s});
        SplitWeight weight;
        readServed(d, w, weightPath, &weight.outcome, &weight.variation, &weight.source);
        weight.weight = d.requiredInteger(w, u"weight"_s, weightPath);
        split.weights.append(weight);
    }
    split.total = d.integer(s, u"total"_s, splitPath, 100);
    if (auto stickiness = readStickiness(d, s, splitPath))
        split.stickiness = *stickiness;
    split.salt = d.string(s, u"salt"_s, splitPath);
    split.scheme = readScheme(d, s, splitPath);
    serve.split = split;
    return serve;
}

std::optional<Environment> readEnvironment(JsonDecoder &d, const QJsonValue &value, const QString &path)
{
    const QJsonObject e = d.object(value, path);
    if (d.failedAt(value))
        return std::nullopt;
    d.allowOnly(e, path, {u"key"_s, u"name"_s, u"protected"_s, u"version"_s});
    Environment environment;
    environment.key = d.requiredString(e, u"key"_s, path);
    environment.name = d.requiredString(e, u"name"_s, path);
    environment.isProtected = d.boolean(e, u"protected"_s, path, false);
    environment.version = d.integer(e, u"version"_s, path, 0);
    return environment;
}

std::optional<Activation> readActivation(JsonDecoder &d, const QJsonValue &value, const QString &path)
{
    const QJsonObject a = d.object(value, path);
    if (d.failedAt(value))
        return std::nullopt;
    d.allowOnly(a, path, {u"key"_s, u"name"_s, u"description"_s, u"condition"_s, u"version"_s});
    Activation activation;
    activation.key = d.requiredString(a, u"key"_s, path);
    activation.name = d.string(a, u"name"_s, path);
    activation.description = d.string(a, u"description"_s, path);
    if (!a.contains(u"condition"_s))
        d.problem(path, PennonJson::tr("missing field \"%1\"").arg(u"condition"_s));
    else if (auto condition = readCondition(d, a.value(u"condition"_s), path + u"/condition"))
        activation.condition = *condition;
    activation.version = d.integer(a, u"version"_s, path, 0);
    return activation;
}

std::optional<Segment> readSegment(JsonDecoder &d, const QJsonValue &value, const QString &path)
{
    const QJsonObject s = d.object(value, path);
    if (d.failedAt(value))
        return std::nullopt;
    d.allowOnly(s, path, {u"key"_s, u"name"_s, u"description"_s, u"conditions"_s, u"version"_s});
    Segment segment;
    segment.key = d.requiredString(s, u"key"_s, path);
    segment.name = d.string(s, u"name"_s, path);
    segment.description = d.string(s, u"description"_s, path);
    segment.conditions = readConditions(d, s, path);
    segment.version = d.integer(s, u"version"_s, path, 0);
    return segment;
}

QList<PersonaAttribute> readPersonaAttributes(JsonDecoder &d, const QJsonValue &value, const QString &path)
{
    QList<PersonaAttribute> attributes;
    const QJsonArray rows = d.array(value, path);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString at = path + u'/' + QString::number(i);
        const QJsonObject a = d.object(rows.at(i), at);
        if (d.failedAt(rows.at(i)))
            continue;
        d.allowOnly(a, at, {u"name"_s, u"type"_s, u"value"_s});
        PersonaAttribute attribute;
        attribute.name = d.requiredString(a, u"name"_s, at);
        const QString type = d.requiredString(a, u"type"_s, at);
        if (const auto parsed = PersonaAttribute::parseType(type))
            attribute.type = *parsed;
        else if (a.value(u"type"_s).isString())
            d.problem(at + u"/type", PennonJson::tr("unknown attribute type \"%1\" (expected string, number, boolean, version or date)").arg(type));
        attribute.value = d.requiredString(a, u"value"_s, at);
        attributes.append(attribute);
    }
    return attributes;
}

std::optional<Persona> readPersona(JsonDecoder &d, const QJsonValue &value, const QString &path)
{
    const QJsonObject p = d.object(value, path);
    if (d.failedAt(value))
        return std::nullopt;
    d.allowOnly(p, path, {u"key"_s, u"name"_s, u"description"_s, u"userId"_s, u"attributes"_s,
                          u"currentTime"_s, u"version"_s});
    Persona persona;
    persona.key = d.requiredString(p, u"key"_s, path);
    persona.name = d.requiredString(p, u"name"_s, path);
    persona.description = d.string(p, u"description"_s, path);
    persona.userId = d.string(p, u"userId"_s, path);
    if (p.contains(u"attributes"_s))
        persona.attributes = readPersonaAttributes(d, p.value(u"attributes"_s), path + u"/attributes");
    if (p.contains(u"currentTime"_s)) {
        const QString text = d.requiredString(p, u"currentTime"_s, path);
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (time.isValid())
            persona.currentTime = time.toUTC();
        else if (p.value(u"currentTime"_s).isString())
            d.problem(path + u"/currentTime", PennonJson::tr("\"%1\" is no moment such as 2026-12-31T09:00:00Z").arg(text));
    }
    persona.version = d.integer(p, u"version"_s, path, 0);
    return persona;
}

/// In a workspace a flag's version is required; in a single-flag document (`flag put`) it is
/// optional, and 0 when left out.
std::optional<Flag> readFlag(JsonDecoder &d, const QJsonValue &value, const QString &path,
                             bool versionRequired)
{
    const QJsonObject o = d.object(value, path);
    if (d.failedAt(value))
        return std::nullopt;
    d.allowOnly(o, path, {u"key"_s, u"name"_s, u"description"_s, u"type"_s, u"owner"_s,
                          u"tags"_s, u"archived"_s, u"variations"_s, u"environments"_s,
                          u"version"_s});
    Flag flag;
    flag.key = d.requiredString(o, u"key"_s, path);
    flag.name = d.string(o, u"name"_s, path);
    flag.description = d.string(o, u"description"_s, path);
    const QString type = d.requiredString(o, u"type"_s, path);
    if (o.value(u"type"_s).isString() && !parseFlagType(type, &flag.type))
        d.problem(path + u"/type", PennonJson::tr("unknown flag type \"%1\" (expected boolean, string, number or json)").arg(type));
    flag.owner = d.string(o, u"owner"_s, path);
    flag.tags = d.stringList(o, u"tags"_s, path);
    flag.archived = d.boolean(o, u"archived"_s, path, false);
    const QJsonArray variations = d.requiredArray(o, u"variations"_s, path);
    for (qsizetype i = 0; i < variations.size(); ++i) {
        const QString variationPath = path + u"/variations/" + QString::number(i);
        const QJsonValue variationValue = variations.at(i);
        const QJsonObject v = d.object(variationValue, variationPath);
        if (d.failedAt(variationValue))
            continue;
        d.allowOnly(v, variationPath, {u"key"_s, u"value"_s, u"description"_s});
        Variation variation;
        variation.key = d.requiredString(v, u"key"_s, variationPath);
        if (!v.contains(u"value"_s))
            d.problem(variationPath, PennonJson::tr("missing field \"value\""));
        variation.value = v.value(u"value"_s);
        variation.description = d.string(v, u"description"_s, variationPath);
        flag.variations.append(variation);
    }
    const QString environmentsPath = path + u"/environments";
    const QJsonValue environmentsValue = o.value(u"environments"_s);
    if (!o.contains(u"environments"_s))
        d.problem(path, PennonJson::tr("missing field \"%1\"").arg(u"environments"_s));
    const QJsonObject environments = o.contains(u"environments"_s)
        ? d.object(environmentsValue, environmentsPath) : QJsonObject();
    for (auto it = environments.begin(); it != environments.end(); ++it) {
        const QString envPath = environmentsPath + u'/' + pointerToken(it.key());
        const QJsonObject e = d.object(it.value(), envPath);
        if (d.failedAt(it.value()))
            continue;
        d.allowOnly(e, envPath, {u"on"_s, u"offVariation"_s, u"rules"_s, u"defaultServe"_s});
        EnvironmentConfig config;
        config.on = d.requiredBoolean(e, u"on"_s, envPath);
        config.offVariation = d.requiredString(e, u"offVariation"_s, envPath);
        const QJsonArray rules = d.requiredArray(e, u"rules"_s, envPath);
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const QString rulePath = envPath + u"/rules/" + QString::number(i);
            const QJsonValue ruleValue = rules.at(i);
            const QJsonObject r = d.object(ruleValue, rulePath);
            if (d.failedAt(ruleValue))
                continue;
            d.allowOnly(r, rulePath, {u"id"_s, u"name"_s, u"disabled"_s, u"conditions"_s, u"serve"_s});
            Rule rule;
            rule.id = d.string(r, u"id"_s, rulePath);
            rule.name = d.string(r, u"name"_s, rulePath);
            rule.disabled = d.boolean(r, u"disabled"_s, rulePath, false);
            rule.conditions = readConditions(d, r, rulePath);
            if (!r.contains(u"serve"_s))
                d.problem(rulePath, PennonJson::tr("missing field \"%1\"").arg(u"serve"_s));
            else
                rule.serve = readServe(d, r.value(u"serve"_s), rulePath + u"/serve");
            config.rules.append(rule);
        }
        if (!e.contains(u"defaultServe"_s))
            d.problem(envPath, PennonJson::tr("missing field \"%1\"").arg(u"defaultServe"_s));
        else
            config.defaultServe = readServe(d, e.value(u"defaultServe"_s), envPath + u"/defaultServe");
        flag.environments.insert(it.key(), config);
    }
    flag.version = versionRequired ? d.requiredInteger(o, u"version"_s, path)
                                   : d.integer(o, u"version"_s, path, 0);
    return flag;
}

} // namespace

namespace {
/// Runs one object reader and gives its result only when it found no problem.
template<typename T, typename Read>
std::optional<T> readWhole(const QJsonValue &value, const QString &path, Problems *problems, Read read)
{
    JsonDecoder d(problems);
    const qsizetype before = problems->size();
    std::optional<T> object = read(d, value, path);
    if (problems->size() != before)
        return std::nullopt;
    return object;
}
} // namespace

std::optional<Flag> PennonJson::flagFromJson(const QJsonValue &value, const QString &pathPrefix,
                                             Problems *problems)
{
    return readWhole<Flag>(value, pathPrefix, problems,
                           [](JsonDecoder &d, const QJsonValue &v, const QString &path) {
                               return readFlag(d, v, path, false);
                           });
}

std::optional<Condition> PennonJson::conditionFromJson(const QJsonValue &value, const QString &path,
                                                       Problems *problems)
{
    return readWhole<Condition>(value, path, problems, readCondition);
}

std::optional<Environment> PennonJson::environmentFromJson(const QJsonValue &value, const QString &path,
                                                           Problems *problems)
{
    return readWhole<Environment>(value, path, problems, readEnvironment);
}

std::optional<Activation> PennonJson::activationFromJson(const QJsonValue &value, const QString &path,
                                                         Problems *problems)
{
    return readWhole<Activation>(value, path, problems, readActivation);
}

std::optional<Segment> PennonJson::segmentFromJson(const QJsonValue &value, const QString &path,
                                                   Problems *problems)
{
    return readWhole<Segment>(value, path, problems, readSegment);
}

std::optional<Persona> PennonJson::personaFromJson(const QJsonValue &value, const QString &path,
                                                   Problems *problems)
{
    return readWhole<Persona>(value, path, problems, readPersona);
}

QByteArray PennonJson::personaAttributesText(const QList<PersonaAttribute> &attributes)
{
    JsonWriter w(JsonWriter::Compact);
    writePersonaAttributes(w, attributes);
    return w.finish().trimmed();
}

std::optional<QList<PersonaAttribute>> PennonJson::personaAttributesFromJson(const QJsonValue &value, const QString &path,
                                                                          Problems *problems)
{
    return readWhole<QList<PersonaAttribute>>(value, path, problems,
                                              [](JsonDecoder &d, const QJsonValue &v, const QString &p) {
                                                  return std::optional<QList<PersonaAttribute>>(readPersonaAttributes(d, v, p));
                                              });
}

std::optional<Serve> PennonJson::serveFromJson(const QJsonValue &value, const QString &path,
                                              Problems *problems)
{
    return readWhole<Serve>(value, path, problems,
                            [](JsonDecoder &d, const QJsonValue &v, const QString &p) -> std::optional<Serve> {
                                return readServe(d, v, p);
                            });
}

std::optional<Workspace> PennonJson::decode(const QByteArray &bytes, Problems *problems)
{
    const qsizetype before = problems->size();
    Problem parseProblem;
    const std::optional<QJsonValue> root = JsonReader::parse(bytes, &parseProblem);
    if (!root) {
        problems->append(parseProblem);
        return std::nullopt;
    }
    JsonDecoder d(problems);
    const QString top;
    const QJsonObject o = d.object(*root, top);
    if (d.failedAt(*root))
        return std::nullopt;
    if (o.value(u"format"_s) != QJsonValue(u"pennon"_s)) {
        d.problem(u"/format"_s, tr("not a Pennon workspace: \"format\" must be \"pennon\""));
        return std::nullopt;
    }
    const qint64 version = d.requiredInteger(o, u"version"_s, top);
    if (problems->size() != before)
        return std::nullopt;
    if (version != FormatVersion) {
        d.problem(u"/version"_s, version > FormatVersion
            ? tr("format version %1 is newer than this Pennon reads (%2); update Pennon").arg(version).arg(FormatVersion)
            : tr("unknown format version %1 (expected %2)").arg(version).arg(FormatVersion));
        return std::nullopt;
    }
    d.allowOnly(o, top, {u"$schema"_s, u"format"_s, u"version"_s, u"environments"_s,
                         u"activations"_s, u"segments"_s, u"flags"_s, u"personas"_s});

    Workspace workspace;
    const QJsonArray environments = d.requiredArray(o, u"environments"_s, top);
    for (qsizetype i = 0; i < environments.size(); ++i) {
        if (auto environment = readEnvironment(d, environments.at(i), u"/environments/" + QString::number(i)))
            workspace.environments.append(*environment);
    }
    const QJsonArray activations = d.requiredArray(o, u"activations"_s, top);
    for (qsizetype i = 0; i < activations.size(); ++i) {
        if (auto activation = readActivation(d, activations.at(i), u"/activations/" + QString::number(i)))
            workspace.activations.append(*activation);
    }
    const QJsonArray segments = d.requiredArray(o, u"segments"_s, top);
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (auto segment = readSegment(d, segments.at(i), u"/segments/" + QString::number(i)))
            workspace.segments.append(*segment);
    }
    const QJsonArray flags = d.requiredArray(o, u"flags"_s, top);
    for (qsizetype i = 0; i < flags.size(); ++i) {
        if (auto flag = readFlag(d, flags.at(i), u"/flags/" + QString::number(i), true))
            workspace.flags.append(*flag);
    }
    if (o.contains(u"personas"_s)) {
        const QJsonArray personas = d.requiredArray(o, u"personas"_s, top);
        for (qsizetype i = 0; i < personas.size(); ++i) {
            if (auto persona = readPersona(d, personas.at(i), u"/personas/" + QString::number(i)))
                workspace.personas.append(*persona);
        }
    }
    if (problems->size() != before)
        return std::nullopt;
    return workspace;
}

std::optional<Workspace> PennonJson::read(const QByteArray &bytes, Problems *problems)
{
    std::optional<Workspace> workspace = decode(bytes, problems);
    if (!workspace)
        return std::nullopt;
    const Problems semantic = Validator::validate(*workspace);
    if (!semantic.isEmpty()) {
        problems->append(semantic);
        return std::nullopt;
    }
    return workspace;
}

} // namespace Pennon
