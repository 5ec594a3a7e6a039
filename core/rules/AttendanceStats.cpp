#include "rules/AttendanceStats.h"

#include <QMap>
#include <algorithm>

namespace tavle::AttendanceStats {

namespace {

template <typename Counts> void add(Counts& counts, Attendance status)
{
    switch (status) {
    case Attendance::Present:
        ++counts.present;
        break;
    case Attendance::Absent:
        ++counts.absent;
        break;
    case Attendance::Excused:
        ++counts.excused;
        break;
    }
}

} // namespace

QList<MeetingAttendance> perMeeting(const QList<AttendanceRecord>& records)
{
    QMap<Id, MeetingAttendance> byMeeting;
    for (const AttendanceRecord& r : records) {
        MeetingAttendance& m = byMeeting[r.meetingId];
        m.meetingId = r.meetingId;
        m.date = r.date;
        add(m, r.status);
    }
    QList<MeetingAttendance> list = byMeeting.values();
    std::stable_sort(list.begin(), list.end(),
                     [](const MeetingAttendance& a, const MeetingAttendance& b) {
                         return a.date != b.date ? a.date < b.date : a.meetingId < b.meetingId;
                     });
    return list;
}

QList<PersonAttendance> perPerson(const QList<AttendanceRecord>& records)
{
    QMap<Id, PersonAttendance> byPerson;
    for (const AttendanceRecord& r : records) {
        PersonAttendance& p = byPerson[r.personId];
        p.personId = r.personId;
        add(p, r.status);
    }
    return byPerson.values();
}

QList<AttendanceRecord> inPeriod(const QList<AttendanceRecord>& records, const QDate& from,
                                 const QDate& to)
{
    QList<AttendanceRecord> list;
    for (const AttendanceRecord& r : records) {
        if (r.date >= from && r.date <= to)
            list << r;
    }
    return list;
}

} // namespace tavle::AttendanceStats
