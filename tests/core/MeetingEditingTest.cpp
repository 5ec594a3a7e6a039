#include "services/MeetingEditing.h"

#include "import/RosterImporter.h"
#include "services/DeadlineBoard.h"
#include "storage/MeetingRepository.h"
#include "storage/PlacementRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace tavle;

namespace {

const QDate kToday(2027, 3, 10);

/// A database with one KBU trainee (Anna Berg, main supervisor Mette Holm) starting 01-03-2027.
struct Fixture
{
    TempDatabase t;
    Placement placement;
    MeetingType type;

    Fixture()
    {
        const QByteArray roster = "Navn;Uddannelsestrin;Afdeling;Startdato;Hovedvejleder\n"
                                  "Anna Berg;KBU;Akutafdelingen;01-03-2027;Mette Holm\n";
        const auto report = RosterImporter::importRoster(*t, RosterParser::parse(roster), {});
        REQUIRE(report.ok());
        REQUIRE(report->problems.isEmpty());
        const auto all = PlacementRepository(*t).all();
        REQUIRE(all.ok());
        REQUIRE(all->size() == 1);
        placement = all->first();
        const auto expectation = MeetingEditing::expectationType(*t);
        REQUIRE(expectation.ok());
        type = expectation.value();
    }

    MeetingRecord held(const QDate& on) const
    {
        MeetingRecord r;
        r.meeting.meetingTypeId = type.id;
        r.meeting.placementId = placement.id;
        r.meeting.heldOn = on;
        r.attendees = {Attendee{placement.traineeId, Attendance::Present},
                       Attendee{placement.mainSupervisorId, Attendance::Present}};
        return r;
    }

    DeadlineStatus boardStatus()
    {
        const auto rows = DeadlineBoard::load(*t, kToday, 0);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        return rows->first().deadline.status;
    }

    qint64 meetingCount()
    {
        QSqlQuery q(t->connection());
        REQUIRE(q.exec("SELECT COUNT(*) FROM meetings"));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("a meeting must be scheduled or held, and cannot be held after today")
{
    Fixture f;
    MeetingRecord r = f.held(kToday);
    CHECK(MeetingEditing::validate(r, kToday).ok());

    r.meeting.heldOn = kToday.addDays(1);
    const auto future = MeetingEditing::validate(r, kToday);
    REQUIRE_FALSE(future.ok());
    CHECK(future.error().kind == Error::Kind::InvalidInput);
    CHECK(future.errorMessage().contains("11-03-2027"));
    CHECK(MeetingEditing::validate(r, QDate()).ok()); // undo restores what was stored

    r.meeting.heldOn = QDate();
    CHECK_FALSE(MeetingEditing::validate(r, kToday).ok());
    r.meeting.scheduledAt = QDateTime(QDate(2027, 3, 12), QTime(14, 0));
    CHECK(MeetingEditing::validate(r, kToday).ok()); // scheduled in the future is fine

    r.meeting.placementId = 0;
    CHECK_FALSE(MeetingEditing::validate(r, kToday).ok());
    r.meeting.departmentId = f.placement.departmentId;
    CHECK(MeetingEditing::validate(r, kToday).ok());
    r.meeting.meetingTypeId = 0;
    CHECK_FALSE(MeetingEditing::validate(r, kToday).ok());
}

TEST_CASE("schedule, then register held, then correct: the board follows and nothing doubles")
{
    Fixture f;
    CHECK(f.boardStatus() == DeadlineStatus::DueSoon); // due 15-03-2027

    MeetingRecord scheduled = f.held(QDate());
    scheduled.meeting.scheduledAt = QDateTime(QDate(2027, 3, 12), QTime(14, 30));
    const auto stored = MeetingEditing::save(*f.t, scheduled, kToday);
    REQUIRE(stored.ok());
    CHECK(stored->meeting.id != 0);
    CHECK(f.boardStatus() == DeadlineStatus::DueSoon);

    auto current = MeetingEditing::forPlacement(*f.t, f.placement.id, f.type.id);
    REQUIRE(current.ok());
    REQUIRE(current.value().has_value());
    CHECK((*current)->meeting.scheduledAt == scheduled.meeting.scheduledAt);
    CHECK((*current)->attendees.size() == 2);

    MeetingRecord held = **current;
    held.meeting.heldOn = QDate(2027, 3, 9);
    held.meeting.notes = QStringLiteral("Mål: akutte patienter; ansvar: Anna; frist 1. april.");
    held.attendees = {Attendee{f.placement.traineeId, Attendance::Present},
                      Attendee{f.placement.mainSupervisorId, Attendance::Excused}};
    const auto saved = MeetingEditing::save(*f.t, held, kToday);
    REQUIRE(saved.ok());
    CHECK(saved->meeting.rowVersion == held.meeting.rowVersion + 1);
    CHECK(f.boardStatus() == DeadlineStatus::Held);
    CHECK(f.meetingCount() == 1);
    const auto attendees = MeetingRepository(*f.t).attendees(saved->meeting.id);
    REQUIRE(attendees.ok());
    CHECK(attendees.value() == held.attendees);

    // Saving the record as first read again is refused: it was changed since.
    const auto stale = MeetingEditing::save(*f.t, **current, kToday);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.errorMessage().contains("changed or deleted by someone else"));
    CHECK(f.boardStatus() == DeadlineStatus::Held);

    // Undo of the first registration: remove the meeting.
    CHECK_FALSE(MeetingEditing::remove(*f.t, current.value()->meeting).ok()); // stale version
    CHECK(MeetingEditing::remove(*f.t, saved->meeting).ok());
    CHECK(f.meetingCount() == 0);
    CHECK(f.boardStatus() == DeadlineStatus::DueSoon);
}

TEST_CASE("a refused meeting writes nothing")
{
    Fixture f;
    MeetingRecord bad = f.held(kToday.addDays(3));
    const auto refused = MeetingEditing::save(*f.t, bad, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(f.meetingCount() == 0);

    MeetingRecord unknownPerson = f.held(kToday);
    unknownPerson.attendees << Attendee{999999, Attendance::Absent};
    const auto failed = MeetingEditing::save(*f.t, unknownPerson, kToday);
    REQUIRE_FALSE(failed.ok());
    CHECK(f.meetingCount() == 0); // the meeting row was rolled back with the participants
}
