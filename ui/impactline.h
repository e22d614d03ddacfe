// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "engine/impact.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QPushButton;

namespace Pennon {

class WorkspaceSession;

/// One line of the review before saving (ReviewDialog): the change impact of a flag's draft in
/// one environment (saved vs as edited) over that many synthetic users, worked out off the GUI
/// thread as soon as it is made — "12,345 of 100,000 users (12.3 %) would get another
/// variation" — with Details… to open the Change Impact window on it. Nothing waits for it.
class ImpactLine final : public QWidget
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultUsers = 100'000;

    ImpactLine(WorkspaceSession *session, const QString &flagKey, const QString &environment,
               qint64 users = DefaultUsers, QWidget *parent = nullptr);
    /// Stops the comparison when it still runs.
    ~ImpactLine() override;

    QString flag() const { return m_flag; }
    QString environment() const { return m_environment; }
    QString text() const;
    bool isFinished() const { return m_finished; }
    /// The comparison's result once finished.
    const ImpactResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();
    void detailsRequested(const QString &flagKey, const QString &environment);

private:
    QString m_flag;
    QString m_environment;
    QLabel *m_label;
    QPushButton *m_details;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    ImpactResult m_result;
    bool m_finished = false;
};

} // namespace Pennon
