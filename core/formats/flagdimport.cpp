// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagdimporter_p.h"

namespace Pennon::FlagdImportDetail {

Importer::Importer(const QString &environment, Problems *problems)
    : m_environment(environment), m_problems(problems), m_d(problems)
{
}

const Problems &Importer::warnings() const
{
    return m_warnings;
}

std::optional<Workspace> Importer::run(const QByteArray &bytes)
{
    Problem syntax;
    const std::optional<QJsonValue> document = JsonReader::parse(bytes, &syntax);
    if (!document) {
        m_problems->append(syntax);
        return std::nullopt;
    }
    const QJsonObject root = m_d.object(*document, QString());
    if (JsonDecoder::failedAt(*document))
        return std::nullopt;
    // Metadata never changes what flagd-core serves. A $evaluators that is no object is
    // ignored; a $ref to one of its items is then refused as an unknown evaluator.
    const QJsonValue metadata = root.value(u"metadata"_s);
    if (!metadata.isUndefined() && !metadata.isObject() && !metadata.isNull()) {
        m_warnings.append({u"/metadata"_s, FlagdImport::tr("metadata is %1, not an object: flagd "
                                                           "ignores it, and so does the import")
                                                   .arg(JsonDecoder::typeName(metadata))});
    }
    const QJsonValue evaluators = root.value(u"$evaluators"_s);
    if (evaluators.isObject()) {
        m_evaluators = evaluators.toObject();
    } else if (!evaluators.isUndefined() && !evaluators.isNull()) {
        m_warnings.append({u"/$evaluators"_s,
                           FlagdImport::tr("$evaluators is %1, not an object: ignored (a $ref "
                                           "to it is refused as an unknown evaluator)")
                                   .arg(JsonDecoder::typeName(evaluators))});
    }
    // flagd-core walks the flags with for...in: nothing, null, a number, a boolean, "" and
    // [] hold no flag; a list's items are flags named by their index.
    const QJsonValue flagsValue = root.value(u"flags"_s);
    if (flagsValue.isObject()) {
        const QJsonObject flags = flagsValue.toObject();
        for (auto it = flags.begin(); it != flags.end(); ++it)
            readFlag(it.key(), it.value(), field(u"/flags"_s, it.key()));
    } else if (flagsValue.isArray() && !flagsValue.toArray().isEmpty()) {
        m_warnings.append({u"/flags"_s, FlagdImport::tr("flags is a list, not an object: flagd "
                                                        "names its flags by their position "
                                                        "(\"0\", \"1\", ...), and so does the "
                                                        "import")});
        const QJsonArray flags = flagsValue.toArray();
        for (qsizetype i = 0; i < flags.size(); ++i)
            readFlag(QString::number(i), flags.at(i), at(u"/flags"_s, i));
    } else if (flagsValue.isString() && !flagsValue.toString().isEmpty()) {
        problem(u"/flags"_s, FlagdImport::tr("must be an object, not %1").arg(JsonDecoder::typeName(flagsValue)));
    } else {
        const QString message = flagsValue.isUndefined()
                ? FlagdImport::tr("missing \"flags\": flagd loads no flag, and the import gives "
                                  "an empty workspace")
                : flagsValue.isArray() || flagsValue.isString()
                ? FlagdImport::tr("flags is empty: flagd loads no flag, and the import gives an "
                                  "empty workspace")
                : FlagdImport::tr("flags is %1, which holds no flag for flagd: the import gives "
                                  "an empty workspace")
                          .arg(JsonDecoder::typeName(flagsValue));
        m_warnings.append({u"/flags"_s, message});
    }
    if (!m_problems->isEmpty())
        return std::nullopt;

    Workspace workspace;
    workspace.environments.append({m_environment, m_environment, false, 0});
    for (const FlagDef &def : std::as_const(m_flags))
        workspace.flags.append(def.flag);
    const Problems found = Validator::validate(workspace);
    for (const Problem &p : found)
        problem(sourcePath(p.path), p.message);
    if (!m_problems->isEmpty())
        return std::nullopt;
    return workspace;
}

void Importer::problem(const QString &path, const QString &message)
{
    m_d.problem(path, message);
}

/// Refuses the flag being read: the part at path, and why.
void Importer::refuse(const QString &path, const QString &message)
{
    m_current->failed = true;
    if (path.startsWith(u"/$evaluators"))
        problem(path, FlagdImport::tr("%1 (in flag \"%2\")").arg(message, m_current->flag.key));
    else
        problem(path, message);
}

QString Importer::sourcePath(const QString &workspacePath) const
{
    const QStringList parts = workspacePath.split(u'/');
    bool ok = false;
    if (parts.size() >= 3 && parts.at(1) == u"flags") {
        const qsizetype f = parts.at(2).toLongLong(&ok);
        if (ok && f >= 0 && f < m_flags.size())
            return m_flags.at(f).path;
    }
    return workspacePath;
}

// -----------------------------------------------------------------------------------------
// Flags

/// The flag metadata Pennon's export writes: name, description, owner and tags (joined
/// with commas). Other entries are flagd's or the application's: not kept.
void Importer::readMetadata(const QJsonObject &metadata, const QString &path, Flag *flag)
{
    const auto text = [&](const QString &name, QString *into) {
        const QJsonValue value = metadata.value(name);
        if (value.isUndefined())
            return;
        if (!value.isString()) {
            m_warnings.append({path + u'/' + name,
                               FlagdImport::tr("metadata \"%1\" is not text: not imported").arg(name)});
            return;
        }
        *into = value.toString();
    };
    QString name;
    text(u"name"_s, &name);
    if (!name.trimmed().isEmpty())
        flag->name = name;
    text(u"description"_s, &flag->description);
    text(u"owner"_s, &flag->owner);
    QString tags;
    text(u"tags"_s, &tags);
    for (const QString &tag : tags.split(u',')) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !flag->tags.contains(trimmed))
            flag->tags.append(trimmed);
    }
}

