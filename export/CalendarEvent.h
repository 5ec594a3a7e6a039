#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tavle {

/// One VEVENT of the calendar as plain data: the event sources make them from the database,
/// ICalendarWriter writes them with libical. Times are wall-clock times in Europe/Copenhagen
/// (QDateTimes in RecurrenceRules::timeZone()).
struct CalendarEvent
{
    enum class Kind
    {
        Deadline,         ///< an expectation-meeting deadline: all day
        Meeting,          ///< one meeting
        Series,           ///< a recurring meeting (RRULE)
        ChangedOccurrence ///< an instance of a series stored on its own (RECURRENCE-ID)
    };

    Kind kind = Kind::Meeting;
    QString uid;
    int sequence = 0; ///< SEQUENCE: grows with every change of the row
    QString summary;
    QString description;
    QDate day;       ///< an all-day event on this day, when `start` is null
    QDateTime start; ///< a timed event's start
    int durationMinutes = 0;
    QString rrule;               ///< RRULE value of a series; empty for a single event
    QList<QDateTime> exceptions; ///< EXDATE: the starts of cancelled occurrences
    QDateTime recurrenceId;      ///< a changed occurrence: the start of the instance it replaces
    int reminderMinutes = 0;     ///< a VALARM this long before the start; 0: none
    bool transparent = false;    ///< TRANSP:TRANSPARENT: shown, but does not make anyone busy

    bool isAllDay() const { return !start.isValid(); }
};

} // namespace tavle
