#include "ChartWidget.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>

namespace tavle::ui {

QChart* ChartWidget::newChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

ChartWidget::ChartWidget(const QString& objectName, const QString& accessibleName,
                         int minimumHeight, QWidget* parent)
    : QWidget(parent), m_chart(newChart()), m_view(new QChartView(m_chart, this))
{
    m_view->setObjectName(objectName);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(accessibleName);
    m_view->setMinimumHeight(minimumHeight);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

QString ChartWidget::title() const
{
    return m_chart->title();
}

QList<qreal> ChartWidget::lineValues(const std::function<bool(const QLineSeries&)>& matches) const
{
    for (QAbstractSeries* series : m_chart->series()) {
        const auto* line = qobject_cast<QLineSeries*>(series);
        if (!line || !matches(*line))
            continue;
        QList<qreal> values;
        for (const QPointF& point : line->points())
            values << point.y();
        return values;
    }
    return {};
}

QChart* ChartWidget::restart()
{
    QChart* old = m_chart;
    m_chart = newChart();
    m_view->setChart(m_chart);
    delete old;
    return m_chart;
}

} // namespace tavle::ui
