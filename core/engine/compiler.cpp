// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Engine::compile: turns a workspace's flags for one environment into an evaluation plan.
// Everything that can be prepared is prepared here, so that evaluation only compares. A part
// the validator finds broken fails closed (docs/semantics.md, "Broken data"): a condition
// that never holds, a serve that never serves; the trace and Engine::problems() say why.

#include "engine.h"
#include "plan.h"
#include "operators.h"
#include "pluginregistry.h"

#include "validation/validator.h"
#include "values/instant.h"
#include "values/unleashvalues.h"

#include <QTimeZone>

#include <functional>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxNesting = 16; // segments within segments; the validator refuses cycles

class Compiler final
{
public:
    Compiler(const Workspace &workspace, EnginePlan *plan, const PluginRegistry *plugins)
        : m_workspace(workspace), m_plan(plan), m_plugins(plugins), m_checker(workspace)
    {
    }

    int attribute(const QString &name)
    {
        const auto it = m_plan->attributeIndex.constFind(name);
        if (it != m_plan->attributeIndex.cend())
            return it.value();
        const int index = int(m_plan->attributeNames.size());
        m_plan->attributeNames.append(name);
        m_plan->attributeIndex.insert(name, index);
        return index;
    }

    StickinessPlan stickiness(const Stickiness &s)
    {
        StickinessPlan plan;
        for (const QString &name : s.attributes)
            plan.attributes.append(attribute(name));
        plan.absence = s.absence;
        return plan;
    }

    static QByteArray saltFor(const QString &salt, BucketingScheme scheme, const Flag &flag)
    {
        if (!salt.isEmpty())
            return salt.toUtf8();
        return scheme == BucketingScheme::Rollout ? QByteArray() : flag.key.toUtf8();
    }

    /// Adds a problem once: a broken segment or library activation is compiled for every
    /// rule that uses it.
    void report(const QString &path, const QString &message)
    {
        const Problem problem{path, message};
        const QString text = problem.toString();
        if (m_reported.contains(text))
            return;
        m_reported.insert(text);
        m_plan->problems.append(problem);
    }

    /// A condition that never holds, whatever its negate; `problems` say why.
    void never(ConditionPlan *plan, const Problems &problems)
    {
        QStringList reasons;
        for (const Problem &problem : problems) {
            reasons.append(problem.message);
            report(problem.path, Engine::tr("%1: the condition never holds").arg(problem.message));
        }
        plan->kind = ConditionPlan::Kind::Never;
        plan->broken = reasons.join(u"; "_s);
    }

    /// A condition that makes its flag ERROR with `code`.
    void error(ConditionPlan *plan, ErrorCode code, const QString &message)
    {
        plan->kind = ConditionPlan::Kind::Error;
        plan->errorCode = code;
        plan->broken = message;
        report(plan->path, message);
    }

    ConditionPlan condition(const Condition &condition, const Flag &flag, const QString &path, int depth)
    {
        ConditionPlan plan;
        plan.path = path;
        plan.label = label(condition);
        if (depth > MaxNesting) {
            error(&plan, ErrorCode::General, Engine::tr("segments nested deeper than %1 levels").arg(MaxNesting));
            return plan;
        }
        // The owner matters for a rule's own conditions only (a flag is not its own
        // prerequisite); segments and library activations are checked as the validator does.
        const Flag *owner = depth == 0 ? &flag : nullptr;
        if (const Problems problems = m_checker.condition(condition, path, owner); !problems.isEmpty()) {
            never(&plan, problems);
            return plan;
        }
        std::visit([&](const auto &c) { compile(&plan, c, flag, depth); }, condition);
        return plan;
    }

