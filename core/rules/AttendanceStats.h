#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QList>

namespace tavle {

/// One person's attendance at one held meeting: what the statistics count.
struct AttendanceRecord
{
    Id meetingId = 0;
    QDate date;
    Id seriesId = 0;
    Id personId = 0;
    Attendance status = Attendance::Present;
};

/// How one held meeting was attended.
struct MeetingAttendance
{
    Id meetingId = 0;
    QDate date;
    int present = 0;
    int absent = 0;
    int excused = 0;
    int expected() const { return present + absent + excused; }
    /// Present of expected, 0 to 1; 0 when nobody was expected.
    double rate() const { return expected() ? double(present) / expected() : 0.0; }
};

/// How often one person came, over the records given.
struct PersonAttendance
{
    Id personId = 0;
    int present = 0;
    int absent = 0;
    int excused = 0;
    int expected() const { return present + absent + excused; }
    /// Present of expected, 0 to 1: excused absence is absence too, only with notice.
    double rate() const { return expected() ? double(present) / expected() : 0.0; }
};

/// Attendance statistics as pure functions over records (no database, no clock).
namespace AttendanceStats {

/// Each meeting's counts, by date (then meeting id).
QList<MeetingAttendance> perMeeting(const QList<AttendanceRecord>& records);
/// Each person's counts, by person id.
QList<PersonAttendance> perPerson(const QList<AttendanceRecord>& records);
/// The records from `from` to `to`, both included.
QList<AttendanceRecord> inPeriod(const QList<AttendanceRecord>& records, const QDate& from,
                                 const QDate& to);

} // namespace AttendanceStats

} // namespace tavle
