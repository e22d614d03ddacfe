// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Pennon {

class BarChart;

/// The simulator windows' "Save Chart as PNG / SVG…" and "Save … as CSV…": a file dialog, then
/// the file written whole (QSaveFile) or a message naming the file and why not.
class ChartFiles final
{
    Q_DECLARE_TR_FUNCTIONS(ChartFiles)
public:
    /// Asks where to save the chart (baseName + .png or .svg suggested) and saves it; the
    /// path written, or empty when cancelled or failed (the failure shown).
    static QString saveChart(QWidget *parent, const BarChart *chart, bool svg, const QString &baseName);
    /// Asks where to save CSV bytes (fileName suggested) and writes them; the path written, or
    /// empty when cancelled or failed (the failure shown).
    static QString saveCsv(QWidget *parent, const QString &title, const QString &fileName,
                           const QByteArray &bytes);
};

} // namespace Pennon
