#include "TrendPainter.h"

#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace tavle {

namespace {

/// Colours that stay apart for colour-blind readers (Okabe and Ito), yellow left out: it
/// disappears on white paper.
const QList<QColor>& palette()
{
    static const QList<QColor> colours = {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
                                          QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
                                          QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9)};
    return colours;
}

/// The pen of the n-th line that is not emphasised: colours first, then dash patterns, so
/// that many departments still differ.
QPen linePen(int index, qreal width)
{
    const QList<QColor>& colours = palette();
    QPen pen(colours.at(index % colours.size()), width);
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashDotLine, Qt::DotLine};
    pen.setStyle(styles[(index / colours.size()) % 3]);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

struct LegendEntry
{
    QString text;
    QPen pen;
};

} // namespace

TrendPainter::TrendPainter(QList<TrendLine> lines, int thresholdPercent)
    : m_lines(std::move(lines)), m_thresholdPercent(thresholdPercent)
{}

QImage TrendPainter::image(const QSize& size, int fontPixels) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(fontPixels);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const qreal unit = fontPixels / 6.0; // line widths and gaps scale with the text
    const QLocale locale;

    // The legend: every line, then the threshold; wrapped into rows under the plot.
    QList<LegendEntry> legend;
    int coloured = 0;
    for (const TrendLine& line : m_lines) {
        QPen pen = line.emphasised ? QPen(Qt::black, unit * 1.6) : linePen(coloured++, unit);
        legend.append({line.name, pen});
    }
    QPen thresholdPen(QColor(0x2E, 0x7D, 0x32), unit * 0.8, Qt::DashLine);
    legend.append({tr("Green at %1 %").arg(m_thresholdPercent), thresholdPen});
    const qreal swatch = fontPixels * 2.0;
    const qreal gap = fontPixels * 1.2;
    const qreal rowHeight = metrics.height() * 1.3;
    const qreal outer = fontPixels * 0.8;
    QList<QPointF> legendPositions;
    {
        qreal x = 0;
        qreal y = 0;
        const qreal width = size.width() - 2 * outer;
        for (const LegendEntry& entry : std::as_const(legend)) {
            const qreal w = swatch + fontPixels * 0.4 + metrics.horizontalAdvance(entry.text);
            if (x > 0 && x + w > width) {
                x = 0;
                y += rowHeight;
            }
            legendPositions.append(QPointF(x, y));
            x += w + gap;
        }
    }
    const qreal legendHeight =
        (legendPositions.isEmpty() ? 0 : legendPositions.last().y()) + rowHeight;

    const QString widestY = tr("%1 %").arg(100);
    const QRectF area(QPointF(outer + metrics.horizontalAdvance(widestY) + fontPixels * 0.6,
                              outer + metrics.height() * 0.5),
                      QPointF(size.width() - outer - fontPixels,
                              size.height() - outer - legendHeight - metrics.height() * 2.2));
    auto yOf = [&area](double percent) {
        return area.bottom() - area.height() * percent / 100.0;
    };

    // The y axis: 0 to 100 % in steps of 20.
    painter.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), unit * 0.5));
    for (int p = 0; p <= 100; p += 20)
        painter.drawLine(QPointF(area.left(), yOf(p)), QPointF(area.right(), yOf(p)));
    painter.setPen(Qt::black);
    for (int p = 0; p <= 100; p += 20) {
        const QRectF label(outer, yOf(p) - metrics.height(), area.left() - outer - fontPixels * 0.4,
                           2.0 * metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, tr("%1 %").arg(p));
    }
    painter.setPen(QPen(Qt::black, unit * 0.6));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    painter.drawLine(area.bottomLeft(), area.topLeft());

    // The x axis: the days of the trend, placed by date.
    QList<QDate> dates;
    for (const TrendLine& line : m_lines) {
        for (const TrendPoint& point : line.points)
            dates.append(point.date);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    const qint64 span = dates.isEmpty() ? 0 : dates.first().daysTo(dates.last());
    auto xOf = [&](const QDate& date) {
        if (span == 0)
            return area.center().x();
        return area.left() + area.width() * double(dates.first().daysTo(date)) / double(span);
    };
    const QString labelFormat = QStringLiteral("MMM yy");
    qreal labelWidth = 0;
    for (const QDate& date : std::as_const(dates))
        labelWidth = std::max<qreal>(labelWidth,
                                     metrics.horizontalAdvance(locale.toString(date, labelFormat)));
    qreal lastLabelRight = -1e9;
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate& date = dates.at(i);
        const qreal x = xOf(date);
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + fontPixels * 0.4));
        const QRectF label(x - labelWidth / 2 - fontPixels, area.bottom() + fontPixels * 0.5,
                           labelWidth + 2 * fontPixels, metrics.height() * 1.2);
        // A label where there is room after the one before.
        if (label.left() + fontPixels < lastLabelRight + fontPixels * 0.6)
            continue;
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignTop,
                         locale.toString(date, labelFormat));
        lastLabelRight = label.right() - fontPixels;
    }

    // The threshold, then the lines; the emphasised one on top.
    painter.setPen(thresholdPen);
    painter.drawLine(QPointF(area.left(), yOf(m_thresholdPercent)),
                     QPointF(area.right(), yOf(m_thresholdPercent)));
    const bool markers = dates.size() <= 24;
    QList<int> order;
    for (int i = 0; i < m_lines.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return !m_lines.at(a).emphasised && m_lines.at(b).emphasised;
    });
    painter.setClipRect(area.adjusted(-fontPixels, -fontPixels, fontPixels, fontPixels));
    for (const int i : std::as_const(order)) {
        const TrendLine& line = m_lines.at(i);
        const QPen pen = legend.at(i).pen;
        QPainterPath path;
        bool open = false;
        for (const TrendPoint& point : line.points) {
            const auto percent = point.count.percent();
            if (!percent) {
                open = false; // nothing to measure that day: a gap in the line
                continue;
            }
            const QPointF at(xOf(point.date), yOf(*percent));
            if (open)
                path.lineTo(at);
            else
                path.moveTo(at);
            open = true;
        }
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        if (markers || line.points.size() == 1) {
            painter.setPen(QPen(pen.color(), unit * 0.6));
            painter.setBrush(pen.color());
            for (const TrendPoint& point : line.points) {
                if (const auto percent = point.count.percent())
                    painter.drawEllipse(QPointF(xOf(point.date), yOf(*percent)), pen.widthF(),
                                        pen.widthF());
            }
        }
    }
    painter.setClipping(false);

    // The legend.
    const QPointF legendOrigin(outer, size.height() - outer - legendHeight);
    painter.setBrush(Qt::NoBrush);
    for (qsizetype i = 0; i < legend.size(); ++i) {
        const QPointF at = legendOrigin + legendPositions.at(i);
        const qreal middle = at.y() + rowHeight / 2;
        painter.setPen(legend.at(i).pen);
        painter.drawLine(QPointF(at.x(), middle), QPointF(at.x() + swatch, middle));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(at.x() + swatch + fontPixels * 0.4, at.y(),
                                metrics.horizontalAdvance(legend.at(i).text) + fontPixels,
                                rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, legend.at(i).text);
    }
    return image;
}

} // namespace tavle
