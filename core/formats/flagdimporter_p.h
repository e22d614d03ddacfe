// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// Private to the flagd import: the helpers (defined in flagdsemantics.cpp) and the Importer
// class that FlagdImport::read runs. Its members are defined by concern: file and flag
// structure, $ref and what targeting serves in flagdimport.cpp; Pennon's own export read back
// whole in flagdreadback.cpp; conditions and the export's JsonLogic idioms in
// flagdconditions.cpp.

#include "flagdimport.h"

#include "flagdexport.h"

#include "engine/bucketing.h"
#include "json/jsondecoder.h"
#include "json/jsonreader.h"
#include "json/jsonwriter.h"
#include "validation/validator.h"
#include "values/instant.h"
#include "values/semver.h"

#include <memory>

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

namespace FlagdImportDetail {

constexpr qint64 MaxSplitTotal = std::numeric_limits<qint32>::max();
constexpr qsizetype MaxRules = 256;          ///< per flag, after the normal form
constexpr double MaxSafeInteger = 9007199254740991.0; // 2^53 - 1, JavaScript's
constexpr qsizetype MaxTextForParts = 64;    ///< a fixed string whose parts become a list

QString field(const QString &path, const QString &key);
QString at(const QString &path, qsizetype index);
QString numberText(double n);
QString jsonText(const QJsonValue &value);
QString scalarText(const QJsonValue &value);
QString catText(const QJsonValue &value, bool interpreted);
bool isScalar(const QJsonValue &value);
bool isInert(const QJsonValue &value);
/// Where flagd-core cannot parse the targeting (an operator json-logic-engine 5 and flagd do
/// not know, anywhere in it, reached or not; an "if" without a list; a "$ref" to no
/// evaluator), as a JSON pointer below path; empty when it can. flagd-core then answers
/// PARSE_ERROR for every evaluation of the flag that is not DISABLED.
QString unparsableAt(const QJsonValue &targeting, const QJsonObject &evaluators, const QString &path);

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

ConstraintActivation constraint(const QString &attribute, Operator op, const QStringList &values = {});
Formula atom(const QString &attribute, Operator op, const QStringList &values = {});
Formula negated(const Formula &f);

using Conjunction = QList<ConstraintActivation>;
using Dnf = QList<Conjunction>;   ///< empty: never; one empty conjunction: always

bool contradicts(const ConstraintActivation &a, const ConstraintActivation &b);
std::optional<Conjunction> conjoin(const Conjunction &a, const Conjunction &b);
std::optional<Dnf> product(const Dnf &a, const Dnf &b);
std::optional<Dnf> toDnf(const Formula &f);

// ---------------------------------------------------------------------------------------------
// flagd's value semantics (json-logic-engine 5 as flagd-core 4.0.1 uses it) for literals

std::optional<double> jsNumber(const QJsonValue &value);
bool strictEquals(const QJsonValue &a, const QJsonValue &b);
std::optional<bool> foldCompare(const QString &op, const QJsonValue &a, const QJsonValue &b);
std::optional<SemVer> flagdVersion(const QJsonValue &raw);
std::optional<bool> foldSemver(const QJsonValue &a, const QString &op, const QJsonValue &b);
QString versionText(quint64 major, quint64 minor, quint64 patch, const QString &pre = {});
QString canonicalVersion(const SemVer &v, const QJsonValue &raw);

// ---------------------------------------------------------------------------------------------

/// One side of a comparison: a context attribute (with the value `var` gives when it is
/// absent) or a literal.
struct Operand {
    bool isAttribute = false;
    QString attribute;
    QJsonValue fallback;        ///< var's default; null when none
    QString fallbackPath;       ///< where the default is written
    QJsonValue literal;
};

/// What a branch serves: a variation, or a split.
struct ServeSpec {
    /// A variant's name ("" while the flag has no defaultVariant: no value), unless outcome
    /// is Error (a name the flag does not have, kept in source: flagd answers GENERAL).
    QString variation;
    ServeOutcome outcome = ServeOutcome::Variation;
    QString source;
    std::optional<Split> split;
    bool emptyKeyGuard = false;   ///< a fractional on targetingKey: an empty key stops too
    /// A fractional on cat: what an absent attribute gets (no split in it).
    std::shared_ptr<const ServeSpec> absent;

