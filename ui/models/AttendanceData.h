#pragma once

#include "Result.h"
#include "models/AbsenceReportModel.h"
#include "models/PersonAttendanceModel.h"

#include <QDate>
#include <QList>

namespace tavle {
class Database;
}

namespace tavle::ui {

/// What the attendance view shows of a choice of meetings and a period, read in one go: each
/// held meeting's counts (for the chart), each person's counts with their name, and every
/// absence with the meeting it was from.
struct AttendanceData
{
    QList<MeetingAttendance> meetings; ///< by date
    QList<PersonAttendanceRow> people;
    QList<AbsenceRow> absences;
    PersonAttendance total; ///< every expected place together (personId 0)

    /// The held meetings from `from` to `to` (both included) of a department (0: all) and of
    /// a series (0: every meeting of the department, in a series or not). Reads the attendance
    /// records, the meetings' names in one query, and each distinct person's name once.
    static Result<AttendanceData> load(Database& database, const QDate& from, const QDate& to,
                                       Id departmentId, Id seriesId);
};

} // namespace tavle::ui
