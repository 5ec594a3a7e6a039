#pragma once

#include "services/StrategyGoals.h"
#include "widgets/ChartWidget.h"

namespace tavle::ui {

/// The share of goals achieved over time: a line per department (and the hospital-wide line
/// when asked), on the last day of each month and today, against a dashed line at the
/// strategy's green threshold; y from 0 to 100 %, x the dates. Each line has point markers and
/// a name in the legend, so that it reads without colour.
class GoalTrendChart : public ChartWidget
{
    Q_OBJECT

public:
    explicit GoalTrendChart(QWidget* parent = nullptr);

    /// Draws the lines of `departmentIds` (0: hospital-wide) from the strategy's first day or
    /// the first status, whichever is later, to `today`.
    void setTrend(const StrategySnapshot& snapshot, const QList<Id>& departmentIds,
                  const QDate& today);
    void clear();

    /// What the chart shows, read back from its series (for tests): the names of the lines,
    /// the threshold last.
    QStringList seriesNames() const;
    /// The percents of a line by name, one per date that has a figure.
    QList<qreal> values(const QString& seriesName) const;

    /// The first day of the trend: the strategy's first day or the first status, whichever
    /// is later, and not after today.
    static QDate firstDay(const StrategySnapshot& snapshot, const QDate& today);
};

} // namespace tavle::ui
