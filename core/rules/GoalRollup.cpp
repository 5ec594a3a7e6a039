#include "rules/GoalRollup.h"

#include <algorithm>

namespace tavle {

std::optional<double> GoalCount::percent() const
{
    if (applicable <= 0)
        return std::nullopt;
    return 100.0 * achieved / applicable;
}

bool GoalCount::isGreen(int thresholdPercent) const
{
    // achieved / applicable >= threshold / 100, in integers.
    return applicable > 0 && qint64(achieved) * 100 >= qint64(thresholdPercent) * applicable;
}

GoalCount& GoalCount::operator+=(const GoalCount& other)
{
    achieved += other.achieved;
    applicable += other.applicable;
    return *this;
}

GoalRollup::GoalRollup(QList<Goal> goals, const QList<GoalStatusEntry>& history)
    : m_goals(std::move(goals))
{
    for (const GoalStatusEntry& entry : history)
        m_history[qMakePair(entry.goalId, entry.departmentId)].append(entry);
    for (auto& entries : m_history) {
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
            return a.effectiveOn != b.effectiveOn ? a.effectiveOn < b.effectiveOn : a.id < b.id;
        });
    }
}

const GoalStatusEntry* GoalRollup::entryOn(Id goalId, Id departmentId, const QDate& date) const
{
    const auto found = m_history.constFind(qMakePair(goalId, departmentId));
    if (found == m_history.cend())
        return nullptr;
    const QList<GoalStatusEntry>& entries = found.value();
    // The first entry after the date; the one before it is in force.
    const auto after = std::upper_bound(
        entries.cbegin(), entries.cend(), date,
        [](const QDate& day, const GoalStatusEntry& entry) { return day < entry.effectiveOn; });
    return after == entries.cbegin() ? nullptr : &*(after - 1);
}

GoalStatus GoalRollup::statusOn(Id goalId, Id departmentId, const QDate& date) const
{
    const GoalStatusEntry* entry = entryOn(goalId, departmentId, date);
    return entry ? entry->status : GoalStatus::NotStarted;
}

QList<GoalStatusEntry> GoalRollup::history(Id goalId, Id departmentId) const
{
    return m_history.value(qMakePair(goalId, departmentId));
}

GoalCount GoalRollup::count(GoalScope scope, Id departmentId, const QDate& date,
                            Id focusAreaId) const
{
    GoalCount result;
    for (const Goal& goal : m_goals) {
        if (goal.scope != scope || !goal.countsOn(date) ||
            (focusAreaId != 0 && goal.focusAreaId != focusAreaId))
            continue;
        const GoalStatus status = statusOn(goal.id, departmentId, date);
        if (status == GoalStatus::NotApplicable)
            continue;
        ++result.applicable;
        if (status == GoalStatus::Achieved)
            ++result.achieved;
    }
    return result;
}

GoalCount GoalRollup::department(Id departmentId, const QDate& date, Id focusAreaId) const
{
    return count(GoalScope::Department, departmentId, date, focusAreaId);
}

GoalCount GoalRollup::hospitalGoals(const QDate& date, Id focusAreaId) const
{
    return count(GoalScope::Hospital, 0, date, focusAreaId);
}

GoalCount GoalRollup::hospital(const QList<Id>& departmentIds, const QDate& date,
                               Id focusAreaId) const
{
    GoalCount result = hospitalGoals(date, focusAreaId);
    for (const Id departmentId : departmentIds)
        result += department(departmentId, date, focusAreaId);
    return result;
}

} // namespace tavle
