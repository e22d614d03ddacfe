// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "validator.h"

#include "values/cidr.h"
#include "values/instant.h"
#include "values/pattern.h"
#include "values/semver.h"
#include "values/unleashvalues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>
#include <QtNumeric>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype MaxKeyLength = 255;
constexpr qint64 MaxSplitTotal = std::numeric_limits<qint32>::max();

QString index(qsizetype i) { return QString::number(i); }

/// A JSON value as it would be written, shortened for a message.
QString jsonText(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    QString text = QString::fromUtf8(json.mid(1, json.size() - 2));
    constexpr qsizetype MaxShown = 40;
    if (text.size() > MaxShown)
        text = text.left(MaxShown - 1) + u'…';
    return text;
}

/// Names the workspace's objects by key, the first of duplicates winning (as Workspace's
/// lookups do); optionally with one flag replacing its namesake.
struct Lookup {
    QHash<QString, const Flag *> flags;
    QHash<QString, const Segment *> segments;
    QHash<QString, const Activation *> activations;
    QSet<QString> environments;

    Lookup(const Workspace &workspace, const Flag *replacement)
    {
        for (const Environment &e : workspace.environments)
            environments.insert(e.key);
        // Backwards, so that of duplicate keys the first one is kept.
        for (qsizetype i = workspace.activations.size() - 1; i >= 0; --i)
            activations.insert(workspace.activations.at(i).key, &workspace.activations.at(i));
        for (qsizetype i = workspace.segments.size() - 1; i >= 0; --i)
            segments.insert(workspace.segments.at(i).key, &workspace.segments.at(i));
        for (qsizetype i = workspace.flags.size() - 1; i >= 0; --i)
            flags.insert(workspace.flags.at(i).key, &workspace.flags.at(i));
        if (replacement)
            flags.insert(replacement->key, replacement);
    }
};

/// A dependency of one node on another (a flag on a prerequisite flag, a segment on a
/// segment), with the place, relative to the node, of the condition that creates it.
struct Edge {
    qsizetype to = 0;
    QString path;
};

using Graph = QList<QList<Edge>>;

/// A cycle as node indices (the return to the first node implied) and the path of the edge
/// leaving the first node.
struct Cycle {
    QList<qsizetype> nodes;
    QString firstEdgePath;
};

/// Cycles found by depth-first search, one per back edge, each rotated to start at its lowest
/// node and reported once. With onlyThrough >= 0, the search starts there (so a cycle through
/// it is found if there is one) and only cycles through it are kept, rotated to start there.
/// Iterative: a long chain of prerequisites must not overflow the stack.
QList<Cycle> findCycles(const Graph &graph, qsizetype onlyThrough)
{
    enum class Colour { White, Grey, Black };
    QList<Colour> colour(graph.size(), Colour::White);
    QList<Cycle> cycles;
    QSet<QList<qsizetype>> seen;

    struct Frame {
        qsizetype node;
        qsizetype nextEdge;
    };
    QList<Frame> stack;

    const auto visitFrom = [&](qsizetype root) {
        if (colour[root] != Colour::White)
            return;
        colour[root] = Colour::Grey;
        stack.append({root, 0});
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            const QList<Edge> &edges = graph.at(frame.node);
            if (frame.nextEdge == edges.size()) {
                colour[frame.node] = Colour::Black;
                stack.removeLast();
                continue;
            }
            const Edge &edge = edges.at(frame.nextEdge++);
            if (colour[edge.to] == Colour::White) {
                colour[edge.to] = Colour::Grey;
                stack.append({edge.to, 0});
                continue;
            }
            if (colour[edge.to] != Colour::Grey)
                continue;
            // A back edge: the stack from edge.to up to here is a cycle.
            qsizetype from = stack.size() - 1;
            while (stack.at(from).node != edge.to)
                --from;
            QList<qsizetype> nodes;
            for (qsizetype i = from; i < stack.size(); ++i)
                nodes.append(stack.at(i).node);
            qsizetype start = 0;
            if (onlyThrough >= 0) {
                start = nodes.indexOf(onlyThrough);
                if (start < 0)
                    continue;
            } else {
                for (qsizetype i = 1; i < nodes.size(); ++i) {
                    if (nodes.at(i) < nodes.at(start))
                        start = i;
                }
            }
            std::rotate(nodes.begin(), nodes.begin() + start, nodes.end());
            if (seen.contains(nodes))
                continue;
            seen.insert(nodes);
            // The edge out of the first node: the one the search followed, or this back edge.
            const qsizetype firstFrame = from + start;
            const QList<Edge> &firstEdges = graph.at(nodes.first());
            const Edge &out = firstFrame == stack.size() - 1
                    ? edge
                    : firstEdges.at(stack.at(firstFrame).nextEdge - 1);
            cycles.append({nodes, out.path});
        }
    };

    if (onlyThrough >= 0) {
        visitFrom(onlyThrough);
    } else {
        for (qsizetype node = 0; node < graph.size(); ++node)
            visitFrom(node);
    }
    return cycles;
}

