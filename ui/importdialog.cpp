// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "importdialog.h"

#include "workspacesession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

ImportDialog::ImportDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_path(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_merge(new QRadioButton(tr("&Merge: add and update what the file has, keep the rest"), this))
    , m_replace(new QRadioButton(tr("&Replace: the workspace becomes exactly the file"), this))
    , m_headline(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Import into the Workspace"));
    setObjectName(u"importDialog"_s);
    m_path->setObjectName(u"importPath"_s);
    m_path->setPlaceholderText(tr("File to read"));
    m_format->setObjectName(u"importFormat"_s);
    m_format->addItem(tr("Pennon JSON"), int(WorkspaceFormat::Native));
    m_format->addItem(tr("flagd flag definitions (OpenFeature)"), int(WorkspaceFormat::Flagd));
    m_format->addItem(tr("Unleash client API features"), int(WorkspaceFormat::Unleash));
    m_environment->setObjectName(u"importEnvironment"_s);
    m_environment->setEditable(true);
    m_environment->setToolTip(tr("flagd and Unleash files hold one environment: the one they "
                                 "are read into (type a new key to add one)"));
    for (const Environment &environment : m_session->workspace().environments)
        m_environment->addItem(environment.key);
    m_merge->setChecked(true);
    m_headline->setWordWrap(true);
    m_headline->setObjectName(u"importHeadline"_s);
    m_details->setReadOnly(true);
    m_details->setObjectName(u"importDetails"_s);
    m_details->setMinimumHeight(140);
    m_details->hide();

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *modes = new QVBoxLayout;
    modes->addWidget(m_merge);
    modes->addWidget(m_replace);

    auto *form = new QFormLayout;
    // A row of a layout gets no buddy by itself: the label names the path field.
    auto *pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(tr("Mode:"), modes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setDefault(true);
    connect(m_previewButton, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_importButton, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_session, &WorkspaceSession::importFinished, this, &ImportDialog::importFinished);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::updateControls);
    updateControls();
    resize(600, 380);
}

void ImportDialog::updateControls()
{
    m_environment->setEnabled(WorkspaceFormat(m_format->currentData().toInt()) != WorkspaceFormat::Native);
    m_previewButton->setEnabled(!isBusy());
    m_importButton->setEnabled(!isBusy());
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import into the Workspace"),
                                                      m_path->text().trimmed(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportDialog::showReport(const QString &headline, const QStringList &details)
{
    m_headline->setText(headline);
    m_details->setPlainText(details.join(u'\n'));
    m_details->setVisible(!details.isEmpty());
    // Room for the report: grow, never shrink what the user chose.
    layout()->activate();
    resize(size().expandedTo(sizeHint()));
}

QString ImportDialog::report() const
{
    return !m_details->isHidden() ? m_headline->text() + u'\n' + m_details->toPlainText()
                                  : m_headline->text();
}

void ImportDialog::run(bool dryRun)
{
    if (isBusy())
        return;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showReport(tr("Choose the file to import."), {});
        m_path->setFocus();
        Q_EMIT finished(false);
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showReport(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {});
        Q_EMIT finished(false);
        return;
    }
    const auto format = WorkspaceFormat(m_format->currentData().toInt());
    Problems problems;
    Problems warnings;
    const std::optional<Workspace> workspace = WorkspaceFile::read(
            file.readAll(), format, m_environment->currentText().trimmed(), &problems, &warnings);
    if (!workspace) {
        QStringList lines;
        for (const Problem &problem : std::as_const(problems))
            lines.append(problem.toString());
        showReport(tr("%1 cannot be imported; the workspace is unchanged:")
                           .arg(QDir::toNativeSeparators(path)),
                   lines);
        Q_EMIT finished(false);
        return;
    }
    m_warnings.clear();
    for (const Problem &warning : std::as_const(warnings))
        m_warnings.append(tr("warning: ") + warning.toString());
    m_fileName = QFileInfo(path).fileName();
    m_dryRun = dryRun;
    m_request = m_session->importWorkspace(
            *workspace, m_replace->isChecked() ? ImportMode::Replace : ImportMode::Merge, dryRun,
            tr("imported from %1").arg(m_fileName));
    if (m_request < 0) {
        showReport(tr("Nothing was imported: the workspace has no database to write to."), {});
        Q_EMIT finished(false);
        return;
    }
    showReport(dryRun ? tr("Checking %1 against the workspace…").arg(m_fileName)
                      : tr("Importing %1…").arg(m_fileName), {});
    updateControls();
}

void ImportDialog::importFinished(int request, const std::optional<ImportSummary> &summary,
                                  const StorageError &error)
{
    if (request != m_request)
        return;   // another window's import
    m_request = -1;
    updateControls();
    if (!summary) {
        QStringList lines;
        for (const Problem &problem : error.problems)
            lines.append(problem.toString());
        showReport(tr("Nothing was imported: %1").arg(error.message), lines);
        Q_EMIT finished(false);
        return;
    }
    const bool dryRun = m_dryRun;
    QStringList lines;
    for (const QString &object : summary->added)
        lines.append(dryRun ? tr("would add %1").arg(object) : tr("added %1").arg(object));
    for (const QString &object : summary->changed)
        lines.append(dryRun ? tr("would change %1").arg(object) : tr("changed %1").arg(object));
    for (const QString &object : summary->removed)
        lines.append(dryRun ? tr("would remove %1").arg(object) : tr("removed %1").arg(object));
    lines += m_warnings;
    const QString counts = tr("%1 added, %2 changed, %3 removed, %4 unchanged")
                                   .arg(summary->added.size()).arg(summary->changed.size())
                                   .arg(summary->removed.size()).arg(summary->unchanged.size());
    showReport(dryRun ? tr("Preview, nothing written: %1").arg(counts)
                      : tr("Imported %1: %2").arg(m_fileName, counts),
               lines);
    Q_EMIT finished(true);
    if (!dryRun)
        Q_EMIT imported();
}

} // namespace Pennon
