// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;

namespace Pennon {

class ProblemLabel;

/// Edit ▸ Settings: the language, the default workspace and the days after which an
/// unchanged flag counts as stale. Reads AppSettings when made and writes them on OK. The
/// language and the workspace apply at the next start (the widgets do not retranslate
/// themselves), which the dialog says.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    void checkWorkspace();
    void browseWorkspace();

    QComboBox *m_language;
    QLineEdit *m_workspace;
    ProblemLabel *m_workspaceProblem;
    QSpinBox *m_staleDays;
    QDialogButtonBox *m_buttons;
};

} // namespace Pennon