class Checker
{
public:
    Checker(const Lookup &lookup, Problems *problems) : m_lookup(lookup), m_problems(problems) {}

    void add(const QString &path, const QString &message) { m_problems->append({path, message}); }

    /// Checks a key; true when it is valid.
    bool checkKey(const QString &key, const QString &path)
    {
        const QString problem = Validator::keyProblem(key);
        if (problem.isEmpty())
            return true;
        add(path, problem);
        return false;
    }

    void checkAttribute(const QString &attribute, const QString &path)
    {
        if (attribute.trimmed().isEmpty())
            add(path, Validator::tr("attribute name is empty"));
    }

    void checkStickiness(const Stickiness &stickiness, const QString &path)
    {
        // No attribute at all is a plain random pick (Unleash's `random` stickiness).
        if (stickiness.attributes.isEmpty() && stickiness.absence == AbsencePolicy::Random)
            return;
        if (stickiness.attributes.isEmpty()) {
            add(path, Validator::tr("stickiness names no attribute"));
            return;
        }
        for (qsizetype i = 0; i < stickiness.attributes.size(); ++i)
            checkAttribute(stickiness.attributes.at(i), path + u'/' + index(i));
    }

    void checkRegex(const QString &pattern, bool caseInsensitive, const QString &path)
    {
        QString error;
        if (!Pattern::compile(pattern, caseInsensitive, &error))
            add(path, Validator::tr("pattern \"%1\" does not compile: %2").arg(pattern, error));
    }

    /// A condition of a rule (owner set), a segment or the library (inLibrary).
    void checkCondition(const Condition &condition, const QString &path, const Flag *owner,
                        bool inLibrary)
    {
        switch (conditionType(condition)) {
        case ActivationType::UserList:
            checkAttribute(std::get<UserListActivation>(condition).attribute,
                           path + u"/attribute");
            break;
        case ActivationType::Regex: {
            const auto &regex = std::get<RegexActivation>(condition);
            checkAttribute(regex.attribute, path + u"/attribute");
            checkRegex(regex.pattern, regex.caseInsensitive, path + u"/pattern");
            break;
        }
        case ActivationType::Constraint:
            checkConstraint(std::get<ConstraintActivation>(condition), path);
            break;
        case ActivationType::Percentage: {
            const auto &percentage = std::get<PercentageActivation>(condition);
            if (!std::isfinite(percentage.percentage) || percentage.percentage < 0
                || percentage.percentage > 100) {
                add(path + u"/percentage", Validator::tr("percentage %1 is not within 0..100")
                                                   .arg(QString::number(percentage.percentage)));
            }
            checkStickiness(percentage.stickiness, path + u"/stickiness");
            break;
        }
        case ActivationType::Schedule:
            checkSchedule(std::get<ScheduleActivation>(condition), path);
            break;
        case ActivationType::IpCidr: {
            const auto &ip = std::get<IpActivation>(condition);
            checkAttribute(ip.attribute, path + u"/attribute");
            // Unleash's entries that are no address match by their text only, as in SDKs.
            for (qsizetype i = 0; ip.source == ConditionSource::Pennon && i < ip.values.size(); ++i) {
                const QString value = ip.values.at(i).trimmed();
                if (!value.isEmpty() && !Cidr::parse(value)) {
                    add(path + u"/values/" + index(i),
                        Validator::tr("\"%1\" is not an IP address or CIDR range").arg(value));
                }
            }
            break;
        }
        case ActivationType::Prerequisite:
            checkPrerequisite(std::get<PrerequisiteActivation>(condition), path, owner);
            break;
        case ActivationType::Segment: {
            const auto &segment = std::get<SegmentActivation>(condition);
            if (!m_lookup.segments.contains(segment.segment) && segment.source == ConditionSource::Pennon)
                add(path + u"/segment", Validator::tr("unknown segment \"%1\"").arg(segment.segment));
            break;
        }
        case ActivationType::Plugin:
            if (std::get<PluginActivation>(condition).plugin.trimmed().isEmpty())
                add(path + u"/plugin", Validator::tr("plugin name is empty"));
            break;
        case ActivationType::Ref: {
            const QString &key = std::get<ActivationRef>(condition).key;
            if (inLibrary) {
                add(path, Validator::tr("a library activation cannot refer to another (\"%1\")")
                                  .arg(key));
            } else if (!m_lookup.activations.contains(key)) {
                add(path + u"/activation", Validator::tr("unknown activation \"%1\"").arg(key));
            }
            break;
        }
        }
    }

