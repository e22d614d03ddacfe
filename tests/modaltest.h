// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// GUI tests: answering a modal dialog that a click opens (its exec() blocks the click).

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <functional>

/// Runs handle on the next modal dialog of type T once it is shown (a dialog's exec() blocks
/// the click that opened it).
template<typename T>
void whenModal(std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, handle] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        timer->stop();
        timer->deleteLater();
        handle(dialog);
    });
    timer->start();
}
