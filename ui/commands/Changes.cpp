#include "Changes.h"

#include "commands/Freshness.h"
#include "services/Conflicts.h"
#include "services/SeriesEditing.h"
#include "storage/Database.h"
#include "storage/StrategyRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace tavle::ui {

namespace {

/// A save refused because someone else changed the meeting: say what they changed.
Error explained(Database& database, const Error& error, const std::optional<MeetingRecord>& asRead)
{
    if (error.kind != Error::Kind::Conflict || !asRead || !asRead->meeting.id)
        return error;
    return Conflicts::meeting(database, *asRead);
}

} // namespace

MeetingChange::MeetingChange(std::optional<MeetingRecord> before,
                             std::optional<MeetingRecord> after)
    : m_before(std::move(before)), m_after(std::move(after)), m_stored(m_before)
{}

Status MeetingChange::forward(Database& database, const QDate& today)
{
    return moveTo(database, m_after, today);
}

Status MeetingChange::backward(Database& database)
{
    return moveTo(database, m_before, QDate());
}

Status MeetingChange::refresh(Database& database)
{
    return Freshness::refresh(database, m_stored, m_moved);
}

Status MeetingChange::moveTo(Database& database, const std::optional<MeetingRecord>& target,
                             const QDate& today)
{
    if (const Status fresh = refresh(database); !fresh)
        return fresh;
    if (!target) {
        if (!m_stored)
            return {};
        if (const auto removed = MeetingEditing::remove(database, m_stored->meeting); !removed)
            return removed;
        m_stored.reset();
        return {};
    }
    MeetingRecord record = *target;
    record.meeting.id = m_stored ? m_stored->meeting.id : 0;
    record.meeting.rowVersion = m_stored ? m_stored->meeting.rowVersion : 1;
    const auto saved = MeetingEditing::save(database, record, today);
    if (!saved)
        return explained(database, saved.error(), m_stored);
    m_stored = saved.value();
    return {};
}

PlacementChange::PlacementChange(Placement before, Placement after)
    : m_before(before), m_after(after), m_stored(before)
{}

Status PlacementChange::forward(Database& database, const QDate&)
{
    return moveTo(database, m_after);
}

Status PlacementChange::backward(Database& database)
{
    return moveTo(database, m_before);
}

Status PlacementChange::moveTo(Database& database, Placement target)
{
    if (m_moved) {
        const auto current = Freshness::current(database, m_stored);
        if (!current)
            return current.error();
        m_stored = current.value();
    }
    m_moved = true;
    target.id = m_stored.id;
    target.rowVersion = m_stored.rowVersion;
    const Placement asRead = m_stored;
    const auto saved = PeopleEditing::savePlacement(database, target);
    if (!saved) {
        return saved.error().kind == Error::Kind::Conflict ? Conflicts::placement(database, asRead)
                                                           : saved.error();
    }
    m_stored = saved.value();
    return {};
}

PersonChange::PersonChange(Person before, Person after)
    : m_before(std::move(before)), m_after(std::move(after))
{}

Status PersonChange::forward(Database& database, const QDate&)
{
    return PeopleEditing::updatePerson(database, m_after);
}

Status PersonChange::backward(Database& database)
{
    return PeopleEditing::updatePerson(database, m_before);
}

AddTraineeChange::AddTraineeChange(Person trainee, Placement placement)
    : m_trainee(std::move(trainee)), m_placement(std::move(placement))
{}

Status AddTraineeChange::forward(Database& database, const QDate&)
{
    const auto added = PeopleEditing::addTrainee(database, m_trainee, m_placement);
    if (!added)
        return added.error();
    m_added = added.value();
    return {};
}

Status AddTraineeChange::backward(Database& database)
{
    if (!m_added)
        return {};
    const Status undone = m_added->personCreated
                              ? PeopleEditing::removePerson(database, m_added->trainee.id)
                              : PeopleEditing::removePlacement(database, m_added->placement);
    if (undone)
        m_added.reset();
    return undone;
}

AddSupervisorChange::AddSupervisorChange(Person supervisor, Id departmentId, QDate from)
    : m_supervisor(std::move(supervisor)), m_departmentId(departmentId), m_from(from)
{}

Status AddSupervisorChange::forward(Database& database, const QDate&)
{
    const auto added = PeopleEditing::addSupervisor(database, m_supervisor, m_departmentId, m_from);
    if (!added)
        return added.error();
    m_added = added.value();
    return {};
}

Status AddSupervisorChange::backward(Database& database)
{
    if (!m_added)
        return {};
    const Status undone = PeopleEditing::undoAddSupervisor(database, *m_added);
    if (undone)
        m_added.reset();
    return undone;
}

AddDepartmentChange::AddDepartmentChange(QString name) : m_name(std::move(name)) {}

Status AddDepartmentChange::forward(Database& database, const QDate&)
{
    const auto added = PeopleEditing::addDepartment(database, m_name);
    if (!added)
        return added.error();
    m_id = added->id;
    return {};
}

