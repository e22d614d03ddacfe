// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagdexport.h"
#include "flagdimporter_p.h"

#include "engine/bucketing.h"

#include "json/jsonwriter.h"
#include "values/instant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 GateTotal = 10000;  // a flagd percentage gate is a split in hundredths of a percent
constexpr int MaxNesting = 32;       // as the engine: segments nested deeper are broken

// JsonLogic building blocks. Every expression is written so that flagd-core's JsonLogic engine
// (json-logic-engine, compiled mode) neither throws nor coerces where Pennon does not.

QJsonObject op(const QString &name, const QJsonArray &arguments)
{
    return QJsonObject{{name, arguments}};
}

QJsonObject var(const QString &attribute) { return QJsonObject{{u"var"_s, attribute}}; }

/// Presence as Pennon means it: in the context and not null. Strict `!==`: the loose `!=`
/// coerces, so `0 != null` and `false != null` are false in json-logic-engine, and a list
/// makes it throw.
QJsonObject present(const QString &attribute)
{
    return op(u"!=="_s, {var(attribute), QJsonValue::Null});
}

QJsonObject absent(const QString &attribute)
{
    return op(u"==="_s, {var(attribute), QJsonValue::Null});
}

QJsonValue allOf(const QJsonArray &items)
{
    if (items.isEmpty())
        return true;
    if (items.size() == 1)
        return items.first();
    return op(u"and"_s, items);
}

QJsonValue anyOf(const QJsonArray &items)
{
    if (items.isEmpty())
        return false;
    if (items.size() == 1)
        return items.first();
    return op(u"or"_s, items);
}

QJsonObject negation(const QJsonValue &item) { return op(u"!"_s, {item}); }

/// The value as text, as Pennon compares it: a number in its shortest form, true/false. Only
/// for scalars: `cat` would join a list with commas, and turns null into "null".
QJsonObject text(const QString &attribute) { return op(u"cat"_s, {var(attribute)}); }

/// Not a list: `merge` wraps a scalar in a list that contains it, and leaves a list as it is,
/// which does not contain itself.
QJsonObject isScalar(const QString &attribute)
{
    return op(u"in"_s, {var(attribute), op(u"merge"_s, {var(attribute)})});
}

QJsonObject isString(const QString &attribute)
{
    return op(u"==="_s, {text(attribute), var(attribute)});
}

QJsonObject isBoolean(const QString &attribute)
{
    return op(u"==="_s, {op(u"!!"_s, {var(attribute)}), var(attribute)});
}

/// A JSON number: present, not a list, not a string, not a boolean. JsonLogic's comparisons
/// throw on anything that does not convert to a number and treat null as 0.
QJsonValue isNumber(const QString &attribute)
{
    return allOf({present(attribute), isScalar(attribute), negation(isString(attribute)),
                  negation(isBoolean(attribute))});
}

QJsonArray stringArray(const QStringList &values)
{
    QJsonArray array;
    for (const QString &value : values)
        array.append(value);
    return array;
}

/// Pennon's IN (and user lists): a scalar's text is one of the values, or a list has an item
/// that is. `in` on a list is strict (Array.prototype.includes), so the text form is needed.
QJsonValue inSet(const QString &attribute, const QStringList &values)
{
    const QJsonArray set = stringArray(values);
    return allOf({present(attribute),
                  op(u"if"_s, {isScalar(attribute), op(u"in"_s, {text(attribute), set}),
                               op(u"some"_s, {var(attribute), op(u"in"_s, {var(QString()), set})})})});
}

/// A REGEX that only matches fixed text, as the flagd import writes them for tests that IN and
/// STR_* cannot hold (Pennon trims their values): `\A` and `\z` anchors around one literal or
/// a group of alternatives, each written as QRegularExpression::escape does.
struct LiteralRegex {
    bool start = false;
    bool end = false;
    QStringList alternatives;
};

/// Reads escaped literal text up to a `|` or `)` (not consumed); nullopt for anything that is
/// not plain text.
std::optional<QString> literalText(const QString &pattern, qsizetype *at)
{
    QString text;
    qsizetype i = *at;
    while (i < pattern.size()) {
        const QChar c = pattern.at(i);
        if (c == u'|' || c == u')')
            break;
        if (c == u'\\') {
            if (i + 1 >= pattern.size())
                return std::nullopt;
            const QChar next = pattern.at(i + 1);
            if (next == u'0')
                text.append(QChar(0));
            else if (next.isLetterOrNumber() && next.unicode() < 0x80)
                return std::nullopt; // a class or an anchor such as \d or \b
            else
                text.append(next);
            i += 2;
            continue;
        }
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return std::nullopt;
        text.append(c);
        ++i;
    }
    *at = i;
    return text;
}

