// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "formats/workspacefile.h"
#include "model/workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Pennon {

class WorkspaceRepository;

/// File ▸ Import: a Pennon JSON, flagd or Unleash file into the workspace database. The whole
/// file is read and checked first; Preview shows what would be added, changed and removed
/// without writing; Import writes everything in one transaction, or nothing.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(WorkspaceRepository *repository, const QList<Environment> &environments,
                 QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *formatBox() const { return m_format; }
    /// The environment that flagd and Unleash files are read into (editable: a new one).
    QComboBox *environmentBox() const { return m_environment; }
    QRadioButton *replaceButton() const { return m_replace; }
    /// What the last preview or import said.
    QString report() const;

public Q_SLOTS:
    /// Shows what an import would change; true when the file could be imported.
    bool preview();
    /// Imports; true when written. Emits imported().
    bool importNow();

Q_SIGNALS:
    void imported();

private:
    bool run(bool dryRun);
    void updateControls();
    void browse();
    void showReport(const QString &headline, const QStringList &details);

    WorkspaceRepository *m_repository;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_environment;
    QRadioButton *m_merge;
    QRadioButton *m_replace;
    QLabel *m_headline;
    QPlainTextEdit *m_details;
};

} // namespace Pennon
