// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagdimporter_p.h"

namespace Pennon::FlagdImportDetail {

QString field(const QString &path, const QString &key)
{
    return path + u'/' + pointerToken(key);
}

QString at(const QString &path, qsizetype index)
{
    return path + u'/' + QString::number(index);
}

QString numberText(double n)
{
    return QString::fromLatin1(JsonWriter::formatNumber(n));
}

QString unparsableAt(const QJsonValue &targeting, const QJsonObject &evaluators, const QString &path)
{
    // json-logic-engine 5.0's methods (Object.keys(new LogicEngine().methods)) and flagd's.
    static const QSet<QString> methods = {
        u"+"_s, u"*"_s, u"/"_s, u"-"_s, u"%"_s, u"throw"_s, u"max"_s, u"min"_s, u"in"_s,
        u"preserve"_s, u"if"_s, u"<"_s, u"<="_s, u">"_s, u">="_s, u"=="_s, u"==="_s, u"!="_s,
        u"!=="_s, u"or"_s, u"??"_s, u"try"_s, u"and"_s, u"substr"_s, u"length"_s, u"exists"_s,
        u"val"_s, u"map"_s, u"some"_s, u"all"_s, u"none"_s, u"merge"_s, u"filter"_s, u"reduce"_s,
        u"!"_s, u"!!"_s, u"cat"_s, u"keys"_s, u"pipe"_s, u"eachKey"_s, u"every"_s, u"?:"_s,
        u"not"_s, u"get"_s, u"var"_s, u"missing"_s, u"missing_some"_s,
        u"starts_with"_s, u"ends_with"_s, u"sem_ver"_s, u"fractional"_s,
    };
    if (targeting.isArray()) {
        const QJsonArray items = targeting.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (QString where = unparsableAt(items.at(i), evaluators, at(path, i)); !where.isEmpty())
                return where;
        }
        return {};
    }
    if (!targeting.isObject() || targeting.toObject().size() != 1)
        return {}; // a literal; an object of several keys is not a call (the import refuses it)
    const QJsonObject o = targeting.toObject();
    const QString op = o.begin().key();
    const QJsonValue arguments = o.begin().value();
    if (op == u"$ref" && path.startsWith(u"/$evaluators/"_s))
        return {}; // a reference inside an evaluator: the import refuses it
    if (op == u"$ref") {
        // flagd-core puts the evaluator in its place before parsing; an unknown one stays.
        if (!arguments.isString() || !evaluators.contains(arguments.toString()))
            return field(path, op);
        return unparsableAt(evaluators.value(arguments.toString()), evaluators,
                            u"/$evaluators/"_s + pointerToken(arguments.toString()));
    }
    if (!methods.contains(op) || (op == u"if" && !arguments.isArray()))
        return field(path, op);
    if (op == u"preserve")
        return {}; // its argument is data
    return unparsableAt(arguments, evaluators, field(path, op));
}

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

/// Whether flagd-core evaluates the expression without ever failing, whatever the context:
/// literals, lists of them, and "var" and "cat" over them. Where flagd ignores a value,
/// the import ignores only such a one.
bool isInert(const QJsonValue &value)
{
    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        return std::all_of(items.begin(), items.end(), [](const QJsonValue &item) { return isInert(item); });
    }
    if (!value.isObject())
        return true;
    const QJsonObject o = value.toObject();
    if (o.size() != 1 || (o.begin().key() != u"var" && o.begin().key() != u"cat"))
        return false;
    return isInert(o.begin().value());
}

ConstraintActivation constraint(const QString &attribute, Operator op, const QStringList &values)
{
    ConstraintActivation c;
    c.attribute = attribute;
    c.op = op;
    c.values = values;
    return c;
}

Formula atom(const QString &attribute, Operator op, const QStringList &values)
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
        // PRESENT and ABSENT (no values) are each other's negation; say it without negate.
        const OperatorInfo &info = operatorInfo(c.op);
        if (!info.takesValues() && info.complement && !c.negate)
            c.op = *info.complement;
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

bool contradicts(const ConstraintActivation &a, const ConstraintActivation &b)
{
    if (a.attribute != b.attribute)
        return false;
    const OperatorInfo &info = operatorInfo(a.op);
    const bool presence = !info.takesValues() && info.complement == b.op;
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

QString versionText(quint64 major, quint64 minor, quint64 patch, const QString &pre)
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

} // namespace Pennon::FlagdImportDetail
