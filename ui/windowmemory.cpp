// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "windowmemory.h"

#include "appsettings.h"

#include <QEvent>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace Pennon {

WindowMemory::WindowMemory(QMainWindow *window, QSplitter *splitter)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
{
    setObjectName(QStringLiteral("windowMemory"));
    restore();
    window->installEventFilter(this);
}

bool WindowMemory::restore()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QString::fromLatin1(AppSettings::GeometryKey)).toByteArray();
    if (geometry.isEmpty())
        return false;
    // Each part may be missing or from an older layout; what cannot be restored keeps the
    // window's defaults.
    m_window->restoreGeometry(geometry);
    m_window->restoreState(settings.value(QString::fromLatin1(AppSettings::StateKey)).toByteArray());
    if (m_splitter)
        m_splitter->restoreState(settings.value(QString::fromLatin1(AppSettings::SplitterKey)).toByteArray());
    return true;
}

void WindowMemory::save() const
{
    QSettings settings;
    settings.setValue(QString::fromLatin1(AppSettings::GeometryKey), m_window->saveGeometry());
    settings.setValue(QString::fromLatin1(AppSettings::StateKey), m_window->saveState());
    if (m_splitter)
        settings.setValue(QString::fromLatin1(AppSettings::SplitterKey), m_splitter->saveState());
}

bool WindowMemory::eventFilter(QObject *watched, QEvent *event)
{
    // Saved on every close asked for, even one the window refuses: the last layout seen.
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return QObject::eventFilter(watched, event);
}

} // namespace Pennon
