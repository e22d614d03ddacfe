// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

// Pennon's one chart layer: the only place that includes Qt Charts, so that it can be swapped
// for Qt Graphs (Qt Charts is deprecated from Qt 6.10) in one file.

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QChartView;

namespace Pennon {

/// Grouped bars: one group per category (e.g. a variation), one bar per series in each
/// (e.g. "Observed" and "Configured"), with a legend, labels and a value axis. Saves itself as
/// PNG and SVG at its current size.
class BarChart final : public QWidget
{
    Q_OBJECT
public:
    struct Series {
        QString name;
        QList<double> values;   ///< one per category
    };

    explicit BarChart(QWidget *parent = nullptr);
    ~BarChart() override;

    void setTitle(const QString &title);
    /// The value axis runs from 0 to maximum (≤ 0: to the largest value) with this title and
    /// label format (printf style, e.g. "%.0f %%").
    void setValueAxis(const QString &title, double maximum, const QString &labelFormat);
    /// Replaces what is shown. Every series has one value per category.
    void setData(const QStringList &categories, const QList<Series> &series);
    void clear();

    QStringList categories() const { return m_categories; }
    QList<Series> series() const { return m_series; }

    /// Writes the chart; false with *error set when the file cannot be written.
    bool savePng(const QString &path, QString *error) const;
    bool saveSvg(const QString &path, QString *error) const;

private:
    void rebuild();

    QChartView *m_view = nullptr;
    QStringList m_categories;
    QList<Series> m_series;
    QString m_valueTitle;
    QString m_labelFormat = QStringLiteral("%.0f");
    double m_maximum = 0;
};

} // namespace Pennon
