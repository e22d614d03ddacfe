// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"

#include <QList>
#include <QUndoCommand>

#include <optional>

namespace Pennon {

class WorkspaceSession;

/// One edit of many flags on the session's undo stack (a bulk edit, a promotion): each flag
/// as edited before and after (nullopt: not there), applied together as the session's edited
/// states (WorkspaceSession::setEditedStates), so that the views follow them in one go.
class FlagsEditCommand final : public QUndoCommand
{
public:
    struct Change {
        QString key;
        std::optional<Flag> before;
        std::optional<Flag> after;
    };

    FlagsEditCommand(WorkspaceSession *session, QList<Change> changes, const QString &text);

    void redo() override;
    void undo() override;

    /// The flags the edit changes, in the order given.
    QStringList keys() const;

private:
    WorkspaceSession *m_session;
    QList<Change> m_changes;
};

} // namespace Pennon
