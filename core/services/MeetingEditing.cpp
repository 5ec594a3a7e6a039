#include "services/MeetingEditing.h"

#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingTypeRepository.h"

namespace tavle {

Result<MeetingType> MeetingEditing::expectationType(Database& database)
{
    const auto type = MeetingTypeRepository(database).byCode(expectationMeetingCode());
    if (!type)
        return type.error();
    if (!type.value()) {
        return Error{tr("The database has no expectation-meeting type. Run the integrity check "
                        "and restore from a backup.")};
    }
    return *type.value();
}

Result<std::optional<MeetingRecord>> MeetingEditing::forPlacement(Database& database,
                                                                  Id placementId, Id meetingTypeId)
{
    MeetingRepository meetings(database);
    const auto all = meetings.forPlacement(placementId, meetingTypeId);
    if (!all)
        return all.error();
    std::optional<Meeting> held;
    std::optional<Meeting> scheduled;
    for (const Meeting& m : all.value()) {
        if (m.heldOn.isValid()) {
            if (!held || m.heldOn < held->heldOn)
                held = m;
        } else if (!scheduled) {
            scheduled = m;
        }
    }
    const std::optional<Meeting> chosen = held ? held : scheduled;
    if (!chosen)
        return std::optional<MeetingRecord>();
    const auto attendees = meetings.attendees(chosen->id);
    if (!attendees)
        return attendees.error();
    return std::optional<MeetingRecord>(MeetingRecord{*chosen, attendees.value()});
}

Status MeetingEditing::validate(const MeetingRecord& record, const QDate& today)
{
    const Meeting& m = record.meeting;
    if (!m.meetingTypeId)
        return Error::invalidInput(tr("Choose the type of meeting."));
    if (!m.placementId && !m.departmentId)
        return Error::invalidInput(tr("A meeting belongs to a placement or a department."));
    if (!m.heldOn.isValid() && !m.scheduledAt.isValid())
        return Error::invalidInput(tr("Give the date the meeting is planned for or was held."));
    if (today.isValid() && m.heldOn.isValid() && m.heldOn > today) {
        return Error::invalidInput(
            tr("%1 is in the future. Register a meeting as held once it has taken place.")
                .arg(m.heldOn.toString(QStringLiteral("dd-MM-yyyy"))));
    }
    return {};
}

Result<MeetingRecord> MeetingEditing::save(Database& database, const MeetingRecord& record,
                                           const QDate& today)
{
    if (const auto valid = validate(record, today); !valid)
        return valid.error();
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    MeetingRepository meetings(database);
    MeetingRecord stored = record;
    if (record.meeting.id == 0) {
        const auto id = meetings.insert(record.meeting, record.attendees);
        if (!id)
            return id.error();
        stored.meeting.id = id.value();
        stored.meeting.rowVersion = 1;
    } else {
        const auto version = meetings.update(record.meeting);
        if (!version)
            return version.error();
        if (const auto set = meetings.setAttendees(record.meeting.id, record.attendees); !set)
            return set.error();
        stored.meeting.rowVersion = version.value();
    }
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return stored;
}

Status MeetingEditing::remove(Database& database, const Meeting& meeting)
{
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    if (const auto removed = MeetingRepository(database).remove(meeting); !removed)
        return removed;
    return transaction.value().commit();
}

} // namespace tavle
