#pragma once

#include "CalendarEvent.h"
#include "Result.h"
#include "domain/MeetingLog.h"

#include <QCoreApplication>
#include <QList>

namespace tavle {

class EventSource;

/// The departments' meetings as events:
/// - every series that has not ended before today: one recurring event from its start date,
///   with an EXDATE for each cancelled occurrence, and the meeting leader of each period (from
///   today on) and the type's agenda in its description;
/// - every occurrence stored on its own from today on (logged ahead, moved, with its own
///   agenda or leader) as an instance of the series' event: the same UID and a RECURRENCE-ID;
/// - every other stored meeting from today on that is not cancelled as an event of its own
///   (a meeting of a series that has ended or that no longer meets that day among them).
class MeetingEvents
{
    Q_DECLARE_TR_FUNCTIONS(MeetingEvents)

public:
    static Result<QList<CalendarEvent>> collect(EventSource& source);

    /// The RRULE that gives, from the series' first occurrence as DTSTART, exactly the dates of
    /// RecurrenceRules::occurrences(): FREQ=WEEKLY;INTERVAL=n;BYDAY=TU,
    /// FREQ=MONTHLY;INTERVAL=n;BYDAY=2TU (or -1FR), FREQ=MONTHLY;INTERVAL=n;BYMONTHDAY=31. An
    /// end date is an UNTIL in UTC (RFC 5545 asks for UTC with a TZID start): the end date at
    /// 23:59:59 in Copenhagen, so that an occurrence on the end date is kept.
    static QString rrule(const MeetingSeries& series);
};

} // namespace tavle