    static ServeSpec of(const QString &variation)
    {
        ServeSpec spec;
        spec.variation = variation;
        return spec;
    }
    /// This (without split) as what a rule serves.
    void applyTo(Serve *serve) const
    {
        serve->variation = variation;
        serve->outcome = outcome;
        serve->source = source;
        serve->split = split;
    }
    /// This (without split) as a bucket of a split.
    SplitWeight bucket(qint64 weight) const
    {
        SplitWeight w = SplitWeight::of(variation, weight);
        w.outcome = outcome;
        w.source = source;
        return w;
    }
};

struct FlagDef {
    Flag flag;
    QString path;
    QString defaultVariant;
    QList<Rule> rules;
    QStringList nullVariants;   ///< variants whose value is null: not imported
    bool failed = false;
    bool semverWarned = false;
};

class Importer final
{
public:
    Importer(const QString &environment, Problems *problems);

    const Problems &warnings() const;

    std::optional<Workspace> run(const QByteArray &bytes);

private:
    void problem(const QString &path, const QString &message);

    void refuse(const QString &path, const QString &message);

    QString sourcePath(const QString &workspacePath) const;

    // -----------------------------------------------------------------------------------------
    // Flags

    void readMetadata(const QJsonObject &metadata, const QString &path, Flag *flag);

    void readFlag(const QString &key, const QJsonValue &value, const QString &path);

    void readVariants(const QJsonValue &value, const QString &path);

    static bool holdsWhenAbsent(const ConstraintActivation &c);

    static bool simplify(Rule *rule);

    static void finishRules(FlagDef *def, EnvironmentConfig *config);

    // -----------------------------------------------------------------------------------------
    // $ref

    struct Node {
        QJsonValue value;
        QString path;
        int level = -1;    ///< index of the evaluator it is in, -1 for the flag's own targeting
        bool ok = true;
    };

    Node resolve(const QJsonValue &value, const QString &path, int level);

    static QString operatorOf(const QJsonValue &value);

    static QJsonArray argumentsOf(const QJsonValue &expression);

    // -----------------------------------------------------------------------------------------
    // Pennon's own flagd export, recognised whole: a reading of the targeting (or of one
    // condition) is taken only when the export, run on it, writes exactly the same JSON, so
    // that it means what the export meant (docs/flagd.md, "Import").

    static std::optional<QJsonArray> call(const QJsonValue &value, const QString &op);

    static QString presenceOf(const QJsonValue &value, const QString &op = u"!=="_s);

    static std::optional<std::pair<QString, QString>> saltedAttribute(const QJsonValue &value);

    static std::optional<std::pair<qint64, QJsonValue>> gateOf(const QJsonValue &value);

    QString saltFor(const QString &salt) const;

    QJsonValue conditionJson(const Condition &condition) const;

    QList<Condition> conditionCandidates(const QJsonValue &expression) const;

    QList<Condition> percentageCandidates(const QJsonArray &chain) const;

    std::optional<Condition> exportedCondition(const QJsonValue &expression) const;

    void warnExported(const ConstraintActivation &c, const QString &path);

    std::optional<Serve> exportedServe(const QJsonValue &value) const;

    QJsonValue exportedJson(const QList<Rule> &rules, const Serve &defaultServe) const;

    std::optional<Rule> exportedRule(const QJsonValue &condition, const QJsonValue &served,
                                     const QJsonArray &stops) const;

    std::optional<EnvironmentConfig> exportedTargeting(const QJsonValue &targeting,
                                                       const EnvironmentConfig &base, const QString &path);

