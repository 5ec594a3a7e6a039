#include "rules/Recurrence.h"

namespace tavle {

namespace {

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

/// Months from January of year 0: a month index that adds and subtracts plainly.
int monthIndex(const QDate& date)
{
    return date.year() * 12 + date.month() - 1;
}

/// The date a monthly series meets in the month with `index`; null when that month has none.
QDate monthlyDate(const MeetingSeries& series, int index)
{
    const int year = index / 12;
    const int month = index % 12 + 1;
    if (series.recurrence == Recurrence::MonthlyDay)
        return QDate(year, month, series.startDate.day()); // null when the day does not exist
    const int weekday = series.startDate.dayOfWeek();
    const int ordinal = RecurrenceRules::weekdayOrdinal(series.startDate);
    if (ordinal > 0) {
        const QDate first(year, month, 1);
        const int offset = (weekday - first.dayOfWeek() + 7) % 7;
        return first.addDays(offset + 7 * (ordinal - 1));
    }
    const QDate last = QDate(year, month, 1).addMonths(1).addDays(-1);
    return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
}

} // namespace

QTimeZone RecurrenceRules::timeZone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Copenhagen"));
    return zone;
}

int RecurrenceRules::weekdayOrdinal(const QDate& date)
{
    return date.day() > 28 ? -1 : (date.day() - 1) / 7 + 1;
}

QList<QDate> RecurrenceRules::occurrences(const MeetingSeries& series, const QDate& from,
                                          const QDate& to)
{
    QList<QDate> dates;
    if (!series.startDate.isValid() || series.interval < 1 || !from.isValid() || !to.isValid())
        return dates;
    const QDate first = std::max(from, series.startDate);
    const QDate last = series.endDate.isValid() ? std::min(to, series.endDate) : to;
    if (first > last)
        return dates;

    if (series.recurrence == Recurrence::Weekly) {
        const qint64 step = 7LL * series.interval;
        const qint64 offset = series.startDate.daysTo(first);
        QDate date = series.startDate.addDays((offset + step - 1) / step * step);
        for (; date <= last; date = date.addDays(step))
            dates << date;
        return dates;
    }
    const int startIndex = monthIndex(series.startDate);
    int k = std::max(0, (monthIndex(first) - startIndex) / series.interval);
    for (;; ++k) {
        const int index = startIndex + k * series.interval;
        if (QDate(index / 12, index % 12 + 1, 1) > last)
            break;
        const QDate date = monthlyDate(series, index);
        if (date.isValid() && date >= first && date <= last)
            dates << date;
    }
    return dates;
}

QDate RecurrenceRules::nextOccurrence(const MeetingSeries& series, const QDate& day)
{
    // A monthly series meets at least once a year within 13 months of any month (a 31st
    // comes seven times a year); a weekly one within 52 weeks.
    const int reachMonths = 13 * std::max(1, series.interval);
    const QList<QDate> dates = occurrences(series, day, day.addMonths(reachMonths));
    return dates.isEmpty() ? QDate() : dates.first();
}

bool RecurrenceRules::isOccurrence(const MeetingSeries& series, const QDate& date)
{
    return !occurrences(series, date, date).isEmpty();
}

QDateTime RecurrenceRules::occurrenceStart(const MeetingSeries& series, const QDate& date)
{
    return QDateTime(date, series.startTime, timeZone());
}

Status RecurrenceRules::validate(const MeetingSeries& series)
{
    if (series.title.simplified().isEmpty())
        return Error::invalidInput(tr("Give the series a title."));
    if (!series.meetingTypeId)
        return Error::invalidInput(tr("Choose the type of meeting."));
    if (!series.departmentId)
        return Error::invalidInput(tr("Choose the department of the series."));
    if (!series.startDate.isValid())
        return Error::invalidInput(tr("Give the date of the first meeting."));
    if (!series.startTime.isValid())
        return Error::invalidInput(tr("Give the time the meetings start."));
    if (series.durationMinutes <= 0)
        return Error::invalidInput(tr("Give how long a meeting lasts, in minutes."));
    if (series.interval < 1 || series.interval > 52) {
        return Error::invalidInput(
            tr("A series repeats every 1 to 52 weeks or months, not every %1.")
                .arg(series.interval));
    }
    if (series.endDate.isValid() && series.endDate < series.startDate) {
        return Error::invalidInput(tr("The series ends on %1, before its first meeting on %2.")
                                       .arg(dateText(series.endDate), dateText(series.startDate)));
    }
    return {};
}

Id RecurrenceRules::leaderOn(const QList<LeaderPeriod>& periods, const QDate& date)
{
    const LeaderPeriod* best = nullptr;
    for (const LeaderPeriod& period : periods) {
        if (period.from <= date && date <= period.to && (!best || period.from >= best->from))
            best = &period;
    }
    return best ? best->personId : 0;
}

QList<LeaderPeriod> RecurrenceRules::rotateLeaders(const QList<Id>& persons, const QDate& from,
                                                   const QDate& until, int months)
{
    QList<LeaderPeriod> periods;
    if (persons.isEmpty() || months < 1 || !from.isValid() || !until.isValid())
        return periods;
    QDate start = from;
    for (qsizetype turn = 0; start <= until; ++turn) {
        LeaderPeriod period;
        period.personId = persons.at(turn % persons.size());
        period.from = start;
        period.to = std::min(start.addMonths(months).addDays(-1), until);
        periods << period;
        start = period.to.addDays(1);
    }
    return periods;
}

} // namespace tavle