    void checkConstraint(const ConstraintActivation &constraint, const QString &path)
    {
        checkAttribute(constraint.attribute, path + u"/attribute");
        // An Unleash-sourced constraint evaluates whatever its operands (Validator::warnings
        // names what cannot be used); only its attribute can make it invalid.
        if (constraint.source == ConditionSource::Unleash)
            return;
        if (!constraint.unknownOperator.isEmpty()) {
            add(path + u"/operator",
                Validator::tr("unknown operator \"%1\"").arg(constraint.unknownOperator));
            return;
        }
        const OperatorInfo &info = operatorInfo(constraint.op);
        const QString op = info.name.toString();
        qsizetype given = 0;
        for (const QString &value : constraint.values) {
            if (!value.trimmed().isEmpty())
                ++given;
        }
        if (!info.takesValues()) {
            if (given > 0)
                add(path + u"/values", Validator::tr("operator %1 takes no values").arg(op));
            return;
        }
        // The list operators are well defined without values (IN and the string operators
        // never hold, NOT_IN always does), as Unleash has them; the others need a value.
        if (given == 0 && info.needsValue()) {
            add(path + u"/values", Validator::tr("operator %1 needs at least one value").arg(op));
            return;
        }
        for (qsizetype i = 0; i < constraint.values.size(); ++i) {
            const QString value = constraint.values.at(i).trimmed();
            if (!value.isEmpty())
                checkConstraintValue(constraint, info.operand, value, path + u"/values/" + index(i));
        }
    }

    void checkConstraintValue(const ConstraintActivation &constraint, OperandType operand,
                              const QString &value, const QString &path)
    {
        switch (operand) {
        case OperandType::Pattern:
            checkRegex(value, constraint.caseInsensitive, path);
            break;
        case OperandType::Number:
            if (!parseDecimal(value, nullptr))
                add(path, Validator::tr("\"%1\" is not a decimal number").arg(value));
            break;
        case OperandType::Date:
            if (!Instant::parse(value, QTimeZone::utc()))
                add(path, Validator::tr("\"%1\" is not an ISO 8601 date-time").arg(value));
            break;
        case OperandType::Version:
            if (!SemVer::parse(value))
                add(path, Validator::tr("\"%1\" is not a semantic version").arg(value));
            break;
        case OperandType::Address:
            if (!Cidr::parse(value))
                add(path, Validator::tr("\"%1\" is not an IP address or CIDR range").arg(value));
            break;
        case OperandType::Text:
        case OperandType::None:
            break;
        }
    }

    void checkSchedule(const ScheduleActivation &schedule, const QString &path)
    {
        QTimeZone zone = QTimeZone::utc();
        bool zoneValid = true;
        if (schedule.timeZone.isEmpty() || !QTimeZone(schedule.timeZone.toUtf8()).isValid()) {
            add(path + u"/timeZone",
                Validator::tr("unknown time zone \"%1\"").arg(schedule.timeZone));
            zoneValid = false;
        } else {
            zone = QTimeZone(schedule.timeZone.toUtf8());
        }
        if (schedule.start.isEmpty() && schedule.end.isEmpty()) {
            add(path, Validator::tr("a schedule needs a start or an end"));
            return;
        }
        // With an unknown zone, still check the syntax of the bounds (read as UTC).
        const auto bound = [&](const QString &text, const QString &field) -> std::optional<Instant> {
            if (text.isEmpty())
                return std::nullopt;
            const auto instant = Instant::parse(text, zone);
            if (!instant) {
                add(path + u'/' + field,
                    Validator::tr("\"%1\" is not an ISO 8601 date-time").arg(text));
            }
            return instant;
        };
        const auto start = bound(schedule.start, u"start"_s);
        const auto end = bound(schedule.end, u"end"_s);
        if (zoneValid && start && end && !(*start < *end)) {
            add(path + u"/end", Validator::tr("end %1 is not after start %2")
                                        .arg(schedule.end, schedule.start));
        }
    }

    void checkPrerequisite(const PrerequisiteActivation &prerequisite, const QString &path,
                           const Flag *owner)
    {
        if (owner && prerequisite.flag == owner->key) {
            add(path + u"/flag",
                Validator::tr("flag \"%1\" cannot be its own prerequisite").arg(owner->key));
            return;
        }
        const Flag *target = m_lookup.flags.value(prerequisite.flag);
        if (!target) {
            add(path + u"/flag", Validator::tr("unknown flag \"%1\"").arg(prerequisite.flag));
            return;
        }
        for (qsizetype i = 0; i < prerequisite.variations.size(); ++i) {
            const QString &variation = prerequisite.variations.at(i);
            if (!target->variation(variation)) {
                add(path + u"/variations/" + index(i),
                    Validator::tr("flag \"%1\" has no variation \"%2\"")
                            .arg(prerequisite.flag, variation));
            }
        }
    }

    void checkServe(const Serve &serve, const Flag &flag, const QString &path)
    {
        if (serve.isSplit()) {
            if (serve.outcome != ServeOutcome::Variation)
                add(path, Validator::tr("a split cannot also serve no value or an error"));
            checkSplit(*serve.split, flag, path + u"/split");
        } else if (serve.outcome == ServeOutcome::Variation) {
            checkVariationRef(serve.variation, flag, path + u"/variation");
        }
        // NoValue, Error and ParseError serve no variation of the flag: nothing to check.
    }

    void checkVariationRef(const QString &variation, const Flag &flag, const QString &path)
    {
        if (!flag.variation(variation))
            add(path, Validator::tr("unknown variation \"%1\"").arg(variation));
    }

