// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include "formats/workspacefile.h"
#include "storage/repository.h"
#include "model/workspace.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Pennon {

class WorkspaceSession;

/// File ▸ Import: a Pennon JSON, flagd or Unleash file into the workspace database. The whole
/// file is read and checked first; Preview shows what would be added, changed and removed
/// without writing; Import writes everything in one transaction, or nothing. The database
/// work runs on the session's thread: the buttons wait, the window does not.
class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    QLineEdit *pathEdit() const { return m_path; }
    QComboBox *formatBox() const { return m_format; }
    /// The environment that flagd and Unleash files are read into (editable: a new one).
    QComboBox *environmentBox() const { return m_environment; }
    QRadioButton *replaceButton() const { return m_replace; }
    /// What the last preview or import said.
    QString report() const;

    /// Whether a preview or an import is under way (the buttons wait for it).
    bool isBusy() const { return m_request >= 0; }

Q_SIGNALS:
    /// A preview or an import finished; report() says how.
    void finished(bool ok);
    /// The workspace was written.
    void imported();

private:
    void run(bool dryRun);
    void importFinished(int request, const std::optional<ImportSummary> &summary, const StorageError &error);
    void updateControls();
    void browse();
    void showReport(const QString &headline, const QStringList &details);

    WorkspaceSession *m_session;
    int m_request = -1;          // the session's request under way, or -1
    bool m_dryRun = false;
    QString m_fileName;
    QStringList m_warnings;      // the file's, shown with the result
    QPushButton *m_previewButton;
    QPushButton *m_importButton;
    QLineEdit *m_path;
    QComboBox *m_format;
    QComboBox *m_environment;
    QRadioButton *m_merge;
    QRadioButton *m_replace;
    QLabel *m_headline;
    QPlainTextEdit *m_details;
};

} // namespace Pennon