Status AddDepartmentChange::backward(Database& database)
{
    return PeopleEditing::removeDepartment(database, m_id);
}

LoggedMeetingChange::LoggedMeetingChange(std::optional<LoggedMeeting> before,
                                         std::optional<LoggedMeeting> after)
    : m_before(std::move(before)), m_after(std::move(after)), m_stored(m_before)
{}

Status LoggedMeetingChange::forward(Database& database, const QDate& today)
{
    return moveTo(database, m_after, today);
}

Status LoggedMeetingChange::backward(Database& database)
{
    return moveTo(database, m_before, QDate());
}

Status LoggedMeetingChange::refresh(Database& database)
{
    return Freshness::refresh(database, m_stored, m_moved);
}

Status LoggedMeetingChange::moveTo(Database& database, const std::optional<LoggedMeeting>& target,
                                   const QDate& today)
{
    if (const Status fresh = refresh(database); !fresh)
        return fresh;
    if (!target) {
        if (!m_stored)
            return {};
        if (const auto removed = MeetingLog::remove(database, m_stored->meeting); !removed)
            return removed;
        m_stored.reset();
        return {};
    }
    // Rebase the target on what is stored now: the meeting's id and row version, and each
    // action item's row version; items no longer stored are added again.
    LoggedMeeting record = *target;
    record.meeting.id = m_stored ? m_stored->meeting.id : 0;
    record.meeting.rowVersion = m_stored ? m_stored->meeting.rowVersion : 1;
    QHash<Id, int> versions;
    if (m_stored) {
        for (const ActionItem& item : m_stored->actionItems)
            versions.insert(item.id, item.rowVersion);
    }
    for (ActionItem& item : record.actionItems) {
        if (item.id && versions.contains(item.id)) {
            item.rowVersion = versions.value(item.id);
        } else {
            item.id = 0;
            item.rowVersion = 1;
        }
    }
    const auto saved = MeetingLog::save(database, record, today);
    if (!saved) {
        return explained(database, saved.error(),
                         m_stored ? std::optional<MeetingRecord>(
                                        MeetingRecord{m_stored->meeting, m_stored->attendees})
                                  : std::nullopt);
    }
    m_stored = saved.value();
    return {};
}

SeriesChange::SeriesChange(std::optional<SeriesWithLeaders> before,
                           std::optional<SeriesWithLeaders> after)
    : m_before(std::move(before)), m_after(std::move(after)), m_stored(m_before)
{}

Status SeriesChange::forward(Database& database, const QDate&)
{
    return moveTo(database, m_after);
}

Status SeriesChange::backward(Database& database)
{
    return moveTo(database, m_before);
}

Status SeriesChange::refresh(Database& database)
{
    return Freshness::refresh(database, m_stored, m_moved);
}

Status SeriesChange::moveTo(Database& database, const std::optional<SeriesWithLeaders>& target)
{
    if (const Status fresh = refresh(database); !fresh)
        return fresh;
    if (!target) {
        if (!m_stored)
            return {};
        if (const auto removed = SeriesEditing::remove(database, m_stored->series); !removed)
            return removed;
        m_stored.reset();
        return {};
    }
    MeetingSeries series = target->series;
    series.id = m_stored ? m_stored->series.id : 0;
    series.rowVersion = m_stored ? m_stored->series.rowVersion : 1;
    const auto saved = SeriesEditing::save(database, series);
    if (!saved)
        return saved.error();
    // The leaders go with the series; a failure here leaves the saved series, which the
    // command then takes back with the step before.
    m_stored = SeriesWithLeaders{saved.value(), {}};
    const auto led = SeriesEditing::setLeaders(database, saved.value(), target->leaders);
    if (!led)
        return led.error();
    m_stored = SeriesWithLeaders{led.value(), target->leaders};
    return {};
}

ActionItemChange::ActionItemChange(std::optional<ActionItem> before,
                                   std::optional<ActionItem> after)
    : m_before(std::move(before)), m_after(std::move(after)), m_stored(m_before)
{}

Status ActionItemChange::forward(Database& database, const QDate&)
{
    return moveTo(database, m_after);
}

Status ActionItemChange::backward(Database& database)
{
    return moveTo(database, m_before);
}

Status ActionItemChange::refresh(Database& database)
{
    return Freshness::refresh(database, m_stored, m_moved);
}

Status ActionItemChange::moveTo(Database& database, const std::optional<ActionItem>& target)
{
    if (const Status fresh = refresh(database); !fresh)
        return fresh;
    if (!target) {
        if (!m_stored)
            return {};
        if (const auto removed = MeetingLog::removeActionItem(database, *m_stored); !removed)
            return removed;
        m_stored.reset();
        return {};
    }
    ActionItem item = *target;
    item.id = m_stored ? m_stored->id : 0;
    item.rowVersion = m_stored ? m_stored->rowVersion : 1;
    const auto saved = MeetingLog::saveActionItem(database, item);
    if (!saved)
        return saved.error();
    m_stored = saved.value();
    return {};
}

