// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
// Engine::compile: turns a workspace's flags for one environment into an evaluation plan.
// Everything that can be prepared is prepared here, so that evaluation only compares.

#include "engine.h"
#include "plan.h"
#include "pluginregistry.h"

#include "values/instant.h"

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
        : m_workspace(workspace), m_plan(plan), m_plugins(plugins)
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

    QByteArray saltFor(const QString &salt, BucketingScheme scheme, const Flag &flag) const
    {
        if (!salt.isEmpty())
            return salt.toUtf8();
        return scheme == BucketingScheme::Rollout ? QByteArray() : flag.key.toUtf8();
    }

    void broken(ConditionPlan *plan, ErrorCode code, const QString &message)
    {
        plan->kind = ConditionPlan::Kind::Broken;
        plan->brokenCode = code;
        m_plan->problems.append({plan->path, message});
    }

    ConditionPlan condition(const Condition &condition, const Flag &flag, const QString &path, int depth)
    {
        ConditionPlan plan;
        plan.path = path;
        if (depth > MaxNesting) {
            broken(&plan, ErrorCode::General, Engine::tr("segments nested deeper than %1 levels").arg(MaxNesting));
            return plan;
        }
        std::visit([&](const auto &c) {
            using T = std::decay_t<decltype(c)>;
            if constexpr (std::is_same_v<T, UserListActivation>) {
                plan.kind = ConditionPlan::Kind::UserList;
                plan.attribute = attribute(c.attribute);
                const QStringList values = listedValues(c.values);
                plan.set = QSet<QString>(values.begin(), values.end());
                plan.label = u"userList "_s + c.attribute;
            } else if constexpr (std::is_same_v<T, RegexActivation>) {
                plan.kind = ConditionPlan::Kind::Regex;
                plan.attribute = attribute(c.attribute);
                QRegularExpression re(c.pattern, c.caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                                   : QRegularExpression::NoPatternOption);
                re.optimize();
                plan.regexes.append(re);
                plan.label = u"regex "_s + c.attribute + u" ~ /"_s + c.pattern + u'/';
            } else if constexpr (std::is_same_v<T, ConstraintActivation>) {
                compileConstraint(&plan, c);
            } else if constexpr (std::is_same_v<T, PercentageActivation>) {
                plan.kind = ConditionPlan::Kind::Percentage;
                plan.percentage = c.percentage;
                plan.stickiness = stickiness(c.stickiness);
                plan.salt = saltFor(c.salt, c.scheme, flag);
                plan.scheme = c.scheme;
                plan.label = u"percentage "_s + QString::number(c.percentage)
                    + (c.stickiness.attributes.isEmpty() ? u"% at random"_s
                                                         : u"% by "_s + c.stickiness.attributes.join(u", "))
                    + u" ("_s + schemeName(c.scheme) + u')';
            } else if constexpr (std::is_same_v<T, ScheduleActivation>) {
                plan.kind = ConditionPlan::Kind::Schedule;
                const QTimeZone zone(c.timeZone.toUtf8());
                if (!c.start.isEmpty()) {
                    if (auto instant = Instant::parse(c.start, zone))
                        plan.start = instant->msecsSinceEpoch();
                }
                if (!c.end.isEmpty()) {
                    if (auto instant = Instant::parse(c.end, zone))
                        plan.end = instant->msecsSinceEpoch();
                }
                plan.attribute = attribute(u"currentTime"_s);
                plan.label = u"schedule "_s + c.start + u" .. "_s + c.end + u" ("_s + c.timeZone + u')';
            } else if constexpr (std::is_same_v<T, IpActivation>) {
                plan.kind = ConditionPlan::Kind::Ip;
                plan.attribute = attribute(c.attribute);
                for (const QString &value : listedValues(c.values)) {
                    if (auto cidr = Cidr::parse(value))
                        plan.cidrs.append(*cidr);
                }
                plan.label = u"ipCidr "_s + c.attribute;
            } else if constexpr (std::is_same_v<T, PrerequisiteActivation>) {
                plan.kind = ConditionPlan::Kind::Prerequisite;
                plan.flag = m_plan->flagIndex.value(c.flag, -1);
                plan.label = u"prerequisite "_s + c.flag;
                if (plan.flag < 0) {
                    broken(&plan, ErrorCode::General, Engine::tr("prerequisite flag \"%1\" does not exist").arg(c.flag));
                    return;
                }
                const Flag &other = m_workspace.flags.at(plan.flag);
                for (const QString &variation : c.variations) {
                    for (qsizetype i = 0; i < other.variations.size(); ++i) {
                        if (other.variations.at(i).key == variation)
                            plan.variations.append(int(i));
                    }
                }
                if (!c.variations.isEmpty())
                    plan.label += u" serves "_s + c.variations.join(u", ");
                else
                    plan.label += u" is enabled"_s;
            } else if constexpr (std::is_same_v<T, SegmentActivation>) {
                plan.kind = ConditionPlan::Kind::Segment;
                plan.label = u"segment "_s + c.segment;
                const Segment *segment = m_workspace.segment(c.segment);
                if (!segment) {
                    broken(&plan, ErrorCode::General, Engine::tr("segment \"%1\" does not exist").arg(c.segment));
                    return;
                }
                const qsizetype segmentIndex = segment - m_workspace.segments.constData();
                for (qsizetype i = 0; i < segment->conditions.size(); ++i) {
                    plan.children.append(this->condition(segment->conditions.at(i), flag,
                        u"/segments/"_s + QString::number(segmentIndex) + u"/conditions/"_s + QString::number(i),
                        depth + 1));
                }
            } else if constexpr (std::is_same_v<T, PluginActivation>) {
                plan.kind = ConditionPlan::Kind::Plugin;
                plan.label = u"plugin "_s + c.plugin;
                const ActivationPlugin *plugin = m_plugins ? m_plugins->find(c.plugin) : nullptr;
                if (!plugin) {
                    broken(&plan, ErrorCode::PluginError, Engine::tr("no activation plugin of type \"%1\" is loaded").arg(c.plugin));
                    return;
                }
                QString error;
                std::unique_ptr<PluginCondition> created = plugin->create(c.config, &error);
                if (!created) {
                    broken(&plan, ErrorCode::PluginError, Engine::tr("plugin \"%1\" rejects its configuration: %2").arg(c.plugin, error));
                    return;
                }
                plan.label += u": "_s + created->describe();
                plan.plugin = std::move(created);
            } else if constexpr (std::is_same_v<T, ActivationRef>) {
                const Activation *activation = m_workspace.activation(c.key);
                if (!activation || std::holds_alternative<ActivationRef>(activation->condition)) {
                    plan.label = u"activation "_s + c.key;
                    broken(&plan, ErrorCode::General, Engine::tr("activation \"%1\" does not exist").arg(c.key));
                    return;
                }
                const qsizetype index = activation - m_workspace.activations.constData();
                plan = this->condition(activation->condition, flag,
                                       u"/activations/"_s + QString::number(index) + u"/condition"_s, depth + 1);
                plan.label = (activation->name.isEmpty() ? activation->key : activation->name)
                    + u": "_s + plan.label;
            }
        }, condition);
        return plan;
    }

    void compileConstraint(ConditionPlan *plan, const ConstraintActivation &c)
    {
        plan->kind = ConditionPlan::Kind::Constraint;
        // DATE_AFTER and DATE_BEFORE compare currentTime, whatever attribute the constraint
        // names (docs/semantics.md); the context's currentTime, or now when it has none.
        const bool dates = c.op == Operator::DateAfter || c.op == Operator::DateBefore;
        plan->attribute = attribute(dates ? u"currentTime"_s : c.attribute);
        plan->op = c.op;
        plan->negate = c.negate;
        plan->caseInsensitive = c.caseInsensitive;
        plan->label = u"constraint "_s + c.attribute + u' ' + operatorName(c.op)
            + (c.negate ? u" (negated)"_s : QString());
        const QStringList values = listedValues(c.values);
        switch (c.op) {
        case Operator::In:
        case Operator::NotIn:
            for (const QString &value : values)
                plan->set.insert(c.caseInsensitive ? value.toCaseFolded() : value);
            break;
        case Operator::StrContains:
        case Operator::StrStartsWith:
        case Operator::StrEndsWith:
            plan->strings = values;
            break;
        case Operator::Regex:
            for (const QString &value : values) {
                QRegularExpression re(value, c.caseInsensitive ? QRegularExpression::CaseInsensitiveOption
                                                               : QRegularExpression::NoPatternOption);
                if (re.isValid()) {
                    re.optimize();
                    plan->regexes.append(re);
                }
            }
            break;
        case Operator::NumEq:
        case Operator::NumGt:
        case Operator::NumGte:
        case Operator::NumLt:
        case Operator::NumLte:
            for (const QString &value : values) {
                double number = 0;
                if (parseDecimal(value, &number))
                    plan->numbers.append(number);
            }
            break;
        case Operator::DateAfter:
        case Operator::DateBefore:
            for (const QString &value : values) {
                if (auto instant = Instant::parse(value))
                    plan->instants.append(instant->msecsSinceEpoch());
            }
            break;
        case Operator::SemverEq:
        case Operator::SemverGt:
        case Operator::SemverGte:
        case Operator::SemverLt:
        case Operator::SemverLte:
            for (const QString &value : values) {
                if (auto version = SemVer::parse(value))
                    plan->semvers.append(*version);
            }
            break;
        case Operator::InCidr:
            for (const QString &value : values) {
                if (auto cidr = Cidr::parse(value))
                    plan->cidrs.append(*cidr);
            }
            break;
        case Operator::Present:
        case Operator::Absent:
            break;
        }
        if (!values.isEmpty())
            plan->label += u' ' + values.join(u", ");
    }

    ServePlan serve(const Serve &serve, const Flag &flag)
    {
        ServePlan plan;
        if (!serve.split) {
            plan.variation = variationIndex(flag, serve.variation);
            return plan;
        }
        const Split &split = *serve.split;
        plan.isSplit = true;
        for (const SplitWeight &weight : split.weights)
            plan.weights.append({variationIndex(flag, weight.variation), weight.weight});
        plan.total = split.total;
        plan.stickiness = stickiness(split.stickiness);
        plan.salt = saltFor(split.salt, split.scheme, flag);
        plan.scheme = split.scheme;
        return plan;
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
        FlagPlan &plan = m_plan->flags[index];
        plan.flag = flag;
        plan.keyUtf8 = flag.key.toUtf8();
        const auto config = flag.environments.constFind(m_plan->environment);
        if (config == flag.environments.cend())
            return;
        plan.configured = true;
        plan.on = config->on;
        plan.offVariation = variationIndex(flag, config->offVariation);
        const QString flagPath = u"/flags/"_s + QString::number(index) + u"/environments/"_s
            + pointerToken(m_plan->environment);
        const qsizetype problemsBefore = m_plan->problems.size();
        for (qsizetype r = 0; r < config->rules.size(); ++r) {
            const Rule &rule = config->rules.at(r);
            RulePlan rulePlan;
            rulePlan.id = rule.id;
            rulePlan.name = rule.name;
            const QString rulePath = flagPath + u"/rules/"_s + QString::number(r);
            for (qsizetype c = 0; c < rule.conditions.size(); ++c) {
                rulePlan.conditions.append(condition(rule.conditions.at(c), flag,
                    rulePath + u"/conditions/"_s + QString::number(c), 0));
            }
            rulePlan.serve = serve(rule.serve, flag);
            plan.rules.append(rulePlan);
        }
        plan.defaultServe = serve(config->defaultServe, flag);
        if (m_plan->problems.size() != problemsBefore)
            plan.error = brokenCode(plan);
    }

    static ErrorCode brokenCode(const FlagPlan &plan)
    {
        ErrorCode code = ErrorCode::General;
        const std::function<void(const QList<ConditionPlan> &)> scan = [&](const QList<ConditionPlan> &conditions) {
            for (const ConditionPlan &c : conditions) {
                if (c.kind == ConditionPlan::Kind::Broken && c.brokenCode == ErrorCode::PluginError)
                    code = ErrorCode::PluginError;
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
        const qsizetype n = m_plan->flags.size();
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
            for (const RulePlan &rule : std::as_const(m_plan->flags[i].rules))
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
                m_plan->flags[start].error = ErrorCode::PrerequisiteCycle;
                m_plan->problems.append({u"/flags/"_s + QString::number(start),
                    Engine::tr("flag \"%1\" depends on itself through prerequisites").arg(m_plan->flags.at(start).flag.key)});
            }
        }
    }

    void run()
    {
        for (qsizetype i = 0; i < m_workspace.flags.size(); ++i)
            m_plan->flagIndex.insert(m_workspace.flags.at(i).key, int(i));
        m_plan->flags.resize(m_workspace.flags.size());
        m_plan->currentTimeAttribute = attribute(u"currentTime"_s);
        for (qsizetype i = 0; i < m_workspace.flags.size(); ++i)
            compileFlag(i);
        findCycles();
    }

private:
    const Workspace &m_workspace;
    EnginePlan *m_plan;
    const PluginRegistry *m_plugins;
};

} // namespace

Engine::Engine() = default;
Engine::~Engine() = default;

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
