// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/context.h"
#include "engine/evaluationresult.h"
#include "model/persona.h"
#include "model/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace Pennon {

class Engine;

/// One attribute of a matrix with every value it takes (Simulate ▸ Matrix…). The values are
/// written as text, a comma-separated list of items:
///
///     de,fr,us                a value per item; spaces around an item are dropped
///     18..80                  every whole number from 18 to 80, both included
///     18..80 step 10          18, 28, ..., 78 (the step a whole number above 0)
///     free, 1..3, pro         items mix
///     a\,b   1\..2   \\       a backslash takes the next character as it is: a comma, a dot
///                             (so that ".." is no range), a space or a backslash
///
/// An item is never empty. Every value is then typed as a PersonaAttribute of the attribute's
/// type (PersonaAttribute::jsonValue): "17" is a number for a number attribute and text for a
/// string one. Unlike `range(18,80)` of pennonctl's attribute generators, which draws one
/// number per user at random, a matrix range takes every number.
struct MatrixAttribute {
    Q_DECLARE_TR_FUNCTIONS(MatrixAttribute)
public:
    QString name;
    PersonaAttribute::Type type = PersonaAttribute::Type::String;
    QString text;                ///< the values as written
    QStringList values;          ///< each value's text
    QList<QJsonValue> json;      ///< each value as the context holds it

    /// Reads the values; on failure nullopt, with *error naming the attribute, the character
    /// (1-based, in text) and what is wrong there, and *position that character (0-based).
    static std::optional<MatrixAttribute> parse(const QString &name, PersonaAttribute::Type type,
                                                const QString &text, QString *error,
                                                qsizetype *position = nullptr);
};

/// What a matrix evaluates: every combination of the attributes' values (the user id is one of
/// them, usually named userId), each as one context, optionally at a moment ("evaluate as of").
/// Combination n takes, for attribute a, value (n / product of the later attributes' counts)
/// modulo a's count: the last attribute varies fastest.
struct MatrixSpec {
    Q_DECLARE_TR_FUNCTIONS(MatrixSpec)
public:
    static constexpr qint64 MaxCombinations = 100'000;

    QList<MatrixAttribute> attributes;
    std::optional<QDateTime> currentTime;
    QString idAttribute = QStringLiteral("userId");   ///< becomes the persona's user id

    /// The number of combinations (1 without attributes); MaxCombinations + 1 when above the cap.
    qint64 combinations() const;
    /// Names present and distinct, and not too many combinations; else false with *error.
    bool check(QString *error) const;
    /// The value index of attribute a in combination n.
    int valueIndex(qint64 combination, int attribute) const;
    QJsonObject contextJson(qint64 combination) const;
    Context context(qint64 combination) const;
    /// The combination as a persona: the id attribute its user id, the others typed
    /// attributes, the moment its currentTime.
    Persona persona(qint64 combination) const;
};

/// One flag in one environment: how many combinations got each variation.
struct MatrixCell {
    QList<qint64> counts;   ///< per variation of the flag
    qint64 unserved = 0;    ///< no variation, no error (e.g. a served "no value")
    qint64 errors = 0;      ///< reason ERROR without a variation
    qint64 total() const;
    friend bool operator==(const MatrixCell &, const MatrixCell &) = default;
};

/// The counts of a matrix, flags × environments, and the engines that gave them (kept so that
/// a cell's detail can be recomputed with the same configuration).
struct MatrixResult {
    Q_DECLARE_TR_FUNCTIONS(MatrixResult)
public:
    QStringList environments;
    QStringList environmentNames;
    QStringList flags;                                ///< keys
    QList<QStringList> variations;                    ///< per flag, its variation keys
    QList<QList<MatrixCell>> cells;                   ///< [flag][environment]
    QList<std::shared_ptr<const Engine>> engines;     ///< per environment
    qint64 combinations = 0;
    qint64 evaluated = 0;                             ///< combinations done (fewer when cancelled)
    bool cancelled = false;
    double seconds = 0;
    QString error;

    /// Whether the flag's cells are not all the same across the environments.
    bool differs(int flag) const;
    /// A cell in words: "on 12 · off 4 · no variation 1 · error 2" (zeros left out).
    QString cellText(int flag, int environment) const;
    /// The counts as CSV: flag,environment,variation,count (empty variation: none; "ERROR").
    QByteArray csv() const;
};

/// Evaluates a matrix with the real Engine: the workspace compiled once per environment, every
/// combination's context bound to each, every chosen flag evaluated.
class Matrix final
{
    Q_DECLARE_TR_FUNCTIONS(Matrix)
public:
    /// flags: keys to evaluate, in that order (a key the workspace lacks is left out).
    /// cancelled may stop it early (then result.cancelled); progress counts combinations done.
    /// threads ≤ 0: QThread::idealThreadCount(). The counts do not depend on threads.
    static MatrixResult evaluate(const Workspace &workspace, const MatrixSpec &spec,
                                 const QStringList &environments, const QStringList &flags,
                                 const std::atomic_bool *cancelled = nullptr,
                                 std::atomic<qint64> *progress = nullptr, int threads = 0);
    /// Every combination's result for one cell, in combination order (recomputed with the
    /// result's engine). Empty when cancelled.
    static QList<EvaluationResult> detail(const MatrixResult &result, const MatrixSpec &spec,
                                          int flag, int environment,
                                          const std::atomic_bool *cancelled = nullptr);
};

} // namespace Pennon
