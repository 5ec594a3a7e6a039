#pragma once

#include "domain/Strategy.h"

#include <QHash>
#include <QList>
#include <optional>

namespace tavle {

/// Achieved out of applicable goals. Green is decided on the exact counts: achieved is at
/// least the threshold share of applicable (9 of 10 at 90 %: green; 43 of 50: not). With no
/// applicable goal there is nothing to measure: no percent, not green.
struct GoalCount
{
    int achieved = 0;
    int applicable = 0;

    std::optional<double> percent() const; ///< exact; round for display only
    bool isGreen(int thresholdPercent) const;
    GoalCount& operator+=(const GoalCount& other);
    bool operator==(const GoalCount& other) const
    {
        return achieved == other.achieved && applicable == other.applicable;
    }
    bool operator!=(const GoalCount& other) const { return !(*this == other); }
};

/// The roll-up of a strategy's goals at any date, from the status history. Pure: it is given
/// the goals and every status row and reads nothing else, so a figure can be counted by hand.
///
/// - A goal counts on a date from its countsFrom, and not from its retiredOn.
/// - The status of a goal for a department on a date is the latest status with effectiveOn on
///   or before the date (the latest recorded, by id, when two share a date); without one it
///   is not started.
/// - not_applicable leaves the goal out of the denominator.
/// - A department's figure counts the department-scope goals; the hospital's figure counts
///   every department's department-scope goals plus the hospital-scope goals once.
class GoalRollup
{
public:
    GoalRollup(QList<Goal> goals, const QList<GoalStatusEntry>& history);

    const QList<Goal>& goals() const { return m_goals; }

    /// The status row in force for a goal and department (0: the hospital) on a date;
    /// nullptr when none was set by then.
    const GoalStatusEntry* entryOn(Id goalId, Id departmentId, const QDate& date) const;
    GoalStatus statusOn(Id goalId, Id departmentId, const QDate& date) const;
    /// Every status row of a goal and department, oldest first.
    QList<GoalStatusEntry> history(Id goalId, Id departmentId) const;

    /// A department's department-scope goals; focusAreaId 0: of every focus area.
    GoalCount department(Id departmentId, const QDate& date, Id focusAreaId = 0) const;
    /// The hospital-scope goals alone.
    GoalCount hospitalGoals(const QDate& date, Id focusAreaId = 0) const;
    /// The hospital-wide figure: the departments' department-scope goals plus the
    /// hospital-scope goals.
    GoalCount hospital(const QList<Id>& departmentIds, const QDate& date, Id focusAreaId = 0) const;

private:
    GoalCount count(GoalScope scope, Id departmentId, const QDate& date, Id focusAreaId) const;

    QList<Goal> m_goals;
    QHash<QPair<Id, Id>, QList<GoalStatusEntry>> m_history; ///< by (goal, department), in order
};

} // namespace tavle
