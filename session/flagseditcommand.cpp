// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flagseditcommand.h"

#include "workspacesession.h"

namespace Pennon {

FlagsEditCommand::FlagsEditCommand(WorkspaceSession *session, QList<Change> changes, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_changes(std::move(changes))
{
}

void FlagsEditCommand::redo()
{
    QList<std::pair<QString, std::optional<Flag>>> states;
    states.reserve(m_changes.size());
    for (const Change &change : std::as_const(m_changes))
        states.append({change.key, change.after});
    m_session->setEditedStates(states);
}

void FlagsEditCommand::undo()
{
    QList<std::pair<QString, std::optional<Flag>>> states;
    states.reserve(m_changes.size());
    for (const Change &change : std::as_const(m_changes))
        states.append({change.key, change.before});
    m_session->setEditedStates(states);
}

QStringList FlagsEditCommand::keys() const
{
    QStringList keys;
    keys.reserve(m_changes.size());
    for (const Change &change : m_changes)
        keys.append(change.key);
    return keys;
}

} // namespace Pennon
