// Pennon — feature flags and experiments. SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

namespace Pennon {

/// A split drawn as one proportional bar: a coloured segment per bucket, in bucket order, with
/// its label and share written inside when they fit. What the weights leave of the total is
/// drawn as an empty, hatched stretch; weights over the total are drawn to their sum with a
/// mark where the total ends. The accessible description lists the shares in words.
class SplitBar final : public QWidget
{
    Q_OBJECT
public:
    struct Segment {
        QString label;      ///< the variation's key, or what the bucket gives
        qint64 weight = 0;
        QColor color;
        QString toolTip;    ///< e.g. the variation's value
    };

    explicit SplitBar(QWidget *parent = nullptr);

    /// Shows these buckets out of total (total < 1 draws nothing).
    void setSegments(const QList<Segment> &segments, qint64 total);
    const QList<Segment> &segments() const { return m_segments; }
    qint64 total() const { return m_total; }

    /// Where each segment is drawn at the current size, in segments() order (an empty rect for
    /// a weight of 0).
    QList<QRectF> segmentRects() const;
    /// The hatched stretch the weights leave unassigned (empty when they reach the total).
    QRectF remainderRect() const;
    /// "on 50 %, off 40 %, unassigned 10 %", as the accessible description says it.
    QString sharesText() const;

    /// A share of the total in percent as the bar writes it: "50 %", "33.3 %", "< 0.1 %".
    static QString percentText(qint64 weight, qint64 total);
    /// The fixed palette: readable with dark or light text, on dark or light windows.
    static QColor color(int index);
    /// The colour for a bucket that gives no variation of the flag.
    static QColor neutralColor();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF barRect() const;
    qint64 sum() const;
    qint64 scale() const;

    QList<Segment> m_segments;
    qint64 m_total = 100;
};

} // namespace Pennon
