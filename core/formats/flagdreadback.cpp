// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagdimporter_p.h"

namespace Pennon::FlagdImportDetail {

// -----------------------------------------------------------------------------------------
// Pennon's own flagd export, recognised whole: a reading of the targeting (or of one
// condition) is taken only when the export, run on it, writes exactly the same JSON, so
// that it means what the export meant (docs/flagd.md, "Import").

/// {"op": [arguments]}: the arguments, or nullopt for anything else.
std::optional<QJsonArray> Importer::call(const QJsonValue &value, const QString &op)
{
    if (operatorOf(value) != op || !value.toObject().begin().value().isArray())
        return std::nullopt;
    return value.toObject().begin().value().toArray();
}

/// The attribute of {"!==": [{"var": a}, null]} (with "===": of the absence test).
QString Importer::presenceOf(const QJsonValue &value, const QString &op)
{
    const std::optional<QJsonArray> args = call(value, op);
    if (!args || args->size() != 2 || !args->at(1).isNull())
        return QString();
    return plainAttribute(args->at(0));
}

/// The salt and attribute of {"cat": [salt, {"var": a}]}.
std::optional<std::pair<QString, QString>> Importer::saltedAttribute(const QJsonValue &value)
{
    const std::optional<QJsonArray> args = call(value, u"cat"_s);
    if (!args || args->size() != 2 || !args->at(0).isString())
        return std::nullopt;
    const QString attribute = plainAttribute(args->at(1));
    if (attribute.isEmpty())
        return std::nullopt;
    return std::pair{args->at(0).toString(), attribute};
}

/// The threshold and bucketing expression of a gate {"==": [{"fractional": [by, ["in", t],
/// ["out", r]]}, "in"]}.
std::optional<std::pair<qint64, QJsonValue>> Importer::gateOf(const QJsonValue &value)
{
    const std::optional<QJsonArray> args = call(value, u"=="_s);
    if (!args || args->size() != 2 || args->at(1) != QJsonValue(u"in"_s))
        return std::nullopt;
    const std::optional<QJsonArray> fractional = call(args->at(0), u"fractional"_s);
    if (!fractional || fractional->size() != 3 || !fractional->at(1).isArray())
        return std::nullopt;
    const QJsonArray in = fractional->at(1).toArray();
    if (in.size() != 2 || !in.at(1).isDouble())
        return std::nullopt;
    const double t = in.at(1).toDouble();
    if (std::floor(t) != t || t < 0 || t > 10000)
        return std::nullopt;
    return std::pair{qint64(t), fractional->at(0)};
}

QString Importer::saltFor(const QString &salt) const
{
    return salt == m_current->flag.key ? QString() : salt;
}

/// The JSON the export writes for one condition, as the single condition of a rule;
/// undefined when it writes more (a stop gate) or refuses it.
QJsonValue Importer::conditionJson(const Condition &condition) const
{
    Flag flag;
    flag.key = m_current->flag.key;
    EnvironmentConfig config;
    config.on = true;
    Rule rule;
    rule.conditions = {condition};
    rule.serve.variation = u"x"_s;
    config.rules = {rule};
    config.defaultServe.variation = u"x"_s;
    const std::optional<QJsonArray> args =
            call(FlagdExport::targetingJson(Workspace(), flag, config), u"if"_s);
    if (!args || args->size() != 3)
        return QJsonValue(QJsonValue::Undefined);
    return args->at(0);
}

/// The conditions whose export this expression may be (each still to be verified).
QList<Condition> Importer::conditionCandidates(const QJsonValue &expression) const
{
    QList<Condition> out;
    if (const std::optional<QJsonArray> inner = call(expression, u"!"_s); inner && inner->size() == 1) {
        for (const Condition &candidate : conditionCandidates(inner->at(0))) {
            if (const auto *c = std::get_if<ConstraintActivation>(&candidate)) {
                // The export writes NOT_IN as the negation of IN: read that back as NOT_IN.
                ConstraintActivation n = *c;
                const OperatorInfo &info = operatorInfo(n.op);
                if (!n.negate && info.complement
                    && operatorInfo(*info.complement).flagd == FlagdForm::Complement) {
                    n.op = *info.complement;
                } else {
                    n.negate = !n.negate;
                }
                out.append(n);
            }
        }
        return out;
    }
    if (const OperatorInfo *presence = operatorByFlagd(FlagdForm::Presence, operatorOf(expression))) {
        if (const QString a = presenceOf(expression, presence->flagdOperator.toString()); !a.isEmpty())
            return {constraint(a, presence->op)};
    }
    if (const std::optional<QJsonArray> chain = call(expression, u"if"_s))
        return percentageCandidates(*chain);
    const std::optional<QJsonArray> all = call(expression, u"and"_s);
    if (!all || all->size() < 2)
        return out;
    const QString a = presenceOf(all->at(0));
    if (a.isEmpty())
        return out;
    const QJsonArray tests = all->last() == QJsonValue(false) ? QJsonArray{} : alternativesOf(all->last());
    if (all->size() == 2) {
        // IN: {"if": [isScalar, {"in": [text, SET]}, {"some": ...}]}
        const std::optional<QJsonArray> branches = call(all->at(1), u"if"_s);
        if (!branches || branches->size() != 3)
            return out;
        const std::optional<QJsonArray> in = call(branches->at(1), u"in"_s);
        if (!in || in->size() != 2 || !in->at(1).isArray() || !allStrings(in->at(1).toArray()))
            return out;
        QStringList values;
        for (const QJsonValue &v : in->at(1).toArray())
            values.append(v.toString());
        return {constraint(a, Operator::In, values)};
    }
    if (all->size() == 3 && operatorOf(all->at(1)) == u"===") {
        // SEMVER_*: sem_ver on a string
        QStringList values;
        std::optional<Operator> op;
        for (const QJsonValue &test : tests) {
            const std::optional<QJsonArray> args = call(test, u"sem_ver"_s);
            if (!args || args->size() != 3 || !args->at(1).isString() || !args->at(2).isString())
                return out;
            const OperatorInfo *semver = operatorByFlagd(FlagdForm::SemVer, args->at(1).toString());
            if (!semver)
                return out;
            op = semver->op;
            values.append(args->at(2).toString());
        }
        if (op)
            out.append(constraint(a, *op, values));
        return out;
    }
    if (all->size() == 5) {
        // NUM_*: present, scalar, not a string, not a boolean, OP [var, n]
        QStringList values;
        std::optional<Operator> op;
        for (const QJsonValue &test : tests) {
            const QString name = operatorOf(test);
            const std::optional<QJsonArray> args = call(test, name);
            const OperatorInfo *numeric = operatorByFlagd(FlagdForm::Comparison, name);
            if (!args || args->size() != 2 || !args->at(1).isDouble() || !numeric)
                return out;
            op = numeric->op;
            values.append(numberText(args->at(1).toDouble()));
        }
        out.append(constraint(a, op.value_or(Operator::NumEq), values));
        return out;
    }
    if (all->size() != 3)
        return out;
    // STR_* (one kind of test), or REGEX of fixed text (any mix)
    QStringList texts;
    QStringList patterns;
    QSet<QString> kinds;
    for (const QJsonValue &test : tests) {
        if (test == QJsonValue(true)) {
            kinds.insert(u"true"_s);
            patterns.append(u"\\A"_s);
            continue;
        }
        const QString name = operatorOf(test);
        const std::optional<QJsonArray> args = call(test, name);
        if (!args || args->size() != 2)
            return out;
        const bool contains = name == u"in";
        const QJsonValue literal = contains ? args->at(0) : args->at(1);
        if (!literal.isString())
            return out;
        const QString escaped = QRegularExpression::escape(literal.toString());
        kinds.insert(name);
        texts.append(literal.toString());
        if (name == u"===")
            patterns.append(u"\\A"_s + escaped + u"\\z"_s);
        else if (name == u"starts_with")
            patterns.append(u"\\A"_s + escaped);
        else if (name == u"ends_with")
            patterns.append(escaped + u"\\z"_s);
        else if (contains)
            patterns.append(escaped);
        else
            return out;
    }
    if (kinds.size() <= 1) {
        const QString kind = kinds.isEmpty() ? u"in"_s : *kinds.begin();
        if (const OperatorInfo *test = operatorByFlagd(FlagdForm::TextTest, kind))
            out.append(constraint(a, test->op, texts));
    }
    out.append(constraint(a, Operator::Regex, patterns));
    return out;
}

/// A percentage gate: {"if": [present(a1), gate(a1), ..., gate(salt) or false]}.
QList<Condition> Importer::percentageCandidates(const QJsonArray &chain) const
{
    PercentageActivation gate;
    gate.scheme = BucketingScheme::Flagd;
    gate.stickiness.attributes.clear();
    std::optional<qint64> threshold;
    QString salt;
    for (qsizetype i = 0; i + 1 < chain.size(); i += 2) {
        const QString a = presenceOf(chain.at(i));
        const auto g = gateOf(chain.at(i + 1));
        if (a.isEmpty() || !g)
            return {};
        const auto by = saltedAttribute(g->second);
        if (!by || by->second != a)
            return {};
        gate.stickiness.attributes.append(a);
        threshold = g->first;
        salt = by->first;
    }
    if (chain.size() % 2 != 1)
        return {};
    const QJsonValue end = chain.last();
    if (end == QJsonValue(false)) {
        gate.stickiness.absence = AbsencePolicy::Skip;
    } else {
        const auto g = gateOf(end);
        if (!g || !g->second.isString())
            return {};
        gate.stickiness.absence = AbsencePolicy::Empty;
        threshold = g->first;
        salt = g->second.toString();
    }
    if (!threshold)
        return {};
    gate.percentage = double(*threshold) / 100.0;
    gate.salt = saltFor(salt);
    return {gate};
}

/// The condition the export wrote as this expression, verified.
std::optional<Condition> Importer::exportedCondition(const QJsonValue &expression) const
{
    if (!expression.isObject())
        return std::nullopt;
    for (const Condition &candidate : conditionCandidates(expression)) {
        if (conditionJson(candidate) == expression)
            return candidate;
    }
    return std::nullopt;
}

/// What is worth knowing about a constraint read back from the export's form.
void Importer::warnExported(const ConstraintActivation &c, const QString &path)
{
    switch (operatorInfo(c.op).flagd) {
    case FlagdForm::Comparison:
        m_warnings.append({path, FlagdImport::tr("a test for JSON numbers (as Pennon's flagd export "
                                                 "writes NUM_*) reads back as NUM_*, which also "
                                                 "holds for a decimal string such as \"17\"")});
        break;
    case FlagdForm::SemVer:
        if (!m_current->semverWarned) {
            m_current->semverWarned = true;
            m_warnings.append({path, FlagdImport::tr("sem_ver: flagd also reads context values such "
                                                     "as \"v1.2.3\", \"1.2\" or \" 1.2.3 \" as "
                                                     "versions; Pennon compares only strict "
                                                     "Semantic Versions")});
        }
        break;
    default:
        break;
    }
}

/// A variation or split as the export writes what a rule (or the default) serves.
std::optional<Serve> Importer::exportedServe(const QJsonValue &value) const
{
    Serve serve;
    if (value.isString()) {
        if (!m_current->flag.variation(value.toString()))
            return std::nullopt;
        serve.variation = value.toString();
        return serve;
    }
    QJsonArray chain;
    if (operatorOf(value) == u"fractional")
        chain = {value};
    else if (const std::optional<QJsonArray> args = call(value, u"if"_s))
        chain = *args;
    else
        return std::nullopt;
    Split split;
    split.scheme = BucketingScheme::Flagd;
    split.stickiness.attributes.clear();
    split.stickiness.absence = AbsencePolicy::Skip;
    std::optional<QJsonArray> buckets;
    QString salt;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        QJsonValue item = chain.at(i);
        QString guarded;
        if (!item.isNull() && i + 1 < chain.size()) {
            guarded = presenceOf(item);
            if (guarded.isEmpty())
                return std::nullopt;
            item = chain.at(++i);
        }
        if (item.isNull() && guarded.isEmpty())
            continue;   // a default split without its attributes: null
        const std::optional<QJsonArray> fractional = call(item, u"fractional"_s);
        if (!fractional || fractional->isEmpty())
            return std::nullopt;
        if (!buckets) {
            QJsonArray rest = *fractional;
            rest.removeFirst();
            buckets = rest;
        }
        if (fractional->at(0).isString()) {
            split.stickiness.absence = AbsencePolicy::Empty;
            salt = fractional->at(0).toString();
            continue;
        }
        const auto by = saltedAttribute(fractional->at(0));
        if (!by || (!guarded.isEmpty() && by->second != guarded))
            return std::nullopt;
        split.stickiness.attributes.append(by->second);
        salt = by->first;
    }
    if (!buckets)
        return std::nullopt;
    qint64 total = 0;
    for (const QJsonValue &bucket : std::as_const(*buckets)) {
        const QJsonArray entry = bucket.toArray();
        if (entry.size() != 2 || !entry.at(0).isString() || !entry.at(1).isDouble()
            || !m_current->flag.variation(entry.at(0).toString())) {
            return std::nullopt;
        }
        const double w = entry.at(1).toDouble();
        if (std::floor(w) != w || w < 0 || w > double(MaxSplitTotal))
            return std::nullopt;
        split.weights.append(SplitWeight::of(entry.at(0).toString(), qint64(w)));
        total += qint64(w);
    }
    split.total = total;
    split.salt = saltFor(salt);
    serve.split = split;
    return serve;
}

