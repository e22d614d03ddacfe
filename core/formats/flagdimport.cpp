// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagdimport.h"

#include "flagdexport.h"

#include "engine/murmur3.h"
#include "json/jsondecoder.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"
#include "validation/validator.h"
#include "values/instant.h"
#include "values/semver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <bit>
#include <functional>
#include <cmath>
#include <limits>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MaxSplitTotal = std::numeric_limits<qint32>::max();
constexpr qsizetype MaxRules = 256;          ///< per flag, after the normal form
constexpr double MaxSafeInteger = 9007199254740991.0; // 2^53 - 1, JavaScript's
constexpr qsizetype MaxTextForParts = 64;    ///< a fixed string whose parts become a list

QString field(const QString &path, const QString &key) { return path + u'/' + pointerToken(key); }
QString at(const QString &path, qsizetype index) { return path + u'/' + QString::number(index); }

QString numberText(double n) { return QString::fromLatin1(JsonWriter::formatNumber(n)); }

/// Compact JSON text of a value, for messages.
QString jsonText(const QJsonValue &value)
{
    JsonWriter writer(JsonWriter::Compact);
    writer.value(value);
    return QString::fromUtf8(writer.finish()).trimmed();
}

/// JavaScript's String(value) for a scalar (what `cat` and toString() give).
QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: return numberText(value.toDouble());
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    default: return QString();
    }
}

/// A piece of `cat` as flagd-core joins it. Its compiled JsonLogic joins with JavaScript's
/// "+", so that null (also an absent attribute) is "null"; where json-logic-engine does not
/// compile (below an `if` with fewer than three arguments) its interpreter skips null.
QString catText(const QJsonValue &value, bool interpreted)
{
    if (value.isNull())
        return interpreted ? QString() : u"null"_s;
    return scalarText(value);
}

bool isScalar(const QJsonValue &value)
{
    return value.isString() || value.isDouble() || value.isBool() || value.isNull();
}

// ---------------------------------------------------------------------------------------------
// Conditions as a boolean formula over constraints, turned into rules in disjunctive normal form

struct Formula {
    enum class Kind { Const, Atom, And, Or };
    Kind kind = Kind::Const;
    bool value = false;
    ConstraintActivation atom;
    QList<Formula> children;

    static Formula constant(bool v)
    {
        Formula f;
        f.value = v;
        return f;
    }
    static Formula of(const ConstraintActivation &c)
    {
        Formula f;
        f.kind = Kind::Atom;
        f.atom = c;
        return f;
    }
    static Formula combine(Kind kind, const QList<Formula> &children)
    {
        Formula f;
        f.kind = kind;
        f.children = children;
        return f;
    }
    static Formula all(const QList<Formula> &children) { return combine(Kind::And, children); }
    static Formula any(const QList<Formula> &children) { return combine(Kind::Or, children); }
};

ConstraintActivation constraint(const QString &attribute, Operator op, const QStringList &values = {})
{
    ConstraintActivation c;
    c.attribute = attribute;
    c.op = op;
    c.values = values;
    return c;
}

Formula atom(const QString &attribute, Operator op, const QStringList &values = {})
{
    return Formula::of(constraint(attribute, op, values));
}

Formula negated(const Formula &f)
{
    switch (f.kind) {
    case Formula::Kind::Const:
        return Formula::constant(!f.value);
    case Formula::Kind::Atom: {
        ConstraintActivation c = f.atom;
        // PRESENT and ABSENT are each other's negation; say it without negate.
        if (c.op == Operator::Present && !c.negate)
            c.op = Operator::Absent;
        else if (c.op == Operator::Absent && !c.negate)
            c.op = Operator::Present;
        else
            c.negate = !c.negate;
        return Formula::of(c);
    }
    case Formula::Kind::And:
    case Formula::Kind::Or: {
        QList<Formula> children;
        for (const Formula &child : f.children)
            children.append(negated(child));
        return Formula::combine(f.kind == Formula::Kind::And ? Formula::Kind::Or : Formula::Kind::And,
                                children);
    }
    }
    return f;
}

using Conjunction = QList<ConstraintActivation>;
using Dnf = QList<Conjunction>;   ///< empty: never; one empty conjunction: always

bool contradicts(const ConstraintActivation &a, const ConstraintActivation &b)
{
    if (a.attribute != b.attribute)
        return false;
    const bool presence = (a.op == Operator::Present && b.op == Operator::Absent)
            || (a.op == Operator::Absent && b.op == Operator::Present);
    if (presence && a.negate == b.negate)
        return true;
    return a.op == b.op && a.values == b.values && a.caseInsensitive == b.caseInsensitive
            && a.negate != b.negate;
}

/// a AND b, or nullopt when contradictory.
std::optional<Conjunction> conjoin(const Conjunction &a, const Conjunction &b)
{
    Conjunction out = a;
    for (const ConstraintActivation &c : b) {
        bool duplicate = false;
        for (const ConstraintActivation &existing : std::as_const(out)) {
            if (contradicts(existing, c))
                return std::nullopt;
            duplicate = duplicate || existing == c;
        }
        if (!duplicate)
            out.append(c);
    }
    return out;
}

std::optional<Dnf> product(const Dnf &a, const Dnf &b)
{
    Dnf out;
    for (const Conjunction &x : a) {
        for (const Conjunction &y : b) {
            if (const std::optional<Conjunction> both = conjoin(x, y)) {
                if (!out.contains(*both))
                    out.append(*both);
                if (out.size() > MaxRules)
                    return std::nullopt;
            }
        }
    }
    return out;
}

