#pragma once

#include "services/StrategyGoals.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace tavle::ui {

class GoalHistoryModel;

/// A goal's detail beside the department view: code and title, its description, its target
/// (a date, a number with the current value), and its status history for the department (or
/// the hospital), newest first.
class GoalDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit GoalDetailPanel(QWidget* parent = nullptr);

    /// Shows a goal; nullptr shows a hint to choose one.
    void setGoal(const StrategySnapshot& snapshot, const Goal* goal, Id departmentId);

    GoalHistoryModel* historyModel() { return m_history; }
    QString heading() const;
    QString targetText() const;

    /// "10 facilitatorer by 01-08-2026 (now 6)" and the like; empty without a target.
    static QString target(const Goal& goal);

private:
    QLabel* m_heading;
    QLabel* m_scope;
    QLabel* m_description;
    QLabel* m_target;
    QLabel* m_historyLabel;
    QTableView* m_table;
    GoalHistoryModel* m_history;
};

} // namespace tavle::ui
