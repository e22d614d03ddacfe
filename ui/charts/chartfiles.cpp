// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "chartfiles.h"

#include "barchart.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace Pennon {

using namespace Qt::StringLiterals;

QString ChartFiles::saveChart(QWidget *parent, const BarChart *chart, bool svg, const QString &baseName)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, svg ? tr("Save Chart as SVG") : tr("Save Chart as PNG"), baseName + (svg ? u".svg"_s : u".png"_s),
        svg ? tr("SVG images (*.svg)") : tr("PNG images (*.png)"), nullptr, QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return {};
    QString error;
    if (!(svg ? chart->saveSvg(path, &error) : chart->savePng(path, &error))) {
        QMessageBox::warning(parent, tr("Save Chart"), error);
        return {};
    }
    return path;
}

QString ChartFiles::saveCsv(QWidget *parent, const QString &title, const QString &fileName, const QByteArray &bytes)
{
    const QString path = QFileDialog::getSaveFileName(parent, title, fileName, tr("CSV files (*.csv)"), nullptr,
                                                      QFileDialog::DontUseNativeDialog);
    if (path.isEmpty())
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        QMessageBox::warning(parent, title, tr("Could not write %1: %2").arg(path, file.errorString()));
        return {};
    }
    return path;
}

} // namespace Pennon