    void checkSplit(const Split &split, const Flag &flag, const QString &path)
    {
        if (split.weights.isEmpty())
            add(path + u"/weights", Validator::tr("a split needs at least one weight"));
        QSet<QString> seen;
        bool negative = false;
        bool overflow = false;
        qint64 sum = 0;
        for (qsizetype i = 0; i < split.weights.size(); ++i) {
            const SplitWeight &weight = split.weights.at(i);
            const QString weightPath = path + u"/weights/" + index(i);
            if (weight.outcome != ServeOutcome::Variation) {
                // No value or an error in this bucket: nothing of the flag to check.
            } else if (!flag.variation(weight.variation)) {
                add(weightPath + u"/variation",
                    Validator::tr("unknown variation \"%1\"").arg(weight.variation));
            } else if (seen.contains(weight.variation)) {
                add(weightPath + u"/variation",
                    Validator::tr("variation \"%1\" appears twice in the split")
                            .arg(weight.variation));
            }
            if (weight.outcome == ServeOutcome::Variation)
                seen.insert(weight.variation);
            if (weight.weight < 0) {
                add(weightPath + u"/weight",
                    Validator::tr("weight %1 is negative").arg(weight.weight));
                negative = true;
            } else if (qAddOverflow(sum, weight.weight, &sum)) {
                overflow = true;
            }
        }
        const bool totalValid = split.total >= 1 && split.total <= MaxSplitTotal;
        if (!totalValid) {
            add(path + u"/total", Validator::tr("total %1 is not within 1..%2")
                                          .arg(split.total).arg(MaxSplitTotal));
        } else if (!split.weights.isEmpty() && !negative && (overflow || sum != split.total)) {
            add(path, overflow ? Validator::tr("weights sum to more than %1, not %2")
                                         .arg(std::numeric_limits<qint64>::max())
                                         .arg(split.total)
                               : Validator::tr("weights sum to %1, not %2")
                                         .arg(sum).arg(split.total));
        }
        if (split.scheme == BucketingScheme::Rollout) {
            add(path + u"/scheme",
                Validator::tr("scheme %1 has no splits, only percentages")
                        .arg(schemeName(split.scheme)));
        }
        checkStickiness(split.stickiness, path + u"/stickiness");
    }

    void checkEnvironmentConfig(const EnvironmentConfig &config, const Flag &flag,
                                const QString &path)
    {
        checkVariationRef(config.offVariation, flag, path + u"/offVariation");
        QSet<QString> ruleIds;
        for (qsizetype r = 0; r < config.rules.size(); ++r) {
            const Rule &rule = config.rules.at(r);
            const QString rulePath = path + u"/rules/" + index(r);
            if (!rule.id.isEmpty()) {
                if (ruleIds.contains(rule.id))
                    add(rulePath + u"/id", Validator::tr("duplicate rule id \"%1\"").arg(rule.id));
                ruleIds.insert(rule.id);
            }
            for (qsizetype c = 0; c < rule.conditions.size(); ++c) {
                checkCondition(rule.conditions.at(c), rulePath + u"/conditions/" + index(c),
                               &flag, false);
            }
            checkServe(rule.serve, flag, rulePath + u"/serve");
        }
        checkServe(config.defaultServe, flag, path + u"/defaultServe");
    }

    void checkFlag(const Flag &flag, const QString &prefix)
    {
        checkKey(flag.key, prefix + u"/key");
        if (flag.variations.isEmpty())
            add(prefix + u"/variations", Validator::tr("a flag needs at least one variation"));
        QSet<QString> keys;
        for (qsizetype i = 0; i < flag.variations.size(); ++i) {
            const Variation &variation = flag.variations.at(i);
            const QString path = prefix + u"/variations/" + index(i);
            if (checkKey(variation.key, path + u"/key")) {
                if (keys.contains(variation.key)) {
                    add(path + u"/key",
                        Validator::tr("duplicate variation key \"%1\"").arg(variation.key));
                }
                keys.insert(variation.key);
            }
            if (variation.value.isUndefined()) {
                add(path + u"/value", Validator::tr("variation \"%1\" has no value")
                                              .arg(variation.key));
            } else if (!valueMatchesType(variation.value, flag.type)) {
                add(path + u"/value", Validator::tr("value %1 is not of the flag's type %2")
                                              .arg(jsonText(variation.value),
                                                   flagTypeName(flag.type)));
            }
        }
        for (auto it = flag.environments.cbegin(); it != flag.environments.cend(); ++it) {
            const QString path = prefix + u"/environments/" + pointerToken(it.key());
            if (!m_lookup.environments.contains(it.key()))
                add(path, Validator::tr("unknown environment \"%1\"").arg(it.key()));
            checkEnvironmentConfig(it.value(), flag, path);
        }
    }

