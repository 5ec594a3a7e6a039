#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tavle {

class Database;

/// What a calendar export holds and how it reminds.
struct CalendarOptions
{
    QDate today;                     ///< deadlines and meetings from this day on; must be valid
    Id departmentId = 0;             ///< 0 for every department
    int deadlineReminderDays = 1;    ///< a reminder this many days before a deadline; 0: none
    int meetingReminderMinutes = 15; ///< a reminder this many minutes before a meeting; 0: none
    bool includeNotes = false;       ///< meeting notes are personal data: only when asked
};

/// Writes the team's calendar as iCalendar (RFC 5545), with libical. Filled in with the
/// calendar export; see the issue for what it holds.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)

public:
    /// The calendar as iCalendar text.
    static Result<QByteArray> build(Database& database, const CalendarOptions& options);
    /// Writes build() to a file, replacing it whole or not at all.
    static Status write(Database& database, const CalendarOptions& options, const QString& path);
};

} // namespace tavle