void Importer::readFlag(const QString &key, const QJsonValue &value, const QString &path)
{
    FlagDef def;
    def.path = path;
    def.flag.key = key;
    def.flag.name = key;
    m_current = &def;
    if (!value.isObject()) {
        refuse(path, FlagdImport::tr("must be an object, not %1").arg(JsonDecoder::typeName(value)));
        return;
    }
    const QJsonObject o = value.toObject();
    const QString keyProblem = Validator::keyProblem(key);
    if (!keyProblem.isEmpty())
        refuse(path, FlagdImport::tr("flag key \"%1\": %2").arg(key, keyProblem));

    bool on = true;
    const QJsonValue state = o.value(u"state"_s);
    if (state == QJsonValue(u"ENABLED"_s)) {
        on = true;
    } else if (state == QJsonValue(u"DISABLED"_s)) {
        on = false;
    } else {
        refuse(path + u"/state", state.isUndefined()
                       ? FlagdImport::tr("missing \"state\" (ENABLED or DISABLED)")
                       : FlagdImport::tr("state must be ENABLED or DISABLED, not %1")
                                 .arg(jsonText(state)));
    }
    const QJsonValue metadata = o.value(u"metadata"_s);
    if (!metadata.isUndefined() && !metadata.isObject() && !metadata.isNull()) {
        m_warnings.append({path + u"/metadata", FlagdImport::tr("metadata is %1, not an object: "
                                                                "flagd ignores it, and so does "
                                                                "the import")
                                                        .arg(JsonDecoder::typeName(metadata))});
    } else {
        readMetadata(metadata.toObject(), path + u"/metadata", &def.flag);
    }
    readVariants(o.value(u"variants"_s), path + u"/variants");

    const QJsonValue defaultVariant = o.value(u"defaultVariant"_s);
    if (defaultVariant.isString() && !defaultVariant.toString().isEmpty()) {
        def.defaultVariant = defaultVariant.toString();
        if (def.nullVariants.contains(def.defaultVariant)) {
            refuse(path + u"/defaultVariant", nullServed(def.defaultVariant));
        } else if (!def.flag.variation(def.defaultVariant) && !def.flag.variations.isEmpty()) {
            refuse(path + u"/defaultVariant",
                   FlagdImport::tr("unknown variant \"%1\"").arg(def.defaultVariant));
        }
    } else if (!defaultVariant.isUndefined() && !defaultVariant.isNull() && !defaultVariant.isString()
               && !(defaultVariant.isBool() && !defaultVariant.toBool())
               && !(defaultVariant.isDouble() && defaultVariant.toDouble() == 0)) {
        // A truthy non-string names no variant for flagd-core, which refuses the file.
        refuse(path + u"/defaultVariant",
               FlagdImport::tr("defaultVariant must be the name of a variant, not %1")
                       .arg(JsonDecoder::typeName(defaultVariant)));
    }
    // No defaultVariant (or a falsy one): flagd answers the caller's default value where it
    // would serve it. That is never when the flag is DISABLED (the answer is DISABLED before
    // anything else) or when the targeting always names a variant; there the import takes
    // the first variant as Pennon's off variation. Otherwise it refuses (below).
    const bool noDefaultVariant = def.defaultVariant.isEmpty() && !def.failed;
    if (noDefaultVariant && !def.flag.variations.isEmpty() && !on)
        def.defaultVariant = def.flag.variations.first().key;
    if (def.failed)
        return;

    EnvironmentConfig config;
    config.on = on;
    config.offVariation = def.defaultVariant;
    config.defaultServe.variation = def.defaultVariant;

    const QJsonValue targeting = o.value(u"targeting"_s);
    // flagd-core evaluates targeting only when it is truthy with at least one key.
    const bool hasTargeting = (targeting.isObject() && !targeting.toObject().isEmpty())
            || (targeting.isString() && !targeting.toString().isEmpty())
            || (targeting.isArray() && !targeting.toArray().isEmpty());
    const qsizetype problemsBefore = m_problems->size();
    const qsizetype warningsBefore = m_warnings.size();
    // What Pennon's own export wrote reads back as the rules it was written from.
    std::optional<EnvironmentConfig> exported;
    // Targeting flagd-core cannot parse makes every evaluation that is not DISABLED answer
    // PARSE_ERROR: the flag serves that, and keeps the targeting for the export.
    const QString unparsable = hasTargeting ? unparsableAt(targeting, m_evaluators, path + u"/targeting")
                                            : QString();
    if (hasTargeting && unparsable.isEmpty() && !def.defaultVariant.isEmpty())
        exported = exportedTargeting(targeting, config, path + u"/targeting");
    if (!unparsable.isEmpty()) {
        m_warnings.append({unparsable, FlagdImport::tr("flagd cannot parse the targeting here, so it "
                                                       "answers every evaluation of the flag with an "
                                                       "error (PARSE_ERROR), and so does the import")});
        if (def.defaultVariant.isEmpty() && !def.flag.variations.isEmpty())
            def.defaultVariant = def.flag.variations.first().key;
        config.offVariation = def.defaultVariant;
        config.defaultServe = Serve();
        config.defaultServe.outcome = ServeOutcome::ParseError;
        config.defaultServe.source = jsonText(targeting);
        def.flag.environments.insert(m_environment, config);
        m_flags.append(def);
        return;
    } else if (exported) {
        config = *exported;
    } else if (hasTargeting) {
        serveRules(targeting, path + u"/targeting", -1, Dnf{Conjunction{}});
        if (!def.failed && def.rules.size() > MaxRules) {
            refuse(path + u"/targeting",
                   FlagdImport::tr("the targeting needs more than %1 rules").arg(MaxRules));
        }
    }
    if (def.failed && !on && m_problems->size() > problemsBefore) {
        // flagd-core answers a DISABLED flag before it looks at the targeting, so targeting
        // Pennon cannot read changes no answer: the flag is imported without it.
        const Problem first = m_problems->at(problemsBefore);
        m_problems->resize(problemsBefore);
        m_warnings.resize(warningsBefore);
        def.failed = false;
        def.rules.clear();
        m_warnings.append({path + u"/targeting",
                           FlagdImport::tr("the flag is DISABLED, and flagd never evaluates its "
                                           "targeting, which Pennon cannot read (%1: %2): "
                                           "imported without rules (turned on, it serves the "
                                           "defaultVariant)")
                                   .arg(first.path, first.message)});
    }
    if (def.failed)
        return;
    if (!exported)
        finishRules(&def, &config);
    if (noDefaultVariant) {
        // While the targeting was read the defaultVariant was "" (no variant has that name):
        // wherever it is served flagd answers the caller's default value, reason DEFAULT.
        if (def.flag.variations.isEmpty()) {
            refuse(path + u"/variants", FlagdImport::tr("a flag needs at least one variant that is not null"));
            return;
        }
        const bool noValue = servesNoValue(&config);
        if (on)
            def.defaultVariant = def.flag.variations.first().key;
        config.offVariation = def.defaultVariant;
        m_warnings.append({path + u"/defaultVariant",
                           !on ? FlagdImport::tr("no defaultVariant, but the flag is DISABLED (flagd "
                                                 "answers the caller's default, reason DISABLED): "
                                                 "the import takes \"%1\" as the off variation")
                                         .arg(def.defaultVariant)
                           : noValue ? FlagdImport::tr("no defaultVariant: where the targeting gives "
                                                       "nothing, flagd answers the caller's default "
                                                       "value, and so does the import (no value); it "
                                                       "takes \"%1\" as the off variation")
                                               .arg(def.defaultVariant)
                                     : FlagdImport::tr("no defaultVariant, but the targeting always names a "
                                                       "variant: the import takes \"%1\" as the off "
                                                       "variation")
                                               .arg(def.defaultVariant)});
    }
    for (const QString &name : std::as_const(def.nullVariants)) {
        m_warnings.append({field(path + u"/variants", name),
                           FlagdImport::tr("variant \"%1\" is null and never served: not "
                                           "imported")
                                   .arg(name)});
    }
    def.flag.environments.insert(m_environment, config);
    m_flags.append(def);
}

