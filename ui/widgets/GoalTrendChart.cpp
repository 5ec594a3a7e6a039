#include "GoalTrendChart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace tavle::ui {

namespace {

const char* const kThreshold = "threshold";

/// Colours that stay apart for the usual handful of departments; the markers and the legend
/// name the lines for those who cannot tell the colours apart.
const QColor kColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xd6, 0x27, 0x28),
                           QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                           QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                           QColor(0x17, 0xbe, 0xcf), QColor(0xbc, 0xbd, 0x22)};

qreal msecs(const QDate& date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

} // namespace

GoalTrendChart::GoalTrendChart(QWidget* parent)
    : ChartWidget(QStringLiteral("goalTrendChart"), tr("Goals achieved over time"), 240, parent)
{}

QDate GoalTrendChart::firstDay(const StrategySnapshot& snapshot, const QDate& today)
{
    QDate first;
    QList<Id> departments = snapshot.departmentIds();
    departments.append(0);
    for (const Goal& goal : snapshot.goals) {
        for (Id department : departments) {
            const QList<GoalStatusEntry> history = snapshot.rollup.history(goal.id, department);
            if (!history.isEmpty() && (!first.isValid() || history.first().effectiveOn < first))
                first = history.first().effectiveOn;
        }
    }
    QDate from = snapshot.strategy.periodFrom;
    if (first.isValid() && (!from.isValid() || first > from))
        from = first;
    if (!from.isValid() || from > today)
        from = today;
    return from;
}

void GoalTrendChart::clear()
{
    restart();
}

void GoalTrendChart::setTrend(const StrategySnapshot& snapshot, const QList<Id>& departmentIds,
                              const QDate& today)
{
    // A new chart for each choice: Qt Charts leaves the drawings of removed axes behind.
    clear();
    const QList<QDate> dates = StrategyGoals::trendDates(firstDay(snapshot, today), today);
    const int threshold = snapshot.strategy.greenThresholdPercent;
    chart()->setTitle(
        tr("Share of goals achieved, %1 to %2")
            .arg(dates.isEmpty() ? QString() : dates.first().toString(QStringLiteral("MM-yyyy")),
                 today.toString(QStringLiteral("dd-MM-yyyy"))));

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-yyyy"));
    x->setTitleText(tr("Month"));
    const QDate first = dates.isEmpty() ? today : dates.first();
    // A single day still needs a span to draw on.
    x->setRange(first.addDays(first == today ? -15 : 0).startOfDay(),
                today.addDays(first == today ? 15 : 0).startOfDay());
    x->setTickCount(std::min<int>(int(dates.size()) + 1, 8));
    chart()->addAxis(x, Qt::AlignBottom);
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setTickCount(11);
    y->setLabelFormat(QStringLiteral("%d %%"));
    y->setTitleText(tr("Achieved (%)"));
    chart()->addAxis(y, Qt::AlignLeft);

    int colour = 0;
    for (Id department : departmentIds) {
        auto* line = new QLineSeries(chart());
        QString name = tr("Hospital-wide");
        for (const Department& d : snapshot.departments) {
            if (d.id == department)
                name = d.name;
        }
        line->setName(name);
        line->setObjectName(department ? QStringLiteral("department-%1").arg(department)
                                       : QStringLiteral("hospital"));
        QPen pen(department ? kColours[colour++ % std::size(kColours)] : QColor(0x1f, 0x29, 0x37),
                 department ? 2 : 2.5);
        line->setPen(pen);
        line->setPointsVisible(true);
        line->setMarkerSize(department ? 6 : 5);
        for (const TrendPoint& point : StrategyGoals::trend(snapshot, department, dates)) {
            if (const auto percent = point.count.percent())
                line->append(msecs(point.date), *percent);
        }
        chart()->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }

    auto* line = new QLineSeries(chart());
    line->setObjectName(QLatin1String(kThreshold));
    line->setName(tr("Green at %1 %").arg(threshold));
    line->setPen(QPen(QColor(0x1d, 0x8a, 0x3f), 2, Qt::DashLine));
    line->append(x->min().toMSecsSinceEpoch(), threshold);
    line->append(x->max().toMSecsSinceEpoch(), threshold);
    chart()->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
}

QStringList GoalTrendChart::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries* series : chart()->series())
        names << series->name();
    return names;
}

QList<qreal> GoalTrendChart::values(const QString& seriesName) const
{
    return lineValues([&seriesName](const QLineSeries& line) { return line.name() == seriesName; });
}

} // namespace tavle::ui
