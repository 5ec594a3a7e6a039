#pragma once

#include <QList>
#include <QWidget>
#include <functional>

class QChart;
class QChartView;
class QLineSeries;

namespace tavle::ui {

/// A Qt Charts view that starts each drawing on a new chart: Qt Charts leaves the drawings of
/// removed axes behind, so a chart is replaced rather than emptied. Its charts have no
/// animation, the legend at the bottom and small margins.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    ChartWidget(const QString& objectName, const QString& accessibleName, int minimumHeight,
                QWidget* parent);

    QChartView* view() { return m_view; }
    /// The chart's title (for tests).
    QString title() const;

protected:
    /// Replaces the chart with an empty one and returns it.
    QChart* restart();
    QChart* chart() const { return m_chart; }
    /// The y values of the first line series that `matches`; empty when none does.
    QList<qreal> lineValues(const std::function<bool(const QLineSeries&)>& matches) const;

private:
    static QChart* newChart();

    QChart* m_chart; ///< owned by m_view
    QChartView* m_view;
};

} // namespace tavle::ui