/// Turns what serves the defaultVariant of a flag without one ("") into no value, and
/// makes the splits that would end the evaluation with the off variation where their
/// attributes are absent (flagd: null, so the caller's default) serve no value there first.
/// Whether anything serves no value.
bool Importer::servesNoValue(EnvironmentConfig *config)
{
    bool any = false;
    const auto convert = [&any](Serve *serve) {
        if (serve->split) {
            for (SplitWeight &w : serve->split->weights) {
                if (w.outcome == ServeOutcome::Variation && w.variation.isEmpty()) {
                    w.outcome = ServeOutcome::NoValue;
                    any = true;
                }
            }
        } else if (serve->outcome == ServeOutcome::Variation && serve->variation.isEmpty()) {
            serve->outcome = ServeOutcome::NoValue;
            any = true;
        }
    };
    QList<Rule> rules;
    const auto guardStop = [&](const QList<Condition> &conditions, const Serve &serve) {
        if (!serve.split || serve.split->stickiness.absence != AbsencePolicy::Stop)
            return;
        Rule guard;
        guard.conditions = conditions;
        for (const QString &attribute : serve.split->stickiness.attributes)
            guard.conditions.append(constraint(attribute, Operator::Absent));
        guard.serve.outcome = ServeOutcome::NoValue;
        rules.append(guard);
        any = true;
    };
    for (Rule rule : std::as_const(config->rules)) {
        convert(&rule.serve);
        guardStop(rule.conditions, rule.serve);
        rules.append(rule);
    }
    convert(&config->defaultServe);
    guardStop({}, config->defaultServe);
    config->rules = rules;
    return any;
}

void Importer::readVariants(const QJsonValue &value, const QString &path)
{
    Flag &flag = m_current->flag;
    QJsonObject variants;
    if (value.isArray() && !value.toArray().isEmpty()) {
        // flagd-core reads the variants with Object.entries: a list's are named by position.
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i)
            variants.insert(QString::number(i), list.at(i));
        m_warnings.append({path, FlagdImport::tr("variants is a list, not an object: flagd names "
                                                 "them by their position (\"0\" to \"%1\"), and "
                                                 "so does the import")
                                         .arg(list.size() - 1)});
    } else if (!value.isObject()) {
        refuse(path, value.isUndefined() ? FlagdImport::tr("missing \"variants\"")
                                         : FlagdImport::tr("must be an object, not %1")
                                                   .arg(JsonDecoder::typeName(value)));
        return;
    } else {
        variants = value.toObject();
    }
    if (variants.isEmpty()) {
        refuse(path, FlagdImport::tr("a flag needs at least one variant"));
        return;
    }
    bool allBool = true;
    bool allString = true;
    bool allNumber = true;
    for (auto it = variants.begin(); it != variants.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull() || v.isUndefined()) {
            // flagd-core loads it; imported only when never served (see nullServed).
            m_current->nullVariants.append(it.key());
            continue;
        }
        allBool = allBool && v.isBool();
        allString = allString && v.isString();
        allNumber = allNumber && v.isDouble();
        flag.variations.append({it.key(), v, QString()});
    }
    if (flag.variations.isEmpty() && !m_current->nullVariants.isEmpty()) {
        refuse(path, FlagdImport::tr("a flag needs at least one variant that is not null"));
        return;
    }
    flag.type = allBool ? FlagType::Boolean
            : allString ? FlagType::String
            : allNumber ? FlagType::Number
                        : FlagType::Json;
}

/// Whether the constraint holds for a context without its attribute.
bool Importer::holdsWhenAbsent(const ConstraintActivation &c)
{
    return operatorInfo(c.op).holdsWhenAbsent != c.negate;
}

