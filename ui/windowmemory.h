// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QMainWindow;
class QSplitter;

namespace Pennon {

/// Remembers a main window's geometry, its toolbars' state and a splitter's sizes in the
/// settings ("window/geometry", "window/state", "window/splitter"): restores them when made,
/// saves them when the window closes. A child of the window.
class WindowMemory final : public QObject
{
    Q_OBJECT
public:
    WindowMemory(QMainWindow *window, QSplitter *splitter);

    /// Restores what the settings hold; false when they hold nothing for the window.
    bool restore();
    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *m_window;
    QSplitter *m_splitter;
};

} // namespace Pennon
