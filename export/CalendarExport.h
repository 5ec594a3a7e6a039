#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace tavle {

class Database;

/// The longest reminders an export takes: a year before a deadline, a week before a meeting.
constexpr int kMaxDeadlineReminderDays = 365;
constexpr int kMaxMeetingReminderMinutes = 7 * 24 * 60;

/// What a calendar export holds and how it reminds.
struct CalendarOptions
{
    QDate today;                     ///< deadlines and meetings from this day on; must be valid
    Id departmentId = 0;             ///< 0 for every department
    int deadlineReminderDays = 1;    ///< a reminder this many days before a deadline; 0: none
    int meetingReminderMinutes = 15; ///< a reminder this many minutes before a meeting; 0: none
    bool includeNotes = false;       ///< meeting notes are personal data: only when asked
    /// When the calendar was made: the DTSTAMP of every event. The current time when null; a
    /// test passes a fixed one to compare two exports byte for byte.
    QDateTime stamp;
};

/// How many events of each kind a calendar holds.
struct CalendarCounts
{
    int deadlines = 0; ///< open expectation-meeting deadlines (all-day events)
    int meetings = 0;  ///< department meetings and scheduled per-placement meetings
    int series = 0;    ///< recurring events, one per series
    /// Occurrences of a series stored on their own (moved, with their own agenda or leader),
    /// written as instances of the series' event (RECURRENCE-ID), not as events of their own.
    int changedOccurrences = 0;

    int total() const { return deadlines + meetings + series + changedOccurrences; }
};

/// Writes the team's calendar as iCalendar (RFC 5545), with libical, for Outlook and
/// Thunderbird to import:
/// - every open (not held) expectation-meeting deadline of the placements on the deadline
///   board, overdue ones too, as an all-day event on the due date;
/// - every department meeting from `today` on that is not cancelled, and every scheduled,
///   not yet held per-placement meeting from `today` on, as a timed event;
/// - every series that has not ended before `today` as one recurring event (RRULE, with
///   EXDATE for cancelled occurrences); an occurrence stored on its own from `today` on
///   (logged, moved) overrides its instance with the same UID and a RECURRENCE-ID.
/// Times are in Europe/Copenhagen (TZID, with its VTIMEZONE). UIDs are made of the row and
/// Database::databaseId(), so that an export imported again updates rather than duplicates,
/// and two databases never share one; SEQUENCE follows the row's version. Meeting notes and
/// decisions go along only with CalendarOptions::includeNotes.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    /// The options' own rules: a valid today, reminders from 0 to their maximum. InvalidInput
    /// errors.
    static Status validate(const CalendarOptions& options);

    /// The calendar as iCalendar text (UTF-8, CRLF line ends). `counts`, when given, receives
    /// how many events of each kind it holds.
    static Result<QByteArray> build(Database& database, const CalendarOptions& options,
                                    CalendarCounts* counts = nullptr);
    /// Writes build() to a file, replacing it whole or not at all: a failure never leaves a
    /// half-written file, and an existing file stays as it was. The error names the file.
    static Status write(Database& database, const CalendarOptions& options, const QString& path,
                        CalendarCounts* counts = nullptr);
};

} // namespace tavle