    /// Checks keys of a list of keyed objects and reports duplicates of valid ones.
    template<typename T>
    void checkKeys(const QList<T> &items, const QString &listPath, const QString &duplicateMessage)
    {
        QSet<QString> keys;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString &key = items.at(i).key;
            const QString path = listPath + u'/' + index(i) + u"/key";
            if (!checkKey(key, path))
                continue;
            if (keys.contains(key))
                add(path, duplicateMessage.arg(key));
            keys.insert(key);
        }
    }

    /// Calls found(flagKey, path) for every prerequisite a condition leads to, through
    /// segments and library activations; path is the condition's own.
    template<typename Found>
    void prerequisitesOf(const Condition &condition, QSet<QString> *segmentsSeen,
                         const Found &found) const
    {
        switch (conditionType(condition)) {
        case ActivationType::Prerequisite:
            found(std::get<PrerequisiteActivation>(condition).flag);
            break;
        case ActivationType::Segment: {
            const QString &key = std::get<SegmentActivation>(condition).segment;
            const Segment *segment = m_lookup.segments.value(key);
            if (!segment || segmentsSeen->contains(key))
                break;
            segmentsSeen->insert(key);
            for (const Condition &inner : segment->conditions)
                prerequisitesOf(inner, segmentsSeen, found);
            break;
        }
        case ActivationType::Ref: {
            const Activation *activation =
                    m_lookup.activations.value(std::get<ActivationRef>(condition).key);
            if (activation && conditionType(activation->condition) != ActivationType::Ref)
                prerequisitesOf(activation->condition, segmentsSeen, found);
            break;
        }
        default:
            break;
        }
    }

    /// The prerequisite graph of flags in one environment. A flag naming itself directly is
    /// reported by checkPrerequisite, so only indirect self-references become edges.
    Graph prerequisiteGraph(const QList<const Flag *> &flags, const QString &environment) const
    {
        QHash<QString, qsizetype> nodeOf;
        for (qsizetype i = 0; i < flags.size(); ++i)
            nodeOf.insert(flags.at(i)->key, i);
        Graph graph(flags.size());
        const QString envPath = u"/environments/"_s + pointerToken(environment);
        for (qsizetype i = 0; i < flags.size(); ++i) {
            const auto config = flags.at(i)->environments.constFind(environment);
            if (config == flags.at(i)->environments.cend())
                continue;
            QSet<qsizetype> targets;
            for (qsizetype r = 0; r < config->rules.size(); ++r) {
                const Rule &rule = config->rules.at(r);
                for (qsizetype c = 0; c < rule.conditions.size(); ++c) {
                    const Condition &condition = rule.conditions.at(c);
                    const bool direct = conditionType(condition) == ActivationType::Prerequisite;
                    const QString path = envPath + u"/rules/" + index(r) + u"/conditions/"
                            + index(c);
                    QSet<QString> segmentsSeen;
                    prerequisitesOf(condition, &segmentsSeen, [&](const QString &key) {
                        const auto node = nodeOf.constFind(key);
                        if (node == nodeOf.cend() || targets.contains(*node)
                            || (direct && *node == i)) {
                            return;
                        }
                        targets.insert(*node);
                        graph[i].append({*node, path});
                    });
                }
            }
        }
        return graph;
    }

    /// Reports prerequisite cycles. flags are the graph's nodes, prefixes where each sits;
    /// with only >= 0, only cycles through that node.
    void checkPrerequisiteCycles(const QList<const Flag *> &flags, const QStringList &prefixes,
                                 qsizetype only)
    {
        QStringList environments;
        for (qsizetype i = 0; i < flags.size(); ++i) {
            if (only >= 0 && i != only)
                continue;
            for (auto it = flags.at(i)->environments.cbegin();
                 it != flags.at(i)->environments.cend(); ++it) {
                if (!environments.contains(it.key()))
                    environments.append(it.key());
            }
        }
        environments.sort();
        for (const QString &environment : std::as_const(environments)) {
            const Graph graph = prerequisiteGraph(flags, environment);
            for (const Cycle &cycle : findCycles(graph, only)) {
                QStringList names;
                for (qsizetype node : cycle.nodes)
                    names.append(flags.at(node)->key);
                names.append(flags.at(cycle.nodes.first())->key);
                add(prefixes.at(cycle.nodes.first()) + cycle.firstEdgePath,
                    Validator::tr("prerequisite cycle: %1").arg(names.join(u" → "_s)));
            }
        }
    }

    void checkSegmentCycles(const QList<Segment> &segments)
    {
        QHash<QString, qsizetype> nodeOf;
        for (qsizetype i = segments.size() - 1; i >= 0; --i)
            nodeOf.insert(segments.at(i).key, i);
        Graph graph(segments.size());
        for (qsizetype i = 0; i < segments.size(); ++i) {
            if (nodeOf.value(segments.at(i).key) != i)
                continue;   // a duplicate key, reported as such
            const QList<Condition> &conditions = segments.at(i).conditions;
            for (qsizetype c = 0; c < conditions.size(); ++c) {
                const Condition &condition = conditions.at(c);
                QString target;
                if (conditionType(condition) == ActivationType::Segment) {
                    target = std::get<SegmentActivation>(condition).segment;
                } else if (conditionType(condition) == ActivationType::Ref) {
                    const Activation *activation =
                            m_lookup.activations.value(std::get<ActivationRef>(condition).key);
                    if (activation
                        && conditionType(activation->condition) == ActivationType::Segment) {
                        target = std::get<SegmentActivation>(activation->condition).segment;
                    }
                }
                const auto node = nodeOf.constFind(target);
                if (!target.isEmpty() && node != nodeOf.cend())
                    graph[i].append({*node, u"/segments/"_s + index(i) + u"/conditions/" + index(c)});
            }
        }
        for (const Cycle &cycle : findCycles(graph, -1)) {
            QStringList names;
            for (qsizetype node : cycle.nodes)
                names.append(segments.at(node).key);
            names.append(segments.at(cycle.nodes.first()).key);
            add(cycle.firstEdgePath,
                Validator::tr("segment cycle: %1").arg(names.join(u" → "_s)));
        }
    }

