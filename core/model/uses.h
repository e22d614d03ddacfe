// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "workspace.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Pennon {

/// What conditions reach: the library activations and segments they name, directly or
/// through others (a segment's conditions, an activation's condition), and the prerequisites
/// met on the way.
struct Reach {
    QSet<QString> activations;
    QSet<QString> segments;
    QList<PrerequisiteActivation> prerequisites;
};

/// Adds what the condition reaches to *reach. An activation or segment that *reach holds
/// already is not walked again: a walk over many conditions shares the work, and a cycle
/// (invalid, but possible in data being edited) ends.
void addReach(const Workspace &workspace, const Condition &condition, Reach *reach);

/// The two kinds of shared object a rule can use.
enum class LibraryKind { Activation, Segment };

/// One rule that reaches a shared object (or names a flag as a prerequisite).
struct RuleUse {
    QString flag;
    QString environment;
    int rule = -1;            ///< its index in the environment's rules
    bool disabled = false;    ///< the rule is kept but skipped in evaluation
    /// For prerequisite uses: the variations the rule asks of the flag (none: "on").
    QStringList variations;
    friend bool operator==(const RuleUse &, const RuleUse &) = default;
};

/// A flag whose behaviour in one environment changes when a shared object changes: it has
/// enabled rules there that reach the object, or (through) a prerequisite on such a flag.
struct BehaviourChange {
    QString flag;
    QString environment;
    QList<int> rules;         ///< the rules' indexes in that environment
    bool on = false;          ///< whether the flag is on there (off: it serves its off variation)
    /// Empty when its own rules reach the object; else the prerequisite flag it follows.
    QString through;
    friend bool operator==(const BehaviourChange &, const BehaviourChange &) = default;
};

/// Who uses what in a workspace, walked once: for every library activation and segment, the
/// rules, flags, segments and activations that reach it, directly or nested; for every flag,
/// the rules that name it as a prerequisite. The workspace must outlive nothing: the index
/// keeps keys only.
class WorkspaceUses final
{
public:
    explicit WorkspaceUses(const Workspace &workspace);

    /// The rules reaching the object, in the workspace's flag order.
    QList<RuleUse> rules(LibraryKind kind, const QString &key) const;
    /// The flags whose rules reach the object, each once, in the workspace's order.
    QStringList flags(LibraryKind kind, const QString &key) const;
    /// The segments reaching the object through their conditions (directly or nested), sorted.
    QStringList segments(LibraryKind kind, const QString &key) const;
    /// The library activations whose condition reaches the object, sorted.
    QStringList activations(LibraryKind kind, const QString &key) const;
    /// Whether anything at all uses the object (a flag, a segment or an activation).
    bool isUsed(LibraryKind kind, const QString &key) const;

    /// The rules of other flags that name this flag as a prerequisite (directly or through
    /// the library), with the variations they ask for.
    QList<RuleUse> prerequisiteUses(const QString &flagKey) const;
    /// The flags (other than the flag itself) whose prerequisites name one of the flag's
    /// variations, each once: "checkout (production, rule 2)". Empty when none does; a
    /// prerequisite with no variations ("on") names none.
    QList<RuleUse> variationDependants(const QString &flagKey, const QString &variation) const;

    /// The flags whose behaviour changes, per environment, when the object changes: every
    /// flag with an enabled rule in an environment that reaches it, then the flags whose
    /// enabled rules there have a prerequisite on one of those (as far as it goes). Ordered by
    /// the workspace's environments, then its flags.
    QList<BehaviourChange> behaviourChanges(LibraryKind kind, const QString &key) const;

private:
    QHash<QString, QList<RuleUse>> m_activationRules;
    QHash<QString, QList<RuleUse>> m_segmentRules;
    QHash<QString, QStringList> m_segmentsUsingActivation;
    QHash<QString, QStringList> m_segmentsUsingSegment;
    QHash<QString, QStringList> m_activationsUsingSegment;
    QHash<QString, QList<RuleUse>> m_prerequisiteUses;
    /// Per flag and environment: the prerequisite flags its enabled rules there reach.
    QHash<QString, QHash<QString, QSet<QString>>> m_enabledPrerequisites;
    QStringList m_environmentOrder;
    QHash<QString, int> m_flagOrder;
    QHash<QString, QSet<QString>> m_flagOnIn;   // flag → environments where it is on
};

/// The workspace an edit of a library object is checked in (Validator::validate): the edited
/// workspace's environments, library and segments, and of its flags only those that can be
/// affected — the given ones (the object's users) — and every flag they or the library reach by
/// prerequisites, so that checking as the user types does not walk ten thousand flags.
Workspace libraryCheckContext(const Workspace &edited, const QStringList &flags);

} // namespace Pennon