/// The targeting the export writes for these rules and default serve.
QJsonValue Importer::exportedJson(const QList<Rule> &rules, const Serve &defaultServe) const
{
    Flag flag;
    flag.key = m_current->flag.key;
    EnvironmentConfig config;
    config.on = true;
    config.rules = rules;
    config.defaultServe = defaultServe;
    return FlagdExport::targetingJson(Workspace(), flag, config);
}

/// One rule from its condition and what it serves, with the null-serving entries the
/// export writes before it for stop policies; verified.
std::optional<Rule> Importer::exportedRule(const QJsonValue &condition, const QJsonValue &served,
                                           const QJsonArray &stops) const
{
    const std::optional<Serve> serve = exportedServe(served);
    if (!serve)
        return std::nullopt;
    QList<QJsonArray> readings;
    if (condition == QJsonValue(true))
        readings.append(QJsonArray{});
    readings.append(QJsonArray{condition});
    if (const std::optional<QJsonArray> all = call(condition, u"and"_s))
        readings.append(*all);
    QJsonArray expected;
    for (const QJsonValue &stop : stops) {
        expected.append(stop);
        expected.append(QJsonValue::Null);
    }
    expected.append(condition);
    expected.append(served);
    const bool guarded = serve->split && serve->split->stickiness.absence != AbsencePolicy::Empty;
    for (QJsonArray items : std::as_const(readings)) {
        if (guarded) {
            if (items.isEmpty())
                continue;
            items.removeLast();   // anyOf(present(attribute)...)
        }
        Rule rule;
        rule.serve = *serve;
        bool ok = true;
        for (const QJsonValue &item : std::as_const(items)) {
            const std::optional<Condition> c = exportedCondition(item);
            if (!c) {
                ok = false;
                break;
            }
            rule.conditions.append(*c);
        }
        if (!ok)
            continue;
        // Which skip gates (and the split) were stop: as many as there are stop entries.
        QList<std::function<void(Rule *)>> stoppable;
        for (qsizetype i = 0; i < rule.conditions.size(); ++i) {
            if (std::holds_alternative<PercentageActivation>(rule.conditions.at(i))
                && std::get<PercentageActivation>(rule.conditions.at(i)).stickiness.absence
                           == AbsencePolicy::Skip) {
                stoppable.append([i](Rule *r) {
                    std::get<PercentageActivation>(r->conditions[i]).stickiness.absence = AbsencePolicy::Stop;
                });
            }
        }
        if (guarded)
            stoppable.append([](Rule *r) { r->serve.split->stickiness.absence = AbsencePolicy::Stop; });
        if (stoppable.size() > 12 || stops.size() > stoppable.size())
            continue;
        for (quint32 mask = 0; mask < (1u << stoppable.size()); ++mask) {
            if (std::popcount(mask) != stops.size())
                continue;
            Rule candidate = rule;
            for (qsizetype s = 0; s < stoppable.size(); ++s) {
                if (mask & (1u << s))
                    stoppable.at(s)(&candidate);
            }
            const std::optional<QJsonArray> chain = call(exportedJson({candidate}, Serve::of(u"x"_s)), u"if"_s);
            if (!chain || chain->size() != expected.size() + 1)
                continue;
            QJsonArray entries = *chain;
            entries.removeLast();
            if (entries == expected)
                return candidate;
        }
    }
    return std::nullopt;
}

