#include "services/StrategyGoals.h"

#include "services/Conflicts.h"
#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/StrategyRepository.h"
#include "storage/Transactions.h"

#include <QDateTime>

namespace tavle {

const Goal* StrategySnapshot::goal(Id goalId) const
{
    for (const Goal& g : goals) {
        if (g.id == goalId)
            return &g;
    }
    return nullptr;
}

const Goal* StrategySnapshot::goalByCode(const QString& code) const
{
    for (const Goal& g : goals) {
        if (g.code == code)
            return &g;
    }
    return nullptr;
}

const FocusArea* StrategySnapshot::focusArea(Id focusAreaId) const
{
    for (const FocusArea& area : focusAreas) {
        if (area.id == focusAreaId)
            return &area;
    }
    return nullptr;
}

QList<Id> StrategySnapshot::departmentIds() const
{
    QList<Id> ids;
    for (const Department& d : departments)
        ids.append(d.id);
    return ids;
}

GoalCount StrategySnapshot::figure(Id departmentId, const QDate& date, Id focusAreaId) const
{
    return departmentId ? rollup.department(departmentId, date, focusAreaId)
                        : rollup.hospital(departmentIds(), date, focusAreaId);
}

Result<std::optional<Strategy>> StrategyGoals::current(Database& database)
{
    const auto strategies = StrategyRepository(database).strategies();
    if (!strategies)
        return strategies.error();
    if (strategies->isEmpty())
        return std::optional<Strategy>();
    return std::optional<Strategy>(strategies->first());
}

Result<std::optional<StrategySnapshot>> StrategyGoals::load(Database& database)
{
    const auto strategy = current(database);
    if (!strategy)
        return strategy.error();
    if (!strategy.value())
        return std::optional<StrategySnapshot>();
    StrategyRepository repository(database);
    const Id id = strategy.value()->id;
    auto areas = repository.focusAreas(id);
    if (!areas)
        return areas.error();
    auto goals = repository.goals(id);
    if (!goals)
        return goals.error();
    const auto history = repository.statuses(id);
    if (!history)
        return history.error();
    auto departments = DepartmentRepository(database).all();
    if (!departments)
        return departments.error();
    StrategySnapshot snapshot;
    snapshot.strategy = *strategy.value();
    snapshot.focusAreas = std::move(areas).value();
    snapshot.goals = goals.value();
    snapshot.departments = std::move(departments).value();
    snapshot.rollup = GoalRollup(std::move(goals).value(), history.value());
    return std::optional<StrategySnapshot>(std::move(snapshot));
}

QList<QDate> StrategyGoals::trendDates(const QDate& from, const QDate& today)
{
    QList<QDate> dates;
    if (!from.isValid() || !today.isValid() || from > today)
        return {today};
    for (QDate month(from.year(), from.month(), 1); month < QDate(today.year(), today.month(), 1);
         month = month.addMonths(1))
        dates.append(month.addMonths(1).addDays(-1));
    dates.append(today);
    return dates;
}

QList<TrendPoint> StrategyGoals::trend(const StrategySnapshot& snapshot, Id departmentId,
                                       const QList<QDate>& dates)
{
    QList<TrendPoint> points;
    points.reserve(dates.size());
    for (const QDate& date : dates)
        points.append(TrendPoint{date, snapshot.figure(departmentId, date)});
    return points;
}

QList<GoalStatusChange> StrategyGoals::changes(const StrategySnapshot& snapshot, Id departmentId,
                                               const QDate& from, const QDate& to)
{
    const GoalScope scope = departmentId ? GoalScope::Department : GoalScope::Hospital;
    QList<GoalStatusChange> list;
    for (const Goal& goal : snapshot.goals) {
        if (goal.scope != scope || !goal.countsOn(to))
            continue;
        const GoalStatus before = snapshot.rollup.statusOn(goal.id, departmentId, from);
        const GoalStatusEntry* after = snapshot.rollup.entryOn(goal.id, departmentId, to);
        if (after && after->status != before)
            list.append(GoalStatusChange{goal.id, before, after->status, *after});
    }
    return list;
}

namespace {

/// Someone set the goal's status after the user read it: say who, what and when.
Error statusConflict(const Goal& goal, const GoalStatusEntry& newer)
{
    const QString who = newer.setBy.isEmpty() ? StrategyGoals::tr("Someone else") : newer.setBy;
    QString text = StrategyGoals::tr("%1 set goal %2 to \"%3\" at %4 since you read it.")
                       .arg(who, goal.code, goalStatusText(newer.status),
                            newer.recordedAt.toString(QStringLiteral("dd-MM-yyyy HH:mm")));
    if (!newer.note.isEmpty())
        text += QLatin1Char(' ') + StrategyGoals::tr("Note: %1").arg(newer.note);
    return Error::conflict(text + QLatin1Char('\n') + Conflicts::whatToDo());
}

} // namespace

Result<GoalStatusEntry> StrategyGoals::setStatus(Database& database, const NewGoalStatus& status,
                                                 const QDate& today)
{
    StrategyRepository repository(database);
    const auto goal = repository.goalById(status.goalId);
    if (!goal)
        return goal.error();
    if (!goal.value())
        return Error::invalidInput(tr("The goal has been deleted by someone else."));
    const Goal& g = *goal.value();
    if (g.scope == GoalScope::Hospital && status.departmentId != 0) {
        return Error::invalidInput(
            tr("Goal %1 holds for the whole hospital: set its status for the hospital, not for "
               "one department.")
                .arg(g.code));
    }
    if (g.scope == GoalScope::Department && status.departmentId == 0) {
        return Error::invalidInput(
            tr("Goal %1 holds for each department: choose the department.").arg(g.code));
    }
    if (!status.effectiveOn.isValid())
        return Error::invalidInput(tr("Give the date the status holds from."));
    if (status.effectiveOn > today) {
        return Error::invalidInput(
            tr("%1 is in the future. A status holds from today or an earlier day.")
                .arg(status.effectiveOn.toString(QStringLiteral("dd-MM-yyyy"))));
    }
    GoalStatusEntry entry;
    entry.goalId = g.id;
    entry.departmentId = status.departmentId;
    entry.status = status.status;
    entry.effectiveOn = status.effectiveOn;
    entry.setBy = status.setBy.simplified();
    entry.note = status.note.trimmed();
    const QDateTime now = QDateTime::currentDateTime();
    entry.recordedAt = now.addMSecs(-now.time().msec());

    return inTransaction(database, [&]() -> Result<GoalStatusEntry> {
        if (status.expectedLatestId) {
            if (const auto locked = repository.lockStatuses(g.id); !locked)
                return locked.error();
            const auto latest = repository.latestStatus(g.id, status.departmentId);
            if (!latest)
                return latest.error();
            if ((latest.value() ? latest.value()->id : 0) != *status.expectedLatestId)
                return statusConflict(g, *latest.value());
        }
        const auto id = repository.insertStatus(entry);
        if (!id)
            return id.error();
        entry.id = id.value();
        return entry;
    });
}

Status StrategyGoals::removeStatus(Database& database, Id statusId)
{
    return inTransaction(database,
                         [&] { return StrategyRepository(database).removeStatus(statusId); });
}

Result<Goal> StrategyGoals::saveGoal(Database& database, const Goal& goal)
{
    Goal stored = goal;
    stored.code = goal.code.simplified();
    stored.title = goal.title.simplified();
    stored.description = goal.description.trimmed();
    stored.targetUnit = goal.targetUnit.simplified();
    if (stored.code.isEmpty())
        return Error::invalidInput(tr("Give the goal a code, such as 3.2."));
    if (stored.title.isEmpty())
        return Error::invalidInput(tr("Give the goal a title."));
    if (!stored.focusAreaId)
        return Error::invalidInput(tr("Choose the focus area of the goal."));
    if (!stored.countsFrom.isValid())
        return Error::invalidInput(tr("Give the day the goal counts from."));
    if (stored.retiredOn.isValid() && stored.retiredOn <= stored.countsFrom) {
        return Error::invalidInput(
            tr("A goal is retired after the day it counts from (%1).")
                .arg(stored.countsFrom.toString(QStringLiteral("dd-MM-yyyy"))));
    }
    if (stored.targetValue && *stored.targetValue <= 0)
        return Error::invalidInput(tr("A numeric target is a number above 0."));
    if (stored.currentValue && *stored.currentValue < 0)
        return Error::invalidInput(tr("The current value is 0 or more."));

    return inTransaction(database, [&]() -> Result<Goal> {
        StrategyRepository repository(database);
        const auto sameCode = repository.goalByCode(stored.strategyId, stored.code);
        if (!sameCode)
            return sameCode.error();
        if (sameCode.value() && sameCode.value()->id != stored.id) {
            return Error::invalidInput(
                tr("Goal %1 exists already: give the goal another code.").arg(stored.code));
        }
        if (stored.id == 0) {
            // A new goal comes last in its focus area.
            const auto goals = repository.goals(stored.strategyId);
            if (!goals)
                return goals.error();
            int last = 0;
            for (const Goal& g : goals.value()) {
                if (g.focusAreaId == stored.focusAreaId)
                    last = std::max(last, g.position);
            }
            stored.position = last + 1;
        }
        return storeVersioned(
            stored, [&](const Goal& g) { return repository.insertGoal(g); },
            [&](const Goal& g) { return repository.updateGoal(g); });
    });
}

Status StrategyGoals::removeGoal(Database& database, const Goal& goal)
{
    return inTransaction(database, [&] { return StrategyRepository(database).removeGoal(goal); });
}

Status StrategyGoals::moveGoal(Database& database, const Goal& goal, int step)
{
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    StrategyRepository repository(database);
    const auto goals = repository.goals(goal.strategyId);
    if (!goals)
        return goals.error();
    QList<Goal> area;
    for (const Goal& g : goals.value()) {
        if (g.focusAreaId == goal.focusAreaId)
            area.append(g);
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < area.size(); ++i) {
        if (area[i].id == goal.id)
            index = i;
    }
    if (index < 0)
        return Error::invalidInput(tr("The goal has been deleted by someone else."));
    if (area[index].rowVersion != goal.rowVersion)
        return Error{tr("The goal was changed by someone else since you opened it. Reload to see "
                        "the change.")};
    const qsizetype other = index + (step < 0 ? -1 : 1);
    if (other < 0 || other >= area.size())
        return {};
    // Renumber the focus area in its new order, so equal positions cannot linger.
    area.swapItemsAt(index, other);
    for (qsizetype i = 0; i < area.size(); ++i) {
        if (area[i].position == i + 1)
            continue;
        Goal moved = area[i];
        moved.position = int(i + 1);
        if (const auto version = repository.updateGoal(moved); !version)
            return version.error();
    }
    return transaction.value().commit();
}

} // namespace tavle
