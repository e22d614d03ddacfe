// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "undokeys.h"

#include <QEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QWidget>

namespace Pennon {

namespace {

class UndoKeyFilter final : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
                || (key->key() == Qt::Key_Z
                    && key->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier))) {
                // Not overridden: the window's shortcut takes the key.
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void leaveUndoToWindow(QWidget *field)
{
    field->installEventFilter(new UndoKeyFilter(field));
    // A spin box's text is edited by its inner line edit, which sees the keys first.
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field)) {
        if (auto *edit = spin->findChild<QLineEdit *>())
            edit->installEventFilter(new UndoKeyFilter(edit));
    }
}

} // namespace Pennon
