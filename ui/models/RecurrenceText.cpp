#include "RecurrenceText.h"

#include "rules/Recurrence.h"

#include <QLocale>

namespace tavle::ui {

QString RecurrenceText::ordinal(int number)
{
    const int lastTwo = number % 100;
    if (lastTwo >= 11 && lastTwo <= 13)
        return tr("%1th", "ordinal number").arg(number);
    switch (number % 10) {
    case 1:
        return tr("%1st", "ordinal number").arg(number);
    case 2:
        return tr("%1nd", "ordinal number").arg(number);
    case 3:
        return tr("%1rd", "ordinal number").arg(number);
    default:
        return tr("%1th", "ordinal number").arg(number);
    }
}

QString RecurrenceText::weekdayName(const QDate& date)
{
    return QLocale().dayName(date.dayOfWeek(), QLocale::LongFormat);
}

QString RecurrenceText::nthWeekday(const QDate& date)
{
    const int n = RecurrenceRules::weekdayOrdinal(date);
    if (n < 0)
        return tr("last %1", "the last Friday of a month").arg(weekdayName(date));
    return tr("%1 %2", "the 2nd Tuesday of a month").arg(ordinal(n), weekdayName(date));
}

QString RecurrenceText::describe(const MeetingSeries& series)
{
    const QDate& start = series.startDate;
    if (!start.isValid())
        return {};
    const int interval = std::max(1, series.interval);
    switch (series.recurrence) {
    case Recurrence::Weekly:
        if (interval == 1)
            return tr("every week on %1").arg(weekdayName(start));
        return tr("every %1 weeks on %2").arg(interval).arg(weekdayName(start));
    case Recurrence::MonthlyWeekday:
        if (interval == 1)
            return tr("every %1 of the month").arg(nthWeekday(start));
        return tr("the %1 of every %2 month").arg(nthWeekday(start), ordinal(interval));
    case Recurrence::MonthlyDay: {
        const QString day = ordinal(start.day());
        QString text = interval == 1
                           ? tr("on the %1 of each month").arg(day)
                           : tr("on the %1 of every %2 month").arg(day, ordinal(interval));
        if (start.day() > 28)
            text = tr("%1: months without a %2 have no meeting").arg(text, day);
        return text;
    }
    }
    return {};
}

QString RecurrenceText::kindText(Recurrence recurrence, const QDate& start)
{
    if (!start.isValid())
        return {};
    switch (recurrence) {
    case Recurrence::Weekly:
        return tr("Weekly on %1").arg(weekdayName(start));
    case Recurrence::MonthlyWeekday:
        return tr("Monthly on the %1").arg(nthWeekday(start));
    case Recurrence::MonthlyDay:
        return tr("Monthly on the %1").arg(ordinal(start.day()));
    }
    return {};
}

} // namespace tavle::ui
