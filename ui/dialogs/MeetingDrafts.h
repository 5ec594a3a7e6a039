#pragma once

#include "Result.h"
#include "services/MeetingLog.h"

#include <QCoreApplication>
#include <QTime>

namespace tavle {
class Database;
}

namespace tavle::ui {

/// Where the log dialog starts: the meeting types a department logs, and the prefilled
/// meeting of a type.
class MeetingDrafts
{
    Q_DECLARE_TR_FUNCTIONS(MeetingDrafts)

public:
    /// How far ahead a series' next occurrence is offered when a meeting of its type is logged.
    static constexpr int kOccurrenceReachDays = 7;

    /// The department meeting types (not the per-placement expectation meeting), in order.
    static Result<QList<MeetingType>> departmentTypes(Database& database);
    /// The current time rounded to the nearest quarter hour (23:53 gives 23:45: same day).
    static QTime roundedToQuarter(const QTime& time);
    /// A new meeting of a type in a department: the next occurrence of a series of the type
    /// when one comes within kOccurrenceReachDays of today, else today at `now` rounded.
    static Result<LoggedMeeting> forNew(Database& database, const MeetingType& type,
                                        Id departmentId, const QDate& today, const QTime& now);

    /// A new draft once the type or the department changed: `fresh` where the form still
    /// shows `shown` (the draft it was filled from), the form's values where the user changed
    /// them, and the notes, decisions and action items as written. Attendance: the people
    /// `fresh` expects, with what was marked for them, and anyone added by hand. A changed
    /// date and time leaves the series: the meeting is one on its own.
    static LoggedMeeting carryOver(const LoggedMeeting& fresh, const LoggedMeeting& shown,
                                   const LoggedMeeting& form);

    /// The lines of a text, each trimmed, empty ones left out: how agenda and decisions are
    /// stored.
    static QString cleanLines(const QString& text);
    /// Whether two versions of a meeting say the same (ids of action items included, row
    /// versions aside): saving the second would change nothing.
    static bool sameContent(const LoggedMeeting& a, const LoggedMeeting& b);
};

} // namespace tavle::ui