    static QString label(const Condition &condition)
    {
        return std::visit([](const auto &c) -> QString {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, UserListActivation>) {
                return u"userList "_s + c.attribute;
            } else if constexpr (std::is_same_v<T, RegexActivation>) {
                return u"regex "_s + c.attribute + u" ~ /"_s + c.pattern + u'/';
            } else if constexpr (std::is_same_v<T, ConstraintActivation>) {
                const QStringList values = listedValues(c.values);
                return u"constraint "_s + c.attribute + u' '
                    + (c.unknownOperator.isEmpty() ? operatorName(c.op) : c.unknownOperator)
                    + (c.negate ? u" (negated)"_s : QString())
                    + (values.isEmpty() ? QString() : u' ' + values.join(u", "));
            } else if constexpr (std::is_same_v<T, PercentageActivation>) {
                return u"percentage "_s + QString::number(c.percentage)
                    + (c.stickiness.attributes.isEmpty() ? u"% at random"_s
                                                         : u"% by "_s + c.stickiness.attributes.join(u", "))
                    + u" ("_s + schemeName(c.scheme) + u')';
            } else if constexpr (std::is_same_v<T, ScheduleActivation>) {
                return u"schedule "_s + c.start + u" .. "_s + c.end + u" ("_s + c.timeZone + u')';
            } else if constexpr (std::is_same_v<T, IpActivation>) {
                return u"ipCidr "_s + c.attribute;
            } else if constexpr (std::is_same_v<T, PrerequisiteActivation>) {
                return u"prerequisite "_s + c.flag
                    + (c.variations.isEmpty() ? u" is enabled"_s : u" serves "_s + c.variations.join(u", "));
            } else if constexpr (std::is_same_v<T, SegmentActivation>) {
                return u"segment "_s + c.segment;
            } else if constexpr (std::is_same_v<T, PluginActivation>) {
                return u"plugin "_s + c.plugin;
            } else {
                return u"activation "_s + c.key;
            }
        }, condition);
    }

    void compile(ConditionPlan *plan, const UserListActivation &c, const Flag &, int)
    {
        plan->kind = ConditionPlan::Kind::UserList;
        plan->attribute = attribute(c.attribute);
        // Unleash's userWithId compares the ids as SDKs split them, untrimmed.
        plan->set = TextSet(c.source == ConditionSource::Unleash ? c.values : listedValues(c.values), false);
    }

    void compile(ConditionPlan *plan, const RegexActivation &c, const Flag &, int)
    {
        plan->kind = ConditionPlan::Kind::Regex;
        plan->attribute = attribute(c.attribute);
        if (auto pattern = Pattern::compile(c.pattern, c.caseInsensitive))
            plan->patterns.append(*pattern);
        else
            plan->kind = ConditionPlan::Kind::Never; // the checker said so already
    }

    /// An Unleash-sourced constraint: its operands as Unleash SDKs read them, an unusable one
    /// making the operator false, an unknown operator false whatever negate.
    void compileUnleash(ConditionPlan *plan, const ConstraintActivation &c)
    {
        if (!c.unknownOperator.isEmpty()) {
            plan->kind = ConditionPlan::Kind::Never;
            plan->broken = Engine::tr("operator \"%1\" is not one Unleash SDKs know: false, negated or not")
                                   .arg(c.unknownOperator);
            return;
        }
        plan->unleash = true;
        const QString problem = Validator::unleashOperandProblem(c);
        if (!problem.isEmpty()) {
            plan->operandUnusable = true;
            plan->broken = problem;
            return;
        }
        const QString value = c.values.isEmpty() ? QString() : c.values.constFirst();
        switch (operatorInfo(c.op).operand) {
        case OperandType::Number:
            plan->numbers = {*UnleashValues::number(value)};
            return;
        case OperandType::Version: {
            QStringView text = QStringView(value).trimmed();
            if (text.startsWith(u'v'))
                text = text.mid(1);
            plan->semvers = {*SemVer::parse(text)};
            return;
        }
        case OperandType::Pattern:
            // The pattern as written: SDKs do not trim it.
            plan->patterns = {*Pattern::compile(value, c.caseInsensitive)};
            return;
        case OperandType::Address:
            // SDKs skip what is not an address or range, and keep the families apart.
            for (const QString &range : listedValues(c.values)) {
                if (const auto cidr = Cidr::parse(range))
                    (UnleashValues::isIPv6Text(range) ? plan->cidrs6 : plan->cidrs).append(*cidr);
            }
            return;
        default:
            break;
        }
        compileOperands(plan, c, listedValues(c.values));
    }

    void compile(ConditionPlan *plan, const ConstraintActivation &c, const Flag &, int)
    {
        plan->kind = ConditionPlan::Kind::Constraint;
        const OperatorInfo &info = operatorInfo(c.op);
        // DATE_AFTER and DATE_BEFORE compare currentTime, whatever attribute the constraint
        // names (docs/semantics.md); the context's currentTime, or now when it has none.
        plan->attribute = attribute(info.onCurrentTime ? u"currentTime"_s : c.attribute);
        plan->op = c.op;
        plan->negate = c.negate;
        plan->caseInsensitive = c.caseInsensitive;
        if (c.source == ConditionSource::Unleash)
            compileUnleash(plan, c);
        else
            compileOperands(plan, c, listedValues(c.values));
        plan->test = constraintTest(*plan);
    }

    /// The operands as Pennon reads them; the checker has refused values that do not parse.
    static void compileOperands(ConditionPlan *plan, const ConstraintActivation &c, const QStringList &values)
    {
        switch (operatorInfo(c.op).operand) {
        case OperandType::Text:
            // Equality looks the text up in a set; the STR_* operators test each value.
            if (c.op == Operator::In || c.op == Operator::NotIn)
                plan->set = TextSet(values, c.caseInsensitive);
            else
                plan->strings = values;
            break;
        case OperandType::Pattern:
            for (const QString &value : values) {
                if (auto pattern = Pattern::compile(value, c.caseInsensitive))
                    plan->patterns.append(*pattern);
            }
            break;
        case OperandType::Number:
            for (const QString &value : values) {
                double number = 0;
                if (parseDecimal(value, &number))
                    plan->numbers.append(number);
            }
            break;
        case OperandType::Date:
            for (const QString &value : values) {
                if (auto instant = Instant::parse(value))
                    plan->instants.append(instant->msecsSinceEpoch());
            }
            break;
        case OperandType::Version:
            for (const QString &value : values) {
                if (auto version = SemVer::parse(value))
                    plan->semvers.append(*version);
            }
            break;
        case OperandType::Address:
            for (const QString &value : values) {
                if (auto cidr = Cidr::parse(value))
                    plan->cidrs.append(*cidr);
            }
            break;
        case OperandType::None:
            break;
        }
    }

    void compile(ConditionPlan *plan, const PercentageActivation &c, const Flag &flag, int)
    {
        plan->kind = ConditionPlan::Kind::Percentage;
        plan->percentage = c.percentage;
        plan->stickiness = stickiness(c.stickiness);
        // An Unleash groupId is hashed as written, an empty one as empty.
        plan->salted = Bucketing::Salted(c.scheme, false,
            c.source == ConditionSource::Unleash ? c.salt.toUtf8() : saltFor(c.salt, c.scheme, flag));
    }

    void compile(ConditionPlan *plan, const ScheduleActivation &c, const Flag &, int)
    {
        plan->kind = ConditionPlan::Kind::Schedule;
        const QTimeZone zone(c.timeZone.toUtf8());
        if (!c.start.isEmpty()) {
            if (auto instant = Instant::parse(c.start, zone))
                plan->start = instant->msecsSinceEpoch();
        }
        if (!c.end.isEmpty()) {
            if (auto instant = Instant::parse(c.end, zone))
                plan->end = instant->msecsSinceEpoch();
        }
        // Defence in depth: a bound the checker let through but that does not parse here must
        // not open the schedule on that side.
        if ((!c.start.isEmpty() && !plan->start) || (!c.end.isEmpty() && !plan->end) || (!plan->start && !plan->end))
            plan->kind = ConditionPlan::Kind::Never;
        plan->attribute = attribute(u"currentTime"_s);
    }

    void compile(ConditionPlan *plan, const IpActivation &c, const Flag &, int)
    {
        plan->kind = ConditionPlan::Kind::Ip;
        plan->attribute = attribute(c.attribute);
        if (c.source == ConditionSource::Unleash) {
            // Unleash's remoteAddress: an entry written exactly as the address, or an IPv4
            // entry's range (SDKs test IPv4 ranges only).
            plan->unleash = true;
            plan->set = TextSet(c.values, false);
            for (const QString &value : c.values) {
                if (UnleashValues::isIPv6Text(value))
                    continue;
                if (auto cidr = Cidr::parse(value))
                    plan->cidrs.append(*cidr);
            }
            return;
        }
        for (const QString &value : listedValues(c.values)) {
            if (auto cidr = Cidr::parse(value))
                plan->cidrs.append(*cidr);
        }
    }

    void compile(ConditionPlan *plan, const PrerequisiteActivation &c, const Flag &, int)
    {
        plan->kind = ConditionPlan::Kind::Prerequisite;
        plan->flag = m_plan->flagIndex.value(c.flag, -1);
        if (plan->flag < 0) {
            plan->kind = ConditionPlan::Kind::Never;
            return;
        }
        const Flag &other = m_workspace.flags.at(plan->flag);
        for (const QString &variation : c.variations) {
            for (qsizetype i = 0; i < other.variations.size(); ++i) {
                if (other.variations.at(i).key == variation)
                    plan->variations.append(int(i));
            }
        }
        // An empty list means "enabled"; a list none of whose keys is known never holds.
        if (!c.variations.isEmpty() && plan->variations.isEmpty())
            plan->kind = ConditionPlan::Kind::Never;
    }

    void compile(ConditionPlan *plan, const SegmentActivation &c, const Flag &flag, int depth)
    {
        plan->kind = ConditionPlan::Kind::Segment;
        const Segment *segment = m_workspace.segment(c.segment);
        if (!segment) {
            // Only an Unleash-sourced reference gets here (the checker refuses Pennon's own).
            plan->kind = ConditionPlan::Kind::Never;
            plan->broken = u"segment "_s + c.segment + u" is not in the workspace: false, as in Unleash SDKs"_s;
            return;
        }
        const qsizetype segmentIndex = segment - m_workspace.segments.constData();
        for (qsizetype i = 0; i < segment->conditions.size(); ++i) {
            plan->children.append(condition(segment->conditions.at(i), flag,
                u"/segments/"_s + QString::number(segmentIndex) + u"/conditions/"_s + QString::number(i),
                depth + 1));
        }
    }

    void compile(ConditionPlan *plan, const PluginActivation &c, const Flag &, int)
    {
        plan->kind = ConditionPlan::Kind::Plugin;
        const ActivationPlugin *plugin = m_plugins ? m_plugins->find(c.plugin) : nullptr;
        if (!plugin) {
            error(plan, ErrorCode::PluginError, Engine::tr("no activation plugin of type \"%1\" is loaded").arg(c.plugin));
            return;
        }
        QString message;
        std::unique_ptr<PluginCondition> created = plugin->create(c.config, &message);
        if (!created) {
            error(plan, ErrorCode::PluginError, Engine::tr("plugin \"%1\" rejects its configuration: %2").arg(c.plugin, message));
            return;
        }
        plan->label += u": "_s + created->describe();
        plan->plugin = std::move(created);
    }

    void compile(ConditionPlan *plan, const ActivationRef &c, const Flag &flag, int depth)
    {
        const Activation *activation = m_workspace.activation(c.key);
        if (!activation || std::holds_alternative<ActivationRef>(activation->condition)) {
            plan->kind = ConditionPlan::Kind::Never;
            return;
        }
        const qsizetype index = activation - m_workspace.activations.constData();
        *plan = condition(activation->condition, flag,
                          u"/activations/"_s + QString::number(index) + u"/condition"_s, depth + 1);
        plan->label = (activation->name.isEmpty() ? activation->key : activation->name)
            + u": "_s + plan->label;
    }

    ServePlan serve(const Serve &serve, const Flag &flag, const QString &path)
    {
        ServePlan plan;
        if (const Problems problems = m_checker.serve(serve, flag, path); !problems.isEmpty()) {
            QStringList reasons;
            for (const Problem &problem : problems)
                reasons.append(problem.message);
            plan.broken = reasons.join(u"; "_s);
            report(path, Engine::tr("%1: it serves nothing").arg(plan.broken));
            return plan;
        }
        if (!serve.split) {
            plan.variation = served(serve.outcome, flag, serve.variation);
            plan.source = serve.source;
            return plan;
        }
        const Split &split = *serve.split;
        plan.isSplit = true;
        for (const SplitWeight &weight : split.weights) {
            plan.variations.append(served(weight.outcome, flag, weight.variation));
            plan.weights.append(weight.weight);
        }
        plan.total = split.total;
        plan.stickiness = stickiness(split.stickiness);
        plan.salted = Bucketing::Salted(split.scheme, true, saltFor(split.salt, split.scheme, flag));
        return plan;
    }

    /// The variation's index, or the Served code of another outcome.
    static int served(ServeOutcome outcome, const Flag &flag, const QString &variation)
    {
        switch (outcome) {
        case ServeOutcome::Variation: return variationIndex(flag, variation);
        case ServeOutcome::NoValue: return Served::NoValue;
        case ServeOutcome::Error: return Served::GeneralError;
        case ServeOutcome::ParseError: return Served::ParseError;
        }
        return -1;
    }

    static int variationIndex(const Flag &flag, const QString &key)
    {
        for (qsizetype i = 0; i < flag.variations.size(); ++i) {
            if (flag.variations.at(i).key == key)
                return int(i);
        }
        return -1;
    }

    void compileFlag(qsizetype index)
    {
        const Flag &flag = m_workspace.flags.at(index);
        FlagPlan &plan = m_plan->plans[index];
        const auto config = flag.environments.constFind(m_plan->environment);
        if (config == flag.environments.cend())
            return;
        plan.configured = true;
        plan.on = config->on;
        plan.offVariation = variationIndex(flag, config->offVariation);
        const QString flagPath = u"/flags/"_s + QString::number(index) + u"/environments/"_s
            + pointerToken(m_plan->environment);
        if (plan.offVariation < 0) {
            // Nothing to fall back on: the flag answers ERROR without a variation.
            plan.error = ErrorCode::General;
            m_plan->problems.append({flagPath + u"/offVariation"_s,
                Engine::tr("unknown variation \"%1\": the flag evaluates as ERROR").arg(config->offVariation)});
        }
        for (qsizetype r = 0; r < config->rules.size(); ++r) {
            const Rule &rule = config->rules.at(r);
            RulePlan rulePlan;
            rulePlan.id = rule.id;
            rulePlan.name = rule.name;
            if (rule.disabled) {
                // Skipped as if absent: nothing in it can make the flag ERROR, form a
                // prerequisite cycle or be reported as unusable.
                rulePlan.disabled = true;
                plan.rules.append(rulePlan);
                continue;
            }
            const QString rulePath = flagPath + u"/rules/"_s + QString::number(r);
            for (qsizetype c = 0; c < rule.conditions.size(); ++c) {
                rulePlan.conditions.append(condition(rule.conditions.at(c), flag,
                    rulePath + u"/conditions/"_s + QString::number(c), 0));
            }
            rulePlan.serve = serve(rule.serve, flag, rulePath + u"/serve"_s);
            plan.rules.append(rulePlan);
        }
        plan.defaultServe = serve(config->defaultServe, flag, flagPath + u"/defaultServe"_s);
        if (const ErrorCode code = errorCode(plan); code != ErrorCode::None && plan.error == ErrorCode::None)
            plan.error = code;
    }

    /// PLUGIN_ERROR when a condition's plugin failed, GENERAL for another condition that
    /// cannot be evaluated, None when every condition can.
    static ErrorCode errorCode(const FlagPlan &plan)
    {
        ErrorCode code = ErrorCode::None;
        const std::function<void(const QList<ConditionPlan> &)> scan = [&](const QList<ConditionPlan> &conditions) {
            for (const ConditionPlan &c : conditions) {
                if (c.kind == ConditionPlan::Kind::Error && code != ErrorCode::PluginError)
                    code = c.errorCode;
                scan(c.children);
            }
        };
        for (const RulePlan &rule : plan.rules)
            scan(rule.conditions);
        return code;
    }

    /// Marks every flag that can reach itself through prerequisites.
    void findCycles()
    {
        const qsizetype n = m_plan->plans.size();
        QList<QList<int>> edges(n);
        const std::function<void(qsizetype, const QList<ConditionPlan> &)> collect =
            [&](qsizetype from, const QList<ConditionPlan> &conditions) {
                for (const ConditionPlan &c : conditions) {
                    if (c.kind == ConditionPlan::Kind::Prerequisite && c.flag >= 0)
                        edges[from].append(c.flag);
                    collect(from, c.children);
                }
            };
        for (qsizetype i = 0; i < n; ++i) {
            for (const RulePlan &rule : std::as_const(m_plan->plans[i].rules))
                collect(i, rule.conditions);
        }
        // A flag is on a cycle when a walk from any of its prerequisites comes back to it.
        for (qsizetype start = 0; start < n; ++start) {
            QList<bool> seen(n, false);
            QList<int> stack = edges.at(start);
            bool cyclic = false;
            while (!stack.isEmpty() && !cyclic) {
                const int next = stack.takeLast();
                if (next == start) {
                    cyclic = true;
                } else if (!seen.at(next)) {
                    seen[next] = true;
                    stack.append(edges.at(next));
                }
            }
            if (cyclic) {
                m_plan->plans[start].error = ErrorCode::PrerequisiteCycle;
                m_plan->problems.append({u"/flags/"_s + QString::number(start),
                    Engine::tr("flag \"%1\" depends on itself through prerequisites").arg(m_plan->flags.at(start).key)});
            }
        }
    }

    void run()
    {
        m_plan->flags = m_workspace.flags;
        for (qsizetype i = 0; i < m_workspace.flags.size(); ++i)
            m_plan->flagIndex.insert(m_workspace.flags.at(i).key, int(i));
        m_plan->plans.resize(m_workspace.flags.size());
        m_plan->currentTimeAttribute = attribute(u"currentTime"_s);
        for (qsizetype i = 0; i < m_workspace.flags.size(); ++i)
            compileFlag(i);
        findCycles();
    }

private:
    const Workspace &m_workspace;
    EnginePlan *m_plan;
    const PluginRegistry *m_plugins;
    PartChecker m_checker;
    QSet<QString> m_reported;
};

} // namespace

std::shared_ptr<const Engine> Engine::compile(const Workspace &workspace, const QString &environment,
                                              const PluginRegistry *plugins)
{
    std::shared_ptr<Engine> engine(new Engine);
    engine->m_plan = std::make_unique<EnginePlan>();
    engine->m_plan->environment = environment;
    Compiler(workspace, engine->m_plan.get(), plugins).run();
    return engine;
}

} // namespace Pennon