/// Drops a PRESENT that another condition on the attribute implies; false when the rule
/// can never match (ABSENT with a condition that needs the attribute).
bool Importer::simplify(Rule *rule)
{
    const auto needs = [rule](const QString &attribute, qsizetype except) {
        for (qsizetype j = 0; j < rule->conditions.size(); ++j) {
            const auto *other = std::get_if<ConstraintActivation>(&rule->conditions.at(j));
            if (j != except && other && other->attribute == attribute && !holdsWhenAbsent(*other)
                && operatorInfo(other->op).takesValues()) {
                return true;
            }
        }
        return false;
    };
    for (qsizetype i = 0; i < rule->conditions.size();) {
        const auto *c = std::get_if<ConstraintActivation>(&rule->conditions.at(i));
        const bool presence = c && !operatorInfo(c->op).takesValues();
        if (presence && needs(c->attribute, i)) {
            if (holdsWhenAbsent(*c))
                return false;
            rule->conditions.removeAt(i);
            continue;
        }
        ++i;
    }
    return true;
}

/// Rules after the last one that always matches and always serves are never reached; such
/// a rule is the default serve. A skip split that ends the rules before a default serve
/// of the off variation is the default serve itself (docs/semantics.md: same outcome).
void Importer::finishRules(FlagDef *def, EnvironmentConfig *config)
{
    QList<Rule> rules;
    bool closed = false;
    for (Rule rule : std::as_const(def->rules)) {
        // A presence guard before a fractional on that attribute: a skip split.
        if (rule.serve.split && rule.serve.split->stickiness.attributes.size() == 1
            && rule.serve.split->stickiness.absence == AbsencePolicy::Empty) {
            const QString attribute = rule.serve.split->stickiness.attributes.first();
            for (qsizetype i = 0; i < rule.conditions.size(); ++i) {
                const auto *c = std::get_if<ConstraintActivation>(&rule.conditions.at(i));
                if (c && c->attribute == attribute && c->op == Operator::Present && !c->negate) {
                    rule.conditions.removeAt(i);
                    rule.serve.split->stickiness.absence = AbsencePolicy::Skip;
                    break;
                }
            }
        }
        if (!simplify(&rule))
            continue;   // never matches
        // Skip splits on one attribute after another, alike otherwise: one split sticky
        // by those attributes, the first present winning (how Pennon's export writes one).
        if (!rules.isEmpty() && rule.serve.split && rules.last().serve.split
            && rule.conditions == rules.last().conditions) {
            Split &previous = *rules.last().serve.split;
            const Split &next = *rule.serve.split;
            if (previous.stickiness.absence == AbsencePolicy::Skip
                && next.stickiness.absence == AbsencePolicy::Skip && previous.weights == next.weights
                && previous.total == next.total && previous.salt == next.salt
                && previous.scheme == next.scheme
                && !previous.stickiness.attributes.contains(next.stickiness.attributes.first())) {
                previous.stickiness.attributes += next.stickiness.attributes;
                continue;
            }
        }
        const bool alwaysServes = !rule.serve.split
                || rule.serve.split->stickiness.absence != AbsencePolicy::Skip;
        if (rule.conditions.isEmpty() && alwaysServes) {
            config->defaultServe = rule.serve;
            closed = true;
            break;
        }
        rules.append(rule);
    }
    if (!closed)
        config->defaultServe.variation = def->defaultVariant;
    if (config->defaultServe.variation == def->defaultVariant && !config->defaultServe.split
        && !rules.isEmpty() && rules.last().conditions.isEmpty()) {
        config->defaultServe = rules.takeLast().serve;
    }
    config->rules = rules;
}

// -----------------------------------------------------------------------------------------
// $ref

/// The expression with a {"$ref": name} replaced by the evaluator, as flagd-core does
/// before parsing. A reference inside an evaluator is refused: whether flagd resolves it
/// depends on the order of the evaluators in the file.
Importer::Node Importer::resolve(const QJsonValue &value, const QString &path, int level)
{
    Node node{value, path, level, true};
    if (!value.isObject())
        return node;
    const QJsonObject o = value.toObject();
    if (o.size() != 1 || !o.contains(u"$ref"_s))
        return node;
    const QJsonValue name = o.value(u"$ref"_s);
    if (!name.isString()) {
        refuse(path + u"/$ref", FlagdImport::tr("must be the name of an evaluator, not %1")
                                        .arg(JsonDecoder::typeName(name)));
        node.ok = false;
        return node;
    }
    if (!m_evaluators.contains(name.toString())) {
        refuse(path + u"/$ref", FlagdImport::tr("unknown evaluator \"%1\"").arg(name.toString()));
        node.ok = false;
        return node;
    }
    if (level >= 0) {
        refuse(path + u"/$ref",
               FlagdImport::tr("a $ref inside an evaluator is not supported: flagd resolves it "
                               "or not depending on the order of $evaluators in the file"));
        node.ok = false;
        return node;
    }
    const QStringList keys = m_evaluators.keys();
    node.value = m_evaluators.value(name.toString());
    node.path = field(u"/$evaluators"_s, name.toString());
    node.level = int(keys.indexOf(name.toString()));
    return node;
}

/// The single operator of an expression object, or empty when it is not one.
QString Importer::operatorOf(const QJsonValue &value)
{
    if (!value.isObject() || value.toObject().size() != 1)
        return QString();
    return value.toObject().begin().key();
}

/// An operator's arguments as a list (a single non-list argument is a list of one).
QJsonArray Importer::argumentsOf(const QJsonValue &expression)
{
    const QJsonValue args = expression.toObject().begin().value();
    return args.isArray() ? args.toArray() : QJsonArray{args};
}

// -----------------------------------------------------------------------------------------
// What a targeting expression serves

