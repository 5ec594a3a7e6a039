#pragma once

#include "Result.h"
#include "domain/MeetingLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace tavle {

/// The rules of recurring meetings, as pure functions: no clock, no database. They follow
/// RFC 5545 (iCalendar) so that an exported RRULE gives a calendar exactly these dates.
class RecurrenceRules
{
    Q_DECLARE_TR_FUNCTIONS(RecurrenceRules)

public:
    /// The time zone every meeting time is in: Europe/Copenhagen.
    static QTimeZone timeZone();

    /// The nth weekday of the month a date falls on: 1 to 4, or -1 (the last) for days 29-31.
    static int weekdayOrdinal(const QDate& date);

    /// The dates a series meets on from `from` to `to`, both included, in order: never before
    /// its start date or after its end date. A monthly-by-day series skips months without its
    /// day (31 January: no February meeting), as RFC 5545 does.
    static QList<QDate> occurrences(const MeetingSeries& series, const QDate& from,
                                    const QDate& to);
    /// The first occurrence on or after `day`; a null date when the series has ended.
    static QDate nextOccurrence(const MeetingSeries& series, const QDate& day);
    static bool isOccurrence(const MeetingSeries& series, const QDate& date);
    /// When an occurrence starts: the series' local time on that date, in Europe/Copenhagen
    /// (summer time or not, 14:50 stays 14:50).
    static QDateTime occurrenceStart(const MeetingSeries& series, const QDate& date);

    /// A series needs a type, a department, a title, a start date and time, a positive length
    /// and an interval of 1 to 52; its end may not be before its start. InvalidInput errors.
    static Status validate(const MeetingSeries& series);

    /// Who leads on a date: the period that covers it (the later-starting one where two
    /// overlap); 0 when none does.
    static Id leaderOn(const QList<LeaderPeriod>& periods, const QDate& date);
    /// Leaders in turn, each for `months` months from `from`, the last period ending on
    /// `until`: the rotating meeting leader of a Ventil series (every two months).
    static QList<LeaderPeriod> rotateLeaders(const QList<Id>& persons, const QDate& from,
                                             const QDate& until, int months);
};

} // namespace tavle
