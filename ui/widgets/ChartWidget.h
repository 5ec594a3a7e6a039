#pragma once

#include <QWidget>

class QChart;
class QChartView;

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

protected:
    /// Replaces the chart with an empty one and returns it.
    QChart* restart();
    QChart* chart() const { return m_chart; }

private:
    static QChart* newChart();

    QChart* m_chart; ///< owned by m_view
    QChartView* m_view;
};

} // namespace tavle::ui