std::optional<LiteralRegex> literalRegex(QString pattern)
{
    LiteralRegex literal;
    if (pattern.startsWith(u"\\A"_s)) {
        literal.start = true;
        pattern.remove(0, 2);
    }
    if (pattern.endsWith(u"\\z"_s) && !pattern.endsWith(u"\\\\z"_s)) {
        literal.end = true;
        pattern.chop(2);
    }
    qsizetype at = 0;
    if (pattern.startsWith(u"(?:"_s) && pattern.endsWith(u')')) {
        const QString body = pattern.mid(3, pattern.size() - 4);
        qsizetype i = 0;
        while (true) {
            const std::optional<QString> text = literalText(body, &i);
            if (!text)
                return std::nullopt;
            literal.alternatives.append(*text);
            if (i >= body.size())
                break;
            if (body.at(i) != u'|')
                return std::nullopt;
            ++i;
        }
        return literal;
    }
    const std::optional<QString> text = literalText(pattern, &at);
    if (!text || at != pattern.size())
        return std::nullopt;
    literal.alternatives.append(*text);
    return literal;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

class Exporter final
{
public:
    Exporter(const Workspace &workspace, const Flag &flag) : m_workspace(workspace), m_flag(flag) {}

    QStringList reasons;
    QStringList numericOperators;  ///< NUM_* operators used, for the warning
    bool usesSemver = false;       ///< SEMVER_* used, for the warning

    /// Whether the configuration serves no value somewhere: then the flag has no
    /// defaultVariant, so that null answers nothing (flagd: the caller's default, DEFAULT).
    static bool servesNoValue(const EnvironmentConfig &config)
    {
        return config.defaultServe.gives(ServeOutcome::NoValue)
            || std::any_of(config.rules.begin(), config.rules.end(), [](const Rule &r) {
                   return !r.disabled && r.serve.gives(ServeOutcome::NoValue);
               });
    }

    /// The targeting of an environment that is on.
    QJsonValue targeting(const EnvironmentConfig &config)
    {
        // Where the evaluation ends with the off variation: null, which flagd answers with the
        // defaultVariant, unless there is none; then the off variation by name.
        m_offResult = servesNoValue(config) ? QJsonValue(config.offVariation) : QJsonValue(QJsonValue::Null);
        // flagd has no disabled rule: one is left out, as evaluation skips it.
        const bool anyEnabled = std::any_of(config.rules.begin(), config.rules.end(),
                                            [](const Rule &r) { return !r.disabled; });
        for (qsizetype r = 0; r < config.rules.size(); ++r) {
            if (!config.rules.at(r).disabled && config.rules.at(r).serve.gives(ServeOutcome::ParseError)) {
                m_place = FlagdExport::tr("rule %1").arg(r + 1);
                refuse(FlagdExport::tr("serves PARSE_ERROR in a rule: flagd answers it for every context or none"));
                return QJsonValue();
            }
        }
        if (config.defaultServe.split && config.defaultServe.gives(ServeOutcome::ParseError)) {
            m_place = FlagdExport::tr("default serve");
            refuse(FlagdExport::tr("serves PARSE_ERROR in a split: flagd answers it for every context or none"));
            return QJsonValue();
        }
        QJsonArray chain;
        for (qsizetype r = 0; r < config.rules.size(); ++r) {
            const Rule &rule = config.rules.at(r);
            if (rule.disabled)
                continue;
            m_place = FlagdExport::tr("rule %1").arg(r + 1);
            QList<Condition> conditions;
            if (!flatten(rule.conditions, &conditions, 0))
                continue;
            QJsonArray expressions;
            for (const Condition &condition : conditions) {
                // A gate with the stop policy ends the evaluation when the conditions before it
                // held and it has none of its attributes: the whole targeting answers null,
                // which flagd turns into defaultVariant (the off variation), reason DEFAULT.
                if (const auto *gate = std::get_if<PercentageActivation>(&condition);
                    gate && gate->stickiness.absence == AbsencePolicy::Stop) {
                    QJsonArray stopTest = expressions;
                    for (const QString &attribute : gate->stickiness.attributes)
                        stopTest.append(absent(attribute));
                    chain.append(allOf(stopTest));
                    chain.append(m_offResult);
                }
                expressions.append(expression(condition));
            }
            QJsonValue served;
            if (rule.serve.isSplit()) {
                const Split &split = *rule.serve.split;
                if (!checkSplit(split))
                    continue;
                if (split.stickiness.absence == AbsencePolicy::Stop) {
                    QJsonArray stopTest = expressions;
                    for (const QString &attribute : split.stickiness.attributes)
                        stopTest.append(absent(attribute));
                    chain.append(allOf(stopTest));
                    chain.append(m_offResult);
                }
                if (split.stickiness.absence != AbsencePolicy::Empty) {
                    // skip: a rule whose split finds no attribute does not match.
                    QJsonArray any;
                    for (const QString &attribute : split.stickiness.attributes)
                        any.append(present(attribute));
                    expressions.append(anyOf(any));
                }
                served = splitExpression(split, false);
            } else {
                served = result(rule.serve.outcome, rule.serve.variation, rule.serve.source);
            }
            chain.append(allOf(expressions));
            chain.append(served);
        }
        m_place = FlagdExport::tr("default serve");
        QJsonValue fallback;
        if (config.defaultServe.isSplit()) {
            if (!checkSplit(*config.defaultServe.split))
                return QJsonValue();
            fallback = splitExpression(*config.defaultServe.split, true);
        } else if (config.defaultServe.outcome == ServeOutcome::ParseError) {
            // flagd answers PARSE_ERROR for the whole flag when it cannot parse its targeting:
            // the same only when nothing comes before it.
            if (anyEnabled) {
                refuse(FlagdExport::tr("serves PARSE_ERROR after rules: flagd answers it for every context or none"));
                return QJsonValue();
            }
            return unparsable(config.defaultServe.source);
        } else {
            fallback = result(config.defaultServe.outcome, config.defaultServe.variation, config.defaultServe.source);
        }
        if (chain.isEmpty()) {
            if (fallback.isObject())
                return fallback;
            return op(u"if"_s, {true, fallback});
        }
        chain.append(fallback);
        return op(u"if"_s, chain);
    }

private:
    const Workspace &m_workspace;
    const Flag &m_flag;
    QString m_place;
    QJsonValue m_offResult;

    /// What targeting answers for a serve's outcome: the variation's key; null for no value
    /// (the flag then has no defaultVariant); for an error, a name that is no variant (the
    /// one the source had, or "": a variant key is never empty), which flagd answers GENERAL.
    QJsonValue result(ServeOutcome outcome, const QString &variation, const QString &source) const
    {
        switch (outcome) {
        case ServeOutcome::Variation: return variation;
        case ServeOutcome::NoValue: return QJsonValue::Null;
        case ServeOutcome::Error:
        case ServeOutcome::ParseError: break;
        }
        return source.isEmpty() || m_flag.variation(source) ? QString() : source;
    }

    /// Targeting flagd cannot parse: what the source had when it is an expression, else an
    /// operator flagd does not know.
    static QJsonValue unparsable(const QString &source)
    {
        const QJsonDocument document = QJsonDocument::fromJson(source.toUtf8());
        if (document.isObject() && !FlagdImportDetail::unparsableAt(document.object(), {}, {}).isEmpty())
            return document.object();
        return op(u"unparsable"_s, {source});
    }
    QString m_condition;

    void refuse(const QString &reason)
    {
        const QString where = m_condition.isEmpty() ? m_place : m_place + u", "_s + m_condition;
        reasons.append(where + u": "_s + reason);
    }

    /// The conditions with segments and library references replaced by what they stand for.
    bool flatten(const QList<Condition> &conditions, QList<Condition> *out, int depth)
    {
        if (depth > MaxNesting) {
            refuse(FlagdExport::tr("segments nested deeper than %1 levels").arg(MaxNesting));
            return false;
        }
        bool ok = true;
        for (qsizetype c = 0; c < conditions.size(); ++c) {
            const Condition &condition = conditions.at(c);
            if (depth == 0)
                m_condition = FlagdExport::tr("condition %1").arg(c + 1);
            if (const auto *segment = std::get_if<SegmentActivation>(&condition)) {
                const Segment *found = m_workspace.segment(segment->segment);
                if (!found) {
                    refuse(FlagdExport::tr("unknown segment \"%1\"").arg(segment->segment));
                    ok = false;
                } else {
                    ok = flatten(found->conditions, out, depth + 1) && ok;
                }
            } else if (const auto *ref = std::get_if<ActivationRef>(&condition)) {
                const Activation *found = m_workspace.activation(ref->key);
                if (!found) {
                    refuse(FlagdExport::tr("unknown library activation \"%1\"").arg(ref->key));
                    ok = false;
                } else {
                    ok = flatten({found->condition}, out, depth + 1) && ok;
                }
            } else {
                ok = check(condition) && ok;
                out->append(condition);
            }
        }
        if (depth == 0)
            m_condition.clear();
        return ok;
    }

    bool checkStickiness(const Stickiness &stickiness, const QString &salt, BucketingScheme scheme)
    {
        if (scheme != BucketingScheme::Flagd) {
            refuse(FlagdExport::tr("bucketing scheme %1 (flagd buckets with its own scheme only)")
                       .arg(schemeName(scheme)));
            return false;
        }
        if (stickiness.absence == AbsencePolicy::Random) {
            refuse(FlagdExport::tr("absence policy random (flagd has no random buckets)"));
            return false;
        }
        if (stickiness.attributes.isEmpty()) {
            refuse(FlagdExport::tr("no stickiness attribute (flagd has no random buckets)"));
            return false;
        }
        const QString effective = salt.isEmpty() ? m_flag.key : salt;
        if (!isAscii(effective)) {
            refuse(FlagdExport::tr("the salt \"%1\" is not ASCII (flagd-core hashes UTF-16 code units, Pennon UTF-8 bytes)")
                       .arg(effective));
            return false;
        }
        return true;
    }

    bool checkSplit(const Split &split)
    {
        if (!checkStickiness(split.stickiness, split.salt, split.scheme))
            return false;
        qint64 sum = 0;
        for (const SplitWeight &weight : split.weights) {
            if (weight.weight < 0) {
                refuse(FlagdExport::tr("negative weight for variation \"%1\"").arg(weight.variation));
                return false;
            }
            sum += weight.weight;
        }
        if (sum <= 0 || sum != split.total || sum > 0x7FFFFFFF) {
            refuse(FlagdExport::tr("split weights sum to %1 of %2 (flagd needs a total from 1 to 2147483647)")
                       .arg(sum).arg(split.total));
            return false;
        }
        return true;
    }

    /// Whether flagd can evaluate the condition exactly; says why not.
    bool check(const Condition &condition)
    {
        switch (conditionType(condition)) {
        case ActivationType::UserList:
        case ActivationType::Segment:
        case ActivationType::Ref:
            return true;
        case ActivationType::Regex:
            refuse(FlagdExport::tr("regex conditions cannot be expressed in flagd"));
            return false;
        case ActivationType::Schedule:
            refuse(FlagdExport::tr("schedules cannot be expressed in flagd"));
            return false;
        case ActivationType::IpCidr:
            refuse(FlagdExport::tr("IP/CIDR conditions cannot be expressed in flagd"));
            return false;
        case ActivationType::Prerequisite:
            refuse(FlagdExport::tr("prerequisites cannot be expressed in flagd (targeting cannot evaluate another flag)"));
            return false;
        case ActivationType::Plugin:
            refuse(FlagdExport::tr("plugin \"%1\" cannot be expressed in flagd")
                       .arg(std::get<PluginActivation>(condition).plugin));
            return false;
        case ActivationType::Percentage: {
            const auto &gate = std::get<PercentageActivation>(condition);
            return checkStickiness(gate.stickiness, gate.salt, gate.scheme);
        }
        case ActivationType::Constraint:
            break;
        }
        const auto &c = std::get<ConstraintActivation>(condition);
        const OperatorInfo &info = operatorInfo(c.op);
        if (!info.flagdExpresses()) {
            refuse(FlagdExport::tr("operator %1 cannot be expressed in flagd").arg(info.name));
            return false;
        }
        QStringList texts = listedValues(c.values);
        if (info.flagd == FlagdForm::FixedText) {
            const QStringList patterns = texts;
            texts.clear();
            for (const QString &pattern : patterns) {
                const std::optional<LiteralRegex> literal = literalRegex(pattern);
                if (!literal) {
                    refuse(FlagdExport::tr("operator REGEX cannot be expressed in flagd (only patterns of fixed text, as the flagd import writes them)"));
                    return false;
                }
                texts += literal->alternatives;
            }
        }
        if (info.caseOption && c.caseInsensitive && !isCaseless(texts)) {
            refuse(FlagdExport::tr("operator %1 with caseInsensitive (flagd compares case-sensitively)")
                       .arg(info.name));
            return false;
        }
        if (info.flagd == FlagdForm::Timestamp && !timestampSeconds(c)) {
            refuse(FlagdExport::tr("operator %1 with an instant flagd's $flagd.timestamp (whole seconds) cannot express exactly: it takes %2 on a whole second")
                       .arg(info.name, c.op == Operator::DateAfter ? FlagdExport::tr("an instant one millisecond before")
                                                                   : FlagdExport::tr("an instant")));
            return false;
        }
        // Mapped to sem_ver (docs/semantics.md); the leniency of flagd's parser on malformed
        // context values is warned about.
        if (info.flagd == FlagdForm::SemVer)
            usesSemver = true;
        return true;
    }

    QJsonValue gate(const QJsonValue &bucketBy, qint64 threshold) const
    {
        return op(u"=="_s, {op(u"fractional"_s, {bucketBy, QJsonArray{u"in"_s, threshold},
                                                QJsonArray{u"out"_s, GateTotal - threshold}}),
                             u"in"_s});
    }

    QString saltOf(const QString &salt) const { return salt.isEmpty() ? m_flag.key : salt; }

    /// DATE_AFTER t (one value) as $flagd.timestamp >= s, DATE_BEFORE t as $flagd.timestamp
    /// < s: the whole second s, when the instant is exactly that far from one.
    static std::optional<qint64> timestampSeconds(const ConstraintActivation &c)
    {
        const QStringList values = listedValues(c.values);
        if (values.size() != 1)
            return std::nullopt;
        const std::optional<Instant> instant = Instant::parse(values.first());
        if (!instant)
            return std::nullopt;
        const qint64 ms = instant->msecsSinceEpoch() + (c.op == Operator::DateAfter ? 1 : 0);
        if (ms % 1000 != 0)
            return std::nullopt;
        return ms / 1000;
    }

    QJsonValue expression(const Condition &condition)
    {
        if (const auto *list = std::get_if<UserListActivation>(&condition))
            return inSet(list->attribute, listedValues(list->values));
        if (const auto *p = std::get_if<PercentageActivation>(&condition)) {
            const qint64 threshold = Bucketing::flagdGateThreshold(p->percentage);
            const QString salt = saltOf(p->salt);
            QJsonArray chain;
            for (const QString &attribute : p->stickiness.attributes) {
                chain.append(present(attribute));
                chain.append(gate(op(u"cat"_s, {salt, var(attribute)}), threshold));
            }
            // empty hashes the salt alone; skip (and stop, whose ending is tested before) fails.
            if (p->stickiness.absence == AbsencePolicy::Empty)
                chain.append(gate(salt, threshold));
            else
                chain.append(false);
            return op(u"if"_s, chain);
        }
        return constraint(std::get<ConstraintActivation>(condition));
    }

    QJsonValue constraint(const ConstraintActivation &c)
    {
        const OperatorInfo &info = operatorInfo(c.op);
        const QStringList values = listedValues(c.values);
        const QString &a = c.attribute;
        const QString name = info.flagdOperator.toString();
        QJsonValue result;
        switch (info.flagd) {
        case FlagdForm::TextSet:
            result = inSet(a, values);
            break;
        case FlagdForm::Complement: {
            ConstraintActivation complement = c;
            complement.op = *info.complement;
            complement.negate = false;
            result = negation(constraint(complement));
            break;
        }
        case FlagdForm::TextTest: {
            // JsonLogic's `in` looks for its first argument in the second; starts_with and
            // ends_with test their first.
            QJsonArray tests;
            for (const QString &value : values) {
                if (name == u"in")
                    tests.append(op(name, {value, text(a)}));
                else
                    tests.append(op(name, {text(a), value}));
            }
            result = allOf({present(a), isScalar(a), anyOf(tests)});
            break;
        }
        case FlagdForm::Comparison: {
            if (!numericOperators.contains(info.name))
                numericOperators.append(info.name.toString());
            QJsonArray tests;
            for (const QString &value : values) {
                double number = 0;
                if (parseDecimal(value, &number))
                    tests.append(op(name, {var(a), number}));
            }
            const QJsonValue number = isNumber(a);
            QJsonArray all = number.isObject() && number.toObject().contains(u"and"_s)
                ? number.toObject().value(u"and"_s).toArray() : QJsonArray{number};
            all.append(anyOf(tests));
            result = allOf(all);
            break;
        }
        case FlagdForm::FixedText: {
            // Fixed text only (check()): equality, prefix, suffix or substring of the text.
            QJsonArray tests;
            for (const QString &pattern : values) {
                const std::optional<LiteralRegex> literal = literalRegex(pattern);
                if (!literal)
                    continue;
                for (const QString &alternative : literal->alternatives) {
                    if (literal->start && literal->end)
                        tests.append(op(u"==="_s, {text(a), alternative}));
                    else if (alternative.isEmpty())
                        tests.append(true);
                    else if (literal->start)
                        tests.append(op(u"starts_with"_s, {text(a), alternative}));
                    else if (literal->end)
                        tests.append(op(u"ends_with"_s, {text(a), alternative}));
                    else
                        tests.append(op(u"in"_s, {alternative, text(a)}));
                }
            }
            result = allOf({present(a), isScalar(a), anyOf(tests)});
            break;
        }
        case FlagdForm::SemVer: {
            QJsonArray tests;
            for (const QString &value : values)
                tests.append(op(u"sem_ver"_s, {var(a), name, value}));
            // Pennon compares text only: flagd would read a number such as 2 as 2.0.0.
            result = allOf({present(a), isString(a), anyOf(tests)});
            break;
        }
        case FlagdForm::Timestamp:
            // Whole seconds since the epoch, floored: t > s·1000 − 1 ms is timestamp >= s, and
            // t < s·1000 ms is timestamp < s (checked in check()).
            result = op(name, {var(u"$flagd.timestamp"_s), double(timestampSeconds(c).value_or(0))});
            break;
        case FlagdForm::Presence:
            // Strict: the loose `!=` coerces (see present()).
            result = op(name, {var(a), QJsonValue::Null});
            break;
        case FlagdForm::None:
            result = false; // refused in check()
            break;
        }
        return c.negate ? QJsonValue(negation(result)) : result;
    }

    /// A split as an expression that answers a variation key, or null (flagd: defaultVariant)
    /// for a default split without its attributes under skip or stop.
    QJsonValue splitExpression(const Split &split, bool isDefault) const
    {
        const QString salt = saltOf(split.salt);
        auto fractional = [this, &split](const QJsonValue &bucketBy) {
            QJsonArray arguments{bucketBy};
            for (const SplitWeight &weight : split.weights)
                arguments.append(QJsonArray{result(weight.outcome, weight.variation, weight.source), weight.weight});
            return op(u"fractional"_s, arguments);
        };
        QJsonArray chain;
        const QStringList &attributes = split.stickiness.attributes;
        const bool empty = split.stickiness.absence == AbsencePolicy::Empty;
        for (qsizetype i = 0; i < attributes.size(); ++i) {
            const QJsonObject bucketed = fractional(op(u"cat"_s, {salt, var(attributes.at(i))}));
            // In a rule under skip or stop, one of the attributes is known to be present: the
            // last one needs no test.
            if (i + 1 == attributes.size() && !isDefault && !empty) {
                chain.append(bucketed);
                break;
            }
            chain.append(present(attributes.at(i)));
            chain.append(bucketed);
        }
        if (empty)
            chain.append(fractional(salt)); // flagd-core's compiled cat writes an absent value as "null"
        else if (isDefault)
            chain.append(m_offResult);
        if (chain.size() == 1)
            return chain.first();
        return op(u"if"_s, chain);
    }
};

/// Whether the variations are values flagd accepts, all of one of its variant types.
QString variantsProblem(const Flag &flag)
{
    for (const Variation &variation : flag.variations) {
        if (variation.key.isEmpty())
            return FlagdExport::tr("a variation has an empty key");
        if (flag.type == FlagType::Json && !variation.value.isObject())
            return FlagdExport::tr("variation \"%1\" is not a JSON object (flagd's object flags hold objects only)")
                .arg(variation.key);
    }
    if (flag.variations.isEmpty())
        return FlagdExport::tr("no variations");
    return QString();
}

} // namespace

