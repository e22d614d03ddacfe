// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/environment.h"

#include <QComboBox>
#include <QList>

class QAction;
class QActionGroup;
class QMenu;

namespace Pennon {

/// Chooses the environment the flag list shows: a combo box for the toolbar and a matching
/// menu of checkable actions (Ctrl+1 … Ctrl+9), kept in step with each other. The menu ends
/// with Manage Environments…, which the window connects (and puts beside the combo box).
class EnvironmentSelector final : public QComboBox
{
    Q_OBJECT
public:
    explicit EnvironmentSelector(QWidget *parent = nullptr);

    /// Replaces the choices; keeps the current environment when it is still there.
    void setEnvironments(const QList<Environment> &environments);

    QString currentEnvironment() const;
    void setCurrentEnvironment(const QString &key);

    /// The "Environment" menu; owned by this selector.
    QMenu *menu() const { return m_menu; }
    /// Manage Environments…: last in the menu; the window opens the dialog.
    QAction *manageAction() const { return m_manage; }

Q_SIGNALS:
    void environmentChanged(const QString &key);

private:
    void onIndexChanged(int index);

    QMenu *m_menu;
    QActionGroup *m_group;
    QAction *m_separator;   // the choices go above it
    QAction *m_manage;
};

} // namespace Pennon
