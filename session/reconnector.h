// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace Pennon {

/// Tries an attempt again and again, with pauses that double from firstDelay up to maxDelay,
/// until it succeeds: the session's way back to a database that stopped answering. It and its
/// attempts run on the thread it lives on (the session's database thread), never the GUI's.
class Reconnector final : public QObject
{
    Q_OBJECT
public:
    /// One try; true when it worked, else false with *error saying why.
    using Attempt = std::function<bool(QString *error)>;

    explicit Reconnector(Attempt attempt, QObject *parent = nullptr);

    /// The pauses (500 ms, doubling up to 10 s by default).
    void setDelays(int firstDelay, int maxDelay);
    /// The first attempt after the first pause; again after each failure.
    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive() || m_trying; }

Q_SIGNALS:
    /// An attempt failed; the next follows in nextDelay milliseconds.
    void attemptFailed(const QString &error, int nextDelay);
    void succeeded();

private:
    void attempt();

    Attempt m_attempt;
    QTimer m_timer;
    int m_firstDelay = 500;
    int m_maxDelay = 10000;
    int m_delay = 500;
    bool m_trying = false;
};

} // namespace Pennon