private:
    const Lookup &m_lookup;
    Problems *m_problems;
};

} // namespace

Problems Validator::validate(const Workspace &workspace)
{
    Problems problems;
    const Lookup lookup(workspace, nullptr);
    Checker checker(lookup, &problems);

    checker.checkKeys(workspace.environments, u"/environments"_s,
                      tr("duplicate environment key \"%1\""));

    checker.checkKeys(workspace.activations, u"/activations"_s,
                      tr("duplicate activation key \"%1\""));
    for (qsizetype i = 0; i < workspace.activations.size(); ++i) {
        checker.checkCondition(workspace.activations.at(i).condition,
                               u"/activations/"_s + index(i) + u"/condition", nullptr, true);
    }

    checker.checkKeys(workspace.segments, u"/segments"_s, tr("duplicate segment key \"%1\""));
    for (qsizetype i = 0; i < workspace.segments.size(); ++i) {
        const QList<Condition> &conditions = workspace.segments.at(i).conditions;
        for (qsizetype c = 0; c < conditions.size(); ++c) {
            checker.checkCondition(conditions.at(c),
                                   u"/segments/"_s + index(i) + u"/conditions/" + index(c),
                                   nullptr, false);
        }
    }
    checker.checkSegmentCycles(workspace.segments);

    QSet<QString> flagKeys;
    QList<const Flag *> nodes;
    QStringList prefixes;
    for (qsizetype i = 0; i < workspace.flags.size(); ++i) {
        const Flag &flag = workspace.flags.at(i);
        const QString prefix = u"/flags/"_s + index(i);
        checker.checkFlag(flag, prefix);
        if (!keyProblem(flag.key).isEmpty())
            continue;
        if (flagKeys.contains(flag.key)) {
            checker.add(prefix + u"/key", tr("duplicate flag key \"%1\"").arg(flag.key));
            continue;
        }
        flagKeys.insert(flag.key);
        nodes.append(&flag);
        prefixes.append(prefix);
    }
    checker.checkPrerequisiteCycles(nodes, prefixes, -1);

    QSet<QString> personaKeys;
    for (qsizetype i = 0; i < workspace.personas.size(); ++i) {
        const Persona &persona = workspace.personas.at(i);
        const QString path = u"/personas/"_s + index(i);
        problems.append(validatePersona(persona, path));
        if (keyProblem(persona.key).isEmpty() && personaKeys.contains(persona.key))
            problems.append(Problem{path + u"/key", tr("duplicate persona key \"%1\"").arg(persona.key)});
        personaKeys.insert(persona.key);
    }
    return problems;
}

Problems Validator::validatePersona(const Persona &persona, const QString &path)
{
    Problems problems;
    const auto add = [&](const QString &where, const QString &message) {
        problems.append(Problem{where, message});
    };
    if (const QString problem = keyProblem(persona.key); !problem.isEmpty())
        add(path + u"/key", problem);
    if (persona.name.trimmed().isEmpty())
        add(path + u"/name", tr("a persona needs a name"));
    QSet<QString> names;
    for (qsizetype a = 0; a < persona.attributes.size(); ++a) {
        const PersonaAttribute &attribute = persona.attributes.at(a);
        const QString at = path + u"/attributes/" + index(a);
        if (attribute.name.trimmed().isEmpty()) {
            add(at + u"/name", tr("an attribute needs a name"));
            continue;
        }
        if (attribute.name == u"userId" || attribute.name == u"currentTime")
            add(at + u"/name", tr("\"%1\" has a field of its own; it is no attribute").arg(attribute.name));
        else if (names.contains(attribute.name))
            add(at + u"/name", tr("duplicate attribute \"%1\"").arg(attribute.name));
        names.insert(attribute.name);
        QString why;
        if (attribute.jsonValue(&why).isUndefined())
            add(at + u"/value", why);
    }
    if (persona.currentTime && !persona.currentTime->isValid())
        add(path + u"/currentTime", tr("not a valid moment"));
    return problems;
}

