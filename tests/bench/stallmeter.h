// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// The event-loop stall probe of the benchmarks: how long the GUI thread went without turning
// its event loop (a 1 ms timer notes the gaps).

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <algorithm>

/// The longest time between two turns of the event loop while it runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    /// Milliseconds; the time since the last turn counts too.
    double stop()
    {
        m_timer.stop();
        m_longest = std::max(m_longest, m_clock.nsecsElapsed() - m_last);
        return double(m_longest) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};
