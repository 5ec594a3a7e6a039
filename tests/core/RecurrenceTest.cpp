#include "rules/Recurrence.h"

#include "support/CatchQt.h"

using namespace tavle;

namespace {

MeetingSeries series(Recurrence recurrence, const QDate& start, int interval = 1,
                     const QDate& end = {})
{
    MeetingSeries s;
    s.id = 1;
    s.meetingTypeId = 4;
    s.departmentId = 2;
    s.title = QStringLiteral("Ventil");
    s.recurrence = recurrence;
    s.interval = interval;
    s.startDate = start;
    s.endDate = end;
    s.startTime = QTime(14, 50);
    s.durationMinutes = 34;
    return s;
}

QList<QDate> dates(std::initializer_list<const char*> isoDates)
{
    QList<QDate> list;
    for (const char* iso : isoDates)
        list << QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return list;
}

} // namespace

namespace Catch {
template <> struct StringMaker<QList<QDate>>
{
    static std::string convert(const QList<QDate>& value)
    {
        QStringList texts;
        for (const QDate& d : value)
            texts << d.toString(Qt::ISODate);
        return "[" + texts.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
} // namespace Catch

TEST_CASE("recurrence: weekly, from its start, across a new year, to its end")
{
    const auto weekly = series(Recurrence::Weekly, QDate(2026, 12, 15), 1, QDate(2027, 1, 12));
    CHECK(RecurrenceRules::occurrences(weekly, QDate(2026, 12, 1), QDate(2027, 2, 1)) ==
          dates({"2026-12-15", "2026-12-22", "2026-12-29", "2027-01-05", "2027-01-12"}));
    // The window's edges are included; nothing before the start or after the end.
    CHECK(RecurrenceRules::occurrences(weekly, QDate(2026, 12, 22), QDate(2026, 12, 29)) ==
          dates({"2026-12-22", "2026-12-29"}));
    CHECK(RecurrenceRules::occurrences(weekly, QDate(2026, 12, 23), QDate(2026, 12, 28)).isEmpty());
    CHECK(RecurrenceRules::occurrences(weekly, QDate(2026, 1, 1), QDate(2026, 12, 14)).isEmpty());
    CHECK(RecurrenceRules::occurrences(weekly, QDate(2027, 1, 13), QDate(2027, 12, 31)).isEmpty());
}

TEST_CASE("recurrence: every second week keeps its rhythm from the start date")
{
    const auto fortnightly = series(Recurrence::Weekly, QDate(2027, 1, 5), 2);
    CHECK(RecurrenceRules::occurrences(fortnightly, QDate(2027, 1, 10), QDate(2027, 2, 20)) ==
          dates({"2027-01-19", "2027-02-02", "2027-02-16"}));
    CHECK(RecurrenceRules::nextOccurrence(fortnightly, QDate(2027, 1, 6)) == QDate(2027, 1, 19));
    CHECK(RecurrenceRules::nextOccurrence(fortnightly, QDate(2027, 1, 19)) == QDate(2027, 1, 19));
    CHECK(RecurrenceRules::isOccurrence(fortnightly, QDate(2027, 2, 2)));
    CHECK_FALSE(RecurrenceRules::isOccurrence(fortnightly, QDate(2027, 1, 12)));
}

TEST_CASE("recurrence: monthly on the 31st skips the months without one, as RFC 5545 does")
{
    const auto monthly = series(Recurrence::MonthlyDay, QDate(2027, 1, 31));
    CHECK(RecurrenceRules::occurrences(monthly, QDate(2027, 1, 1), QDate(2027, 12, 31)) ==
          dates({"2027-01-31", "2027-03-31", "2027-05-31", "2027-07-31", "2027-08-31", "2027-10-31",
                 "2027-12-31"}));
    CHECK(RecurrenceRules::nextOccurrence(monthly, QDate(2027, 2, 1)) == QDate(2027, 3, 31));
}

TEST_CASE("recurrence: monthly on the 29th meets in February only in a leap year")
{
    const auto monthly = series(Recurrence::MonthlyDay, QDate(2027, 1, 29));
    const QList<QDate> got =
        RecurrenceRules::occurrences(monthly, QDate(2027, 1, 1), QDate(2028, 3, 31));
    CHECK_FALSE(got.contains(QDate(2027, 2, 28)));
    CHECK_FALSE(got.contains(QDate(2027, 3, 1)));
    CHECK(got.contains(QDate(2028, 2, 29)));
    CHECK(got.size() == 14); // 11 months of 2027 and 3 of 2028
}

TEST_CASE("recurrence: monthly on the nth weekday, and on the last one")
{
    CHECK(RecurrenceRules::weekdayOrdinal(QDate(2027, 1, 12)) == 2);
    CHECK(RecurrenceRules::weekdayOrdinal(QDate(2027, 1, 28)) == 4);
    CHECK(RecurrenceRules::weekdayOrdinal(QDate(2027, 1, 29)) == -1);
    // The second Tuesday of each month.
    const auto second = series(Recurrence::MonthlyWeekday, QDate(2027, 1, 12));
    CHECK(RecurrenceRules::occurrences(second, QDate(2027, 1, 1), QDate(2027, 5, 31)) ==
          dates({"2027-01-12", "2027-02-09", "2027-03-09", "2027-04-13", "2027-05-11"}));
    // The last Friday of each month (29 January 2027 is one).
    const auto last = series(Recurrence::MonthlyWeekday, QDate(2027, 1, 29));
    CHECK(RecurrenceRules::occurrences(last, QDate(2027, 1, 1), QDate(2027, 5, 31)) ==
          dates({"2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30", "2027-05-28"}));
    // Every third month: a quarterly forum.
    const auto quarterly = series(Recurrence::MonthlyWeekday, QDate(2027, 1, 5), 3);
    CHECK(RecurrenceRules::occurrences(quarterly, QDate(2027, 1, 1), QDate(2027, 12, 31)) ==
          dates({"2027-01-05", "2027-04-06", "2027-07-06", "2027-10-05"}));
}

TEST_CASE("recurrence: 14:50 stays 14:50 local across the change to summer time")
{
    const auto weekly = series(Recurrence::Weekly, QDate(2027, 3, 23));
    const QDateTime before = RecurrenceRules::occurrenceStart(weekly, QDate(2027, 3, 23));
    const QDateTime after = RecurrenceRules::occurrenceStart(weekly, QDate(2027, 3, 30));
    CHECK(before.time() == QTime(14, 50));
    CHECK(after.time() == QTime(14, 50));
    CHECK(before.toUTC().time() == QTime(13, 50)); // CET, UTC+1
    CHECK(after.toUTC().time() == QTime(12, 50));  // CEST, UTC+2 from 28 March 2027
    const QDateTime autumn = RecurrenceRules::occurrenceStart(weekly, QDate(2027, 11, 2));
    CHECK(autumn.toUTC().time() == QTime(13, 50)); // back to CET after 31 October
}

TEST_CASE("recurrence: a series is checked field by field")
{
    auto s = series(Recurrence::Weekly, QDate(2027, 1, 5));
    CHECK(RecurrenceRules::validate(s).ok());
    s.endDate = s.startDate; // a single meeting
    CHECK(RecurrenceRules::validate(s).ok());
    s.endDate = s.startDate.addDays(-1);
    const auto backwards = RecurrenceRules::validate(s);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().kind == Error::Kind::InvalidInput);
    CHECK(backwards.errorMessage().contains("04-01-2027"));
    s.endDate = {};
    s.interval = 0;
    CHECK_FALSE(RecurrenceRules::validate(s).ok());
    s.interval = 53;
    CHECK_FALSE(RecurrenceRules::validate(s).ok());
    s.interval = 52;
    CHECK(RecurrenceRules::validate(s).ok());
    s.title = QStringLiteral("  ");
    CHECK_FALSE(RecurrenceRules::validate(s).ok());
    s.title = QStringLiteral("Ventil");
    s.durationMinutes = 0;
    CHECK_FALSE(RecurrenceRules::validate(s).ok());
    s.durationMinutes = 34;
    s.startTime = QTime();
    CHECK_FALSE(RecurrenceRules::validate(s).ok());
}

TEST_CASE("leaders: each leads two months in turn, and the day decides who leads")
{
    const QList<LeaderPeriod> periods =
        RecurrenceRules::rotateLeaders({11, 12, 13}, QDate(2027, 1, 1), QDate(2027, 12, 31), 2);
    REQUIRE(periods.size() == 6);
    CHECK(periods[0].personId == 11);
    CHECK(periods[0].from == QDate(2027, 1, 1));
    CHECK(periods[0].to == QDate(2027, 2, 28));
    CHECK(periods[1].personId == 12);
    CHECK(periods[1].from == QDate(2027, 3, 1));
    CHECK(periods[3].personId == 11);
    CHECK(periods[5].to == QDate(2027, 12, 31));
    CHECK(RecurrenceRules::leaderOn(periods, QDate(2027, 2, 28)) == 11);
    CHECK(RecurrenceRules::leaderOn(periods, QDate(2027, 3, 1)) == 12);
    CHECK(RecurrenceRules::leaderOn(periods, QDate(2028, 1, 1)) == 0);
    // A period cut short at `until`, and a later-starting period wins an overlap.
    const auto shortRun =
        RecurrenceRules::rotateLeaders({7}, QDate(2027, 1, 15), QDate(2027, 2, 1), 2);
    REQUIRE(shortRun.size() == 1);
    CHECK(shortRun[0].to == QDate(2027, 2, 1));
    QList<LeaderPeriod> overlap = periods;
    overlap << LeaderPeriod{0, 1, 99, QDate(2027, 2, 10), QDate(2027, 2, 20)};
    CHECK(RecurrenceRules::leaderOn(overlap, QDate(2027, 2, 15)) == 99);
    CHECK(RecurrenceRules::rotateLeaders({}, QDate(2027, 1, 1), QDate(2027, 12, 31), 2).isEmpty());
}
