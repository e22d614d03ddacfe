// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/environment.h"

#include <QComboBox>
#include <QList>

class QActionGroup;
class QMenu;

namespace Pennon {

/// Chooses the environment the flag list shows: a combo box for the toolbar and a matching
/// menu of checkable actions (Ctrl+1 … Ctrl+9), kept in step with each other.
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

Q_SIGNALS:
    void environmentChanged(const QString &key);

private:
    void onIndexChanged(int index);

    QMenu *m_menu;
    QActionGroup *m_group;
};

} // namespace Pennon
