// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include "formats/workspaceexport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

constexpr ExportFormat Formats[] = {ExportFormat::Native, ExportFormat::Flagd,
                                    ExportFormat::Unleash, ExportFormat::Csv};

QStringList lines(const Problems &problems)
{
    QStringList out;
    for (const Problem &problem : problems)
        out.append(problem.toString());
    return out;
}

} // namespace

ExportDialog::ExportDialog(const Workspace &workspace, const QString &environment, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_format(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_skip(new QCheckBox(tr("&Skip flags the format cannot express exactly"), this))
    , m_path(new QLineEdit(this))
    , m_headline(new QLabel(this))
    , m_details(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Export Workspace"));
    setObjectName(u"exportDialog"_s);
    for (ExportFormat format : Formats)
        m_format->addItem(WorkspaceExport::displayName(format), int(format));
    m_format->setObjectName(u"exportFormat"_s);
    m_environment->setObjectName(u"exportEnvironment"_s);
    m_skip->setObjectName(u"exportSkip"_s);
    m_skip->setToolTip(tr("Without this, an export that cannot carry every flag exactly writes "
                          "nothing and lists the flags and why"));
    m_path->setObjectName(u"exportPath"_s);
    m_path->setPlaceholderText(tr("File to write"));
    m_headline->setWordWrap(true);
    m_headline->setObjectName(u"exportHeadline"_s);
    m_details->setReadOnly(true);
    m_details->setObjectName(u"exportDetails"_s);
    m_details->setMinimumHeight(120);
    m_details->hide();

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Environment:"), m_environment);
    form->addRow(QString(), m_skip);
    // A row of a layout gets no buddy by itself: the label names the path field.
    auto *pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, [this] { Q_EMIT finished(exportNow()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);

    m_preferredEnvironment = environment;
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateControls);
    updateControls();
    resize(560, 300);
}

void ExportDialog::updateControls()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const QString selected = m_environment->currentData().toString();
    m_environment->clear();
    if (!WorkspaceExport::holdsOneEnvironment(format))
        m_environment->addItem(tr("All environments"), QString());
    for (const Environment &environment : std::as_const(m_workspace.environments))
        m_environment->addItem(environment.name.isEmpty() ? environment.key : environment.name,
                               environment.key);
    // All environments where the format holds them; else the one chosen before, or the one
    // the main window shows.
    int index = m_environment->findData(selected);
    if (index < 0 || selected.isEmpty())
        index = WorkspaceExport::holdsOneEnvironment(format) ? m_environment->findData(m_preferredEnvironment) : 0;
    m_environment->setCurrentIndex(index >= 0 ? index : 0);
    m_skip->setEnabled(WorkspaceExport::canBeLenient(format));
    // Keep the file name, with the format's suffix.
    const QString path = m_path->text().trimmed();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        m_path->setText(info.dir().filePath(info.completeBaseName() + u'.'
                                            + WorkspaceExport::fileSuffix(format)));
    }
}

void ExportDialog::browse()
{
    const auto format = ExportFormat(m_format->currentData().toInt());
    const QString suffix = WorkspaceExport::fileSuffix(format);
    QString start = m_path->text().trimmed();
    if (start.isEmpty())
        start = QDir::home().filePath(u"pennon-"_s + WorkspaceExport::formatName(format) + u'.' + suffix);
    const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Workspace"), start,
            suffix == u"csv" ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::showReport(const QString &headline, const QStringList &details)
{
    m_headline->setText(headline);
    m_details->setPlainText(details.join(u'\n'));
    m_details->setVisible(!details.isEmpty());
    // Room for the report: grow, never shrink what the user chose.
    layout()->activate();
    resize(size().expandedTo(sizeHint()));
}

QString ExportDialog::report() const
{
    return !m_details->isHidden() ? m_headline->text() + u'\n' + m_details->toPlainText()
                                  : m_headline->text();
}

bool ExportDialog::exportNow()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        showReport(tr("Choose the file to write."), {});
        m_path->setFocus();
        return false;
    }
    ExportRequest request;
    request.format = ExportFormat(m_format->currentData().toInt());
    request.environment = m_environment->currentData().toString();
    request.lenient = m_skip->isEnabled() && m_skip->isChecked();
    request.stamps = m_stamps;
    const ExportResult result = WorkspaceExport::write(m_workspace, request);
    if (!result.bytes) {
        showReport(WorkspaceExport::canBeLenient(request.format) && !request.lenient
                           ? tr("Nothing was written: %1 cannot express these flags exactly. Change "
                                "them, or tick \"Skip\" to export the rest.")
                                     .arg(WorkspaceExport::displayName(request.format))
                           : tr("Nothing was written:"),
                   lines(result.problems));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*result.bytes) != result.bytes->size()
        || !file.commit()) {
        showReport(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), {});
        return false;
    }
    if (result.skipped.isEmpty()) {
        showReport(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), {});
    } else {
        showReport(tr("Exported to %1, without %n flag(s) the format cannot express:", nullptr,
                      int(result.skipped.size()))
                           .arg(QDir::toNativeSeparators(path)),
                   lines(result.skipped));
    }
    return true;
}

} // namespace Pennon