namespace {

/// The prerequisite cycles through one flag (nodes.at(self)): they run only through flags it
/// reaches by prerequisites, so the graph is built of those alone, and checking one flag of a
/// large workspace stays quick. nodes: the workspace's flags, one per key; nodeOf: their
/// places by key.
void checkCyclesThrough(Checker &checker, const QList<const Flag *> &nodes, const QStringList &prefixes,
                        const QHash<QString, qsizetype> &nodeOf, qsizetype self)
{
    QList<qsizetype> reached{self};
    QSet<qsizetype> seen{self};
    for (qsizetype next = 0; next < reached.size(); ++next) {
        for (const EnvironmentConfig &config : nodes.at(reached.at(next))->environments) {
            for (const Rule &rule : config.rules) {
                for (const Condition &condition : rule.conditions) {
                    QSet<QString> segmentsSeen;
                    checker.prerequisitesOf(condition, &segmentsSeen, [&](const QString &key) {
                        const auto node = nodeOf.constFind(key);
                        if (node != nodeOf.cend() && !seen.contains(*node)) {
                            seen.insert(*node);
                            reached.append(*node);
                        }
                    });
                }
            }
        }
    }
    std::sort(reached.begin(), reached.end());   // the workspace's order, for the same reports
    QList<const Flag *> near;
    QStringList nearPrefixes;
    qsizetype nearSelf = -1;
    for (qsizetype node : std::as_const(reached)) {
        if (node == self)
            nearSelf = near.size();
        near.append(nodes.at(node));
        nearPrefixes.append(prefixes.at(node));
    }
    checker.checkPrerequisiteCycles(near, nearPrefixes, nearSelf);
}

} // namespace

Problems Validator::validateFlag(const Flag &flag, const Workspace &context,
                                 const QString &pathPrefix)
{
    Problems problems;
    const Lookup lookup(context, &flag);
    Checker checker(lookup, &problems);
    checker.checkFlag(flag, pathPrefix);

    // The graph's nodes: the context's flags with this one in its namesake's place.
    QList<const Flag *> nodes;
    QStringList prefixes;
    QHash<QString, qsizetype> nodeOf;
    qsizetype self = -1;
    for (const Flag &other : context.flags) {
        if (nodeOf.contains(other.key))
            continue;
        nodeOf.insert(other.key, nodes.size());
        if (other.key == flag.key) {
            self = nodes.size();
            nodes.append(&flag);
        } else {
            nodes.append(&other);
        }
        prefixes.append(QString());
    }
    if (self < 0) {
        self = nodes.size();
        nodeOf.insert(flag.key, self);
        nodes.append(&flag);
        prefixes.append(QString());
    }
    prefixes[self] = pathPrefix;
    checkCyclesThrough(checker, nodes, prefixes, nodeOf, self);
    return problems;
}

QHash<QString, Problems> Validator::validateFlags(const QStringList &keys, const Workspace &context)
{
    // As validateFlag() with each flag and the context, the context indexed once for all.
    QHash<QString, Problems> result;
    const Lookup lookup(context, nullptr);
    QList<const Flag *> nodes;
    QHash<QString, qsizetype> nodeOf;
    for (const Flag &flag : context.flags) {
        if (nodeOf.contains(flag.key))
            continue;
        nodeOf.insert(flag.key, nodes.size());
        nodes.append(&flag);
    }
    const QStringList prefixes(nodes.size());
    for (const QString &key : keys) {
        const auto self = nodeOf.constFind(key);
        if (self == nodeOf.cend())
            continue;
        Problems problems;
        Checker checker(lookup, &problems);
        checker.checkFlag(*nodes.at(*self), QString());
        checkCyclesThrough(checker, nodes, prefixes, nodeOf, *self);
        result.insert(key, problems);
    }
    return result;
}

struct PartChecker::Data {
    explicit Data(const Workspace &source) : workspace(source), lookup(workspace, nullptr) {}
    /// Its own copy (implicitly shared, so cheap): the lookup points into it, and the caller's
    /// workspace may be replaced while the checker lives.
    const Workspace workspace;
    Lookup lookup;
};

PartChecker::PartChecker(const Workspace &workspace) : d(std::make_unique<Data>(workspace)) {}
PartChecker::~PartChecker() = default;

Problems PartChecker::condition(const Condition &condition, const QString &path,
                                const Flag *owner) const
{
    Problems problems;
    Checker(d->lookup, &problems).checkCondition(condition, path, owner, false);
    return problems;
}

Problems PartChecker::serve(const Serve &serve, const Flag &flag, const QString &path) const
{
    Problems problems;
    Checker(d->lookup, &problems).checkServe(serve, flag, path);
    return problems;
}

QString Validator::unleashOperandProblem(const ConstraintActivation &c)
{
    // List operators take any list (SDKs skip what they cannot use); the others one operand.
    const OperatorInfo &info = operatorInfo(c.op);
    if (info.takesList || info.operand == OperandType::None)
        return {};
    if (c.values.isEmpty())
        return tr("no value");
    const QString &value = c.values.constFirst();
    switch (info.operand) {
    case OperandType::Number:
        if (!UnleashValues::number(value))
            return tr("\"%1\" is not a number").arg(value);
        break;
    case OperandType::Date:
        if (!Instant::parse(value.trimmed(), QTimeZone::utc()))
            return tr("\"%1\" is not an ISO 8601 date-time").arg(value);
        break;
    case OperandType::Version:
        if (!UnleashValues::constraintVersion(value))
            return tr("\"%1\" is not a semantic version").arg(value);
        break;
    case OperandType::Pattern: {
        QString error;
        if (!Pattern::compile(value, c.caseInsensitive, &error))
            return tr("pattern \"%1\" does not compile: %2").arg(value, error);
        break;
    }
    default:
        break;
    }
    return {};
}

