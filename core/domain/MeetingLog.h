#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QString>
#include <QTime>
#include <optional>

namespace tavle {

/// How a series repeats. Local wall-clock times in Europe/Copenhagen; see rules/Recurrence.h.
enum class Recurrence
{
    Weekly,         ///< every interval weeks, on the start date's weekday
    MonthlyWeekday, ///< every interval months, on the start date's nth weekday (or the last)
    MonthlyDay      ///< every interval months, on the start date's day of the month
};

QString recurrenceCode(Recurrence recurrence);
std::optional<Recurrence> recurrenceFromCode(const QString& code);

/// A recurring meeting of a department, such as the weekly Ventil session.
struct MeetingSeries
{
    Id id = 0;
    Id meetingTypeId = 0;
    Id departmentId = 0;
    QString title;
    Recurrence recurrence = Recurrence::Weekly;
    int interval = 1; ///< weeks for Weekly, months for the monthly kinds; 1 to 52
    QDate startDate;  ///< the first occurrence
    QDate endDate;    ///< the last day an occurrence may fall on; null while open-ended
    QTime startTime;
    int durationMinutes = 60;
    int rowVersion = 1;
};

/// A person leading a series' occurrences from one date to another, both included.
struct LeaderPeriod
{
    Id id = 0;
    Id seriesId = 0;
    Id personId = 0;
    QDate from;
    QDate to;
};

/// Something a meeting decided that someone must do (handlepunkt).
struct ActionItem
{
    Id id = 0;
    Id meetingId = 0;    ///< the meeting it came from; 0 for one added on its own
    Id departmentId = 0; ///< 0 when it belongs to no department
    QString text;
    Id ownerId = 0; ///< who does it; 0 when nobody is named yet
    QDate dueDate;  ///< null when no date was set
    QDate doneOn;   ///< null while open
    Id goalId = 0;  ///< the strategy goal it serves; 0 for none
    int rowVersion = 1;
};

/// Where an action item stands on a day.
enum class ActionStatus
{
    Open,    ///< not done, not past its due date
    Overdue, ///< not done, and the due date is before the day
    Done
};

ActionStatus actionStatus(const ActionItem& item, const QDate& today);
QString actionStatusCode(ActionStatus status); ///< open, overdue, done

} // namespace tavle