    // -----------------------------------------------------------------------------------------
    // What a targeting expression serves

    void addRules(const Dnf &prefix, const ServeSpec &spec, const QString &path);

    std::optional<ServeSpec> variantOf(const QJsonValue &value, const QString &path);
    static bool servesNoValue(EnvironmentConfig *config);
    std::optional<Formula> timestampComparison(const QString &op, const QJsonArray &args, const QString &path);
    void serveNamedByContext(const QJsonValue &expression, const QString &path, int level, const Dnf &prefix);

    static QString nullServed(const QString &name);

    void serveRules(const QJsonValue &expression, const QString &expressionPath, int level,
                    const Dnf &prefix);

    QString unsupported(const QString &op) const;

    bool alwaysBoolean(const QJsonValue &expression, int level);

    // -----------------------------------------------------------------------------------------
    // fractional

    std::optional<ServeSpec> readFractional(const QJsonValue &expression, const QString &path, int level);

    ServeSpec constantVariation(const Split &split, const QString &key) const;

    // -----------------------------------------------------------------------------------------
    // Conditions

    std::optional<Operand> readOperand(const QJsonValue &value, const QString &valuePath, int level);

    std::optional<bool> truthy(const QJsonValue &value, const QString &path);

    std::optional<Formula> readCondition(const QJsonValue &expression, const QString &expressionPath, int level);

    // -----------------------------------------------------------------------------------------
    // Pennon's own flagd export writes IN, NOT_IN, STR_* and NUM_* as fixed JsonLogic idioms
    // that test the value's type as Pennon's constraints do (docs/flagd.md, "Export"); each
    // reads back as the constraint it came from, so that Pennon → flagd → Pennon round-trips.

    static QJsonValue call(const QString &op, const QJsonArray &args);
    static QJsonValue varOf(const QString &attribute);

    static QString plainAttribute(const QJsonValue &value);

    static QJsonValue presentTest(const QString &a);
    static QJsonValue scalarTest(const QString &a);
    static QJsonValue textOf(const QString &a);

    static QJsonArray alternativesOf(const QJsonValue &value);

    static bool allStrings(const QJsonArray &values);

    std::optional<Formula> exportIdiom(const QJsonValue &expression, const QString &path);

    static Formula withFallback(const Operand &operand, const Formula &present, bool whenAbsent);

    static Formula textEquals(const QString &attribute, const QString &text);

    static Formula textTest(const QString &attribute, const QString &kind, const QString &text);

    static Formula textIn(const QString &attribute, const QStringList &texts);

    static QString lessThanPattern(const QString &text);

    std::optional<bool> absentOutcome(const QString &op, const Operand &attribute, bool attributeFirst,
                                      const QJsonValue &literal, const QString &path,
                                      bool literalsOnly = false);

    std::optional<Formula> comparison(const QString &op, const QJsonArray &args, const QString &path, int level);

    std::optional<Formula> compared(const QString &op, const QList<Operand> &operands, const QString &path,
                                    qsizetype offset);

    bool listDefaultRefused(const Operand &operand);

    std::optional<Formula> numberComparison(const QString &op, const Operand &attribute, bool attributeFirst,
                                            const QJsonValue &literal, const QString &literalPath,
                                            const QString &path);

    std::optional<Formula> textComparison(const QString &op, const Operand &attribute, bool attributeFirst,
                                          const QString &text, const QString &literalPath,
                                          const QString &path);

    std::optional<Formula> semverComparison(const QJsonArray &args, const QString &path, int level);

    QString m_environment;
    Problems *m_problems;
    Problems m_warnings;
    JsonDecoder m_d;
    QJsonObject m_evaluators;
    QList<FlagDef> m_flags;
    FlagDef *m_current = nullptr;
    bool m_interpreted = false;   ///< below an `if` json-logic-engine does not compile
};

} // namespace FlagdImportDetail

} // namespace Pennon
