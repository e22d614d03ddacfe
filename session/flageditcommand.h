// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/flag.h"

#include <QUndoCommand>

#include <optional>

namespace Pennon {

class WorkspaceSession;

/// One edit of one flag on the session's undo stack: the flag as edited before and after
/// (nullopt: not there), applied as the session's edited state. Edits with the same merge key
/// in a row on the same flag merge into one (typing in one field).
class FlagEditCommand final : public QUndoCommand
{
public:
    FlagEditCommand(WorkspaceSession *session, const QString &key, std::optional<Flag> before,
                    std::optional<Flag> after, const QString &text, const QString &mergeKey);

    /// The edit also moves the draft's base (the stored flag it expects when saved): from
    /// before to after (re-applying a draft on a colleague's newer save).
    void rebase(const std::optional<Flag> &before, const std::optional<Flag> &after);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    WorkspaceSession *m_session;
    QString m_key;
    std::optional<Flag> m_before;
    std::optional<Flag> m_after;
    QString m_mergeKey;
    bool m_rebases = false;
    std::optional<Flag> m_baseBefore;
    std::optional<Flag> m_baseAfter;
};

} // namespace Pennon
