// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "reconnector.h"

#include <algorithm>

namespace Pennon {

Reconnector::Reconnector(Attempt attempt, QObject *parent)
    : QObject(parent)
    , m_attempt(std::move(attempt))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Reconnector::attempt);
}

void Reconnector::setDelays(int firstDelay, int maxDelay)
{
    m_firstDelay = firstDelay;
    m_maxDelay = std::max(firstDelay, maxDelay);
}

void Reconnector::start()
{
    m_delay = m_firstDelay;
    m_timer.start(m_delay);
}

void Reconnector::stop()
{
    m_timer.stop();
}

void Reconnector::attempt()
{
    QString error;
    m_trying = true;
    const bool ok = m_attempt(&error);
    m_trying = false;
    if (ok) {
        Q_EMIT succeeded();
        return;
    }
    m_delay = std::min(m_delay * 2, m_maxDelay);
    m_timer.start(m_delay);
    Q_EMIT attemptFailed(error, m_delay);
}

} // namespace Pennon