Problems Validator::warnings(const Workspace &workspace)
{
    Problems warnings;
    QSet<QString> segments;
    for (const Segment &segment : workspace.segments)
        segments.insert(segment.key);
    const auto check = [&](const Condition &condition, const QString &path) {
        if (const auto *c = std::get_if<ConstraintActivation>(&condition)) {
            if (c->source != ConditionSource::Unleash)
                return;
            if (!c->unknownOperator.isEmpty()) {
                warnings.append({path + u"/operator",
                                 tr("operator \"%1\" is not one Unleash SDKs know: the constraint is false, negated or not")
                                         .arg(c->unknownOperator)});
            } else if (const QString problem = unleashOperandProblem(*c); !problem.isEmpty()) {
                warnings.append({path, c->negate
                        ? tr("%1: the operator is false, so the negated constraint always holds, as in Unleash SDKs").arg(problem)
                        : tr("%1: the constraint never holds, as in Unleash SDKs").arg(problem)});
            }
        } else if (const auto *s = std::get_if<SegmentActivation>(&condition)) {
            if (s->source == ConditionSource::Unleash && !segments.contains(s->segment)) {
                warnings.append({path + u"/segment",
                                 tr("segment %1 is not in the workspace: the condition never holds, as in Unleash SDKs")
                                         .arg(s->segment)});
            }
        }
    };
    // Served outcomes kept from another system: what evaluation gives there.
    const auto served = [&](ServeOutcome outcome, const QString &source, const QString &path) {
        switch (outcome) {
        case ServeOutcome::Variation:
            return;
        case ServeOutcome::NoValue:
            warnings.append({path, tr("serves no value: applications get their own default value, reason DEFAULT")});
            return;
        case ServeOutcome::Error:
        case ServeOutcome::ParseError:
            warnings.append({path, tr("serves an error (%1): the off variation, reason ERROR; the source had %2")
                                           .arg(serveErrorName(outcome),
                                                source.isEmpty() ? tr("nothing") : u'"' + source.left(80) + u'"')});
            return;
        }
    };
    const auto checkServe = [&](const Serve &serve, const QString &path) {
        served(serve.outcome, serve.source, path);
        if (serve.split) {
            for (qsizetype w = 0; w < serve.split->weights.size(); ++w) {
                const SplitWeight &weight = serve.split->weights.at(w);
                served(weight.outcome, weight.source, path + u"/split/weights/"_s + index(w));
            }
        }
    };
    for (qsizetype f = 0; f < workspace.flags.size(); ++f) {
        const Flag &flag = workspace.flags.at(f);
        for (auto it = flag.environments.cbegin(); it != flag.environments.cend(); ++it) {
            const QString envPath = u"/flags/"_s + index(f) + u"/environments/"_s + pointerToken(it.key());
            checkServe(it->defaultServe, envPath + u"/defaultServe"_s);
            for (qsizetype r = 0; r < it->rules.size(); ++r) {
                checkServe(it->rules.at(r).serve, envPath + u"/rules/"_s + index(r) + u"/serve"_s);
                for (qsizetype c = 0; c < it->rules.at(r).conditions.size(); ++c) {
                    check(it->rules.at(r).conditions.at(c),
                          envPath + u"/rules/"_s + index(r) + u"/conditions/"_s + index(c));
                }
            }
        }
    }
    for (qsizetype s = 0; s < workspace.segments.size(); ++s) {
        for (qsizetype c = 0; c < workspace.segments.at(s).conditions.size(); ++c)
            check(workspace.segments.at(s).conditions.at(c), u"/segments/"_s + index(s) + u"/conditions/"_s + index(c));
    }
    for (qsizetype a = 0; a < workspace.activations.size(); ++a)
        check(workspace.activations.at(a).condition, u"/activations/"_s + index(a) + u"/condition"_s);
    return warnings;
}

QString Validator::keyProblem(const QString &key)
{
    if (key.isEmpty())
        return tr("key is empty");
    qsizetype characters = 0;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c.category() == QChar::Other_Control) {
            const QString code =
                    QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
            return tr("key contains the control character U+%1 at position %2")
                    .arg(code, index(i + 1));
        }
        // A surrogate pair is one character.
        if (!(c.isLowSurrogate() && i > 0 && key.at(i - 1).isHighSurrogate()))
            ++characters;
    }
    if (characters > MaxKeyLength)
        return tr("key is %1 characters long, more than %2").arg(characters).arg(MaxKeyLength);
    return {};
}

} // namespace Pennon
