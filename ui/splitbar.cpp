// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#include "splitbar.h"

#include "problemlabel.h"

#include "text/conditiontext.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

namespace Pennon {

using namespace Qt::StringLiterals;

namespace {

/// Okabe and Ito's colour-blind safe set, in an order that keeps neighbours apart: mid tones
/// that stand out on a light and on a dark window alike.
constexpr std::array<QRgb, 8> Palette{
    0xff0072b2, // blue
    0xffe69f00, // orange
    0xff009e73, // bluish green
    0xffcc79a7, // reddish purple
    0xff56b4e9, // sky blue
    0xffd55e00, // vermillion
    0xfff0e442, // yellow
    0xff8c6bb1, // violet
};

/// Black or white, whichever reads better on the colour (WCAG relative luminance).
QColor textColorOn(const QColor &background)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
                             + 0.0722 * channel(background.blueF());
    // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); equal at L ≈ 0.179.
    return luminance > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}


} // namespace

SplitBar::SplitBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"splitBar"_s);
    setAccessibleName(tr("Shares of the split"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setSegments({}, 100);
}

void SplitBar::setSegments(const QList<Segment> &segments, qint64 total)
{
    m_segments = segments;
    m_total = total;
    setAccessibleDescription(sharesText());
    update();
}

QString SplitBar::percentText(qint64 weight, qint64 total)
{
    if (total < 1)
        return {};
    const double share = 100.0 * double(weight) / double(total);
    if (weight > 0 && share < 0.05)
        return tr("< 0.1 %");
    return tr("%1 %", "a share in percent").arg(ConditionText::percentage(std::round(share * 10.0) / 10.0));
}

QColor SplitBar::color(int index)
{
    return QColor::fromRgb(Palette.at(size_t(index) % Palette.size()));
}

QColor SplitBar::neutralColor()
{
    return QColor(0x9e, 0x9e, 0x9e);
}

qint64 SplitBar::sum() const
{
    qint64 sum = 0;
    for (const Segment &segment : m_segments)
        sum += std::max<qint64>(segment.weight, 0);
    return sum;
}

qint64 SplitBar::scale() const
{
    return std::max(sum(), m_total);
}

QRectF SplitBar::barRect() const
{
    return QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
}

QList<QRectF> SplitBar::segmentRects() const
{
    QList<QRectF> rects;
    rects.reserve(m_segments.size());
    const QRectF bar = barRect();
    const qint64 over = scale();
    qint64 before = 0;
    for (const Segment &segment : m_segments) {
        const qint64 weight = std::max<qint64>(segment.weight, 0);
        if (over < 1 || weight == 0) {
            rects.append(QRectF());
            continue;
        }
        const double left = bar.left() + bar.width() * double(before) / double(over);
        const double right = bar.left() + bar.width() * double(before + weight) / double(over);
        rects.append(QRectF(QPointF(left, bar.top()), QPointF(right, bar.bottom())));
        before += weight;
    }
    return rects;
}

QRectF SplitBar::remainderRect() const
{
    const qint64 assigned = sum();
    if (m_total < 1 || assigned >= m_total)
        return {};
    const QRectF bar = barRect();
    const double left = bar.left() + bar.width() * double(assigned) / double(m_total);
    return QRectF(QPointF(left, bar.top()), bar.bottomRight());
}

QString SplitBar::sharesText() const
{
    if (m_total < 1)
        return tr("no total");
    QStringList parts;
    for (const Segment &segment : m_segments)
        parts.append(tr("%1 %2", "a bucket, its share").arg(segment.label, percentText(segment.weight, m_total)));
    const qint64 assigned = sum();
    if (assigned < m_total)
        parts.append(tr("unassigned %1").arg(percentText(m_total - assigned, m_total)));
    else if (assigned > m_total)
        parts.append(tr("over by %1").arg(percentText(assigned - m_total, m_total)));
    return parts.join(u", ");
}

QSize SplitBar::sizeHint() const
{
    return {360, fontMetrics().height() * 2 + 4};
}

QSize SplitBar::minimumSizeHint() const
{
    return {80, fontMetrics().height() * 2 + 4};
}

void SplitBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF bar = barRect();
    QPainterPath outline;
    outline.addRoundedRect(bar, 4, 4);
    painter.fillPath(outline, palette().color(QPalette::Base));
    painter.save();
    painter.setClipPath(outline);

    // The unassigned stretch: hatched, so that it never reads as a bucket.
    const QRectF remainder = remainderRect();
    if (!remainder.isEmpty()) {
        QColor hatch = palette().color(QPalette::Text);
        hatch.setAlphaF(0.25);
        painter.fillRect(remainder, QBrush(hatch, Qt::BDiagPattern));
    }

    const QList<QRectF> rects = segmentRects();
    const QFontMetricsF metrics(font());
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        const QRectF &r = rects.at(i);
        if (r.isEmpty())
            continue;
        const Segment &segment = m_segments.at(i);
        painter.fillRect(r, segment.color);
        // A hairline in the window's base colour keeps neighbouring segments apart.
        if (r.left() > bar.left() + 0.5) {
            painter.setPen(QPen(palette().color(QPalette::Base), 1.0));
            painter.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
        }
        const QString percent = percentText(segment.weight, m_total);
        const QString full = tr("%1 %2", "a bucket, its share").arg(segment.label, percent);
        const double room = r.width() - 8;
        QString text;
        if (metrics.horizontalAdvance(full) <= room)
            text = full;
        else if (metrics.horizontalAdvance(percent) <= room)
            text = percent;
        if (!text.isEmpty()) {
            painter.setPen(textColorOn(segment.color));
            painter.drawText(r, Qt::AlignCenter, text);
        }
    }

    // Over the total: a mark where the total ends, the excess veiled in the error colour.
    const qint64 assigned = sum();
    if (m_total >= 1 && assigned > m_total) {
        const double x = bar.left() + bar.width() * double(m_total) / double(assigned);
        QColor veil = errorColour(palette());
        veil.setAlphaF(0.45);
        painter.fillRect(QRectF(QPointF(x, bar.top()), bar.bottomRight()), QBrush(veil, Qt::FDiagPattern));
        painter.setPen(QPen(errorColour(palette()), 2.0));
        painter.drawLine(QPointF(x, bar.top()), QPointF(x, bar.bottom()));
    }
    painter.restore();

    painter.setPen(QPen(palette().color(QPalette::Mid), 1.0));
    painter.drawPath(outline);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.0));
        painter.drawPath(outline);
    }
}

bool SplitBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = help->pos();
        const QList<QRectF> rects = segmentRects();
        QString text;
        for (qsizetype i = 0; i < rects.size() && text.isEmpty(); ++i) {
            if (!rects.at(i).contains(at))
                continue;
            const Segment &segment = m_segments.at(i);
            text = tr("%1: %2 of %3 (%4)")
                       .arg(segment.label, QLocale().toString(segment.weight), QLocale().toString(m_total),
                            percentText(segment.weight, m_total));
            if (!segment.toolTip.isEmpty())
                text += u'\n' + segment.toolTip;
        }
        if (text.isEmpty() && remainderRect().contains(at))
            text = tr("unassigned: %1 of %2").arg(QLocale().toString(m_total - sum()), QLocale().toString(m_total));
        if (text.isEmpty())
            text = sharesText();
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Pennon
