#pragma once

#include "services/StrategyGoals.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace tavle::ui {

class TrafficLight;

/// The head of the goals workspace: whose figure it is, "X of Y goals achieved · Z %" with a
/// progress bar and the traffic light, and what changed in the last month.
class GoalSummaryHeader : public QWidget
{
    Q_OBJECT

public:
    explicit GoalSummaryHeader(QWidget* parent = nullptr);

    /// Shows the figure of `departmentId` (0: hospital-wide) on `today`; `changed` lists the
    /// status changes since `since`.
    void show(const StrategySnapshot& snapshot, Id departmentId, const QString& departmentName,
              const QDate& today, const QDate& since,
              const QList<tavle::GoalStatusChange>& changed);

    QLabel* figureLabel() { return m_figure; }
    QLabel* changesLabel() { return m_changes; }
    QProgressBar* progressBar() { return m_progress; }
    TrafficLight* trafficLight() { return m_light; }

private:
    QLabel* m_heading;
    QLabel* m_figure;
    QProgressBar* m_progress;
    TrafficLight* m_light;
    QLabel* m_changes;
};

} // namespace tavle::ui
