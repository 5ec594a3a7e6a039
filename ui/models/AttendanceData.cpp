#include "AttendanceData.h"

#include "services/MeetingLog.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"

#include <QHash>

namespace tavle::ui {

Result<AttendanceData> AttendanceData::load(Database& database, const QDate& from, const QDate& to,
                                            Id departmentId, Id seriesId)
{
    const auto records = MeetingLog::attendance(database, from, to, departmentId, seriesId);
    if (!records)
        return records.error();
    // The meetings of the period by id, for the names in the absence report.
    const auto summaries = MeetingRepository(database).summaries(from, to, departmentId, 0);
    if (!summaries)
        return summaries.error();
    QHash<Id, const MeetingSummary*> meetings;
    for (const MeetingSummary& s : summaries.value())
        meetings.insert(s.meeting.id, &s);
    // The names of the few people of a department's meetings, each read once.
    PersonRepository persons(database);
    QHash<Id, QString> names;
    for (const AttendanceRecord& r : records.value()) {
        if (names.contains(r.personId))
            continue;
        const auto person = persons.byId(r.personId);
        if (!person)
            return person.error();
        names.insert(r.personId, person.value() ? person.value()->name : QString());
    }

    AttendanceData data;
    data.meetings = AttendanceStats::perMeeting(records.value());
    for (const PersonAttendance& p : AttendanceStats::perPerson(records.value())) {
        data.people << PersonAttendanceRow{names.value(p.personId), p};
        data.total.present += p.present;
        data.total.absent += p.absent;
        data.total.excused += p.excused;
    }
    for (const AttendanceRecord& r : records.value()) {
        if (r.status == Attendance::Present)
            continue;
        AbsenceRow row;
        row.personId = r.personId;
        row.name = names.value(r.personId);
        row.date = r.date;
        row.meetingId = r.meetingId;
        row.status = r.status;
        if (const MeetingSummary* s = meetings.value(r.meetingId)) {
            row.meetingType = s->typeName;
            row.seriesTitle = s->seriesTitle;
            row.departmentName = s->departmentName;
        }
        data.absences << row;
    }
    return data;
}

} // namespace tavle::ui
