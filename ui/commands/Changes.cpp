#include "Changes.h"

#include "commands/Freshness.h"
#include "services/SeriesEditing.h"
#include "storage/Database.h"

#include <QHash>

namespace tavle::ui {

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
    // The first step writes on what the dialog read (its row versions decide); every later
    // step first checks that the row is still as this change left it.
    if (m_moved && m_stored) {
        auto current = Freshness::current(database, *m_stored);
        if (!current)
            return current.error();
        m_stored = current.value();
    }
    m_moved = true;
    return {};
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
        return saved.error();
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
    const auto saved = PeopleEditing::savePlacement(database, target);
    if (!saved)
        return saved.error();
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
    // The first step writes on what the dialog read (its row versions decide); every later
    // step first checks that the row is still as this change left it.
    if (m_moved && m_stored) {
        auto current = Freshness::current(database, *m_stored);
        if (!current)
            return current.error();
        m_stored = current.value();
    }
    m_moved = true;
    return {};
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
    if (!saved)
        return saved.error();
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
    // The first step writes on what the dialog read (its row versions decide); every later
    // step first checks that the row is still as this change left it.
    if (m_moved && m_stored) {
        auto current = Freshness::current(database, *m_stored);
        if (!current)
            return current.error();
        m_stored = current.value();
    }
    m_moved = true;
    return {};
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
    // The first step writes on what the dialog read (its row versions decide); every later
    // step first checks that the row is still as this change left it.
    if (m_moved && m_stored) {
        auto current = Freshness::current(database, *m_stored);
        if (!current)
            return current.error();
        m_stored = current.value();
    }
    m_moved = true;
    return {};
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

} // namespace tavle::ui