std::optional<Dnf> toDnf(const Formula &f)
{
    switch (f.kind) {
    case Formula::Kind::Const:
        return f.value ? Dnf{Conjunction{}} : Dnf{};
    case Formula::Kind::Atom:
        return Dnf{Conjunction{f.atom}};
    case Formula::Kind::Or: {
        Dnf out;
        for (const Formula &child : f.children) {
            const std::optional<Dnf> d = toDnf(child);
            if (!d)
                return std::nullopt;
            for (const Conjunction &c : *d) {
                if (!out.contains(c))
                    out.append(c);
            }
            if (out.size() > MaxRules)
                return std::nullopt;
        }
        return out;
    }
    case Formula::Kind::And: {
        Dnf out{Conjunction{}};
        for (const Formula &child : f.children) {
            const std::optional<Dnf> d = toDnf(child);
            if (!d)
                return std::nullopt;
            const std::optional<Dnf> next = product(out, *d);
            if (!next)
                return std::nullopt;
            out = *next;
        }
        return out;
    }
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// flagd's value semantics (json-logic-engine 5 as flagd-core 4.0.1 uses it) for literals

/// JavaScript's Number(text) for the decimal texts Pennon also reads; nullopt for others
/// (hexadecimal, "Infinity", ...), which the import does not try to reproduce.
std::optional<double> jsNumber(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return 0.0;
    case QJsonValue::Bool: return value.toBool() ? 1.0 : 0.0;
    case QJsonValue::Double: return value.toDouble();
    case QJsonValue::String: {
        const QString trimmed = value.toString().trimmed();
        if (trimmed.isEmpty())
            return 0.0;
        double n = 0;
        if (parseDecimal(trimmed, &n))
            return n;
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

bool strictEquals(const QJsonValue &a, const QJsonValue &b)
{
    if (a.type() != b.type())
        return false;
    return a == b;
}

/// The JavaScript comparison a OP b the way json-logic-engine does it (strings and nulls
/// compared as they are, anything else as numbers); nullopt when flagd throws or when this
/// import does not reproduce the case.
std::optional<bool> foldCompare(const QString &op, const QJsonValue &a, const QJsonValue &b)
{
    if (!isScalar(a) || !isScalar(b))
        return std::nullopt;
    if (op == u"===")
        return strictEquals(a, b);
    if (op == u"!==")
        return !strictEquals(a, b);
    const bool stringy = (a.isString() || a.isNull()) && (b.isString() || b.isNull());
    if (stringy) {
        if (op == u"==" || op == u"!=") {
            const bool equal = a.isNull() || b.isNull() ? a.isNull() && b.isNull()
                                                        : a.toString() == b.toString();
            return op == u"==" ? equal : !equal;
        }
        if (a.isString() && b.isString()) {
            const int c = QString::compare(a.toString(), b.toString(), Qt::CaseSensitive);
            if (op == u"<") return c < 0;
            if (op == u"<=") return c <= 0;
            if (op == u">") return c > 0;
            if (op == u">=") return c >= 0;
        }
        return std::nullopt;
    }
    const std::optional<double> x = jsNumber(a);
    const std::optional<double> y = jsNumber(b);
    if (!x || !y)
        return std::nullopt;
    if (op == u"==") return *x == *y;
    if (op == u"!=") return *x != *y;
    if (op == u"<") return *x < *y;
    if (op == u"<=") return *x <= *y;
    if (op == u">") return *x > *y;
    if (op == u">=") return *x >= *y;
    return std::nullopt;
}

bool holdsNumerically(Operator op, double a, double b)
{
    switch (op) {
    case Operator::NumLt: return a < b;
    case Operator::NumLte: return a <= b;
    case Operator::NumGt: return a > b;
    case Operator::NumGte: return a >= b;
    default: return a == b;
    }
}

std::optional<Operator> numericOperator(const QString &op)
{
    if (op == u"<") return Operator::NumLt;
    if (op == u"<=") return Operator::NumLte;
    if (op == u">") return Operator::NumGt;
    if (op == u">=") return Operator::NumGte;
    return std::nullopt;
}

/// b OP a for a OP b.
Operator flipped(Operator op)
{
    switch (op) {
    case Operator::NumLt: return Operator::NumGt;
    case Operator::NumLte: return Operator::NumGte;
    case Operator::NumGt: return Operator::NumLt;
    case Operator::NumGte: return Operator::NumLte;
    case Operator::SemverLt: return Operator::SemverGt;
    case Operator::SemverLte: return Operator::SemverGte;
    case Operator::SemverGt: return Operator::SemverLt;
    case Operator::SemverGte: return Operator::SemverLte;
    default: return op;
    }
}

/// flagd-core's sem_ver reading of a version: one leading "v" or "V" stripped, then
/// node-semver's strict parse (which trims white space and allows one more leading "v"), or
/// "1" / "1.2" completed with zeros. nullopt when flagd cannot read it either.
std::optional<SemVer> flagdVersion(const QJsonValue &raw)
{
    QString text = raw.isString() ? raw.toString() : scalarText(raw);
    if (raw.isNull())
        text = u"null"_s;
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text.remove(0, 1);
    static const QRegularExpression partial(u"^\\d+(\\.\\d+)?$"_s);
    if (partial.match(text).hasMatch()) {
        const QStringList parts = text.split(u'.');
        QString full = parts.at(0) + u'.' + (parts.size() > 1 ? parts.at(1) : u"0"_s) + u".0";
        // semver.coerce drops leading zeros.
        QStringList clean;
        for (const QString &p : full.split(u'.')) {
            QString digits = p;
            while (digits.size() > 1 && digits.startsWith(u'0'))
                digits.remove(0, 1);
            clean.append(digits);
        }
        return SemVer::parse(clean.join(u'.'));
    }
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'v'))
        trimmed.remove(0, 1);
    return SemVer::parse(trimmed);
}

std::optional<bool> foldSemver(const QJsonValue &a, const QString &op, const QJsonValue &b)
{
    const std::optional<SemVer> x = flagdVersion(a);
    const std::optional<SemVer> y = flagdVersion(b);
    if (!x || !y)
        return false;
    const int c = x->compare(*y);
    if (op == u"=") return c == 0;
    if (op == u"!=") return c != 0;
    if (op == u"<") return c < 0;
    if (op == u"<=") return c <= 0;
    if (op == u">") return c > 0;
    if (op == u">=") return c >= 0;
    if (op == u"^") return x->majorVersion() == y->majorVersion();
    if (op == u"~")
        return x->majorVersion() == y->majorVersion() && x->minorVersion() == y->minorVersion();
    return false;
}

QString versionText(quint64 major, quint64 minor, quint64 patch, const QString &pre = {})
{
    QString text = QString::number(major) + u'.' + QString::number(minor) + u'.' + QString::number(patch);
    if (!pre.isEmpty())
        text += u'-' + pre;
    return text;
}

QString canonicalVersion(const SemVer &v, const QJsonValue &raw)
{
    // The literal as flagd reads it, written as strict SemVer: keep its pre-release and build
    // by re-reading the text after what flagd strips.
    QString text = raw.isString() ? raw.toString() : scalarText(raw);
    if (text.startsWith(u'v') || text.startsWith(u'V'))
        text.remove(0, 1);
    text = text.trimmed();
    if (text.startsWith(u'v'))
        text.remove(0, 1);
    if (SemVer::parse(text))
        return text;
    return versionText(v.majorVersion(), v.minorVersion(), v.patchVersion());
}

// ---------------------------------------------------------------------------------------------

/// One side of a comparison: a context attribute (with the value `var` gives when it is
/// absent) or a literal.
struct Operand {
    bool isAttribute = false;
    QString attribute;
    QJsonValue fallback;        ///< var's default; null when none
    QJsonValue literal;
};

/// What a branch serves: a variation, or a split.
struct ServeSpec {
    QString variation;
    std::optional<Split> split;
    bool emptyKeyGuard = false;   ///< a fractional on targetingKey: an empty key stops too
    QString absentVariation;      ///< a fractional on cat: what an absent attribute gets

    static ServeSpec of(const QString &variation)
    {
        ServeSpec spec;
        spec.variation = variation;
        return spec;
    }
};

struct FlagDef {
    Flag flag;
    QString path;
    QString defaultVariant;
    QList<Rule> rules;
    bool failed = false;
    bool semverWarned = false;
};

class Importer final
{
public:
    Importer(const QString &environment, Problems *problems)
        : m_environment(environment), m_problems(problems), m_d(problems)
    {
    }

    const Problems &warnings() const { return m_warnings; }

    std::optional<Workspace> run(const QByteArray &bytes)
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
        if (root.contains(u"metadata"_s) && !root.value(u"metadata"_s).isObject()
            && !root.value(u"metadata"_s).isNull()) {
            problem(u"/metadata"_s, FlagdImport::tr("must be an object, not %1")
                                            .arg(JsonDecoder::typeName(root.value(u"metadata"_s))));
        }
        const QJsonValue evaluators = root.value(u"$evaluators"_s);
        if (evaluators.isObject())
            m_evaluators = evaluators.toObject();
        else if (!evaluators.isUndefined() && !evaluators.isNull())
            problem(u"/$evaluators"_s, FlagdImport::tr("must be an object, not %1")
                                               .arg(JsonDecoder::typeName(evaluators)));
        const QJsonValue flagsValue = root.value(u"flags"_s);
        if (!flagsValue.isObject()) {
            problem(u"/flags"_s, flagsValue.isUndefined()
                            ? FlagdImport::tr("missing \"flags\"")
                            : FlagdImport::tr("must be an object, not %1").arg(JsonDecoder::typeName(flagsValue)));
            return std::nullopt;
        }
        const QJsonObject flags = flagsValue.toObject();
        for (auto it = flags.begin(); it != flags.end(); ++it)
            readFlag(it.key(), it.value(), field(u"/flags"_s, it.key()));
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

private:
    void problem(const QString &path, const QString &message) { m_d.problem(path, message); }

    /// Refuses the flag being read: the part at path, and why.
    void refuse(const QString &path, const QString &message)
    {
        m_current->failed = true;
        if (path.startsWith(u"/$evaluators"))
            problem(path, FlagdImport::tr("%1 (in flag \"%2\")").arg(message, m_current->flag.key));
        else
            problem(path, message);
    }

    QString sourcePath(const QString &workspacePath) const
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
    void readMetadata(const QJsonObject &metadata, const QString &path, Flag *flag)
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

    void readFlag(const QString &key, const QJsonValue &value, const QString &path)
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
        if (o.contains(u"metadata"_s) && !o.value(u"metadata"_s).isObject()
            && !o.value(u"metadata"_s).isNull()) {
            refuse(path + u"/metadata", FlagdImport::tr("must be an object, not %1")
                                                .arg(JsonDecoder::typeName(o.value(u"metadata"_s))));
        } else {
            readMetadata(o.value(u"metadata"_s).toObject(), path + u"/metadata", &def.flag);
        }
        readVariants(o.value(u"variants"_s), path + u"/variants");

        const QJsonValue defaultVariant = o.value(u"defaultVariant"_s);
        if (defaultVariant.isString() && !defaultVariant.toString().isEmpty()) {
            def.defaultVariant = defaultVariant.toString();
            if (!def.flag.variation(def.defaultVariant) && !def.flag.variations.isEmpty()) {
                refuse(path + u"/defaultVariant",
                       FlagdImport::tr("unknown variant \"%1\"").arg(def.defaultVariant));
            }
        } else {
            refuse(path + u"/defaultVariant",
                   FlagdImport::tr("a flag needs a defaultVariant: Pennon serves it when the flag is "
                                   "off and when targeting gives nothing (flagd would answer the "
                                   "caller's default value, which Pennon cannot)"));
        }
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
        // What Pennon's own export wrote reads back as the rules it was written from.
        std::optional<EnvironmentConfig> exported;
        if (hasTargeting)
            exported = exportedTargeting(targeting, config, path + u"/targeting");
        if (exported) {
            config = *exported;
        } else if (hasTargeting) {
            serveRules(targeting, path + u"/targeting", -1, Dnf{Conjunction{}});
            if (!def.failed && def.rules.size() > MaxRules) {
                refuse(path + u"/targeting",
                       FlagdImport::tr("the targeting needs more than %1 rules").arg(MaxRules));
            }
        }
        if (def.failed)
            return;
        if (!exported)
            finishRules(&def, &config);
        def.flag.environments.insert(m_environment, config);
        m_flags.append(def);
    }

    void readVariants(const QJsonValue &value, const QString &path)
    {
        Flag &flag = m_current->flag;
        if (!value.isObject()) {
            refuse(path, value.isUndefined() ? FlagdImport::tr("missing \"variants\"")
                                             : FlagdImport::tr("must be an object, not %1")
                                                       .arg(JsonDecoder::typeName(value)));
            return;
        }
        const QJsonObject variants = value.toObject();
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
                refuse(field(path, it.key()), FlagdImport::tr("a variant's value cannot be null"));
                continue;
            }
            allBool = allBool && v.isBool();
            allString = allString && v.isString();
            allNumber = allNumber && v.isDouble();
            flag.variations.append({it.key(), v, QString()});
        }
        flag.type = allBool ? FlagType::Boolean
                : allString ? FlagType::String
                : allNumber ? FlagType::Number
                            : FlagType::Json;
    }

    /// Whether the constraint holds for a context without its attribute.
    static bool holdsWhenAbsent(const ConstraintActivation &c)
    {
        return (c.op == Operator::NotIn || c.op == Operator::Absent) != c.negate;
    }

    /// Drops a PRESENT that another condition on the attribute implies; false when the rule
    /// can never match (ABSENT with a condition that needs the attribute).
    static bool simplify(Rule *rule)
    {
        const auto needs = [rule](const QString &attribute, qsizetype except) {
            for (qsizetype j = 0; j < rule->conditions.size(); ++j) {
                const auto *other = std::get_if<ConstraintActivation>(&rule->conditions.at(j));
                if (j != except && other && other->attribute == attribute && !holdsWhenAbsent(*other)
                    && other->op != Operator::Present && other->op != Operator::Absent) {
                    return true;
                }
            }
            return false;
        };
        for (qsizetype i = 0; i < rule->conditions.size();) {
            const auto *c = std::get_if<ConstraintActivation>(&rule->conditions.at(i));
            const bool presence = c && (c->op == Operator::Present || c->op == Operator::Absent);
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
    /// of the off variation is the default serve itself (SEMANTICS.md: same outcome).
    static void finishRules(FlagDef *def, EnvironmentConfig *config)
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

    struct Node {
        QJsonValue value;
        QString path;
        int level = -1;    ///< index of the evaluator it is in, -1 for the flag's own targeting
        bool ok = true;
    };

    /// The expression with a {"$ref": name} replaced by the evaluator, as flagd-core does
    /// before parsing. A reference inside an evaluator is refused: whether flagd resolves it
    /// depends on the order of the evaluators in the file.
    Node resolve(const QJsonValue &value, const QString &path, int level)
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
    static QString operatorOf(const QJsonValue &value)
    {
        if (!value.isObject() || value.toObject().size() != 1)
            return QString();
        return value.toObject().begin().key();
    }

    /// An operator's arguments as a list (a single non-list argument is a list of one).
    static QJsonArray argumentsOf(const QJsonValue &expression)
    {
        const QJsonValue args = expression.toObject().begin().value();
        return args.isArray() ? args.toArray() : QJsonArray{args};
    }

    // -----------------------------------------------------------------------------------------
    // Pennon's own flagd export, recognised whole: a reading of the targeting (or of one
    // condition) is taken only when the export, run on it, writes exactly the same JSON, so
    // that it means what the export meant (docs/flagd.md, "Import").

    /// {"op": [arguments]}: the arguments, or nullopt for anything else.
    static std::optional<QJsonArray> call(const QJsonValue &value, const QString &op)
    {
        if (operatorOf(value) != op || !value.toObject().begin().value().isArray())
            return std::nullopt;
        return value.toObject().begin().value().toArray();
    }

    /// The attribute of {"!==": [{"var": a}, null]} (with "===": of the absence test).
    static QString presenceOf(const QJsonValue &value, const QString &op = u"!=="_s)
    {
        const std::optional<QJsonArray> args = call(value, op);
        if (!args || args->size() != 2 || !args->at(1).isNull())
            return QString();
        return plainAttribute(args->at(0));
    }

    /// The salt and attribute of {"cat": [salt, {"var": a}]}.
    static std::optional<std::pair<QString, QString>> saltedAttribute(const QJsonValue &value)
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
    static std::optional<std::pair<qint64, QJsonValue>> gateOf(const QJsonValue &value)
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

    QString saltFor(const QString &salt) const { return salt == m_current->flag.key ? QString() : salt; }

    /// The JSON the export writes for one condition, as the single condition of a rule;
    /// undefined when it writes more (a stop gate) or refuses it.
    QJsonValue conditionJson(const Condition &condition) const
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
    QList<Condition> conditionCandidates(const QJsonValue &expression) const
    {
        QList<Condition> out;
        if (const std::optional<QJsonArray> inner = call(expression, u"!"_s); inner && inner->size() == 1) {
            for (const Condition &candidate : conditionCandidates(inner->at(0))) {
                if (const auto *c = std::get_if<ConstraintActivation>(&candidate)) {
                    ConstraintActivation n = *c;
                    if (n.op == Operator::In && !n.negate)
                        n.op = Operator::NotIn;
                    else
                        n.negate = !n.negate;
                    out.append(n);
                }
            }
            return out;
        }
        if (const QString a = presenceOf(expression); !a.isEmpty())
            return {constraint(a, Operator::Present)};
        if (const QString a = presenceOf(expression, u"==="_s); !a.isEmpty())
            return {constraint(a, Operator::Absent)};
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
            static const QHash<QString, Operator> names{
                {u"="_s, Operator::SemverEq}, {u">"_s, Operator::SemverGt}, {u">="_s, Operator::SemverGte},
                {u"<"_s, Operator::SemverLt}, {u"<="_s, Operator::SemverLte}};
            QStringList values;
            std::optional<Operator> op;
            for (const QJsonValue &test : tests) {
                const std::optional<QJsonArray> args = call(test, u"sem_ver"_s);
                if (!args || args->size() != 3 || !args->at(1).isString() || !args->at(2).isString()
                    || !names.contains(args->at(1).toString()))
                    return out;
                op = names.value(args->at(1).toString());
                values.append(args->at(2).toString());
            }
            if (op)
                out.append(constraint(a, *op, values));
            return out;
        }
        if (all->size() == 5) {
            // NUM_*: present, scalar, not a string, not a boolean, OP [var, n]
            static const QHash<QString, Operator> names{
                {u"=="_s, Operator::NumEq}, {u">"_s, Operator::NumGt}, {u">="_s, Operator::NumGte},
                {u"<"_s, Operator::NumLt}, {u"<="_s, Operator::NumLte}};
            QStringList values;
            std::optional<Operator> op;
            for (const QJsonValue &test : tests) {
                const QString name = operatorOf(test);
                const std::optional<QJsonArray> args = call(test, name);
                if (!args || args->size() != 2 || !args->at(1).isDouble() || !names.contains(name))
                    return out;
                op = names.value(name);
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
            if (kind == u"in")
                out.append(constraint(a, Operator::StrContains, texts));
            else if (kind == u"starts_with")
                out.append(constraint(a, Operator::StrStartsWith, texts));
            else if (kind == u"ends_with")
                out.append(constraint(a, Operator::StrEndsWith, texts));
        }
        out.append(constraint(a, Operator::Regex, patterns));
        return out;
    }

    /// A percentage gate: {"if": [present(a1), gate(a1), ..., gate(salt) or false]}.
    QList<Condition> percentageCandidates(const QJsonArray &chain) const
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
    std::optional<Condition> exportedCondition(const QJsonValue &expression) const
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
    void warnExported(const ConstraintActivation &c, const QString &path)
    {
        switch (c.op) {
        case Operator::NumEq:
        case Operator::NumGt:
        case Operator::NumGte:
        case Operator::NumLt:
        case Operator::NumLte:
            m_warnings.append({path, FlagdImport::tr("a test for JSON numbers (as Pennon's flagd export "
                                                     "writes NUM_*) reads back as NUM_*, which also "
                                                     "holds for a decimal string such as \"17\"")});
            break;
        case Operator::SemverEq:
        case Operator::SemverGt:
        case Operator::SemverGte:
        case Operator::SemverLt:
        case Operator::SemverLte:
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
    std::optional<Serve> exportedServe(const QJsonValue &value) const
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
            split.weights.append({entry.at(0).toString(), qint64(w)});
            total += qint64(w);
        }
        split.total = total;
        split.salt = saltFor(salt);
        serve.split = split;
        return serve;
    }

    /// The targeting the export writes for these rules and default serve.
    QJsonValue exportedJson(const QList<Rule> &rules, const Serve &defaultServe) const
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
    std::optional<Rule> exportedRule(const QJsonValue &condition, const QJsonValue &served,
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
                const std::optional<QJsonArray> chain = call(exportedJson({candidate}, Serve{u"x"_s, {}}), u"if"_s);
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
    std::optional<EnvironmentConfig> exportedTargeting(const QJsonValue &targeting,
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

    // -----------------------------------------------------------------------------------------
    // What a targeting expression serves

    void addRules(const Dnf &prefix, const ServeSpec &spec, const QString &path)
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
        if (!spec.absentVariation.isEmpty()) {
            // cat hashes an absent attribute as "null": one bucket, known now.
            const ConstraintActivation absent =
                    constraint(spec.split->stickiness.attributes.first(), Operator::Absent);
            for (const Conjunction &c : prefix) {
                if (const std::optional<Conjunction> guarded = conjoin(c, {absent})) {
                    Rule rule;
                    for (const ConstraintActivation &a : *guarded)
                        rule.conditions.append(a);
                    rule.serve.variation = spec.absentVariation;
                    m_current->rules.append(rule);
                }
            }
        }
        for (const Conjunction &c : prefix) {
            Rule rule;
            for (const ConstraintActivation &a : c)
                rule.conditions.append(a);
            rule.serve.variation = spec.variation;
            rule.serve.split = spec.split;
            m_current->rules.append(rule);
        }
        if (m_current->rules.size() > MaxRules && !m_current->failed)
            refuse(path, FlagdImport::tr("the targeting needs more than %1 rules").arg(MaxRules));
    }

    /// The variant a literal result names (flagd-core takes its toString()).
    std::optional<QString> variantOf(const QJsonValue &value, const QString &path)
    {
        if (value.isNull())
            return m_current->defaultVariant;
        if (!value.isString() && !value.isDouble() && !value.isBool()) {
            refuse(path, FlagdImport::tr("targeting must give a variant name, not %1")
                                 .arg(JsonDecoder::typeName(value)));
            return std::nullopt;
        }
        const QString name = scalarText(value);
        if (!m_current->flag.variation(name)) {
            refuse(path, FlagdImport::tr("unknown variant \"%1\": flagd answers an error here, "
                                         "which Pennon cannot")
                                 .arg(name));
            return std::nullopt;
        }
        return name;
    }

    void serveRules(const QJsonValue &expression, const QString &expressionPath, int level,
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
            if (const std::optional<QString> variant = variantOf(value, path))
                addRules(prefix, ServeSpec::of(*variant), path);
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
            if (args.size() < 2) {
                refuse(opPath, FlagdImport::tr("\"if\" needs a condition and a result"));
                return;
            }
            // json-logic-engine compiles an `if` of three or more arguments; a shorter one,
            // and all below it, runs in its interpreter (which differs in `cat`).
            const bool wasInterpreted = m_interpreted;
            m_interpreted = m_interpreted || args.size() < 3;
            const auto restore = qScopeGuard([this, wasInterpreted] { m_interpreted = wasInterpreted; });
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
        if (op == u"cat" || op == u"var") {
            refuse(opPath, FlagdImport::tr("a variant chosen by the context (\"%1\") cannot be "
                                           "expressed: Pennon serves variations the rules name")
                                   .arg(op));
            return;
        }
        refuse(opPath, unsupported(op));
    }

    QString unsupported(const QString &op) const
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
    bool alwaysBoolean(const QJsonValue &expression, int level)
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

    std::optional<ServeSpec> readFractional(const QJsonValue &expression, const QString &path, int level)
    {
        const QJsonValue argsValue = expression.toObject().value(u"fractional"_s);
        if (!argsValue.isArray() || argsValue.toArray().isEmpty()) {
            refuse(path, FlagdImport::tr("\"fractional\" needs a list of [variant, weight] buckets"));
            return std::nullopt;
        }
        const QJsonArray args = argsValue.toArray();
        ServeSpec spec;
        Split split;
        split.scheme = BucketingScheme::Flagd;
        qsizetype first = 0;
        std::optional<QString> constantKey;   // a bucketing expression without an attribute
        std::optional<QString> absentKey;     // the string hashed when the attribute is absent
        const Node head = resolve(args.at(0), at(path, 0), level);
        if (!head.ok)
            return std::nullopt;
        if (head.value.isString()) {
            constantKey = head.value.toString();
            first = 1;
        } else if (head.value.isObject()) {
            first = 1;
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
        } else if (head.value.isArray()) {
            // No bucketing expression: flag key + targetingKey; without one flagd-core
            // returns null, so the whole targeting falls back to the defaultVariant.
            split.stickiness.attributes = {u"targetingKey"_s};
            split.stickiness.absence = AbsencePolicy::Stop;
            spec.emptyKeyGuard = true;
        } else {
            refuse(head.path, FlagdImport::tr("a bucketing expression must be a \"cat\" or a "
                                              "bucket, not %1")
                                      .arg(JsonDecoder::typeName(head.value)));
            return std::nullopt;
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
            const std::optional<QString> variant = variantOf(entry.at(0), at(bucketPath, 0));
            if (!variant)
                return std::nullopt;
            qint64 weight = 1;
            if (entry.size() == 2) {
                const QJsonValue w = entry.at(1);
                const double d = w.toDouble();
                if (!w.isDouble() || std::floor(d) != d || std::fabs(d) > MaxSafeInteger) {
                    refuse(at(bucketPath, 1), FlagdImport::tr("a weight must be a whole number"));
                    return std::nullopt;
                }
                // flagd-core counts a negative weight as 0.
                weight = std::max<qint64>(0, qint64(d));
            }
            if (!split.weights.isEmpty() && split.weights.last().variation == *variant) {
                split.weights.last().weight += weight;   // adjacent: the same buckets
            } else {
                for (const SplitWeight &w : std::as_const(split.weights)) {
                    if (w.variation == *variant) {
                        refuse(bucketPath, FlagdImport::tr("variant \"%1\" has two separate buckets, "
                                                           "which a Pennon split cannot express")
                                                   .arg(*variant));
                        return std::nullopt;
                    }
                }
                split.weights.append({*variant, weight});
            }
            total += weight;
            if (total > MaxSplitTotal)
                break;
        }
        if (split.weights.isEmpty()) {
            refuse(path, FlagdImport::tr("\"fractional\" needs at least one bucket"));
            return std::nullopt;
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
            return ServeSpec::of(constantVariation(split, *constantKey));
        if (absentKey)
            spec.absentVariation = constantVariation(split, *absentKey);
        spec.split = split;
        return spec;
    }

    /// The variation a fractional serves when it hashes this string (the same for every
    /// context): one bucket, known now.
    QString constantVariation(const Split &split, const QString &key) const
    {
        const QByteArray utf8 = key.toUtf8();
        const quint64 bucket = (quint64(Murmur3::hash(utf8)) * quint64(split.total)) >> 32;
        quint64 sum = 0;
        for (const SplitWeight &w : split.weights) {
            sum += quint64(w.weight);
            if (sum > bucket)
                return w.variation;
        }
        return m_current->defaultVariant;
    }

    // -----------------------------------------------------------------------------------------
    // Conditions

    std::optional<Operand> readOperand(const QJsonValue &value, const QString &valuePath, int level)
    {
        const Node node = resolve(value, valuePath, level);
        if (!node.ok)
            return std::nullopt;
        Operand operand;
        if (!node.value.isObject()) {
            operand.literal = node.value;
            if (node.value.isArray()) {
                const QJsonArray items = node.value.toArray();
                for (qsizetype i = 0; i < items.size(); ++i) {
                    if (!isScalar(items.at(i))) {
                        refuse(at(node.path, i), FlagdImport::tr("a list may hold only strings, "
                                                                 "numbers, booleans and null"));
                        return std::nullopt;
                    }
                }
            }
            return operand;
        }
        const QString op = operatorOf(node.value);
        const QString opPath = field(node.path, op);
        if (op == u"var") {
            const QJsonValue args = node.value.toObject().value(op);
            QJsonValue name = args;
            if (args.isArray()) {
                const QJsonArray list = args.toArray();
                if (list.isEmpty() || list.size() > 2) {
                    refuse(opPath, FlagdImport::tr("\"var\" takes a name and an optional default"));
                    return std::nullopt;
                }
                name = list.at(0);
                if (list.size() == 2) {
                    if (!isScalar(list.at(1))) {
                        refuse(at(opPath, 1), FlagdImport::tr("a default value must be a string, "
                                                              "number, boolean or null"));
                        return std::nullopt;
                    }
                    operand.fallback = list.at(1);
                }
            }
            if (!name.isString() || name.toString().isEmpty()) {
                refuse(opPath, FlagdImport::tr("\"var\" needs the name of a context attribute"));
                return std::nullopt;
            }
            const QString attribute = name.toString();
            if (attribute == u"$flagd.flagKey") {
                operand.literal = m_current->flag.key;
                return operand;
            }
            if (attribute.startsWith(u"$flagd")) {
                refuse(opPath, FlagdImport::tr("\"%1\" is not supported: Pennon has no such "
                                               "evaluation property")
                                       .arg(attribute));
                return std::nullopt;
            }
            if (attribute.contains(u'.')) {
                refuse(opPath, FlagdImport::tr("\"%1\" is a nested path into the context, which "
                                               "Pennon's flat contexts do not have")
                                       .arg(attribute));
                return std::nullopt;
            }
            operand.isAttribute = true;
            operand.attribute = attribute;
            return operand;
        }
        if (op == u"cat") {
            const QJsonArray pieces = argumentsOf(node.value);
            QString text;
            for (qsizetype i = 0; i < pieces.size(); ++i) {
                const std::optional<Operand> piece = readOperand(pieces.at(i), at(opPath, i), node.level);
                if (!piece)
                    return std::nullopt;
                if (piece->isAttribute || !isScalar(piece->literal)) {
                    refuse(at(opPath, i), FlagdImport::tr("\"cat\" of an attribute can only be a "
                                                          "bucketing expression"));
                    return std::nullopt;
                }
                text += catText(piece->literal, m_interpreted);
            }
            operand.literal = text;
            return operand;
        }
        refuse(opPath, FlagdImport::tr("\"%1\" cannot be compared: only attributes (\"var\") "
                                       "and literals can")
                               .arg(op));
        return std::nullopt;
    }

    /// The truth of a literal as JavaScript sees it.
    std::optional<bool> truthy(const QJsonValue &value, const QString &path)
    {
        switch (value.type()) {
        case QJsonValue::Bool: return value.toBool();
        case QJsonValue::Double: return value.toDouble() != 0 && !std::isnan(value.toDouble());
        case QJsonValue::String: return !value.toString().isEmpty();
        case QJsonValue::Null: return false;
        default:
            refuse(path, FlagdImport::tr("a list as a condition is not supported"));
            return std::nullopt;
        }
    }

    std::optional<Formula> readCondition(const QJsonValue &expression, const QString &expressionPath, int level)
    {
        const Node node = resolve(expression, expressionPath, level);
        if (!node.ok)
            return std::nullopt;
        const QString &path = node.path;
        if (!node.value.isObject()) {
            const std::optional<bool> t = truthy(node.value, path);
            if (!t)
                return std::nullopt;
            return Formula::constant(*t);
        }
        const QString op = operatorOf(node.value);
        if (op.isEmpty()) {
            refuse(path, FlagdImport::tr("an expression has exactly one operator"));
            return std::nullopt;
        }
        const QString opPath = field(path, op);
        if (const std::optional<Condition> exported = exportedCondition(node.value)) {
            if (const auto *c = std::get_if<ConstraintActivation>(&*exported)) {
                warnExported(*c, opPath);
                return Formula::of(*c);
            }
        }
        if (std::optional<Formula> idiom = exportIdiom(node.value, opPath))
            return idiom;
        const QJsonArray args = argumentsOf(node.value);
        const auto needArgs = [&](qsizetype low, qsizetype high) {
            if (args.size() >= low && args.size() <= high)
                return true;
            refuse(opPath, low == high ? FlagdImport::tr("\"%1\" takes %2 arguments, not %3")
                                                 .arg(op).arg(low).arg(args.size())
                                       : FlagdImport::tr("\"%1\" takes %2 to %3 arguments, not %4")
                                                 .arg(op).arg(low).arg(high).arg(args.size()));
            return false;
        };
        if (op == u"and" || op == u"or") {
            if (args.isEmpty()) {
                refuse(opPath, FlagdImport::tr("\"%1\" needs at least one condition").arg(op));
                return std::nullopt;
            }
            QList<Formula> children;
            for (qsizetype i = 0; i < args.size(); ++i) {
                const std::optional<Formula> child = readCondition(args.at(i), at(opPath, i), node.level);
                if (!child)
                    return std::nullopt;
                children.append(*child);
            }
            return op == u"and" ? Formula::all(children) : Formula::any(children);
        }
        if (op == u"!" || op == u"!!") {
            if (!needArgs(1, 1))
                return std::nullopt;
            const QJsonValue raw = node.value.toObject().value(op);
            const QString argPath = raw.isArray() ? at(opPath, 0) : opPath;
            const std::optional<Formula> inner = readCondition(args.at(0), argPath, node.level);
            if (!inner)
                return std::nullopt;
            return op == u"!" ? negated(*inner) : *inner;
        }
        if (op == u"==" || op == u"!=" || op == u"===" || op == u"!==") {
            if (!needArgs(2, 2))
                return std::nullopt;
            return comparison(op, args, opPath, node.level);
        }
        if (op == u"<" || op == u"<=" || op == u">" || op == u">=") {
            if (!needArgs(2, 3))
                return std::nullopt;
            return comparison(op, args, opPath, node.level);
        }
        if (op == u"in" || op == u"starts_with" || op == u"ends_with") {
            if (!needArgs(2, 2))
                return std::nullopt;
            return comparison(op, args, opPath, node.level);
        }
        if (op == u"sem_ver") {
            if (!needArgs(3, 3))
                return std::nullopt;
            return semverComparison(args, opPath, node.level);
        }
        if (op == u"var") {
            const std::optional<Operand> operand = readOperand(node.value, path, node.level);
            if (!operand)
                return std::nullopt;
            if (!operand->isAttribute) {
                const std::optional<bool> t = truthy(operand->literal, opPath);
                if (!t)
                    return std::nullopt;
                return Formula::constant(*t);
            }
            // JavaScript truthiness: absent, "", 0 and false are false. Pennon tests text, so
            // the strings "0" and "false" count as false too.
            m_warnings.append({opPath, FlagdImport::tr("an attribute as a condition: flagd counts "
                                                       "the strings \"0\" and \"false\" as true, "
                                                       "Pennon (which compares text) as false")});
            const QString &name = operand->attribute;
            const Formula present = Formula::all(
                    {atom(name, Operator::Present),
                     negated(atom(name, Operator::Regex, {u"\\A\\z"_s})),
                     atom(name, Operator::NotIn, {u"0"_s, u"false"_s})});
            if (operand->fallback.isNull())
                return present;
            const std::optional<bool> whenAbsent = truthy(operand->fallback, opPath);
            if (!whenAbsent)
                return std::nullopt;
            return withFallback(*operand, present, *whenAbsent);
        }
        refuse(opPath, unsupported(op));
        return std::nullopt;
    }

    // -----------------------------------------------------------------------------------------
    // Pennon's own flagd export writes IN, NOT_IN, STR_* and NUM_* as fixed JsonLogic idioms
    // that test the value's type as Pennon's constraints do (docs/flagd.md, "Export"); each
    // reads back as the constraint it came from, so that Pennon → flagd → Pennon round-trips.

    static QJsonValue call(const QString &op, const QJsonArray &args) { return QJsonObject{{op, args}}; }
    static QJsonValue varOf(const QString &attribute) { return QJsonObject{{u"var"_s, attribute}}; }

    /// The attribute an idiom is about: the name in {"var": name}.
    static QString plainAttribute(const QJsonValue &value)
    {
        if (operatorOf(value) != u"var")
            return QString();
        const QJsonValue name = value.toObject().value(u"var"_s);
        if (!name.isString() || name.toString().isEmpty() || name.toString().contains(u'.')
            || name.toString().startsWith(u"$flagd")) {
            return QString();
        }
        return name.toString();
    }

    static QJsonValue presentTest(const QString &a) { return call(u"!=="_s, {varOf(a), QJsonValue::Null}); }
    static QJsonValue scalarTest(const QString &a)
    {
        return call(u"in"_s, {varOf(a), call(u"merge"_s, {varOf(a)})});
    }
    static QJsonValue textOf(const QString &a) { return call(u"cat"_s, {varOf(a)}); }

    /// The tests of an idiom's last part: one, or an `or` of several.
    static QJsonArray alternativesOf(const QJsonValue &value)
    {
        if (operatorOf(value) == u"or" && value.toObject().value(u"or"_s).isArray())
            return value.toObject().value(u"or"_s).toArray();
        return QJsonArray{value};
    }

    static bool allStrings(const QJsonArray &values)
    {
        return std::all_of(values.begin(), values.end(), [](const QJsonValue &v) { return v.isString(); });
    }

    std::optional<Formula> exportIdiom(const QJsonValue &expression, const QString &path)
    {
        const QString op = operatorOf(expression);
        const QJsonValue argsValue = expression.toObject().value(op);
        if (!argsValue.isArray())
            return std::nullopt;
        const QJsonArray args = argsValue.toArray();
        if (op == u"if" && args.size() == 3 && operatorOf(args.at(0)) == u"in") {
            // IN: {"if": [scalar, {"in": [text, set]}, {"some": [v, {"in": [{"var": ""}, set]}]}]}
            const QJsonArray scalar = args.at(0).toObject().value(u"in"_s).toArray();
            const QString a = scalar.isEmpty() ? QString() : plainAttribute(scalar.at(0));
            if (a.isEmpty() || args.at(0) != scalarTest(a) || operatorOf(args.at(1)) != u"in")
                return std::nullopt;
            const QJsonArray in = args.at(1).toObject().value(u"in"_s).toArray();
            if (in.size() != 2 || in.at(0) != textOf(a) || !in.at(1).isArray() || !allStrings(in.at(1).toArray()))
                return std::nullopt;
            const QJsonArray set = in.at(1).toArray();
            if (args.at(2) != call(u"some"_s, {varOf(a), call(u"in"_s, {varOf(QString()), set})}))
                return std::nullopt;
            QStringList values;
            for (const QJsonValue &v : set)
                values.append(v.toString());
            Formula f = textIn(a, values);
            // An absent value is a scalar to the idiom, and its compiled text is "null".
            if (!m_interpreted && values.contains(u"null"_s))
                f = Formula::any({f, atom(a, Operator::Absent)});
            return f;
        }
        if (op != u"and" || (args.size() != 3 && args.size() != 5))
            return std::nullopt;
        const QJsonArray present = args.at(0).toObject().value(u"!=="_s).toArray();
        const QString a = present.isEmpty() ? QString() : plainAttribute(present.at(0));
        if (a.isEmpty() || args.at(0) != presentTest(a) || args.at(1) != scalarTest(a))
            return std::nullopt;
        QList<Formula> tests;
        if (args.size() == 3) {
            // STR_*: {"and": [present, scalar, any of starts_with / ends_with / in over the text]}
            for (const QJsonValue &test : alternativesOf(args.at(2))) {
                const QString testOp = operatorOf(test);
                const QJsonArray pair = test.toObject().value(testOp).toArray();
                if (pair.size() != 2)
                    return std::nullopt;
                if (testOp == u"in" && pair.at(0).isString() && pair.at(1) == textOf(a)) {
                    const QString text = pair.at(0).toString();
                    tests.append(!text.isEmpty() && text.trimmed() == text
                                         ? atom(a, Operator::StrContains, {text})
                                         : atom(a, Operator::Regex, {u"(?:"_s + QRegularExpression::escape(text) + u')'}));
                } else if ((testOp == u"starts_with" || testOp == u"ends_with") && pair.at(0) == textOf(a)
                           && pair.at(1).isString()) {
                    tests.append(textTest(a, testOp, pair.at(1).toString()));
                } else {
                    return std::nullopt;
                }
            }
        } else {
            // NUM_*: {"and": [present, scalar, not a string, not a boolean, any of OP [v, n]]}
            if (args.at(2) != call(u"!"_s, {call(u"==="_s, {textOf(a), varOf(a)})})
                || args.at(3) != call(u"!"_s, {call(u"==="_s, {call(u"!!"_s, {varOf(a)}), varOf(a)})})) {
                return std::nullopt;
            }
            for (const QJsonValue &test : alternativesOf(args.at(4))) {
                const QString testOp = operatorOf(test);
                const QJsonArray pair = test.toObject().value(testOp).toArray();
                if (pair.size() != 2 || pair.at(0) != varOf(a) || !pair.at(1).isDouble())
                    return std::nullopt;
                const Operator numeric = testOp == u"==" ? Operator::NumEq
                        : numericOperator(testOp).value_or(Operator::In);
                if (numeric == Operator::In)
                    return std::nullopt;
                tests.append(atom(a, numeric, {numberText(pair.at(1).toDouble())}));
            }
            m_warnings.append({path, FlagdImport::tr("a test for JSON numbers (as Pennon's flagd export "
                                                     "writes NUM_*) reads back as NUM_*, which also "
                                                     "holds for a decimal string such as \"17\"")});
        }
        if (tests.isEmpty())
            return std::nullopt;
        return Formula::all({atom(a, Operator::Present),
                             tests.size() == 1 ? tests.first() : Formula::any(tests)});
    }

    /// Puts var's default in: where the attribute is absent the comparison sees the default.
    static Formula withFallback(const Operand &operand, const Formula &present, bool whenAbsent)
    {
        if (whenAbsent)
            return Formula::any({present, atom(operand.attribute, Operator::Absent)});
        return Formula::all({atom(operand.attribute, Operator::Present), present});
    }

    /// The attribute equals the text (IN for plain text; Pennon trims and drops listed values,
    /// so other text becomes an anchored REGEX).
    static Formula textEquals(const QString &attribute, const QString &text)
    {
        if (!text.isEmpty() && text.trimmed() == text)
            return atom(attribute, Operator::In, {text});
        return atom(attribute, Operator::Regex,
                    {u"\\A"_s + QRegularExpression::escape(text) + u"\\z"_s});
    }

    static Formula textTest(const QString &attribute, const QString &kind, const QString &text)
    {
        const bool plain = !text.isEmpty() && text.trimmed() == text;
        const QString escaped = QRegularExpression::escape(text);
        if (kind == u"starts_with") {
            return plain ? atom(attribute, Operator::StrStartsWith, {text})
                         : atom(attribute, Operator::Regex, {u"\\A"_s + escaped});
        }
        if (kind == u"ends_with") {
            return plain ? atom(attribute, Operator::StrEndsWith, {text})
                         : atom(attribute, Operator::Regex, {u"(?:"_s + escaped + u")\\z"_s});
        }
        // "in" with a string: substring of a string, or an item of a list.
        if (plain) {
            return Formula::any({atom(attribute, Operator::StrContains, {text}),
                                 atom(attribute, Operator::In, {text})});
        }
        return atom(attribute, Operator::Regex, {text.isEmpty() ? u"\\A"_s : u"(?:"_s + escaped + u')'});
    }

    /// The attribute is one of the texts: IN for plain ones, one anchored REGEX for the rest.
    static Formula textIn(const QString &attribute, const QStringList &texts)
    {
        QStringList plain;
        QStringList other;
        for (const QString &text : texts) {
            QStringList &list = !text.isEmpty() && text.trimmed() == text ? plain : other;
            if (!list.contains(text))
                list.append(text);
        }
        QList<Formula> alternatives;
        if (!plain.isEmpty())
            alternatives.append(atom(attribute, Operator::In, plain));
        if (!other.isEmpty()) {
            QStringList escaped;
            for (const QString &text : std::as_const(other))
                escaped.append(QRegularExpression::escape(text));
            alternatives.append(atom(attribute, Operator::Regex,
                                     {u"\\A(?:"_s + escaped.join(u'|') + u")\\z"_s}));
        }
        if (alternatives.isEmpty())
            return Formula::constant(false);
        return alternatives.size() == 1 ? alternatives.first() : Formula::any(alternatives);
    }

    /// A REGEX that holds for the strings JavaScript orders before text (UTF-16 code units;
    /// text holds no surrogates): a proper prefix of it, or a smaller unit after a common
    /// prefix.
    static QString lessThanPattern(const QString &text)
    {
        QStringList alternatives;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t unit = text.at(i).unicode();
            QString alternative = QRegularExpression::escape(text.left(i)) + u"(?:\\z"_s;
            if (unit > 0)
                alternative += u"|[\\x{0}-\\x{"_s + QString::number(unit - 1, 16) + u"}]"_s;
            alternatives.append(alternative + u')');
        }
        return u"\\A(?:"_s + alternatives.join(u'|') + u')';
    }

    /// Whether flagd holds the comparison when the attribute is absent (var gives null or its
    /// default); nullopt (refused) when flagd throws.
    std::optional<bool> absentOutcome(const QString &op, const Operand &attribute, bool attributeFirst,
                                      const QJsonValue &literal, const QString &path,
                                      bool literalsOnly = false)
    {
        const QJsonValue seen = attribute.fallback;
        std::optional<bool> outcome;
        if (op == u"in") {
            if (attributeFirst) {
                if (literal.isArray()) {
                    outcome = false;
                    for (const QJsonValue &item : literal.toArray())
                        outcome = *outcome || strictEquals(item, seen);
                } else if (literal.isString()) {
                    // String.prototype.includes(String(seen)); "" is no list: nothing is in it.
                    outcome = !literal.toString().isEmpty()
                            && literal.toString().contains(seen.isNull() ? u"null"_s : scalarText(seen));
                } else if (literal.isNull()) {
                    outcome = false;
                }
            } else {
                if (seen.isNull())
                    outcome = false;
                else if (seen.isString() && literal.isString())
                    outcome = seen.toString().contains(literal.toString());
            }
        } else if (op == u"starts_with" || op == u"ends_with") {
            const QJsonValue a = attributeFirst ? seen : literal;
            const QJsonValue b = attributeFirst ? literal : seen;
            if (!a.isString() || !b.isString())
                outcome = false;
            else
                outcome = op == u"starts_with" ? a.toString().startsWith(b.toString())
                                               : a.toString().endsWith(b.toString());
        } else {
            outcome = attributeFirst ? foldCompare(op, seen, literal) : foldCompare(op, literal, seen);
        }
        if (!outcome) {
            refuse(path, literalsOnly
                           ? FlagdImport::tr("flagd fails to evaluate this comparison, which "
                                             "Pennon cannot reproduce")
                           : FlagdImport::tr("flagd fails to evaluate this comparison when the "
                                             "attribute is absent, which Pennon cannot reproduce"));
        }
        return outcome;
    }

    std::optional<Formula> comparison(const QString &op, const QJsonArray &args, const QString &path, int level)
    {
        QList<Operand> operands;
        for (qsizetype i = 0; i < args.size(); ++i) {
            const std::optional<Operand> operand = readOperand(args.at(i), at(path, i), level);
            if (!operand)
                return std::nullopt;
            operands.append(*operand);
        }
        qsizetype attributes = 0;
        qsizetype attributeIndex = -1;
        for (qsizetype i = 0; i < operands.size(); ++i) {
            if (operands.at(i).isAttribute) {
                ++attributes;
                attributeIndex = i;
            }
        }
        if (attributes > 1) {
            refuse(path, FlagdImport::tr("comparing two attributes with each other cannot be expressed"));
            return std::nullopt;
        }
        if (attributes == 0) {
            // Literals only: flagd's answer is the same for every context.
            bool holds = false;
            if (operands.size() == 2) {
                Operand first = operands.at(0);
                first.isAttribute = true;
                first.fallback = operands.at(0).literal;
                const std::optional<bool> value =
                        absentOutcome(op, first, true, operands.at(1).literal, path, true);
                if (!value)
                    return std::nullopt;
                holds = *value;
            } else {
                const std::optional<bool> firstPair = foldCompare(op, operands.at(0).literal, operands.at(1).literal);
                const std::optional<bool> secondPair = foldCompare(op, operands.at(1).literal, operands.at(2).literal);
                if (!firstPair || !secondPair) {
                    refuse(path, FlagdImport::tr("flagd fails to evaluate this comparison"));
                    return std::nullopt;
                }
                holds = *firstPair && *secondPair;
            }
            return Formula::constant(holds);
        }
        const Operand &attribute = operands.at(attributeIndex);
        const QString &name = attribute.attribute;

        if (operands.size() == 3) {
            // The between form a OP b OP c: one attribute and two numbers.
            QList<Formula> parts;
            for (qsizetype i = 0; i + 1 < operands.size(); ++i) {
                const qsizetype j = i + 1;
                if (i != attributeIndex && j != attributeIndex) {
                    const std::optional<bool> v = foldCompare(op, operands.at(i).literal, operands.at(j).literal);
                    if (!v) {
                        refuse(path, FlagdImport::tr("flagd fails to evaluate this comparison"));
                        return std::nullopt;
                    }
                    parts.append(Formula::constant(*v));
                    continue;
                }
                const bool attributeFirst = i == attributeIndex;
                const QJsonValue literal = operands.at(attributeFirst ? j : i).literal;
                const qsizetype literalIndex = attributeFirst ? j : i;
                const std::optional<Formula> part = numberComparison(
                        op, attribute, attributeFirst, literal, at(path, literalIndex), path);
                if (!part)
                    return std::nullopt;
                parts.append(*part);
            }
            return Formula::all(parts);
        }

        const bool attributeFirst = attributeIndex == 0;
        const qsizetype literalIndex = attributeFirst ? 1 : 0;
        const QJsonValue literal = operands.at(literalIndex).literal;
        const QString literalPath = at(path, literalIndex);

        if (op == u"<" || op == u"<=" || op == u">" || op == u">=")
            return numberComparison(op, attribute, attributeFirst, literal, literalPath, path);

        Formula present;
        if (op == u"==" || op == u"!=" || op == u"===" || op == u"!==") {
            const bool strict = op.size() == 3;
            switch (literal.type()) {
            case QJsonValue::Null:
                present = atom(name, Operator::Absent);
                break;
            case QJsonValue::String:
                present = textEquals(name, literal.toString());
                break;
            case QJsonValue::Double: {
                present = atom(name, Operator::NumEq, {numberText(literal.toDouble())});
                // An absent attribute is 0 to ==.
                if (!strict && literal.toDouble() == 0)
                    present = Formula::any({present, atom(name, Operator::Absent)});
                break;
            }
            case QJsonValue::Bool:
                present = atom(name, Operator::In, {scalarText(literal)});
                if (!strict && !literal.toBool())
                    present = Formula::any({present, atom(name, Operator::Absent)});
                break;
            default:
                refuse(literalPath, FlagdImport::tr("comparing with %1 is not supported")
                                            .arg(JsonDecoder::typeName(literal)));
                return std::nullopt;
            }
            if (op.startsWith(u'!'))
                present = negated(present);
        } else if (op == u"in") {
            if (attributeFirst) {
                if (literal.isNull())
                    return Formula::constant(false);
                if (literal.isString()) {
                    // A part of the string: one of its substrings. (An empty string is no
                    // list either: nothing is in it.)
                    const QString text = literal.toString();
                    if (text.size() > MaxTextForParts) {
                        refuse(literalPath, FlagdImport::tr("\"in\" with the attribute as a part of "
                                                            "a string longer than %1 characters "
                                                            "is not supported")
                                                    .arg(MaxTextForParts));
                        return std::nullopt;
                    }
                    QStringList parts;
                    if (!text.isEmpty()) {
                        for (qsizetype from = 0; from <= text.size(); ++from) {
                            for (qsizetype length = 0; from + length <= text.size(); ++length)
                                parts.append(text.mid(from, length));
                        }
                    }
                    present = textIn(name, parts);
                    // String(null) is "null".
                    if (!text.isEmpty() && text.contains(u"null"))
                        present = Formula::any({present, atom(name, Operator::Absent)});
                    if (attribute.fallback.isNull())
                        return present;
                    const std::optional<bool> whenAbsent =
                            absentOutcome(op, attribute, attributeFirst, literal, path);
                    if (!whenAbsent)
                        return std::nullopt;
                    return withFallback(attribute, present, *whenAbsent);
                }
                if (!literal.isArray()) {
                    refuse(literalPath, FlagdImport::tr("\"in\" needs a list or a string, not %1")
                                                .arg(JsonDecoder::typeName(literal)));
                    return std::nullopt;
                }
                QStringList plain;
                QList<Formula> alternatives;
                for (const QJsonValue &item : literal.toArray()) {
                    if (item.isNull()) {
                        alternatives.append(atom(name, Operator::Absent));
                    } else if (item.isString()) {
                        const QString text = item.toString();
                        if (!text.isEmpty() && text.trimmed() == text)
                            plain.append(text);
                        else
                            alternatives.append(textEquals(name, text));
                    } else if (item.isDouble()) {
                        alternatives.append(atom(name, Operator::NumEq, {numberText(item.toDouble())}));
                    } else {
                        plain.append(scalarText(item));
                    }
                }
                if (!plain.isEmpty())
                    alternatives.prepend(atom(name, Operator::In, plain));
                present = alternatives.isEmpty() ? Formula::constant(false) : Formula::any(alternatives);
            } else {
                if (!literal.isString()) {
                    refuse(literalPath, FlagdImport::tr("\"in\" looks for a string in the attribute, "
                                                        "not %1")
                                                .arg(JsonDecoder::typeName(literal)));
                    return std::nullopt;
                }
                present = textTest(name, op, literal.toString());
            }
        } else {
            // starts_with / ends_with: flagd-core gives false unless both are strings.
            if (!literal.isString())
                return Formula::constant(false);
            if (attributeFirst) {
                present = textTest(name, op, literal.toString());
            } else {
                // The attribute is a prefix (suffix) of a fixed string: one of them.
                const QString text = literal.toString();
                if (text.size() > MaxTextForParts) {
                    refuse(literalPath, FlagdImport::tr("\"%1\" with the attribute as a part of a "
                                                        "string longer than %2 characters is not "
                                                        "supported")
                                                .arg(op).arg(MaxTextForParts));
                    return std::nullopt;
                }
                QStringList parts;
                for (qsizetype length = 0; length <= text.size(); ++length)
                    parts.append(op == u"starts_with" ? text.left(length) : text.right(length));
                present = textIn(name, parts);
            }
        }
        if (attribute.fallback.isNull())
            return present;
        const std::optional<bool> whenAbsent = absentOutcome(op, attribute, attributeFirst, literal, path);
        if (!whenAbsent)
            return std::nullopt;
        return withFallback(attribute, present, *whenAbsent);
    }

    /// attribute OP number (or number OP attribute): JsonLogic reads an absent value as 0.
    std::optional<Formula> numberComparison(const QString &op, const Operand &attribute, bool attributeFirst,
                                            const QJsonValue &literal, const QString &literalPath,
                                            const QString &path)
    {
        if (literal.isString())
            return textComparison(op, attribute, attributeFirst, literal.toString(), literalPath, path);
        if (!literal.isDouble()) {
            refuse(literalPath, FlagdImport::tr("\"%1\" needs a number or a string, not %2")
                                        .arg(op, JsonDecoder::typeName(literal)));
            return std::nullopt;
        }
        const double n = literal.toDouble();
        Operator numeric = *numericOperator(op);
        if (!attributeFirst)
            numeric = flipped(numeric);
        Formula present = atom(attribute.attribute, numeric, {numberText(n)});
        if (!attribute.fallback.isNull()) {
            const std::optional<bool> whenAbsent = absentOutcome(op, attribute, attributeFirst, literal, path);
            if (!whenAbsent)
                return std::nullopt;
            return withFallback(attribute, present, *whenAbsent);
        }
        if (holdsNumerically(numeric, 0, n))
            present = Formula::any({present, atom(attribute.attribute, Operator::Absent)});
        return present;
    }

    /// attribute OP text: JavaScript orders two strings by their UTF-16 code units. flagd
    /// compares a number attribute with a numeric text as numbers, which the text forms of
    /// Pennon cannot, so numeric texts are refused.
    std::optional<Formula> textComparison(const QString &op, const Operand &attribute, bool attributeFirst,
                                          const QString &text, const QString &literalPath,
                                          const QString &path)
    {
        if (jsNumber(QJsonValue(text))) {
            refuse(literalPath, FlagdImport::tr("\"%1\" with the text \"%2\" compares as numbers or "
                                                "as text depending on the attribute's type, which "
                                                "cannot be expressed; compare with a number")
                                        .arg(op, text));
            return std::nullopt;
        }
        for (const QChar c : text) {
            if (c.isSurrogate()) {
                refuse(literalPath, FlagdImport::tr("ordering text with characters outside the "
                                                    "Basic Multilingual Plane is not supported"));
                return std::nullopt;
            }
        }
        QString effective = op;   // attribute OP text
        if (!attributeFirst) {
            effective = op == u"<" ? u">"_s : op == u"<=" ? u">="_s : op == u">" ? u"<"_s : u"<="_s;
        }
        const QString &name = attribute.attribute;
        const Formula less = atom(name, Operator::Regex, {lessThanPattern(text)});
        const Formula lessOrEqual = Formula::any({less, textEquals(name, text)});
        Formula present;
        if (effective == u"<")
            present = less;
        else if (effective == u"<=")
            present = lessOrEqual;
        else if (effective == u">")
            present = Formula::all({atom(name, Operator::Present), negated(lessOrEqual)});
        else
            present = Formula::all({atom(name, Operator::Present), negated(less)});
        // An absent attribute (null) against a text that is not a number: false.
        if (attribute.fallback.isNull())
            return present;
        const std::optional<bool> whenAbsent = absentOutcome(op, attribute, attributeFirst, QJsonValue(text), path);
        if (!whenAbsent)
            return std::nullopt;
        return withFallback(attribute, present, *whenAbsent);
    }

    std::optional<Formula> semverComparison(const QJsonArray &args, const QString &path, int level)
    {
        const std::optional<Operand> left = readOperand(args.at(0), at(path, 0), level);
        if (!left)
            return std::nullopt;
        const std::optional<Operand> opOperand = readOperand(args.at(1), at(path, 1), level);
        if (!opOperand)
            return std::nullopt;
        const std::optional<Operand> right = readOperand(args.at(2), at(path, 2), level);
        if (!right)
            return std::nullopt;
        if (opOperand->isAttribute || !opOperand->literal.isString()) {
            refuse(at(path, 1), FlagdImport::tr("sem_ver's operator must be a string"));
            return std::nullopt;
        }
        const QString op = opOperand->literal.toString();
        static const QStringList operators = {u"="_s, u"!="_s, u"<"_s, u"<="_s, u">"_s, u">="_s, u"^"_s, u"~"_s};
        if (!operators.contains(op)) {
            refuse(at(path, 1), FlagdImport::tr("unknown sem_ver operator \"%1\" (expected = != < <= > >= ^ ~)").arg(op));
            return std::nullopt;
        }
        if (left->isAttribute && right->isAttribute) {
            refuse(path, FlagdImport::tr("comparing two attributes with each other cannot be expressed"));
            return std::nullopt;
        }
        if (!left->isAttribute && !right->isAttribute)
            return Formula::constant(*foldSemver(left->literal, op, right->literal));
        const bool attributeFirst = left->isAttribute;
        const Operand &attribute = attributeFirst ? *left : *right;
        const QJsonValue literal = attributeFirst ? right->literal : left->literal;
        const QString literalPath = at(path, attributeFirst ? 2 : 0);
        if (!isScalar(literal)) {
            refuse(literalPath, FlagdImport::tr("a version must be a string"));
            return std::nullopt;
        }
        const std::optional<SemVer> version = flagdVersion(literal);
        if (!version) {
            // flagd-core cannot read it: the comparison never holds.
            m_warnings.append({literalPath, FlagdImport::tr("flagd cannot read \"%1\" as a version: "
                                                            "the comparison never holds")
                                                    .arg(scalarText(literal))});
            return Formula::constant(false);
        }
        if (!m_current->semverWarned) {
            // Once per flag, at the first sem_ver.
            m_current->semverWarned = true;
            m_warnings.append({path, FlagdImport::tr("sem_ver: flagd also reads context values such "
                                                     "as \"v1.2.3\", \"1.2\" or \" 1.2.3 \" as "
                                                     "versions; Pennon compares only strict "
                                                     "Semantic Versions")});
        }
        const QString name = attribute.attribute;
        const QString text = canonicalVersion(*version, literal);
        const auto cmp = [&](Operator o, const QString &v) {
            return atom(name, attributeFirst ? o : flipped(o), {v});
        };
        Formula present;
        if (op == u"=") {
            present = cmp(Operator::SemverEq, text);
        } else if (op == u"!=") {
            present = Formula::any({cmp(Operator::SemverLt, text), cmp(Operator::SemverGt, text)});
        } else if (op == u"<") {
            present = cmp(Operator::SemverLt, text);
        } else if (op == u"<=") {
            present = cmp(Operator::SemverLte, text);
        } else if (op == u">") {
            present = cmp(Operator::SemverGt, text);
        } else if (op == u">=") {
            present = cmp(Operator::SemverGte, text);
        } else {
            // ^: the same major version; ~: the same major and minor. X.Y.Z-0 is the lowest
            // version there is from X.Y.Z on.
            const quint64 major = version->majorVersion();
            const quint64 minor = version->minorVersion();
            if (major >= quint64(MaxSafeInteger) || minor >= quint64(MaxSafeInteger)) {
                refuse(literalPath, FlagdImport::tr("version %1 is too large").arg(text));
                return std::nullopt;
            }
            const QString low = op == u"^" ? versionText(major, 0, 0, u"0"_s) : versionText(major, minor, 0, u"0"_s);
            const QString high = op == u"^" ? versionText(major + 1, 0, 0, u"0"_s)
                                            : versionText(major, minor + 1, 0, u"0"_s);
            present = Formula::all({atom(name, Operator::SemverGte, {low}),
                                    atom(name, Operator::SemverLt, {high})});
        }
        if (attribute.fallback.isNull())
            return present;
        const bool whenAbsent = attributeFirst ? *foldSemver(attribute.fallback, op, literal)
                                               : *foldSemver(literal, op, attribute.fallback);
        return withFallback(attribute, present, whenAbsent);
    }

    QString m_environment;
    Problems *m_problems;
    Problems m_warnings;
    JsonDecoder m_d;
    QJsonObject m_evaluators;
    QList<FlagDef> m_flags;
    FlagDef *m_current = nullptr;
    bool m_interpreted = false;   ///< below an `if` json-logic-engine does not compile
};

} // namespace

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
