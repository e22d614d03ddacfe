// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/impact.h"
#include "model/workspace.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <variant>

class QLabel;
class QPushButton;

namespace Pennon {

class WorkspaceSession;

/// One line of a review before saving: the change impact in one environment over that many
/// synthetic users, worked out off the GUI thread as soon as it is made — "12,345 of 100,000
/// users (12.3 %) would get another variation" — while nothing waits for it. ReviewDialog has
/// one per flag's draft and protected environment (saved vs as edited, with Details… to open
/// the Change Impact window on it); LibraryImpactDialog one per protected environment that an
/// edited activation or segment reaches (over every flag that uses it there).
class ImpactLine final : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultUsers = 100'000;

    /// A flag's draft in the session: its saved state vs as edited, with Details….
    ImpactLine(WorkspaceSession *session, const QString &flagKey, const QString &environment,
               qint64 users = DefaultUsers, QWidget *parent = nullptr);
    /// Flags compared between two workspaces (users who change on any of them count).
    ImpactLine(const Workspace &from, const Workspace &to, const QStringList &flags, const QString &environment,
               qint64 users = DefaultUsers, QWidget *parent = nullptr);
    /// Stops the comparison when it still runs.
    ~ImpactLine() override;

    /// The workspace with one library object replaced by its edited state (added when new).
    static Workspace withObject(Workspace workspace, const std::variant<Activation, Segment> &edited);

    QStringList flags() const { return m_flags; }
    /// The one flag compared (empty when several are).
    QString flag() const { return m_flags.size() == 1 ? m_flags.constFirst() : QString(); }
    QString environment() const { return m_environment; }
    QString text() const;
    bool isFinished() const { return m_finished; }
    /// The comparison's result once finished.
    const FlagsImpact &result() const { return m_result; }
    /// The names of the workspace's saved personas that get another variation (once finished).
    QStringList changedPersonas() const { return m_changedPersonas; }

Q_SIGNALS:
    void finished();
    void detailsRequested(const QString &flagKey, const QString &environment);

private:
    QStringList m_flags;
    QString m_environment;
    QLabel *m_label;
    QPushButton *m_details;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    FlagsImpact m_result;
    QStringList m_changedPersonas;
    bool m_finished = false;
};

} // namespace Pennon
