// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "model/changestamp.h"
#include "model/workspace.h"

#include <QHash>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Pennon {

/// File ▸ Export: the shown workspace to Pennon JSON, flagd (OpenFeature), Unleash or CSV.
/// Says before writing anything which flags a format cannot express and why; with "skip" on,
/// exports the rest and lists what it left out. The file is replaced only when complete.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    /// environment preselects the environment (the one the main window shows).
    ExportDialog(const Workspace &workspace, const QString &environment, QWidget *parent = nullptr);

    /// When and by whom each flag was last saved (from the workspace database), for CSV.
    void setStamps(const QHash<QString, ChangeStamp> &stamps) { m_stamps = stamps; }

    QComboBox *formatBox() const { return m_format; }
    QComboBox *environmentBox() const { return m_environment; }
    QCheckBox *skipBox() const { return m_skip; }
    QLineEdit *pathEdit() const { return m_path; }
    /// What the last export said: the refused or skipped flags, or where it wrote.
    QString report() const;

Q_SIGNALS:
    /// The Export button's outcome: whether the file was written; report() says more.
    void finished(bool written);

private:
    bool exportNow();
    void updateControls();
    void browse();
    void showReport(const QString &headline, const QStringList &lines);

    Workspace m_workspace;
    QHash<QString, ChangeStamp> m_stamps;
    QString m_preferredEnvironment;
    QComboBox *m_format;
    QComboBox *m_environment;
    QCheckBox *m_skip;
    QLineEdit *m_path;
    QLabel *m_headline;
    QPlainTextEdit *m_details;
    QDialogButtonBox *m_buttons;
};

} // namespace Pennon
