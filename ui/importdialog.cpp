// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "importdialog.h"

#include "storage/repository.h"

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

ImportDialog::ImportDialog(WorkspaceRepository *repository, const QList<Environment> &environments,
                           QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
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
    for (const Environment &environment : environments)
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
    QPushButton *previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(u"previewButton"_s);
    QPushButton *importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(u"importButton"_s);
    importButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(importButton, &QPushButton::clicked, this, &ImportDialog::importNow);
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

bool ImportDialog::preview()
{
    return run(true);
}

bool ImportDialog::importNow()
{
    if (!run(false))
        return false;
    Q_EMIT imported();
    return true;
}

bool ImportDialog::run(bool dryRun)
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showReport(tr("Choose the file to import."), {});
        m_path->setFocus();
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showReport(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {});
        return false;
    }
    const auto format = WorkspaceFormat(m_format->currentData().toInt());
    Problems problems;
    Problems warnings;
    const std::optional<Workspace> workspace = WorkspaceFile::read(
            file.readAll(), format, m_environment->currentText().trimmed(), &problems, &warnings);
    const auto placed = [&](const Problems &list, const QString &prefix) {
        QStringList lines;
        for (const Problem &problem : list)
            lines.append(prefix + problem.toString());
        return lines;
    };
    if (!workspace) {
        showReport(tr("%1 cannot be imported; the workspace is unchanged:")
                           .arg(QDir::toNativeSeparators(path)),
                   placed(problems, QString()));
        return false;
    }
    StorageError error;
    const auto summary = m_repository->importWorkspace(
            *workspace, m_replace->isChecked() ? ImportMode::Replace : ImportMode::Merge, dryRun,
            tr("imported from %1").arg(QFileInfo(path).fileName()), &error);
    if (!summary) {
        QStringList lines = placed(error.problems, QString());
        showReport(tr("Nothing was imported: %1").arg(error.message), lines);
        return false;
    }
    QStringList lines;
    for (const QString &object : summary->added)
        lines.append(dryRun ? tr("would add %1").arg(object) : tr("added %1").arg(object));
    for (const QString &object : summary->changed)
        lines.append(dryRun ? tr("would change %1").arg(object) : tr("changed %1").arg(object));
    for (const QString &object : summary->removed)
        lines.append(dryRun ? tr("would remove %1").arg(object) : tr("removed %1").arg(object));
    lines += placed(warnings, tr("warning: "));
    const QString counts = tr("%1 added, %2 changed, %3 removed, %4 unchanged")
                                   .arg(summary->added.size()).arg(summary->changed.size())
                                   .arg(summary->removed.size()).arg(summary->unchanged.size());
    showReport(dryRun ? tr("Preview, nothing written: %1").arg(counts)
                      : tr("Imported %1: %2").arg(QFileInfo(path).fileName(), counts),
               lines);
    return true;
}

} // namespace Pennon
