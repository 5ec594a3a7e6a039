#pragma once

#include "Result.h"
#include "domain/MeetingLog.h"
#include "rules/AttendanceStats.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace tavle {

class Database;

/// Where a meeting of the log stands.
enum class MeetingState
{
    Planned, ///< scheduled, or an occurrence of a series that is not logged yet
    Held,
    Cancelled
};

QString meetingStateCode(MeetingState state); ///< planned, held, cancelled

/// One line of the meeting log: a stored department meeting, or an occurrence of a series that
/// has not been logged yet (then meeting.id is 0, and seriesId, occurrenceOn and scheduledAt
/// are set).
struct MeetingEntry
{
    Meeting meeting;
    MeetingState state = MeetingState::Planned;
    QString typeName;
    QString typeCode;
    QString departmentName;
    QString seriesTitle;
    Id leaderId = 0; ///< the meeting's leader, else the series' leader on that date
    QString leaderName;
    int present = 0;
    int absent = 0;
    int excused = 0;

    /// The day of the meeting: when held, else the occurrence or scheduled day.
    QDate date() const;
};

/// A meeting being logged, with what is stored with it: attendance and action items.
struct LoggedMeeting
{
    Meeting meeting;
    QList<Attendee> attendees;
    QList<ActionItem> actionItems;
};

/// The UKYL's meeting log: series and their occurrences, logging a meeting with attendance,
/// decisions and action items, and the attendance statistics. Every write runs in one
/// transaction and is refused, with nothing written, when what it changes was changed by
/// someone else since it was read (row versions). Errors of kind InvalidInput name the field.
class MeetingLog
{
    Q_DECLARE_TR_FUNCTIONS(MeetingLog)

public:
    /// The department meetings from `from` to `to` (both included): every stored one, and
    /// every occurrence of a series not logged yet, by date and time. departmentId and
    /// meetingTypeId 0 mean all.
    static Result<QList<MeetingEntry>> entries(Database& database, const QDate& from,
                                               const QDate& to, Id departmentId, Id meetingTypeId);

    /// Who is expected at a meeting of a type in a department on a day, by name in Danish
    /// order: the team (UAO, UKYL, cheflæge holding the role that day), the current trainees,
    /// or nobody, as the type says.
    static Result<QList<Person>> expectedPeople(Database& database, const MeetingType& type,
                                                Id departmentId, const QDate& date);

    /// A new meeting of a type at `when`, ready to log: its length and agenda from the type,
    /// the expected people marked present. Not stored.
    static Result<LoggedMeeting> draft(Database& database, const MeetingType& type, Id departmentId,
                                       const QDateTime& when);
    /// The same for an occurrence of a series: its time, length and leader on that date.
    static Result<LoggedMeeting> draftForOccurrence(Database& database, const MeetingSeries& series,
                                                    const QDate& occurrence);
    /// The occurrence of a series of the type in the department that comes first on or after
    /// `day`, and its series; nullopt when no series of the type meets again.
    static Result<std::optional<std::pair<MeetingSeries, QDate>>>
    nextOccurrence(Database& database, Id meetingTypeId, Id departmentId, const QDate& day);

    /// A stored meeting with its attendance and action items.
    static Result<LoggedMeeting> load(Database& database, Id meetingId);

    /// The rules of a logged meeting, beyond MeetingEditing's: a cancelled meeting was not
    /// held; a person is listed once; an action item has a text. `today` as there.
    static Status validate(const LoggedMeeting& logged, const QDate& today);
    /// Checks and stores a meeting: a new one when its id is 0, else an update of the one
    /// read. Attendees are replaced. Action items are matched by id: those with a stored id
    /// are updated when they changed (and refused when someone else changed them), those
    /// without are added, stored ones left out are deleted. A series occurrence is checked to
    /// be one, and stored once. Returns the meeting as stored, with ids and row versions.
    static Result<LoggedMeeting> save(Database& database, const LoggedMeeting& logged,
                                      const QDate& today);
    /// Deletes a meeting as read, with its attendance and action items.
    static Status remove(Database& database, const Meeting& meeting);

    /// Checks and stores an action item on its own: new when its id is 0, else an update of
    /// the item as read (marking it done, moving its due date). Returns it as stored.
    static Result<ActionItem> saveActionItem(Database& database, const ActionItem& item);
    static Status removeActionItem(Database& database, const ActionItem& item);

    /// The input of the attendance statistics: who came to the held meetings of a period.
    static Result<QList<AttendanceRecord>> attendance(Database& database, const QDate& from,
                                                      const QDate& to, Id departmentId,
                                                      Id seriesId);
};

} // namespace tavle
