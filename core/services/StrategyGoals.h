#pragma once

#include "Result.h"
#include "domain/Strategy.h"
#include "rules/GoalRollup.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tavle {

class Database;

/// A strategy as read: its focus areas, goals (retired ones included), the departments and
/// the roll-up over the whole status history.
struct StrategySnapshot
{
    Strategy strategy;
    QList<FocusArea> focusAreas;
    QList<Goal> goals;
    QList<Department> departments; ///< every department, by name
    GoalRollup rollup{{}, {}};

    const Goal* goal(Id goalId) const;
    const Goal* goalByCode(const QString& code) const;
    const FocusArea* focusArea(Id focusAreaId) const;
    QList<Id> departmentIds() const;
    /// A department's figure, or the hospital-wide one for departmentId 0.
    GoalCount figure(Id departmentId, const QDate& date, Id focusAreaId = 0) const;
};

/// The figure on one day of a trend.
struct TrendPoint
{
    QDate date;
    GoalCount count;
};

/// A goal whose status for a department changed between two days.
struct GoalStatusChange
{
    Id goalId = 0;
    GoalStatus before = GoalStatus::NotStarted;
    GoalStatus after = GoalStatus::NotStarted;
    GoalStatusEntry entry; ///< the row in force on the later day
};

/// A status to record for a goal.
struct NewGoalStatus
{
    Id goalId = 0;
    Id departmentId = 0; ///< 0 for a hospital-scope goal
    GoalStatus status = GoalStatus::NotStarted;
    QDate effectiveOn;
    QString note;
    QString setBy;
    /// The newest status row of this goal and department the user saw (0: none yet). When
    /// given, the status is refused as a Conflict if someone else has set one since; when
    /// not (a script), the new status simply becomes the newest.
    std::optional<Id> expectedLatestId;
};

/// The head of department's strategy goals: reading a strategy with its history, setting a
/// status, and keeping the goals (add, rename, reorder, retire). Writes run in one transaction
/// and change nothing when refused; errors of kind InvalidInput name the field.
class StrategyGoals
{
    Q_DECLARE_TR_FUNCTIONS(StrategyGoals)

public:
    /// The strategy in use: the newest one; nullopt when the database has none.
    static Result<std::optional<Strategy>> current(Database& database);
    /// The strategy in use with everything its views need; nullopt when there is none.
    static Result<std::optional<StrategySnapshot>> load(Database& database);

    /// The days a trend is drawn on: the last day of each month from `from`'s month up to
    /// before `today`'s month, then `today`.
    static QList<QDate> trendDates(const QDate& from, const QDate& today);
    /// The figure of a department (0: hospital-wide) on each day.
    static QList<TrendPoint> trend(const StrategySnapshot& snapshot, Id departmentId,
                                   const QList<QDate>& dates);
    /// The goals whose status for a department (0: the hospital-scope goals) on `to` differs
    /// from the status on `from`, in goal order. Goals that do not count on `to` are left out.
    static QList<GoalStatusChange> changes(const StrategySnapshot& snapshot, Id departmentId,
                                           const QDate& from, const QDate& to);

    /// Records a status as a new dated row. A department-scope goal needs a department, a
    /// hospital-scope goal none; the day must not be after today.
    static Result<GoalStatusEntry> setStatus(Database& database, const NewGoalStatus& status,
                                             const QDate& today);
    /// Removes a status row again (undo of setStatus).
    static Status removeStatus(Database& database, Id statusId);

    /// Checks and stores a goal: a new one when its id is 0 (placed last in its focus area),
    /// else the goal as read (rename, describe, retarget, retire).
    static Result<Goal> saveGoal(Database& database, const Goal& goal);
    /// Deletes a goal as read, with its status history (undo of adding it).
    static Status removeGoal(Database& database, const Goal& goal);
    /// Moves a goal one place up (-1) or down (+1) in its focus area.
    static Status moveGoal(Database& database, const Goal& goal, int step);
};

} // namespace tavle
