#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "rules/AttendanceStats.h"
#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace tavle {

/// A department meeting with the names a list shows and its attendance counts.
struct MeetingSummary
{
    Meeting meeting;
    QString typeName;
    QString typeCode;
    QString departmentName;
    QString seriesTitle;
    QString leaderName;
    int present = 0;
    int absent = 0;
    int excused = 0;
};

class MeetingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    /// Reads meetings' notes only when the user may (Database::canReadMeetingNotes); else a
    /// meeting reads with empty notes.
    explicit MeetingRepository(Database& database);
    /// Adds a meeting and its attendees.
    Result<Id> insert(const Meeting& meeting, const QList<Attendee>& attendees);
    Result<QList<Meeting>> forPlacement(Id placementId, Id meetingTypeId);
    Result<std::optional<Meeting>> byId(Id id);
    /// The meeting stored for a series' occurrence, if one is (logged or cancelled).
    Result<std::optional<Meeting>> forOccurrence(Id seriesId, const QDate& occurrenceOn);
    /// The department meetings (not per placement) from `from` to `to`, both included, by
    /// their date (the held date, else the scheduled one); departmentId 0 for every department.
    Result<QList<Meeting>> inPeriod(const QDate& from, const QDate& to, Id departmentId);
    /// inPeriod() with names and counts, optionally of one type (0: every type).
    Result<QList<MeetingSummary>> summaries(const QDate& from, const QDate& to, Id departmentId,
                                            Id meetingTypeId);
    /// Who came to the held, not cancelled department meetings from `from` to `to`, optionally
    /// of one department and one series (0: all): the input of the attendance statistics.
    Result<QList<AttendanceRecord>> attendanceRecords(const QDate& from, const QDate& to,
                                                      Id departmentId, Id seriesId);
    /// The per-placement meetings scheduled from `from` on, not held or cancelled, of a
    /// department (0: of all), by time: one query for a whole board.
    Result<QList<Meeting>> scheduledForPlacements(const QDate& from, Id departmentId);
    /// The attendees of a meeting, by person id.
    Result<QList<Attendee>> attendees(Id meetingId);
    /// Saves every field if nobody changed the row since it was read; the new row version.
    Result<int> update(const Meeting& meeting);
    /// Replaces the attendees of a meeting.
    Status setAttendees(Id meetingId, const QList<Attendee>& attendees);
    /// Deletes a meeting if nobody changed it since it was read.
    Status remove(const Meeting& meeting);

private:
    Status addAttendees(Id meetingId, const QList<Attendee>& attendees);

    QString m_columns;        ///< the columns meetingFrom() reads
    QString m_aliasedColumns; ///< the same of the meetings table called m
};

} // namespace tavle