/// The rules and default serve Pennon's export wrote as this targeting, verified by
/// writing them again; nullopt for anything else (read by the general rules above).
std::optional<EnvironmentConfig> Importer::exportedTargeting(const QJsonValue &targeting,
                                                             const EnvironmentConfig &base, const QString &path)
{
    if (!targeting.isObject())
        return std::nullopt;
    QList<Rule> rules;
    std::optional<Serve> fallback = exportedServe(targeting);
    if (!fallback || !fallback->split || exportedJson({}, *fallback) != targeting) {
        fallback.reset();
        const std::optional<QJsonArray> chain = call(targeting, u"if"_s);
        if (!chain || chain->size() < 2 || (chain->size() == 2 && chain->at(0) != QJsonValue(true))
            || (chain->size() > 2 && chain->size() % 2 == 0)) {
            return std::nullopt;
        }
        if (chain->size() == 2) {
            fallback = exportedServe(chain->at(1));
        } else {
            QJsonArray stops;
            for (qsizetype i = 0; i + 1 < chain->size(); i += 2) {
                if (chain->at(i + 1).isNull()) {
                    stops.append(chain->at(i));
                    continue;
                }
                const std::optional<Rule> rule = exportedRule(chain->at(i), chain->at(i + 1), stops);
                if (!rule)
                    return std::nullopt;
                rules.append(*rule);
                stops = QJsonArray();
            }
            if (!stops.isEmpty())
                return std::nullopt;
            fallback = exportedServe(chain->last());
        }
        if (!fallback || exportedJson(rules, *fallback) != targeting)
            return std::nullopt;
    }
    EnvironmentConfig config = base;
    config.rules = rules;
    config.defaultServe = *fallback;
    // Only what is valid Pennon: anything else is read by the general rules.
    Workspace check;
    check.environments.append({m_environment, m_environment, false, 0});
    Flag flag = m_current->flag;
    flag.environments.insert(m_environment, config);
    if (!Validator::validateFlag(flag, check, QString()).isEmpty())
        return std::nullopt;
    for (const Rule &rule : std::as_const(rules)) {
        for (const Condition &condition : rule.conditions) {
            if (const auto *c = std::get_if<ConstraintActivation>(&condition))
                warnExported(*c, path);
        }
    }
    return config;
}

} // namespace Pennon::FlagdImportDetail