void Importer::addRules(const Dnf &prefix, const ServeSpec &spec, const QString &path)
{
    if (spec.emptyKeyGuard) {
        // flagd-core stops at an empty targetingKey as at an absent one.
        ConstraintActivation empty = constraint(u"targetingKey"_s, Operator::Regex, {u"\\A\\z"_s});
        for (const Conjunction &c : prefix) {
            if (const std::optional<Conjunction> guarded = conjoin(c, {empty})) {
                Rule rule;
                for (const ConstraintActivation &a : *guarded)
                    rule.conditions.append(a);
                rule.serve.variation = m_current->defaultVariant;
                m_current->rules.append(rule);
            }
        }
    }
    if (spec.absent) {
        // cat hashes an absent attribute as "null": one bucket, known now.
        const ConstraintActivation absent =
                constraint(spec.split->stickiness.attributes.first(), Operator::Absent);
        for (const Conjunction &c : prefix) {
            if (const std::optional<Conjunction> guarded = conjoin(c, {absent})) {
                Rule rule;
                for (const ConstraintActivation &a : *guarded)
                    rule.conditions.append(a);
                spec.absent->applyTo(&rule.serve);
                m_current->rules.append(rule);
            }
        }
    }
    for (const Conjunction &c : prefix) {
        Rule rule;
        for (const ConstraintActivation &a : c)
            rule.conditions.append(a);
        spec.applyTo(&rule.serve);
        m_current->rules.append(rule);
    }
    if (m_current->rules.size() > MaxRules && !m_current->failed)
        refuse(path, FlagdImport::tr("the targeting needs more than %1 rules").arg(MaxRules));
}

/// The variant a literal result names (flagd-core takes its toString()).
std::optional<ServeSpec> Importer::variantOf(const QJsonValue &value, const QString &path)
{
    if (value.isNull())
        return ServeSpec::of(m_current->defaultVariant);
    if (!value.isString() && !value.isDouble() && !value.isBool()) {
        refuse(path, FlagdImport::tr("targeting must give a variant name, not %1")
                             .arg(JsonDecoder::typeName(value)));
        return std::nullopt;
    }
    const QString name = scalarText(value);
    if (m_current->nullVariants.contains(name)) {
        refuse(path, nullServed(name));
        return std::nullopt;
    }
    if (!m_current->flag.variation(name)) {
        m_warnings.append({path, FlagdImport::tr("unknown variant \"%1\": flagd answers an error "
                                                 "(GENERAL) here, and so does the import")
                                         .arg(name)});
        ServeSpec error;
        error.outcome = ServeOutcome::Error;
        error.source = name;
        return error;
    }
    return ServeSpec::of(name);
}

/// Why a null variant that can be served is refused.
QString Importer::nullServed(const QString &name)
{
    return FlagdImport::tr("variant \"%1\" is null: flagd answers an error where it is served, "
                           "which Pennon cannot (a variant that is never served is left out)")
            .arg(name);
}

void Importer::serveRules(const QJsonValue &expression, const QString &expressionPath, int level,
                          const Dnf &prefix)
{
    if (m_current->failed || prefix.isEmpty())
        return;
    const Node node = resolve(expression, expressionPath, level);
    if (!node.ok)
        return;
    const QJsonValue &value = node.value;
    const QString &path = node.path;
    if (!value.isObject()) {
        if (value.isArray()) {
            refuse(path, FlagdImport::tr("targeting must give a variant name, not a list"));
            return;
        }
        if (const std::optional<ServeSpec> variant = variantOf(value, path))
            addRules(prefix, *variant, path);
        return;
    }
    const QString op = operatorOf(value);
    if (op.isEmpty()) {
        refuse(path, FlagdImport::tr("an expression has exactly one operator"));
        return;
    }
    const QString opPath = field(path, op);
    if (op == u"if") {
        const QJsonArray args = argumentsOf(value);
        // json-logic-engine compiles an `if` of three or more arguments; a shorter one,
        // and all below it, runs in its interpreter (which differs in `cat`).
        const bool wasInterpreted = m_interpreted;
        m_interpreted = m_interpreted || args.size() < 3;
        const auto restore = qScopeGuard([this, wasInterpreted] { m_interpreted = wasInterpreted; });
        if (args.isEmpty()) {
            // The interpreter gives null: the defaultVariant.
            m_warnings.append({opPath, FlagdImport::tr("an \"if\" without arguments gives null: "
                                                       "the defaultVariant is served")});
            addRules(prefix, ServeSpec::of(m_current->defaultVariant), opPath);
            return;
        }
        if (args.size() == 1) {
            // The interpreter gives its one argument, served as a result.
            m_warnings.append({opPath, FlagdImport::tr("an \"if\" with one argument gives that "
                                                       "argument: it is served as the result")});
            serveRules(args.at(0), at(opPath, 0), node.level, prefix);
            return;
        }
        qsizetype i = 0;
        for (; i + 1 < args.size(); i += 2) {
            const std::optional<Formula> condition = readCondition(args.at(i), at(opPath, i), node.level);
            if (!condition)
                return;
            const std::optional<Dnf> dnf = toDnf(*condition);
            const std::optional<Dnf> branch = dnf ? product(prefix, *dnf) : std::nullopt;
            if (!branch) {
                refuse(at(opPath, i), FlagdImport::tr("the condition needs more than %1 rules")
                                              .arg(MaxRules));
                return;
            }
            serveRules(args.at(i + 1), at(opPath, i + 1), node.level, *branch);
            if (m_current->failed)
                return;
        }
        if (i < args.size()) {
            serveRules(args.at(i), at(opPath, i), node.level, prefix);
        } else {
            // No final else: flagd-core falls back to the defaultVariant.
            addRules(prefix, ServeSpec::of(m_current->defaultVariant), opPath);
        }
        return;
    }
    if (op == u"fractional") {
        if (const std::optional<ServeSpec> spec = readFractional(value, opPath, node.level))
            addRules(prefix, *spec, opPath);
        return;
    }
    if (alwaysBoolean(value, node.level)) {
        // A condition as the result: true or false names the variant.
        const Flag &flag = m_current->flag;
        if (!flag.variation(u"true"_s) || !flag.variation(u"false"_s)) {
            refuse(path, FlagdImport::tr("targeting gives true or false here, which name no "
                                         "variants of this flag: flagd answers an error"));
            return;
        }
        const std::optional<Formula> condition = readCondition(value, path, node.level);
        if (!condition)
            return;
        const std::optional<Dnf> dnf = toDnf(*condition);
        const std::optional<Dnf> branch = dnf ? product(prefix, *dnf) : std::nullopt;
        if (!branch) {
            refuse(path, FlagdImport::tr("the condition needs more than %1 rules").arg(MaxRules));
            return;
        }
        addRules(*branch, ServeSpec::of(u"true"_s), path);
        addRules(prefix, ServeSpec::of(u"false"_s), path);
        return;
    }
    if (op == u"var") {
        serveNamedByContext(value, path, node.level, prefix);
        return;
    }
    if (op == u"cat") {
        refuse(opPath, FlagdImport::tr("a variant chosen by the context (\"%1\") cannot be "
                                       "expressed: Pennon serves variations the rules name")
                               .arg(op));
        return;
    }
    refuse(opPath, unsupported(op));
}

