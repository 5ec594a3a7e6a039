#include "storage/StrategyRepository.h"

namespace tavle {

namespace {

/// The key space of the goal-status locks ("goal" in ASCII).
constexpr int kGoalStatusLock = 1735357548;

/// A status row read as id, goal_id, department_id, status, effective_on, set_by, note,
/// recorded_at.
GoalStatusEntry statusFrom(const QSqlQuery& q)
{
    GoalStatusEntry e;
    e.id = q.value(0).toLongLong();
    e.goalId = q.value(1).toLongLong();
    e.departmentId = idFromDb(q.value(2));
    e.status = goalStatusFromCode(q.value(3).toString()).value_or(GoalStatus::NotStarted);
    e.effectiveOn = dateFromDb(q.value(4));
    e.setBy = q.value(5).toString();
    e.note = q.value(6).toString();
    e.recordedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return e;
}

const QString kGoalColumns = QStringLiteral(
    "g.id, g.strategy_id, g.focus_area_id, g.code, g.title, g.description, g.scope, g.position, "
    "g.target_date, g.target_value, g.target_unit, g.current_value, g.counts_from, g.retired_on, "
    "g.row_version");

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QVariant optionalIntToDb(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

Goal goalFrom(const QSqlQuery& q)
{
    Goal g;
    g.id = q.value(0).toLongLong();
    g.strategyId = q.value(1).toLongLong();
    g.focusAreaId = q.value(2).toLongLong();
    g.code = q.value(3).toString();
    g.title = q.value(4).toString();
    g.description = q.value(5).toString();
    g.scope = goalScopeFromCode(q.value(6).toString()).value_or(GoalScope::Department);
    g.position = q.value(7).toInt();
    g.targetDate = dateFromDb(q.value(8));
    g.targetValue = optionalInt(q.value(9));
    g.targetUnit = q.value(10).toString();
    g.currentValue = optionalInt(q.value(11));
    g.countsFrom = dateFromDb(q.value(12));
    g.retiredOn = dateFromDb(q.value(13));
    g.rowVersion = q.value(14).toInt();
    return g;
}
} // namespace

Result<Id> StrategyRepository::insertStrategy(const Strategy& s)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO strategies (name, period_from, period_to, "
                       "green_threshold_percent, template_code) VALUES (?, ?, ?, ?, ?)"),
        {s.name, dateToDb(s.periodFrom), dateToDb(s.periodTo), s.greenThresholdPercent,
         textToDb(s.templateCode)});
}

Result<QList<Strategy>> StrategyRepository::strategies()
{
    auto query = run(QStringLiteral("SELECT id, name, period_from, period_to, "
                                    "green_threshold_percent, template_code, row_version "
                                    "FROM strategies ORDER BY id DESC"),
                     {});
    if (!query)
        return query.error();
    QList<Strategy> list;
    QSqlQuery& q = *query.value();
    while (q.next()) {
        Strategy s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.periodFrom = dateFromDb(q.value(2));
        s.periodTo = dateFromDb(q.value(3));
        s.greenThresholdPercent = q.value(4).toInt();
        s.templateCode = q.value(5).toString();
        s.rowVersion = q.value(6).toInt();
        list.append(s);
    }
    return list;
}

Result<bool> StrategyRepository::templateLoaded(const QString& templateCode)
{
    auto query = run(QStringLiteral("SELECT COUNT(*) FROM strategies WHERE template_code = ?"),
                     {templateCode});
    if (!query)
        return query.error();
    return query.value()->next() && query.value()->value(0).toInt() > 0;
}

Result<Id> StrategyRepository::insertFocusArea(const FocusArea& a)
{
    return insertReturningId(QStringLiteral("INSERT INTO focus_areas (strategy_id, position, "
                                            "title) VALUES (?, ?, ?)"),
                             {a.strategyId, a.position, a.title});
}

Result<QList<FocusArea>> StrategyRepository::focusAreas(Id strategyId)
{
    auto query = run(QStringLiteral("SELECT id, strategy_id, position, title FROM focus_areas "
                                    "WHERE strategy_id = ? ORDER BY position, id"),
                     {strategyId});
    if (!query)
        return query.error();
    QList<FocusArea> list;
    QSqlQuery& q = *query.value();
    while (q.next())
        list.append(FocusArea{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                              q.value(3).toString()});
    return list;
}

Result<Id> StrategyRepository::insertGoal(const Goal& g)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO goals (strategy_id, focus_area_id, code, title, description, "
                       "scope, position, target_date, target_value, target_unit, current_value, "
                       "counts_from, retired_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {g.strategyId, g.focusAreaId, g.code, g.title, plainTextToDb(g.description),
         goalScopeCode(g.scope), g.position, dateToDb(g.targetDate), optionalIntToDb(g.targetValue),
         plainTextToDb(g.targetUnit), optionalIntToDb(g.currentValue), dateToDb(g.countsFrom),
         dateToDb(g.retiredOn)});
}