QJsonValue FlagdExport::targetingJson(const Workspace &workspace, const Flag &flag,
                                      const EnvironmentConfig &config)
{
    Exporter exporter(workspace, flag);
    const QJsonValue targeting = exporter.targeting(config);
    if (!exporter.reasons.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return targeting;
}

std::optional<QByteArray> FlagdExport::write(const Workspace &workspace, const QString &environment,
                                             bool lenient, Problems *refused, Problems *warnings)
{
    if (!workspace.environment(environment)) {
        refused->append({QString(), tr("no environment \"%1\" in the workspace").arg(environment)});
        return std::nullopt;
    }
    QList<const Flag *> flags;
    for (const Flag &flag : workspace.flags) {
        if (!flag.archived)
            flags.append(&flag); // not served, as `pennonctl eval` lists no archived flag
    }
    std::sort(flags.begin(), flags.end(), [](const Flag *a, const Flag *b) { return a->key < b->key; });

    struct Written {
        const Flag *flag;
        const EnvironmentConfig *config;
        QJsonValue targeting;
    };
    QList<Written> written;
    for (const Flag *flag : std::as_const(flags)) {
        const auto config = flag->environments.constFind(environment);
        QStringList reasons;
        QStringList numeric;
        bool semver = false;
        QJsonValue targeting;
        if (config == flag->environments.cend()) {
            reasons.append(tr("not configured in environment \"%1\"").arg(environment));
        } else {
            const QString variants = variantsProblem(*flag);
            if (!variants.isEmpty())
                reasons.append(variants);
            if (config->on) {
                Exporter exporter(workspace, *flag);
                targeting = exporter.targeting(*config);
                reasons += exporter.reasons;
                numeric = exporter.numericOperators;
                semver = exporter.usesSemver;
            }
        }
        if (!reasons.isEmpty()) {
            for (const QString &reason : std::as_const(reasons))
                refused->append({flag->key, reason});
            continue;
        }
        if (warnings && !numeric.isEmpty()) {
            warnings->append({flag->key, tr("%1 hold in flagd for JSON numbers only: Pennon also compares a decimal string such as \"17\", which flagd answers as not holding")
                                             .arg(numeric.join(u", "_s))});
        }
        if (warnings && semver) {
            warnings->append({flag->key, tr("SEMVER_* become flagd's sem_ver, which also reads malformed versions such as \"v1.2.3\" or \"1.2\" that Pennon's strict Semantic Versions reject")});
        }
        written.append({flag, &*config, targeting});
    }
    if (!refused->isEmpty() && !lenient)
        return std::nullopt;

    JsonWriter out;
    out.beginObject();
    out.key(u"$schema");
    out.string(u"https://flagd.dev/schema/v0/flags.json");
    out.key(u"flags");
    out.beginObject();
    for (const Written &w : std::as_const(written)) {
        out.key(w.flag->key);
        out.beginObject();
        out.key(u"state");
        out.string(u"ENABLED");
        out.key(u"variants");
        out.beginObject();
        for (const Variation &variation : w.flag->variations) {
            out.key(variation.key);
            out.value(variation.value);
        }
        out.endObject();
        if (!w.config->on || !Exporter::servesNoValue(*w.config)) {
            out.key(u"defaultVariant");
            out.string(w.config->offVariation);
        }
        if (w.config->on) {
            out.key(u"targeting");
            out.value(w.targeting);
        }
        // What people know the flag by travels as flag metadata, which OpenFeature SDKs hand
        // to the application with every evaluation (flagMetadata); the import reads it back.
        const QList<std::pair<const char16_t *, QString>> metadata{
            {u"name", w.flag->name},
            {u"description", w.flag->description},
            {u"owner", w.flag->owner},
            {u"tags", w.flag->tags.join(u',')},
        };
        bool anyMetadata = false;
        for (const auto &[name, text] : metadata)
            anyMetadata = anyMetadata || !text.isEmpty();
        if (anyMetadata) {
            out.key(u"metadata");
            out.beginObject();
            for (const auto &[name, text] : metadata) {
                if (text.isEmpty())
                    continue;
                out.key(QStringView(name));
                out.string(text);
            }
            out.endObject();
        }
        out.endObject();
    }
    out.endObject();
    out.endObject();
    return out.finish();
}

} // namespace Pennon
