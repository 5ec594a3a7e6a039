#pragma once

#include "CalendarEvent.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace tavle {

/// Writes events as an iCalendar (RFC 5545) VCALENDAR with libical: PRODID, VERSION 2.0,
/// CALSCALE GREGORIAN, METHOD PUBLISH, the VTIMEZONE of Europe/Copenhagen (its summer-time
/// rules from the system's time zone data, from the year before the first event on), and one
/// VEVENT per event with its DTSTAMP, a DISPLAY VALARM when it has a reminder, and TEXT values
/// escaped by libical.
class ICalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)

public:
    /// The TZID every timed event names.
    static const char* timeZoneId();

    /// The calendar as UTF-8 text with CRLF line ends, lines folded at 75 octets. `stamp` is
    /// the DTSTAMP of every event; `name` the calendar's name in clients (X-WR-CALNAME). An
    /// error when the time zone data is missing.
    static Result<QByteArray> write(const QList<CalendarEvent>& events, const QDateTime& stamp,
                                    const QString& name);
};

} // namespace tavle
