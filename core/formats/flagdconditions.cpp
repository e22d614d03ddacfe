// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagdimporter_p.h"

namespace Pennon::FlagdImportDetail {

// -----------------------------------------------------------------------------------------
// Conditions

std::optional<Operand> Importer::readOperand(const QJsonValue &value, const QString &valuePath, int level)
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
            const bool inertRest = std::all_of(list.begin() + std::min<qsizetype>(2, list.size()), list.end(),
                                               [](const QJsonValue &v) { return isInert(v); });
            if (list.isEmpty() || !inertRest) {
                refuse(opPath, FlagdImport::tr("\"var\" takes a name and an optional default"));
                return std::nullopt;
            }
            if (list.size() > 2) {
                m_warnings.append({at(opPath, 2), FlagdImport::tr("\"var\" takes a name and an "
                                                                  "optional default: flagd ignores "
                                                                  "the rest, and so does the import")});
            }
            name = list.at(0);
            if (list.size() >= 2) {
                // A list of literals is read where flagd's answer for it is known: "in" looks
                // into it, and as a condition it is true when not empty (listDefaultRefused).
                const QJsonValue fallback = list.at(1);
                const bool literalList = fallback.isArray()
                        && std::all_of(fallback.toArray().begin(), fallback.toArray().end(),
                                       [](const QJsonValue &v) { return isScalar(v); });
                if (!isScalar(fallback) && !literalList) {
                    refuse(at(opPath, 1), FlagdImport::tr("a default value must be a string, "
                                                          "number, boolean or null"));
                    return std::nullopt;
                }
                operand.fallback = fallback;
                operand.fallbackPath = at(opPath, 1);
            }
        }
        if (name.isDouble()) {
            // json-logic-engine reads the attribute named String(n).
            const QString text = numberText(name.toDouble());
            m_warnings.append({opPath, FlagdImport::tr("\"var\" of the number %1 reads the "
                                                       "attribute \"%1\", as flagd does")
                                               .arg(text)});
            name = text;
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
std::optional<bool> Importer::truthy(const QJsonValue &value, const QString &path)
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

std::optional<Formula> Importer::readCondition(const QJsonValue &expression, const QString &expressionPath, int level)
{
    const Node node = resolve(expression, expressionPath, level);
    if (!node.ok)
        return std::nullopt;
    const QString &path = node.path;
    if (node.value.isArray()) {
        // json-logic-engine evaluates the items and counts a list as true when it is not empty.
        if (!isInert(node.value)) {
            refuse(path, FlagdImport::tr("a list as a condition is supported when it holds only "
                                         "literals and attributes"));
            return std::nullopt;
        }
        const bool holds = !node.value.toArray().isEmpty();
        m_warnings.append({path, holds ? FlagdImport::tr("a list as a condition: flagd counts a list "
                                                         "that is not empty as true, the condition "
                                                         "always holds")
                                       : FlagdImport::tr("an empty list as a condition: flagd counts "
                                                         "it as false, the condition never holds")});
        return Formula::constant(holds);
    }
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
            m_warnings.append({opPath, FlagdImport::tr("\"%1\" of no conditions gives null, which "
                                                       "is false: the condition never holds")
                                               .arg(op)});
            return Formula::constant(false);
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
        // json-logic-engine reads the first argument only.
        const bool inertRest = std::all_of(args.begin() + std::min<qsizetype>(1, args.size()), args.end(),
                                           [](const QJsonValue &v) { return isInert(v); });
        if (args.isEmpty() || !inertRest) {
            needArgs(1, 1);
            return std::nullopt;
        }
        if (args.size() > 1) {
            m_warnings.append({at(opPath, 1), FlagdImport::tr("\"%1\" reads its first argument "
                                                              "only: flagd ignores the rest, and "
                                                              "so does the import")
                                                      .arg(op)});
        }
        const QJsonValue raw = node.value.toObject().value(op);
        const QString argPath = raw.isArray() ? at(opPath, 0) : opPath;
        const std::optional<Formula> inner = readCondition(args.at(0), argPath, node.level);
        if (!inner)
            return std::nullopt;
        return op == u"!" ? negated(*inner) : *inner;
    }
    if (op == u"==" || op == u"!=" || op == u"===" || op == u"!==") {
        if (args.size() < 2 && !needArgs(2, 2))
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
        if (args.size() != 3) {
            // flagd-core's sem_ver gives null for any other count: it never holds.
            for (qsizetype i = 0; i < args.size(); ++i) {
                if (!readOperand(args.at(i), at(opPath, i), node.level))
                    return std::nullopt;
            }
            m_warnings.append({opPath, FlagdImport::tr("\"sem_ver\" takes 3 arguments, not %1: "
                                                       "flagd's sem_ver gives null, the condition "
                                                       "never holds")
                                               .arg(args.size())});
            return Formula::constant(false);
        }
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
        if (operand->fallback.isArray()) {
            // JsonLogic counts a list as true when it is not empty.
            const bool holds = !operand->fallback.toArray().isEmpty();
            m_warnings.append({operand->fallbackPath,
                               FlagdImport::tr("a list as the default: flagd counts it as %1 "
                                               "where the attribute is absent, and so does the "
                                               "import")
                                       .arg(holds ? u"true"_s : u"false"_s)});
            return withFallback(*operand, present, holds);
        }
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

QJsonValue Importer::call(const QString &op, const QJsonArray &args)
{
    return QJsonObject{{op, args}};
}

QJsonValue Importer::varOf(const QString &attribute)
{
    return QJsonObject{{u"var"_s, attribute}};
}

/// The attribute an idiom is about: the name in {"var": name}.
QString Importer::plainAttribute(const QJsonValue &value)
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

QJsonValue Importer::presentTest(const QString &a)
{
    return call(u"!=="_s, {varOf(a), QJsonValue::Null});
}

QJsonValue Importer::scalarTest(const QString &a)
{
    return call(u"in"_s, {varOf(a), call(u"merge"_s, {varOf(a)})});
}

QJsonValue Importer::textOf(const QString &a)
{
    return call(u"cat"_s, {varOf(a)});
}

/// The tests of an idiom's last part: one, or an `or` of several.
QJsonArray Importer::alternativesOf(const QJsonValue &value)
{
    if (operatorOf(value) == u"or" && value.toObject().value(u"or"_s).isArray())
        return value.toObject().value(u"or"_s).toArray();
    return QJsonArray{value};
}

bool Importer::allStrings(const QJsonArray &values)
{
    return std::all_of(values.begin(), values.end(), [](const QJsonValue &v) { return v.isString(); });
}

std::optional<Formula> Importer::exportIdiom(const QJsonValue &expression, const QString &path)
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
            const OperatorInfo *numeric = operatorByFlagd(FlagdForm::Comparison, testOp);
            if (!numeric)
                return std::nullopt;
            tests.append(atom(a, numeric->op, {numberText(pair.at(1).toDouble())}));
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
Formula Importer::withFallback(const Operand &operand, const Formula &present, bool whenAbsent)
{
    if (whenAbsent)
        return Formula::any({present, atom(operand.attribute, Operator::Absent)});
    return Formula::all({atom(operand.attribute, Operator::Present), present});
}

/// The attribute equals the text (IN for plain text; Pennon trims and drops listed values,
/// so other text becomes an anchored REGEX).
Formula Importer::textEquals(const QString &attribute, const QString &text)
{
    if (!text.isEmpty() && text.trimmed() == text)
        return atom(attribute, Operator::In, {text});
    return atom(attribute, Operator::Regex,
                {u"\\A"_s + QRegularExpression::escape(text) + u"\\z"_s});
}

Formula Importer::textTest(const QString &attribute, const QString &kind, const QString &text)
{
    const bool plain = !text.isEmpty() && text.trimmed() == text;
    const QString escaped = QRegularExpression::escape(text);
    if (kind == u"starts_with" || kind == u"ends_with") {
        if (plain)
            return atom(attribute, operatorByFlagd(FlagdForm::TextTest, kind)->op, {text});
        if (kind == u"starts_with")
            return atom(attribute, Operator::Regex, {u"\\A"_s + escaped});
        return atom(attribute, Operator::Regex, {u"(?:"_s + escaped + u")\\z"_s});
    }
    // "in" with a string: substring of a string, or an item of a list.
    if (plain) {
        return Formula::any({atom(attribute, operatorByFlagd(FlagdForm::TextTest, kind)->op, {text}),
                             atom(attribute, operatorByFlagd(FlagdForm::TextSet, kind)->op, {text})});
    }
    return atom(attribute, Operator::Regex, {text.isEmpty() ? u"\\A"_s : u"(?:"_s + escaped + u')'});
}

/// The attribute is one of the texts: IN for plain ones, one anchored REGEX for the rest.
Formula Importer::textIn(const QString &attribute, const QStringList &texts)
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
QString Importer::lessThanPattern(const QString &text)
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

/// A list as var's default is read by "in" (the list searched) and as a condition only.
bool Importer::listDefaultRefused(const Operand &operand)
{
    if (!operand.fallback.isArray())
        return false;
    refuse(operand.fallbackPath, FlagdImport::tr("a list as the default is supported where \"in\" "
                                                 "searches it or as a condition; elsewhere a "
                                                 "default must be a string, number, boolean or null"));
    return true;
}

/// Whether flagd holds the comparison when the attribute is absent (var gives null or its
/// default); nullopt (refused) when flagd throws.
std::optional<bool> Importer::absentOutcome(const QString &op, const Operand &attribute, bool attributeFirst,
                                            const QJsonValue &literal, const QString &path,
                                            bool literalsOnly)
{
    const QJsonValue seen = attribute.fallback;
    std::optional<bool> outcome;
    if (seen.isArray() && !literalsOnly) {
        if (op != u"in" || attributeFirst) {
            listDefaultRefused(attribute);
            return std::nullopt;
        }
        // "text" in [list]: Array.prototype.includes, strict.
        outcome = false;
        for (const QJsonValue &item : seen.toArray())
            outcome = *outcome || strictEquals(item, literal);
        m_warnings.append({attribute.fallbackPath,
                           FlagdImport::tr("a list as the default: where the attribute is absent "
                                           "flagd looks into the list, and so does the import")});
        return outcome;
    }
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

/// $flagd.timestamp (flagd-core: Math.floor(Date.now() / 1000)) ordered against a number, as
/// DATE_* on currentTime; nullopt when it is not that comparison.
std::optional<Formula> Importer::timestampComparison(const QString &op, const QJsonArray &args, const QString &path)
{
    if (args.size() != 2 || !(op == u"<" || op == u"<=" || op == u">" || op == u">="))
        return std::nullopt;
    const auto isTimestamp = [](const QJsonValue &v) {
        const QJsonValue name = v.toObject().value(u"var"_s);
        return v.isObject() && v.toObject().size() == 1
            && (name == QJsonValue(u"$flagd.timestamp"_s)
                || (name.isArray() && name.toArray().size() == 1 && name.toArray().first() == QJsonValue(u"$flagd.timestamp"_s)));
    };
    const bool first = isTimestamp(args.at(0)) && args.at(1).isDouble();
    if (!first && !(isTimestamp(args.at(1)) && args.at(0).isDouble()))
        return std::nullopt;
    const double n = args.at(first ? 1 : 0).toDouble();
    QString effective = op;   // timestamp OP n
    if (!first)
        effective = op == u"<" ? u">"_s : op == u"<=" ? u">="_s : op == u">" ? u"<"_s : u"<="_s;
    // T = floor(t / 1000 ms): T > n is t >= (floor(n) + 1) s, T >= n is t >= ceil(n) s,
    // T < n is t < ceil(n) s, T <= n is t < (floor(n) + 1) s.
    const bool after = effective == u">" || effective == u">=";
    const double seconds = effective == u">" || effective == u"<=" ? std::floor(n) + 1 : std::ceil(n);
    // Instants Pennon writes and reads alike: years 0001 to 9999.
    constexpr double first_ = -62135596800.0;   // 0001-01-01T00:00:00Z
    constexpr double last_ = 253402300799.0;    // 9999-12-31T23:59:59Z
    m_warnings.append({path, FlagdImport::tr("$flagd.timestamp becomes %1 on currentTime, which a context "
                                             "may give (flagd always takes the clock)")
                                     .arg(after ? u"DATE_AFTER"_s : u"DATE_BEFORE"_s)});
    if (seconds <= first_)
        return Formula::constant(after);
    if (seconds > last_)
        return Formula::constant(!after);
    const qint64 ms = qint64(seconds) * 1000;
    const QString instant = Instant(after ? ms - 1 : ms).toString();
    return atom(u"currentTime"_s, after ? Operator::DateAfter : Operator::DateBefore, {instant});
}

std::optional<Formula> Importer::comparison(const QString &op, const QJsonArray &givenArgs, const QString &path, int level)
{
    if (std::optional<Formula> timestamp = timestampComparison(op, givenArgs, path))
        return timestamp;
    QJsonArray args = givenArgs;
    if (op == u"in" && args.size() == 2 && args.at(1).isArray()) {
        // flagd's "in" is Array.prototype.includes: a list inside the list is never the
        // same value as the one looked for. Lists of literals are dropped.
        QJsonArray items = args.at(1).toArray();
        for (qsizetype i = items.size() - 1; i >= 0; --i) {
            const QJsonValue item = items.at(i);
            const std::function<bool(const QJsonValue &)> literal = [&literal](const QJsonValue &v) {
                const QJsonArray list = v.toArray();
                return isScalar(v) || (v.isArray() && std::all_of(list.begin(), list.end(), literal));
            };
            if (item.isArray() && literal(item)) {
                m_warnings.append({at(at(path, 1), i),
                                   FlagdImport::tr("a list inside the list of \"in\" never matches "
                                                   "(flagd compares strictly), and the import "
                                                   "leaves it out")});
                items.removeAt(i);
            }
        }
        args.replace(1, items);
    }
    QList<Operand> operands;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const std::optional<Operand> operand = readOperand(args.at(i), at(path, i), level);
        if (!operand)
            return std::nullopt;
        operands.append(*operand);
    }
    const bool equality = op == u"==" || op == u"!=" || op == u"===" || op == u"!==";
    if (!equality || operands.size() <= 2)
        return compared(op, operands, path, 0);
    // json-logic-engine compares each argument with the next: a == b && b == c, except that
    // its loose comparison passes on null for a falsy b after a null a, and 0 for a null b
    // after a falsy a; and its interpreter (below a short "if") differs more. Those are
    // refused.
    if (m_interpreted) {
        refuse(path, FlagdImport::tr("\"%1\" with more than 2 arguments below an \"if\" "
                                     "without an else is not supported")
                             .arg(op));
        return std::nullopt;
    }
    if (op.size() == 2) {
        const auto falsy = [&](qsizetype i) {
            const Operand &operand = operands.at(i);
            return !operand.isAttribute
                    && (operand.literal.isArray() || !truthy(operand.literal, at(path, i)).value_or(false));
        };
        for (qsizetype i = 1; i + 1 < operands.size(); ++i) {
            const qsizetype culprit = falsy(i) ? i : operands.at(i).isAttribute && falsy(i - 1) ? i - 1 : -1;
            if (culprit >= 0) {
                refuse(at(path, culprit), FlagdImport::tr("\"%1\" with more than 2 arguments is "
                                                          "supported when no middle argument, nor "
                                                          "a literal before a middle attribute, is "
                                                          "null, false, 0, empty or a list")
                                                  .arg(op));
                return std::nullopt;
            }
        }
    }
    m_warnings.append({path, FlagdImport::tr("\"%1\" with %2 arguments: flagd compares each "
                                             "with the next and holds when all pairs do, and so "
                                             "does the import")
                                     .arg(op).arg(operands.size())});
    QList<Formula> pairs;
    for (qsizetype i = 0; i + 1 < operands.size(); ++i) {
        const std::optional<Formula> pair = compared(op, {operands.at(i), operands.at(i + 1)}, path, i);
        if (!pair)
            return std::nullopt;
        pairs.append(*pair);
    }
    return Formula::all(pairs);
}

/// The comparison of operands read from the arguments from index offset on.
std::optional<Formula> Importer::compared(const QString &op, const QList<Operand> &operands, const QString &path,
                                          qsizetype offset)
{
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
                    op, attribute, attributeFirst, literal, at(path, offset + literalIndex), path);
            if (!part)
                return std::nullopt;
            parts.append(*part);
        }
        return Formula::all(parts);
    }

    const bool attributeFirst = attributeIndex == 0;
    const qsizetype literalIndex = attributeFirst ? 1 : 0;
    const QJsonValue literal = operands.at(literalIndex).literal;
    const QString literalPath = at(path, offset + literalIndex);

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
std::optional<Formula> Importer::numberComparison(const QString &op, const Operand &attribute, bool attributeFirst,
                                                  const QJsonValue &literal, const QString &literalPath,
                                                  const QString &path)
{
    if (literal.isString())
        return textComparison(op, attribute, attributeFirst, literal.toString(), literalPath, path);
    if (literal.isBool() || literal.isNull()) {
        // JsonLogic orders true as 1, false and null as 0, and a string attribute against
        // them as a number too (no string order, no failure: "x" < null is false).
        const QJsonValue number = *jsNumber(literal);
        m_warnings.append({literalPath, FlagdImport::tr("\"%1\" with %2 compares as with the "
                                                        "number %3, as flagd does")
                                                .arg(op, jsonText(literal), numberText(number.toDouble()))});
        return numberComparison(op, attribute, attributeFirst, number, literalPath, path);
    }
    if (!literal.isDouble()) {
        refuse(literalPath, FlagdImport::tr("\"%1\" needs a number or a string, not %2")
                                    .arg(op, JsonDecoder::typeName(literal)));
        return std::nullopt;
    }
    const double n = literal.toDouble();
    // attribute OP n, or n OP attribute: attribute CONVERSE n.
    const OperatorInfo *numeric = operatorByFlagd(FlagdForm::Comparison, op);
    if (!attributeFirst)
        numeric = &operatorInfo(*numeric->converse);
    Formula present = atom(attribute.attribute, numeric->op, {numberText(n)});
    if (!attribute.fallback.isNull()) {
        const std::optional<bool> whenAbsent = absentOutcome(op, attribute, attributeFirst, literal, path);
        if (!whenAbsent)
            return std::nullopt;
        return withFallback(attribute, present, *whenAbsent);
    }
    if (foldCompare(numeric->flagdOperator.toString(), 0.0, n).value_or(false))
        present = Formula::any({present, atom(attribute.attribute, Operator::Absent)});
    return present;
}

