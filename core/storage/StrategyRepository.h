#pragma once

#include "Result.h"
#include "domain/Strategy.h"
#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace tavle {

/// Strategies, their focus areas and goals, and the goals' status history.
class StrategyRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(StrategyRepository)

public:
    using Repository::Repository;

    Result<Id> insertStrategy(const Strategy& strategy);
    /// Every strategy, the newest first.
    Result<QList<Strategy>> strategies();
    Result<bool> templateLoaded(const QString& templateCode);

    Result<Id> insertFocusArea(const FocusArea& area);
    /// A strategy's focus areas in order.
    Result<QList<FocusArea>> focusAreas(Id strategyId);

    Result<Id> insertGoal(const Goal& goal);
    /// Saves every field of a goal if nobody changed it since it was read; the new row version.
    Result<int> updateGoal(const Goal& goal);
    Status removeGoal(const Goal& goal);
    Result<std::optional<Goal>> goalById(Id id);
    Result<std::optional<Goal>> goalByCode(Id strategyId, const QString& code);
    /// A strategy's goals, retired ones included, by focus area and position.
    Result<QList<Goal>> goals(Id strategyId);

    Result<Id> insertStatus(const GoalStatusEntry& entry);
    Status removeStatus(Id statusId);
    /// The newest status row (by id) of a goal for a department (0: the hospital).
    Result<std::optional<GoalStatusEntry>> latestStatus(Id goalId, Id departmentId);
    /// Makes other writers of this goal's statuses wait until the transaction ends (PostgreSQL;
    /// on SQLite the write transaction already excludes them).
    Status lockStatuses(Id goalId);
    /// Every status row of a strategy's goals, oldest first.
    Result<QList<GoalStatusEntry>> statuses(Id strategyId);
};

} // namespace tavle
