// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "flageditcommand.h"

#include "workspacesession.h"

namespace Pennon {

FlagEditCommand::FlagEditCommand(WorkspaceSession *session, const QString &key,
                                 std::optional<Flag> before, std::optional<Flag> after,
                                 const QString &text, const QString &mergeKey)
    : QUndoCommand(text)
    , m_session(session)
    , m_key(key)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void FlagEditCommand::rebase(const std::optional<Flag> &before, const std::optional<Flag> &after)
{
    m_rebases = true;
    m_baseBefore = before;
    m_baseAfter = after;
}

void FlagEditCommand::redo()
{
    if (m_rebases)
        m_session->setEditedState(m_key, m_after, m_baseAfter);
    else
        m_session->setEditedState(m_key, m_after);
}

void FlagEditCommand::undo()
{
    if (m_rebases)
        m_session->setEditedState(m_key, m_before, m_baseBefore);
    else
        m_session->setEditedState(m_key, m_before);
}

int FlagEditCommand::id() const
{
    // Only edits with a merge key merge; QUndoStack asks mergeWith() when the ids match.
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool FlagEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FlagEditCommand *>(other);
    if (next->m_key != m_key || next->m_mergeKey != m_mergeKey || m_rebases || next->m_rebases)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace Pennon