/// attribute OP text: JavaScript orders two strings by their UTF-16 code units. flagd
/// compares a number attribute with a numeric text as numbers, which the text forms of
/// Pennon cannot, so numeric texts are refused.
std::optional<Formula> Importer::textComparison(const QString &op, const Operand &attribute, bool attributeFirst,
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

std::optional<Formula> Importer::semverComparison(const QJsonArray &args, const QString &path, int level)
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
    if (opOperand->isAttribute || opOperand->literal.isArray()) {
        refuse(at(path, 1), FlagdImport::tr("sem_ver's operator must be a string"));
        return std::nullopt;
    }
    // flagd-core takes String(operator); for any but these it gives null: never holds.
    const QJsonValue &opLiteral = opOperand->literal;
    const QString op = opLiteral.isNull() ? u"null"_s : scalarText(opLiteral);
    static const QStringList operators = {u"="_s, u"!="_s, u"<"_s, u"<="_s, u">"_s, u">="_s, u"^"_s, u"~"_s};
    if (!opLiteral.isString() || !operators.contains(op)) {
        m_warnings.append({at(path, 1), FlagdImport::tr("unknown sem_ver operator %1 (expected = != "
                                                        "< <= > >= ^ ~): flagd's sem_ver gives null, "
                                                        "the condition never holds")
                                                .arg(jsonText(opLiteral))});
        return Formula::constant(false);
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
        return atom(name, attributeFirst ? o : *operatorInfo(o).converse, {v});
    };
    Formula present;
    if (const OperatorInfo *semver = operatorByFlagd(FlagdForm::SemVer, op)) {
        present = cmp(semver->op, text);
    } else if (op == u"!=") {
        present = Formula::any({cmp(Operator::SemverLt, text), cmp(Operator::SemverGt, text)});
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
    if (listDefaultRefused(attribute))
        return std::nullopt;
    const bool whenAbsent = attributeFirst ? *foldSemver(attribute.fallback, op, literal)
                                           : *foldSemver(literal, op, attribute.fallback);
    return withFallback(attribute, present, whenAbsent);
}

} // namespace Pennon::FlagdImportDetail
