// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "personaevaluator.h"

#include "engine/engine.h"
#include "engine/pluginregistry.h"
#include "text/flagtext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

QString compactJson(const QJsonValue &value)
{
    // QJsonDocument writes arrays and objects only: the value inside a one-element array.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString ruleText(const Engine &engine, const EvaluationResult &result, const QString &environment)
{
    if (result.rule < 0 || result.flag < 0)
        return {};
    const Flag &flag = engine.flag(result.flag);
    const auto config = flag.environments.constFind(environment);
    const QString number = QCoreApplication::translate("PersonaEvaluator", "Rule %1").arg(result.rule + 1);
    if (config == flag.environments.cend() || result.rule >= config->rules.size())
        return number;
    const Rule &rule = config->rules.at(result.rule);
    const QString name = !rule.name.isEmpty() ? rule.name : rule.id;
    return name.isEmpty() ? number : number + u": "_s + name;
}

} // namespace

PersonaEvaluator::PersonaEvaluator(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);   // one answer at a time; a stale one is cancelled
}

PersonaEvaluator::~PersonaEvaluator()
{
    if (m_cancel)
        *m_cancel = true;
    m_pool.waitForDone();   // nothing is posted to a deleted evaluator
}

void PersonaEvaluator::evaluate(const Workspace &workspace, const Context &context,
                                const QStringList &environments)
{
    if (m_cancel)
        *m_cancel = true;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    const int generation = ++m_generation;
    ++m_running;
    m_pool.start([this, workspace, context, environments, cancel, generation] {
        std::shared_ptr<const PersonaAnswer> answer = compute(workspace, context, environments, cancel.get());
        if (*cancel)
            answer.reset();   // stale: freed here, not on the GUI thread
        QMetaObject::invokeMethod(this, [this, answer, generation, cancel] {
            --m_running;
            if (answer && generation == m_generation && !*cancel)
                Q_EMIT evaluated(answer);
        }, Qt::QueuedConnection);
    });
}

std::shared_ptr<PersonaAnswer> PersonaEvaluator::compute(const Workspace &workspace, const Context &context,
                                                         const QStringList &environments,
                                                         const std::atomic_bool *cancelled)
{
    QElapsedTimer timer;
    timer.start();
    auto answer = std::make_shared<PersonaAnswer>();
    answer->context = context;
    answer->environments = environments;
    for (const QString &environment : environments)
        answer->environmentNames.append(FlagText::environmentName(workspace, environment));
    for (const Flag &flag : workspace.flags) {
        if (!flag.archived)
            answer->flags.append(flag.key);
    }
    for (const QString &environment : environments) {
        if (cancelled && *cancelled)
            return answer;
        std::shared_ptr<const Engine> engine = Engine::compile(workspace, environment, PluginRegistry::shared());
        // Bound to the answer's own copy of the context, which lives as long as the engine here.
        const BoundContext bound = engine->bind(answer->context);
        QList<PersonaCell> cells;
        cells.reserve(answer->flags.size());
        for (const QString &key : std::as_const(answer->flags)) {
            if (cancelled && (cells.size() & 0xff) == 0 && *cancelled)
                return answer;   // stale: a newer request follows
            const int flag = engine->flagIndex(key);
            EvaluationResult result;
            if (flag >= 0)
                result = engine->evaluate(flag, bound);
            else
                result.error = ErrorCode::FlagNotFound;
            PersonaCell cell = describe(*engine, result, environment);
            cell.flag = flag;
            cells.append(cell);
        }
        answer->engines.append(std::move(engine));
        answer->cells.append(std::move(cells));
    }
    answer->elapsedMs = timer.elapsed();
    return answer;
}

PersonaCell PersonaEvaluator::describe(const Engine &engine, const EvaluationResult &result,
                                       const QString &environment)
{
    PersonaCell cell;
    cell.flag = result.flag;
    cell.result = result;
    cell.variation = engine.variationKey(result);
    if (result.variation >= 0)
        cell.value = compactJson(engine.value(result));
    cell.reason = reasonName(result.reason);
    if (result.error != ErrorCode::None)
        cell.reason += u" ("_s + errorCodeName(result.error) + u')';
    cell.rule = ruleText(engine, result, environment);
    return cell;
}

} // namespace Pennon