/// A variant chosen by the context ({"var": "plan"} as a result): flagd-core takes the
/// attribute's String(value) as the variant's name, an absent one gives null (var's default
/// where it has one). As rules: one per variant testing the attribute's text, then the
/// attribute present but naming no variant (GENERAL), then absent.
void Importer::serveNamedByContext(const QJsonValue &expression, const QString &path, int level,
                                   const Dnf &prefix)
{
    const std::optional<Operand> operand = readOperand(expression, path, level);
    if (!operand)
        return;
    if (!operand->isAttribute) {
        // {"var": "$flagd.flagKey"}: the flag's key names the variant.
        if (const std::optional<ServeSpec> variant = variantOf(operand->literal, path))
            addRules(prefix, *variant, path);
        return;
    }
    if (!m_current->nullVariants.isEmpty()) {
        refuse(path, nullServed(m_current->nullVariants.first()));
        return;
    }
    const QString &attribute = operand->attribute;
    const auto branch = [&](const Formula &condition) -> std::optional<Dnf> {
        const std::optional<Dnf> dnf = toDnf(condition);
        std::optional<Dnf> joined = dnf ? product(prefix, *dnf) : std::nullopt;
        if (!joined)
            refuse(path, FlagdImport::tr("the condition needs more than %1 rules").arg(MaxRules));
        return joined;
    };
    for (const Variation &variation : std::as_const(m_current->flag.variations)) {
        const std::optional<Dnf> named = branch(textEquals(attribute, variation.key));
        if (!named)
            return;
        addRules(*named, ServeSpec::of(variation.key), path);
    }
    const std::optional<Dnf> present = branch(atom(attribute, Operator::Present));
    if (!present)
        return;
    ServeSpec error;
    error.outcome = ServeOutcome::Error;
    error.source = u"{\"var\": \""_s + attribute + u"\"}"_s;
    addRules(*present, error, path);
    if (operand->fallback.isNull()) {
        addRules(prefix, ServeSpec::of(m_current->defaultVariant), path);
    } else if (const std::optional<ServeSpec> fallback = variantOf(operand->fallback, operand->fallbackPath)) {
        addRules(prefix, *fallback, path);
    }
    m_warnings.append({field(path, u"var"_s),
                       FlagdImport::tr("the variant is named by the attribute \"%1\": one rule per "
                                       "variant, and an error (GENERAL) where it names none, as flagd "
                                       "answers (a list attribute is compared as its items, flagd "
                                       "joins them with commas)")
                               .arg(attribute)});
}

QString Importer::unsupported(const QString &op) const
{
    static const QStringList known = {
        u"if"_s, u"and"_s, u"or"_s, u"!"_s, u"!!"_s, u"=="_s, u"!="_s, u"==="_s, u"!=="_s,
        u"<"_s, u"<="_s, u">"_s, u">="_s, u"in"_s, u"starts_with"_s, u"ends_with"_s,
        u"sem_ver"_s, u"var"_s, u"cat"_s, u"fractional"_s,
    };
    if (known.contains(op))
        return FlagdImport::tr("\"%1\" cannot be used here").arg(op);
    return FlagdImport::tr("operator \"%1\" is not supported").arg(op);
}

/// Whether the expression gives true or false for every context (comparisons and the
/// logic over them), so that as a result it names the variant "true" or "false".
bool Importer::alwaysBoolean(const QJsonValue &expression, int level)
{
    static const QStringList comparisons = {
        u"=="_s, u"!="_s, u"==="_s, u"!=="_s, u"<"_s, u"<="_s, u">"_s, u">="_s, u"in"_s,
        u"!"_s, u"!!"_s,
    };
    const QString op = operatorOf(expression);
    if (op == u"$ref" && level < 0) {
        const QJsonValue name = expression.toObject().value(op);
        if (name.isString() && m_evaluators.contains(name.toString()))
            return alwaysBoolean(m_evaluators.value(name.toString()), 0);
        return false;
    }
    if (comparisons.contains(op))
        return true;
    if (op == u"and" || op == u"or") {
        const QJsonArray args = argumentsOf(expression);
        for (const QJsonValue &arg : args) {
            if (arg.isBool())
                continue;
            if (!alwaysBoolean(arg, level))
                return false;
        }
        return !args.isEmpty();
    }
    return false;
}

// -----------------------------------------------------------------------------------------
// fractional