Result<int> StrategyRepository::updateGoal(const Goal& g)
{
    auto query = run(
        QStringLiteral("UPDATE goals SET focus_area_id = ?, code = ?, title = ?, description = ?, "
                       "scope = ?, position = ?, target_date = ?, target_value = ?, "
                       "target_unit = ?, current_value = ?, counts_from = ?, retired_on = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        {g.focusAreaId, g.code, g.title, plainTextToDb(g.description), goalScopeCode(g.scope),
         g.position, dateToDb(g.targetDate), optionalIntToDb(g.targetValue),
         plainTextToDb(g.targetUnit), optionalIntToDb(g.currentValue), dateToDb(g.countsFrom),
         dateToDb(g.retiredOn), g.id, g.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The goal"));
    return g.rowVersion + 1;
}

Status StrategyRepository::removeGoal(const Goal& g)
{
    auto query = run(QStringLiteral("DELETE FROM goals WHERE id = ? AND row_version = ?"),
                     {g.id, g.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The goal"));
    return {};
}

Result<std::optional<Goal>> StrategyRepository::goalById(Id id)
{
    auto query =
        run(QStringLiteral("SELECT %1 FROM goals g WHERE g.id = ?").arg(kGoalColumns), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Goal>();
    return std::optional<Goal>(goalFrom(*query.value()));
}

Result<std::optional<Goal>> StrategyRepository::goalByCode(Id strategyId, const QString& code)
{
    auto query = run(QStringLiteral("SELECT %1 FROM goals g WHERE g.strategy_id = ? AND g.code = ?")
                         .arg(kGoalColumns),
                     {strategyId, code});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Goal>();
    return std::optional<Goal>(goalFrom(*query.value()));
}

Result<QList<Goal>> StrategyRepository::goals(Id strategyId)
{
    auto query = run(QStringLiteral("SELECT %1 FROM goals g JOIN focus_areas f "
                                    "ON f.id = g.focus_area_id WHERE g.strategy_id = ? "
                                    "ORDER BY f.position, f.id, g.position, g.id")
                         .arg(kGoalColumns),
                     {strategyId});
    if (!query)
        return query.error();
    QList<Goal> list;
    while (query.value()->next())
        list.append(goalFrom(*query.value()));
    return list;
}

Result<Id> StrategyRepository::insertStatus(const GoalStatusEntry& e)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO goal_statuses (goal_id, department_id, status, effective_on, "
                       "set_by, note, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {e.goalId, idToDb(e.departmentId), goalStatusCode(e.status), dateToDb(e.effectiveOn),
         plainTextToDb(e.setBy), plainTextToDb(e.note),
         e.recordedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))});
}

Status StrategyRepository::removeStatus(Id statusId)
{
    auto query = run(QStringLiteral("DELETE FROM goal_statuses WHERE id = ?"), {statusId});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The goal status"));
    return {};
}

Result<std::optional<GoalStatusEntry>> StrategyRepository::latestStatus(Id goalId, Id departmentId)
{
    auto query = run(QStringLiteral("SELECT id, goal_id, department_id, status, effective_on, "
                                    "set_by, note, recorded_at FROM goal_statuses "
                                    "WHERE goal_id = ? AND coalesce(department_id, 0) = ? "
                                    "ORDER BY id DESC LIMIT 1"),
                     {goalId, departmentId});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<GoalStatusEntry>();
    return std::optional<GoalStatusEntry>(statusFrom(*query.value()));
}

Status StrategyRepository::lockStatuses(Id goalId)
{
    if (m_db.driverName() != QLatin1String("QPSQL"))
        return {};
    // A lock on a number rather than a row: it needs no right to change the goal itself.
    auto query =
        run(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"), {kGoalStatusLock, int(goalId)});
    if (!query)
        return query.error();
    return {};
}

Result<QList<GoalStatusEntry>> StrategyRepository::statuses(Id strategyId)
{
    auto query = run(QStringLiteral("SELECT s.id, s.goal_id, s.department_id, s.status, "
                                    "s.effective_on, s.set_by, s.note, s.recorded_at "
                                    "FROM goal_statuses s JOIN goals g ON g.id = s.goal_id "
                                    "WHERE g.strategy_id = ? ORDER BY s.effective_on, s.id"),
                     {strategyId});
    if (!query)
        return query.error();
    QList<GoalStatusEntry> list;
    while (query.value()->next())
        list.append(statusFrom(*query.value()));
    return list;
}

} // namespace tavle
