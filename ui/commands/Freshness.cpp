#include "Freshness.h"

#include "services/SeriesEditing.h"
#include "storage/ActionItemRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/PlacementRepository.h"

#include <algorithm>
#include <tuple>

namespace tavle::ui {

namespace {

Error changed(const QString& what)
{
    return Error{Freshness::tr("%1 has been changed or deleted by someone else since; this step "
                               "cannot be undone or redone. Reload and make the change by hand.")
                     .arg(what)};
}

bool sameMeeting(const Meeting& a, const Meeting& b)
{
    return a.meetingTypeId == b.meetingTypeId && a.placementId == b.placementId &&
           a.departmentId == b.departmentId && a.scheduledAt == b.scheduledAt &&
           a.heldOn == b.heldOn && a.notes == b.notes && a.seriesId == b.seriesId &&
           a.occurrenceOn == b.occurrenceOn && a.cancelled == b.cancelled &&
           a.durationMinutes == b.durationMinutes && a.leaderId == b.leaderId &&
           a.agenda == b.agenda && a.decisions == b.decisions;
}

QList<Attendee> sortedAttendees(QList<Attendee> attendees)
{
    std::sort(attendees.begin(), attendees.end(),
              [](const Attendee& a, const Attendee& b) { return a.personId < b.personId; });
    return attendees;
}

auto itemKey(const ActionItem& a)
{
    return std::make_tuple(a.text, a.ownerId, a.dueDate.toJulianDay(), a.doneOn.toJulianDay(),
                           a.departmentId);
}

bool sameItem(const ActionItem& a, const ActionItem& b)
{
    return a.meetingId == b.meetingId && itemKey(a) == itemKey(b);
}

/// The same items, whatever their ids and order.
bool sameItems(QList<ActionItem> a, QList<ActionItem> b)
{
    if (a.size() != b.size())
        return false;
    auto byContent = [](const ActionItem& x, const ActionItem& y) {
        return itemKey(x) < itemKey(y);
    };
    std::sort(a.begin(), a.end(), byContent);
    std::sort(b.begin(), b.end(), byContent);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (itemKey(a.at(i)) != itemKey(b.at(i)))
            return false;
    }
    return true;
}

bool sameSeries(const MeetingSeries& a, const MeetingSeries& b)
{
    return a.meetingTypeId == b.meetingTypeId && a.departmentId == b.departmentId &&
           a.title == b.title && a.recurrence == b.recurrence && a.interval == b.interval &&
           a.startDate == b.startDate && a.endDate == b.endDate && a.startTime == b.startTime &&
           a.durationMinutes == b.durationMinutes;
}

bool sameLeaders(QList<LeaderPeriod> a, QList<LeaderPeriod> b)
{
    auto key = [](const LeaderPeriod& p) {
        return std::make_tuple(p.from.toJulianDay(), p.to.toJulianDay(), p.personId);
    };
    auto byKey = [&key](const LeaderPeriod& x, const LeaderPeriod& y) {
        return key(x) < key(y);
    };
    std::sort(a.begin(), a.end(), byKey);
    std::sort(b.begin(), b.end(), byKey);
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (key(a.at(i)) != key(b.at(i)))
            return false;
    }
    return true;
}

} // namespace

Result<MeetingRecord> Freshness::current(Database& database, const MeetingRecord& stored)
{
    MeetingRepository meetings(database);
    const auto meeting = meetings.byId(stored.meeting.id);
    if (!meeting)
        return meeting.error();
    if (!meeting.value() || !sameMeeting(*meeting.value(), stored.meeting))
        return changed(tr("The meeting"));
    const auto attendees = meetings.attendees(stored.meeting.id);
    if (!attendees)
        return attendees.error();
    if (sortedAttendees(attendees.value()) != sortedAttendees(stored.attendees))
        return changed(tr("The meeting"));
    return MeetingRecord{*meeting.value(), attendees.value()};
}

Result<Placement> Freshness::current(Database& database, const Placement& stored)
{
    const auto placement = PlacementRepository(database).byId(stored.id);
    if (!placement)
        return placement.error();
    const auto& p = placement.value();
    if (!p || p->traineeId != stored.traineeId || p->departmentId != stored.departmentId ||
        p->level != stored.level || p->startDate != stored.startDate ||
        p->endDate != stored.endDate || p->mainSupervisorId != stored.mainSupervisorId)
        return changed(tr("The placement"));
    return *p;
}

Result<SeriesWithLeaders> Freshness::current(Database& database, const SeriesWithLeaders& stored)
{
    const auto series = MeetingSeriesRepository(database).byId(stored.series.id);
    if (!series)
        return series.error();
    if (!series.value() || !sameSeries(*series.value(), stored.series))
        return changed(tr("The series"));
    const auto leaders = SeriesEditing::leaders(database, stored.series.id);
    if (!leaders)
        return leaders.error();
    if (!sameLeaders(leaders.value(), stored.leaders))
        return changed(tr("The series"));
    return SeriesWithLeaders{*series.value(), leaders.value()};
}

Result<ActionItem> Freshness::current(Database& database, const ActionItem& stored)
{
    const auto item = ActionItemRepository(database).byId(stored.id);
    if (!item)
        return item.error();
    if (!item.value() || !sameItem(*item.value(), stored))
        return changed(tr("The action item"));
    return *item.value();
}

Result<LoggedMeeting> Freshness::current(Database& database, const LoggedMeeting& stored)
{
    const auto loaded = MeetingLog::load(database, stored.meeting.id);
    if (!loaded)
        return changed(tr("The meeting"));
    if (!sameMeeting(loaded->meeting, stored.meeting) ||
        sortedAttendees(loaded->attendees) != sortedAttendees(stored.attendees) ||
        !sameItems(loaded->actionItems, stored.actionItems))
        return changed(tr("The meeting"));
    return loaded.value();
}

} // namespace tavle::ui
