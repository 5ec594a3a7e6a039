#include "rules/AttendanceStats.h"

#include "support/CatchQt.h"

using namespace tavle;

namespace {

// A hand-counted fixture: four Ventil sessions in January 2027, five trainees (ids 1-5).
//
//   date        P  A  E   who
//   2027-01-05  3  1  1   1 P, 2 P, 3 P, 4 A, 5 E
//   2027-01-12  2  2  0   1 P, 2 A, 3 P, 4 A          (5 not expected: started later)
//   2027-01-19  4  0  1   1 P, 2 P, 3 P, 4 P, 5 E
//   2027-01-26  1  2  2   1 P, 2 E, 3 A, 4 A, 5 E
//
// Person 1: 4 of 4. Person 2: 2 of 4 (1 absent, 1 excused). Person 3: 3 of 4. Person 4: 1 of 4.
// Person 5: 0 of 3 (3 excused).
QList<AttendanceRecord> fixture()
{
    const Attendance P = Attendance::Present;
    const Attendance A = Attendance::Absent;
    const Attendance E = Attendance::Excused;
    const struct
    {
        Id meeting;
        QDate date;
        QList<std::pair<Id, Attendance>> people;
    } sessions[] = {
        {101, QDate(2027, 1, 5), {{1, P}, {2, P}, {3, P}, {4, A}, {5, E}}},
        {102, QDate(2027, 1, 12), {{1, P}, {2, A}, {3, P}, {4, A}}},
        {103, QDate(2027, 1, 19), {{1, P}, {2, P}, {3, P}, {4, P}, {5, E}}},
        {104, QDate(2027, 1, 26), {{1, P}, {2, E}, {3, A}, {4, A}, {5, E}}},
    };
    QList<AttendanceRecord> records;
    for (const auto& s : sessions) {
        for (const auto& [person, status] : s.people)
            records << AttendanceRecord{s.meeting, s.date, 9, person, status};
    }
    return records;
}

} // namespace

TEST_CASE("attendance: per meeting, counted by hand")
{
    const QList<MeetingAttendance> meetings = AttendanceStats::perMeeting(fixture());
    REQUIRE(meetings.size() == 4);
    CHECK(meetings[0].date == QDate(2027, 1, 5));
    CHECK(meetings[0].present == 3);
    CHECK(meetings[0].absent == 1);
    CHECK(meetings[0].excused == 1);
    CHECK(meetings[1].expected() == 4);
    CHECK(meetings[1].rate() == Approx(0.5));
    CHECK(meetings[2].rate() == Approx(0.8));
    CHECK(meetings[3].present == 1);
    CHECK(meetings[3].absent == 2);
    CHECK(meetings[3].excused == 2);
}

TEST_CASE("attendance: per person, excused absence counts as absence")
{
    const QList<PersonAttendance> people = AttendanceStats::perPerson(fixture());
    REQUIRE(people.size() == 5);
    CHECK(people[0].personId == 1);
    CHECK(people[0].rate() == Approx(1.0));
    CHECK(people[1].present == 2);
    CHECK(people[1].absent == 1);
    CHECK(people[1].excused == 1);
    CHECK(people[1].rate() == Approx(0.5));
    CHECK(people[2].rate() == Approx(0.75));
    CHECK(people[3].rate() == Approx(0.25));
    CHECK(people[4].expected() == 3);
    CHECK(people[4].excused == 3);
    CHECK(people[4].rate() == Approx(0.0));
}

TEST_CASE("attendance: a period takes its first and last day with it")
{
    const auto middle =
        AttendanceStats::inPeriod(fixture(), QDate(2027, 1, 12), QDate(2027, 1, 19));
    CHECK(middle.size() == 9);
    const QList<PersonAttendance> people = AttendanceStats::perPerson(middle);
    CHECK(people[3].present == 1); // person 4: absent on the 12th, present on the 19th
    CHECK(people[3].absent == 1);
    CHECK(AttendanceStats::perMeeting({}).isEmpty());
    CHECK(PersonAttendance{}.rate() == 0.0);
}