std::optional<ServeSpec> Importer::readFractional(const QJsonValue &expression, const QString &path, int level)
{
    const QJsonValue argsValue = expression.toObject().value(u"fractional"_s);
    // flagd-core's fractional gives null for every context when its arguments are malformed,
    // and null serves the defaultVariant: so does the import (with a warning).
    const auto broken = [&](const QString &where, const QString &why) {
        m_warnings.append({where, FlagdImport::tr("%1: flagd's fractional gives null for every "
                                                  "context, so the defaultVariant is served here")
                                          .arg(why)});
        return std::optional<ServeSpec>(ServeSpec::of(m_current->defaultVariant));
    };
    if (argsValue.isObject()) {
        refuse(path, FlagdImport::tr("\"fractional\" needs a list of [variant, weight] buckets"));
        return std::nullopt;
    }
    if (!argsValue.isArray()) {
        return broken(path, FlagdImport::tr("\"fractional\" needs a list of [variant, weight] "
                                            "buckets, not %1")
                                    .arg(JsonDecoder::typeName(argsValue)));
    }
    const QJsonArray args = argsValue.toArray();
    if (args.isEmpty())
        return broken(path, FlagdImport::tr("\"fractional\" needs at least one bucket"));
    ServeSpec spec;
    Split split;
    split.scheme = BucketingScheme::Flagd;
    qsizetype first = 0;
    std::optional<QString> constantKey;   // a bucketing expression without an attribute
    std::optional<QString> absentKey;     // the string hashed when the attribute is absent
    Node head = resolve(args.at(0), at(path, 0), level);
    if (!head.ok)
        return std::nullopt;
    bool headFolded = false;   // the head was an "if": its literal conditions are read
    while (operatorOf(head.value) == u"if") {
        headFolded = true;
        // An "if" whose conditions are the same for every context: flagd-core evaluates it
        // before it buckets, so the import takes the branch it picks.
        const QString ifPath = field(head.path, u"if"_s);
        const QJsonArray branches = argumentsOf(head.value);
        if (branches.size() < 3 || branches.size() % 2 == 0) {
            refuse(ifPath, FlagdImport::tr("a bucketing expression must be a \"cat\" of a salt and "
                                           "one \"var\""));
            return std::nullopt;
        }
        qsizetype chosen = branches.size() - 1;
        for (qsizetype i = 0; i + 1 < branches.size(); i += 2) {
            const std::optional<Formula> condition = readCondition(branches.at(i), at(ifPath, i), head.level);
            if (!condition)
                return std::nullopt;
            if (condition->kind != Formula::Kind::Const) {
                refuse(at(ifPath, i), FlagdImport::tr("an \"if\" as a bucketing expression is "
                                                      "supported when its conditions are the same "
                                                      "for every context"));
                return std::nullopt;
            }
            if (condition->value) {
                chosen = i + 1;
                break;
            }
        }
        m_warnings.append({ifPath, FlagdImport::tr("an \"if\" as a bucketing expression whose "
                                                   "conditions are the same for every context: "
                                                   "flagd buckets by its argument %1, and so does "
                                                   "the import")
                                           .arg(chosen)});
        head = resolve(branches.at(chosen), at(ifPath, chosen), head.level);
        if (!head.ok)
            return std::nullopt;
        if (head.value.isArray()) {
            refuse(head.path, FlagdImport::tr("a bucketing expression must be a \"cat\" of a salt "
                                              "and one \"var\""));
            return std::nullopt;
        }
    }
    if (!head.value.isArray())
        first = 1;

    // The buckets as flagd-core's toBucketingList checks them: a malformed literal part
    // makes it throw, and fractional gives null. (An expression in a bucket is evaluated
    // before; such a bucket is read below.)
    std::optional<std::pair<QString, QString>> malformed;   // where, why
    if (!head.value.isString() && !head.value.isObject() && !head.value.isArray()) {
        // Not a bucketing string: flagd-core takes it as the first bucket.
        malformed = {head.path, FlagdImport::tr("a bucketing expression must be a \"cat\" or a "
                                                "bucket, not %1")
                                        .arg(JsonDecoder::typeName(head.value))};
    } else if (first >= args.size()) {
        malformed = {path, FlagdImport::tr("\"fractional\" needs at least one bucket")};
    }
    for (qsizetype i = first; i < args.size() && !malformed; ++i) {
        const QString bucketPath = at(path, i);
        const QJsonValue bucket = args.at(i);
        if (bucket.isObject())
            continue;
        const QJsonArray entry = bucket.toArray();
        if (!bucket.isArray() || entry.isEmpty() || entry.size() > 2) {
            malformed = {bucketPath, FlagdImport::tr("a bucket must be [variant, weight] or [variant]")};
        } else if (entry.at(0).isArray()) {
            malformed = {at(bucketPath, 0), FlagdImport::tr("a bucket's variant must be a string, "
                                                            "number, boolean or null, not a list")};
        } else if (entry.size() == 2 && !entry.at(1).isObject()) {
            const double w = entry.at(1).toDouble();
            if (!entry.at(1).isDouble() || !std::isfinite(w) || std::floor(w) != w)
                malformed = {at(bucketPath, 1), FlagdImport::tr("a weight must be a whole number")};
        }
    }
    if (malformed) {
        if (std::all_of(args.begin() + (headFolded ? 1 : 0), args.end(),
                        [](const QJsonValue &arg) { return isInert(arg); })
            && (!headFolded || isInert(head.value))) {
            return broken(malformed->first, malformed->second);
        }
        refuse(malformed->first, malformed->second);
        return std::nullopt;
    }

    if (head.value.isString()) {
        constantKey = head.value.toString();
    } else if (head.value.isObject()) {
        const QString op = operatorOf(head.value);
        if (op == u"var") {
            refuse(head.path, FlagdImport::tr("a bucketing expression of a bare \"var\" hashes "
                                              "the value without a salt, which Pennon cannot "
                                              "(an empty salt means the flag key); use "
                                              "{\"cat\": [salt, {\"var\": ...}]}"));
            return std::nullopt;
        }
        if (op != u"cat") {
            refuse(field(head.path, op), FlagdImport::tr("a bucketing expression must be a "
                                                         "\"cat\" of a salt and one \"var\""));
            return std::nullopt;
        }
        const QJsonArray pieces = argumentsOf(head.value);
        QString salt;
        QString attribute;
        QJsonValue fallback;
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QString piecePath = at(field(head.path, u"cat"_s), i);
            const std::optional<Operand> piece = readOperand(pieces.at(i), piecePath, head.level);
            if (!piece)
                return std::nullopt;
            if (!piece->isAttribute) {
                if (piece->literal.isArray() && attribute.isEmpty()) {
                    // JavaScript's "+" joins the items with ",", null as "".
                    QStringList items;
                    for (const QJsonValue &item : piece->literal.toArray())
                        items.append(scalarText(item));
                    const QString text = items.join(u',');
                    m_warnings.append({piecePath, FlagdImport::tr("a list in a bucketing expression: "
                                                                  "flagd joins its items to \"%1\", "
                                                                  "and so does the import")
                                                          .arg(text)});
                    salt += text;
                    continue;
                }
                if (!isScalar(piece->literal)) {
                    refuse(piecePath, FlagdImport::tr("a bucketing expression's parts must be "
                                                      "strings, numbers or attributes"));
                    return std::nullopt;
                }
                if (!attribute.isEmpty()) {
                    refuse(piecePath, FlagdImport::tr("text after the attribute in a bucketing "
                                                      "expression cannot be expressed: Pennon "
                                                      "hashes salt + value"));
                    return std::nullopt;
                }
                salt += catText(piece->literal, m_interpreted);
                continue;
            }
            if (!attribute.isEmpty()) {
                refuse(piecePath, FlagdImport::tr("a bucketing expression with more than one "
                                                  "attribute cannot be expressed"));
                return std::nullopt;
            }
            if (listDefaultRefused(*piece))
                return std::nullopt;
            attribute = piece->attribute;
            fallback = piece->fallback;
        }
        if (attribute.isEmpty()) {
            constantKey = salt;
        } else {
            if (salt.isEmpty()) {
                refuse(head.path, FlagdImport::tr("a bucketing expression without a salt "
                                                  "cannot be expressed: Pennon's empty salt "
                                                  "means the flag key"));
                return std::nullopt;
            }
            split.salt = salt == m_current->flag.key ? QString() : salt;
            split.stickiness.attributes = {attribute};
            split.stickiness.absence = AbsencePolicy::Empty;
            // What cat makes of an absent attribute: var's default, or "null".
            // Otherwise the split's policy empty hashes what flagd does (salt + "").
            if (const QString absentText = catText(fallback, m_interpreted); !absentText.isEmpty())
                absentKey = salt + absentText;
        }
    } else {
        // No bucketing expression: flag key + targetingKey; without one flagd-core
        // returns null, so the whole targeting falls back to the defaultVariant.
        split.stickiness.attributes = {u"targetingKey"_s};
        split.stickiness.absence = AbsencePolicy::Stop;
        spec.emptyKeyGuard = true;
    }

    qint64 total = 0;
    for (qsizetype i = first; i < args.size(); ++i) {
        const QString bucketPath = at(path, i);
        const QJsonValue bucket = args.at(i);
        if (!bucket.isArray() || bucket.toArray().isEmpty() || bucket.toArray().size() > 2) {
            refuse(bucketPath, FlagdImport::tr("a bucket must be [variant, weight] or [variant]"));
            return std::nullopt;
        }
        const QJsonArray entry = bucket.toArray();
        const std::optional<ServeSpec> variant = variantOf(entry.at(0), at(bucketPath, 0));
        if (!variant)
            return std::nullopt;
        const auto same = [&variant](const SplitWeight &w) {
            return w.outcome == variant->outcome && w.variation == variant->variation && w.source == variant->source;
        };
        qint64 weight = 1;
        if (entry.size() == 2) {
            const QJsonValue w = entry.at(1);
            if (!w.isDouble()) {
                refuse(at(bucketPath, 1), FlagdImport::tr("a weight must be a whole number"));
                return std::nullopt;
            }
            // flagd-core counts a negative weight as 0; any weight above the largest total
            // makes the total too large.
            const double d = w.toDouble();
            weight = d <= 0 ? 0 : d > double(MaxSplitTotal) ? MaxSplitTotal + 1 : qint64(d);
        }
        if (!split.weights.isEmpty() && same(split.weights.last())) {
            split.weights.last().weight += weight;   // adjacent: the same buckets
        } else {
            for (const SplitWeight &w : std::as_const(split.weights)) {
                if (same(w) && variant->outcome == ServeOutcome::Variation && !variant->variation.isEmpty()) {
                    refuse(bucketPath, FlagdImport::tr("variant \"%1\" has two separate buckets, "
                                                       "which a Pennon split cannot express")
                                               .arg(variant->variation));
                    return std::nullopt;
                }
            }
            split.weights.append(variant->bucket(weight));
        }
        total += weight;
        if (total > MaxSplitTotal)
            break;
    }
    if (total <= 0 || total > MaxSplitTotal) {
        // flagd-core gives null: the defaultVariant.
        m_warnings.append({path, FlagdImport::tr("the weights sum to %1, outside 1..%2: flagd "
                                                 "serves the defaultVariant here, and so does "
                                                 "the import")
                                         .arg(total).arg(MaxSplitTotal)});
        return ServeSpec::of(m_current->defaultVariant);
    }
    split.total = total;
    if (constantKey)
        return constantVariation(split, *constantKey);
    if (absentKey)
        spec.absent = std::make_shared<const ServeSpec>(constantVariation(split, *absentKey));
    spec.split = split;
    return spec;
}

/// The variation a fractional serves when it hashes this string (the same for every
/// context): one bucket, known now.
ServeSpec Importer::constantVariation(const Split &split, const QString &key) const
{
    // The key is all that is hashed (its salt is part of it): flagd's bucket and walk, from
    // Bucketing, the engine's own.
    const qint64 bucket = Bucketing::splitBucket(BucketingScheme::Flagd, {}, key.toUtf8(), split.total);
    QList<qint64> weights;
    for (const SplitWeight &w : split.weights)
        weights.append(w.weight);
    const qsizetype index = Bucketing::flagdVariationIndex(bucket, weights);
    if (index >= 0) {
        const SplitWeight &w = split.weights.at(index);
        ServeSpec spec = ServeSpec::of(w.variation);
        spec.outcome = w.outcome;
        spec.source = w.source;
        return spec;
    }
    return ServeSpec::of(m_current->defaultVariant);
}

} // namespace Pennon::FlagdImportDetail

namespace Pennon {

using FlagdImportDetail::Importer;

std::optional<Workspace> FlagdImport::read(const QByteArray &bytes, const QString &environment,
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
