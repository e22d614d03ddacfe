// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "uses.h"

#include <algorithm>

namespace Pennon {

void addReach(const Workspace &workspace, const Condition &condition, Reach *reach)
{
    if (const auto *prerequisite = std::get_if<PrerequisiteActivation>(&condition)) {
        reach->prerequisites.append(*prerequisite);
    } else if (const auto *ref = std::get_if<ActivationRef>(&condition)) {
        if (reach->activations.contains(ref->key))
            return;
        reach->activations.insert(ref->key);
        if (const Activation *activation = workspace.activation(ref->key))
            addReach(workspace, activation->condition, reach);
    } else if (const auto *use = std::get_if<SegmentActivation>(&condition)) {
        if (reach->segments.contains(use->segment))
            return;
        reach->segments.insert(use->segment);
        if (const Segment *segment = workspace.segment(use->segment)) {
            for (const Condition &inner : segment->conditions)
                addReach(workspace, inner, reach);
        }
    }
}

namespace {

bool refersOut(const Condition &condition)
{
    return std::holds_alternative<ActivationRef>(condition)
            || std::holds_alternative<SegmentActivation>(condition)
            || std::holds_alternative<PrerequisiteActivation>(condition);
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

WorkspaceUses::WorkspaceUses(const Workspace &workspace)
{
    for (const Environment &environment : workspace.environments)
        m_environmentOrder.append(environment.key);

    // What each library object reaches, walked once each; a rule then adds up the closures of
    // what it names instead of walking them again.
    QHash<QString, Reach> activationReach;
    QHash<QString, Reach> segmentReach;
    QHash<QString, QSet<QString>> segmentUsers;      // segment → segments reaching it
    QHash<QString, QSet<QString>> activationUsers;   // activation → segments reaching it
    QHash<QString, QSet<QString>> segmentActivations; // segment → activations reaching it
    for (const Segment &segment : workspace.segments) {
        Reach reach;
        reach.segments.insert(segment.key);   // itself: a cycle back to it ends there
        for (const Condition &condition : segment.conditions)
            addReach(workspace, condition, &reach);
        reach.segments.remove(segment.key);
        for (const QString &key : std::as_const(reach.segments))
            segmentUsers[key].insert(segment.key);
        for (const QString &key : std::as_const(reach.activations))
            activationUsers[key].insert(segment.key);
        segmentReach.insert(segment.key, reach);
    }
    for (const Activation &activation : workspace.activations) {
        Reach reach;
        reach.activations.insert(activation.key);
        addReach(workspace, activation.condition, &reach);
        reach.activations.remove(activation.key);
        for (const QString &key : std::as_const(reach.segments))
            segmentActivations[key].insert(activation.key);
        activationReach.insert(activation.key, reach);
    }
    for (auto it = segmentUsers.cbegin(); it != segmentUsers.cend(); ++it)
        m_segmentsUsingSegment.insert(it.key(), sorted(it.value()));
    for (auto it = activationUsers.cbegin(); it != activationUsers.cend(); ++it)
        m_segmentsUsingActivation.insert(it.key(), sorted(it.value()));
    for (auto it = segmentActivations.cbegin(); it != segmentActivations.cend(); ++it)
        m_activationsUsingSegment.insert(it.key(), sorted(it.value()));

    // Every rule that refers out, once.
    QStringList activations;
    QStringList segments;
    QList<PrerequisiteActivation> prerequisites;
    const auto addAll = [](QStringList *into, const QSet<QString> &keys) {
        for (const QString &key : keys) {
            if (!into->contains(key))
                into->append(key);
        }
    };
    const auto addReached = [&](const Reach &reach) {
        addAll(&activations, reach.activations);
        addAll(&segments, reach.segments);
        prerequisites += reach.prerequisites;
    };
    m_flagOrder.reserve(workspace.flags.size());
    for (qsizetype f = 0; f < workspace.flags.size(); ++f) {
        const Flag &flag = workspace.flags.at(f);
        m_flagOrder.insert(flag.key, int(f));
        for (auto env = flag.environments.cbegin(); env != flag.environments.cend(); ++env) {
            if (env->on)
                m_flagOnIn[flag.key].insert(env.key());
            for (qsizetype r = 0; r < env->rules.size(); ++r) {
                const Rule &rule = env->rules.at(r);
                if (std::none_of(rule.conditions.cbegin(), rule.conditions.cend(), refersOut))
                    continue;
                activations.clear();
                segments.clear();
                prerequisites.clear();
                for (const Condition &condition : rule.conditions) {
                    if (const auto *ref = std::get_if<ActivationRef>(&condition)) {
                        if (!activations.contains(ref->key))
                            activations.append(ref->key);
                        if (const auto found = activationReach.constFind(ref->key); found != activationReach.cend())
                            addReached(*found);
                    } else if (const auto *use = std::get_if<SegmentActivation>(&condition)) {
                        if (!segments.contains(use->segment))
                            segments.append(use->segment);
                        if (const auto found = segmentReach.constFind(use->segment); found != segmentReach.cend())
                            addReached(*found);
                    } else if (const auto *prerequisite = std::get_if<PrerequisiteActivation>(&condition)) {
                        prerequisites.append(*prerequisite);
                    }
                }
                const RuleUse use{flag.key, env.key(), int(r), rule.disabled, {}};
                for (const QString &key : std::as_const(activations))
                    m_activationRules[key].append(use);
                for (const QString &key : std::as_const(segments))
                    m_segmentRules[key].append(use);
                for (const PrerequisiteActivation &prerequisite : std::as_const(prerequisites)) {
                    RuleUse named = use;
                    named.variations = prerequisite.variations;
                    m_prerequisiteUses[prerequisite.flag].append(named);
                    if (!rule.disabled)
                        m_enabledPrerequisites[prerequisite.flag][env.key()].insert(flag.key);
                }
            }
        }
    }
}

QList<RuleUse> WorkspaceUses::rules(LibraryKind kind, const QString &key) const
{
    return kind == LibraryKind::Activation ? m_activationRules.value(key) : m_segmentRules.value(key);
}

QStringList WorkspaceUses::flags(LibraryKind kind, const QString &key) const
{
    QStringList flags;
    for (const RuleUse &use : rules(kind, key)) {
        // The uses of one flag are next to each other.
        if (flags.isEmpty() || flags.constLast() != use.flag)
            flags.append(use.flag);
    }
    flags.removeDuplicates();
    return flags;
}

QStringList WorkspaceUses::segments(LibraryKind kind, const QString &key) const
{
    return kind == LibraryKind::Activation ? m_segmentsUsingActivation.value(key)
                                           : m_segmentsUsingSegment.value(key);
}

QStringList WorkspaceUses::activations(LibraryKind kind, const QString &key) const
{
    return kind == LibraryKind::Segment ? m_activationsUsingSegment.value(key) : QStringList();
}

bool WorkspaceUses::isUsed(LibraryKind kind, const QString &key) const
{
    return !rules(kind, key).isEmpty() || !segments(kind, key).isEmpty()
            || !activations(kind, key).isEmpty();
}

QList<RuleUse> WorkspaceUses::prerequisiteUses(const QString &flagKey) const
{
    return m_prerequisiteUses.value(flagKey);
}

QList<RuleUse> WorkspaceUses::variationDependants(const QString &flagKey, const QString &variation) const
{
    QList<RuleUse> dependants;
    for (const RuleUse &use : m_prerequisiteUses.value(flagKey)) {
        if (use.flag != flagKey && use.variations.contains(variation))
            dependants.append(use);
    }
    return dependants;
}

QList<BehaviourChange> WorkspaceUses::behaviourChanges(LibraryKind kind, const QString &key) const
{
    // (flag, environment) → the change; first the rules that reach the object themselves.
    QHash<QString, QHash<QString, BehaviourChange>> changes;   // environment → flag → change
    for (const RuleUse &use : rules(kind, key)) {
        if (use.disabled)
            continue;
        BehaviourChange &change = changes[use.environment][use.flag];
        change.flag = use.flag;
        change.environment = use.environment;
        if (!change.rules.contains(use.rule))
            change.rules.append(use.rule);
    }
    // Then, per environment, the flags that follow a changed flag by a prerequisite.
    for (auto env = changes.begin(); env != changes.end(); ++env) {
        QStringList queue = env->keys();
        while (!queue.isEmpty()) {
            const QString changed = queue.takeFirst();
            for (const QString &dependant : m_enabledPrerequisites.value(changed).value(env.key())) {
                if (env->contains(dependant))
                    continue;
                BehaviourChange change;
                change.flag = dependant;
                change.environment = env.key();
                change.through = changed;
                for (const RuleUse &use : m_prerequisiteUses.value(changed)) {
                    if (use.flag == dependant && use.environment == env.key() && !use.disabled
                        && !change.rules.contains(use.rule))
                        change.rules.append(use.rule);
                }
                env->insert(dependant, change);
                queue.append(dependant);
            }
        }
    }
    QList<BehaviourChange> list;
    for (auto env = changes.cbegin(); env != changes.cend(); ++env) {
        for (BehaviourChange change : env.value()) {
            change.on = m_flagOnIn.value(change.flag).contains(change.environment);
            std::sort(change.rules.begin(), change.rules.end());
            list.append(change);
        }
    }
    const auto environmentRank = [this](const QString &environment) {
        const qsizetype at = m_environmentOrder.indexOf(environment);
        return at < 0 ? m_environmentOrder.size() : at;
    };
    std::sort(list.begin(), list.end(), [&](const BehaviourChange &a, const BehaviourChange &b) {
        const auto ra = environmentRank(a.environment), rb = environmentRank(b.environment);
        if (ra != rb)
            return ra < rb;
        if (a.environment != b.environment)
            return a.environment < b.environment;
        return m_flagOrder.value(a.flag) < m_flagOrder.value(b.flag);
    });
    return list;
}

Workspace libraryCheckContext(const Workspace &edited, const QStringList &flags)
{
    Workspace context;
    context.environments = edited.environments;
    context.activations = edited.activations;
    context.segments = edited.segments;
    QHash<QString, const Flag *> byKey;
    byKey.reserve(edited.flags.size());
    for (const Flag &flag : edited.flags)
        byKey.insert(flag.key, &flag);

    // The library's own prerequisites are validated with it: their flags must be there.
    Reach reach;
    for (const Activation &activation : edited.activations)
        addReach(edited, activation.condition, &reach);
    for (const Segment &segment : edited.segments) {
        for (const Condition &condition : segment.conditions)
            addReach(edited, condition, &reach);
    }
    QSet<QString> included;
    QList<const Flag *> queue;
    const auto include = [&](const QString &key) {
        if (included.contains(key))
            return;
        included.insert(key);
        if (const Flag *flag = byKey.value(key))
            queue.append(flag);
    };
    for (const QString &key : flags)
        include(key);
    qsizetype done = 0;
    while (true) {
        while (done < reach.prerequisites.size())
            include(reach.prerequisites.at(done++).flag);
        if (queue.isEmpty())
            break;
        const Flag *flag = queue.takeLast();
        for (const EnvironmentConfig &config : flag->environments) {
            for (const Rule &rule : config.rules) {
                for (const Condition &condition : rule.conditions)
                    addReach(edited, condition, &reach);
            }
        }
    }
    for (const Flag &flag : edited.flags) {
        if (included.contains(flag.key))
            context.flags.append(flag);
    }
    return context;
}

} // namespace Pennon
