#pragma once

#include "domain/MeetingLog.h"

#include <QCoreApplication>

namespace tavle::ui {

/// How a series repeats, in words derived from its start date, in the window's language:
/// "every week on Tuesday", "every 2nd Tuesday of the month", "on the 31st of each month:
/// months without a 31st have no meeting".
class RecurrenceText
{
    Q_DECLARE_TR_FUNCTIONS(RecurrenceText)

public:
    static QString describe(const MeetingSeries& series);
    /// The name of a kind of recurrence for a series starting on `start`, for a chooser:
    /// "Weekly on Tuesday", "Monthly on the 2nd Tuesday", "Monthly on the 12th".
    static QString kindText(Recurrence recurrence, const QDate& start);
    /// 1st, 2nd, 3rd, 4th, 11th, 21st...
    static QString ordinal(int number);

private:
    static QString weekdayName(const QDate& date);
    /// "2nd Tuesday" or "last Friday": the start date's place among its month's weekdays.
    static QString nthWeekday(const QDate& date);
};

} // namespace tavle::ui
