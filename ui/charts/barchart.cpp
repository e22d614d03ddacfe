// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "barchart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace Pennon {

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setAnimationOptions(QChart::NoAnimation);
    m_view->setMinimumSize(320, 220);
    m_view->setFocusPolicy(Qt::NoFocus);
}

BarChart::~BarChart() = default;

void BarChart::setTitle(const QString &title)
{
    m_view->chart()->setTitle(title);
}

void BarChart::setValueAxis(const QString &title, double maximum, const QString &labelFormat)
{
    m_valueTitle = title;
    m_maximum = maximum;
    m_labelFormat = labelFormat;
    rebuild();
}

void BarChart::setData(const QStringList &categories, const QList<Series> &series)
{
    m_categories = categories;
    m_series = series;
    rebuild();
}

void BarChart::clear()
{
    setData({}, {});
}

void BarChart::rebuild()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    if (m_categories.isEmpty())
        return;
    auto *bars = new QBarSeries;
    double largest = 0;
    for (const Series &s : std::as_const(m_series)) {
        auto *set = new QBarSet(s.name);
        for (qsizetype i = 0; i < m_categories.size(); ++i) {
            const double value = i < s.values.size() ? s.values.at(i) : 0.0;
            largest = std::max(largest, value);
            *set << value;
        }
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(QStringLiteral("@value"));
    chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_categories);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    auto *valueAxis = new QValueAxis;
    valueAxis->setRange(0, m_maximum > 0 ? m_maximum : (largest > 0 ? largest * 1.1 : 1.0));
    if (m_maximum <= 0)
        valueAxis->applyNiceNumbers();   // round ticks (0, 20,000, 40,000, ...) for counts
    valueAxis->setTitleText(m_valueTitle);
    valueAxis->setLabelFormat(m_labelFormat);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    bars->attachAxis(valueAxis);
}

bool BarChart::savePng(const QString &path, QString *error) const
{
    const QPixmap pixmap = m_view->grab();
    if (!pixmap.save(path, "PNG")) {
        if (error)
            *error = tr("Could not write the image to %1.").arg(path);
        return false;
    }
    return true;
}

bool BarChart::saveSvg(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(m_view->size());
    generator.setViewBox(QRect(QPoint(0, 0), m_view->size()));
    generator.setTitle(m_view->chart()->title());
    {
        QPainter painter(&generator);
        m_view->render(&painter);
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Pennon