namespace {

QString goalText(const char* text)
{
    return QCoreApplication::translate("GoalChange", text);
}

/// Whether two readings of a goal hold the same fields; its place and row version may have
/// moved on (a move, or a later command undone meanwhile) without a conflict.
bool sameGoal(const Goal& a, const Goal& b)
{
    return a.id == b.id && a.focusAreaId == b.focusAreaId && a.code == b.code &&
           a.title == b.title && a.description == b.description && a.scope == b.scope &&
           a.targetDate == b.targetDate && a.targetValue == b.targetValue &&
           a.targetUnit == b.targetUnit && a.currentValue == b.currentValue &&
           a.countsFrom == b.countsFrom && a.retiredOn == b.retiredOn;
}

/// The goal as stored now, refused when someone else deleted it.
Result<Goal> storedGoal(Database& database, Id goalId)
{
    const auto goal = StrategyRepository(database).goalById(goalId);
    if (!goal)
        return goal.error();
    if (!goal.value())
        return Error::invalidInput(goalText("The goal has been deleted by someone else."));
    return *goal.value();
}

} // namespace

SetGoalStatusChange::SetGoalStatusChange(NewGoalStatus status) : m_status(std::move(status)) {}

Status SetGoalStatusChange::forward(Database& database, const QDate& today)
{
    if (today.isValid())
        m_today = today;
    const auto entry = StrategyGoals::setStatus(database, m_status, m_today);
    if (!entry)
        return entry.error();
    m_stored = entry.value();
    return {};
}

Status SetGoalStatusChange::backward(Database& database)
{
    if (!m_stored)
        return {};
    if (const Status removed = StrategyGoals::removeStatus(database, m_stored->id); !removed)
        return removed;
    m_stored.reset();
    return {};
}

GoalChange::GoalChange(std::optional<Goal> before, std::optional<Goal> after)
    : m_before(std::move(before)), m_after(std::move(after)), m_stored(m_before)
{}

Status GoalChange::forward(Database& database, const QDate&)
{
    return moveTo(database, m_after);
}

Status GoalChange::backward(Database& database)
{
    return moveTo(database, m_before);
}

Status GoalChange::moveTo(Database& database, const std::optional<Goal>& target)
{
    // The first step writes on the goal the dialog read; every later step first checks that
    // the goal still holds what this change left there.
    if (m_moved && m_stored) {
        const auto current = storedGoal(database, m_stored->id);
        if (!current)
            return current.error();
        if (!sameGoal(current.value(), *m_stored)) {
            return Error{goalText("Goal %1 was changed by someone else meanwhile. Reload to see "
                                  "the change.")
                             .arg(m_stored->code)};
        }
        m_stored = current.value();
    }
    m_moved = true;
    if (!target) {
        if (!m_stored)
            return {};
        if (const Status removed = StrategyGoals::removeGoal(database, *m_stored); !removed)
            return removed;
        m_stored.reset();
        return {};
    }
    Goal goal = *target;
    goal.id = m_stored ? m_stored->id : 0;
    goal.rowVersion = m_stored ? m_stored->rowVersion : 1;
    if (m_stored)
        goal.position = m_stored->position;
    const auto saved = StrategyGoals::saveGoal(database, goal);
    if (!saved)
        return saved.error();
    m_stored = saved.value();
    return {};
}

MoveGoalChange::MoveGoalChange(Goal goal, int step, int places)
    : m_goal(std::move(goal)), m_step(step), m_places(std::max(1, places))
{}

Status MoveGoalChange::forward(Database& database, const QDate&)
{
    const bool first = !m_moved;
    m_moved = true;
    return move(database, m_step, first);
}

Status MoveGoalChange::backward(Database& database)
{
    return move(database, -m_step, false);
}

Status MoveGoalChange::move(Database& database, int step, bool first)
{
    for (int place = 0; place < m_places; ++place) {
        // The first move is of the goal as the view read it (its row version decides); every
        // later one of the goal as stored now.
        Goal goal = m_goal;
        if (!first || place > 0) {
            const auto current = storedGoal(database, m_goal.id);
            if (!current)
                return current.error();
            goal = current.value();
        }
        // The core leaves a goal at the end of its focus area where it is; a move that did
        // nothing must not be "undone" by moving the goal the other way.
        const auto goals = StrategyRepository(database).goals(goal.strategyId);
        if (!goals)
            return goals.error();
        QList<Id> area;
        for (const Goal& g : goals.value()) {
            if (g.focusAreaId == goal.focusAreaId)
                area.append(g.id);
        }
        const qsizetype index = area.indexOf(goal.id);
        const qsizetype other = index + (step < 0 ? -1 : 1);
        if (index < 0 || other < 0 || other >= area.size()) {
            return Error::invalidInput(
                step < 0 ? goalText("Goal %1 is first in its focus area already.").arg(goal.code)
                         : goalText("Goal %1 is last in its focus area already.").arg(goal.code));
        }
        if (const Status moved = StrategyGoals::moveGoal(database, goal, step); !moved)
            return moved;
    }
    return {};
}

} // namespace tavle::ui
