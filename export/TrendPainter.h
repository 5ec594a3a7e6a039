#pragma once

#include "services/StrategyGoals.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

namespace tavle {

/// A line of the trend chart: the percent achieved of one department (or the hospital) on
/// each day of the trend.
struct TrendLine
{
    QString name;
    QList<TrendPoint> points;
    bool emphasised = false; ///< drawn thicker and in black: the hospital-wide line
};

/// Draws the strategy's trend chart with QPainter only (no Qt Charts, no widgets), so the
/// report can be made where there is no window system: y from 0 to 100 %, month labels on
/// x, the green threshold as a dashed line, and a legend. Needs a QGuiApplication (fonts).
class TrendPainter
{
    Q_DECLARE_TR_FUNCTIONS(TrendPainter)

public:
    TrendPainter(QList<TrendLine> lines, int thresholdPercent);

    /// The chart as an image of `size` pixels, drawn for `fontPixels` high text.
    QImage image(const QSize& size, int fontPixels) const;

private:
    QList<TrendLine> m_lines;
    int m_thresholdPercent;
};

} // namespace tavle
