// No lost updates: two connections (two Tavle windows, or a window and tavle-cli) edit the same
// placement, meeting or goal status. The second save is refused as a Conflict that says what
// the first changed; the first one's data stays. Runs on SQLite files (two connections to one
// file) and on the PostgreSQL server.

#include "import/RosterImporter.h"
#include "services/Conflicts.h"
#include "services/MeetingEditing.h"
#include "services/PeopleEditing.h"
#include "services/StrategyGoals.h"
#include "storage/PlacementRepository.h"
#include "strategy/StrategyTemplate.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace tavle;

namespace {

const QDate kToday(2027, 3, 10);

/// One database, opened twice: Anne's window and Bo's.
struct TwoUsers
{
    TempDatabase t;
    std::unique_ptr<Database> other;
    Placement placement;

    TwoUsers()
    {
        const QByteArray roster = "Navn;Uddannelsestrin;Afdeling;Startdato;Hovedvejleder\n"
                                  "Åse Ørum;KBU;Akutafdelingen;01-03-2027;Mette Holm\n";
        const auto report = RosterImporter::importRoster(*t, RosterParser::parse(roster), {});
        REQUIRE(report.ok());
        const auto all = PlacementRepository(*t).all();
        REQUIRE(all.ok());
        REQUIRE(all->size() == 1);
        placement = all->first();
        auto opened = Database::open(t.path, Database::OpenMode::MustExist);
        REQUIRE(opened.ok());
        other = std::move(opened).value();
    }
    Database& anne() { return *t; }
    Database& bo() { return *other; }
};

} // namespace

TEST_CASE("a placement saved from a stale read is refused and says what changed")
{
    TwoUsers u;
    const Placement read = u.placement; // both open the same placement

    Placement anne = read;
    anne.startDate = QDate(2027, 3, 8);
    REQUIRE(PeopleEditing::savePlacement(u.anne(), anne).ok());

    Placement bo = read;
    bo.level = Level::Intro;
    const auto refused = PeopleEditing::savePlacement(u.bo(), bo);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);

    const Error explained = Conflicts::placement(u.bo(), read);
    CHECK(explained.kind == Error::Kind::Conflict);
    CHECK(explained.message.contains("Åse Ørum"));
    CHECK(explained.message.contains("01-03-2027 → 08-03-2027"));
    CHECK_FALSE(explained.message.contains("Level"));

    const auto stored = PlacementRepository(u.bo()).byId(read.id);
    REQUIRE(stored.ok());
    CHECK(stored.value()->startDate == QDate(2027, 3, 8)); // Anne's change stays
    CHECK(stored.value()->level == Level::Kbu);            // Bo's was not written

    // After reloading, Bo's change goes through.
    Placement again = *stored.value();
    again.level = Level::Intro;
    CHECK(PeopleEditing::savePlacement(u.bo(), again).ok());

    // A placement deleted meanwhile is said to be deleted.
    const auto current = PlacementRepository(u.anne()).byId(read.id);
    REQUIRE(PeopleEditing::removePlacement(u.anne(), *current.value()).ok());
    CHECK(Conflicts::placement(u.bo(), read).message.contains("deleted"));
}

TEST_CASE("a meeting saved from a stale read is refused and says what changed")
{
    TwoUsers u;
    const auto type = MeetingEditing::expectationType(u.anne());
    REQUIRE(type.ok());
    MeetingRecord record;
    record.meeting.meetingTypeId = type->id;
    record.meeting.placementId = u.placement.id;
    record.meeting.scheduledAt = QDateTime(QDate(2027, 3, 12), QTime(10, 0));
    record.attendees = {Attendee{u.placement.traineeId, Attendance::Present}};
    const auto created = MeetingEditing::save(u.anne(), record, kToday);
    REQUIRE(created.ok());
    const MeetingRecord read = created.value();

    MeetingRecord anne = read;
    anne.meeting.scheduledAt = QDateTime(QDate(2027, 3, 13), QTime(9, 30));
    anne.meeting.notes = "Flyttet efter aftale med Åse.";
    REQUIRE(MeetingEditing::save(u.anne(), anne, kToday).ok());

    MeetingRecord bo = read;
    bo.meeting.heldOn = kToday;
    const auto refused = MeetingEditing::save(u.bo(), bo, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    const Error explained = Conflicts::meeting(u.bo(), read);
    CHECK(explained.message.contains("12-03-2027 10:00 → 13-03-2027 09:30"));
    CHECK(explained.message.contains("notes"));
    CHECK_FALSE(explained.message.contains("Held on"));

    const auto stored = MeetingEditing::forPlacement(u.bo(), u.placement.id, type->id);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().has_value());
    CHECK_FALSE(stored.value()->meeting.heldOn.isValid());
    CHECK(stored.value()->meeting.notes == "Flyttet efter aftale med Åse.");
}

TEST_CASE("a goal status set from a stale read is refused and names who set what")
{
    TwoUsers u;
    const auto found = StrategyTemplates::find(QStringLiteral("mvh"));
    REQUIRE(found.ok());
    REQUIRE(StrategyTemplates::load(u.anne(), found.value()).ok());
    const auto snapshot = StrategyGoals::load(u.anne());
    REQUIRE(snapshot.ok());
    const Goal* goal = nullptr;
    for (const Goal& g : snapshot.value()->goals) {
        if (g.scope == GoalScope::Department) {
            goal = &g;
            break;
        }
    }
    REQUIRE(goal);
    const Id department = u.placement.departmentId;

    // Both see no status yet (0). Anne sets one; Bo's, from the same read, is refused.
    NewGoalStatus anne{goal->id, department, GoalStatus::Achieved, kToday, "Alle har fået kursus",
                       "anne",   Id(0)};
    const auto first = StrategyGoals::setStatus(u.anne(), anne, kToday);
    REQUIRE(first.ok());
    NewGoalStatus bo{goal->id, department, GoalStatus::InProgress, kToday, {}, "bo", Id(0)};
    const auto refused = StrategyGoals::setStatus(u.bo(), bo, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.errorMessage().contains("anne"));
    CHECK(refused.errorMessage().contains(goal->code));
    CHECK(refused.errorMessage().contains("Achieved"));
    CHECK(refused.errorMessage().contains("Alle har fået kursus"));

    // Having seen Anne's status, Bo may change it; a script that checks nothing may too.
    bo.expectedLatestId = first->id;
    const auto second = StrategyGoals::setStatus(u.bo(), bo, kToday);
    REQUIRE(second.ok());
    NewGoalStatus script{goal->id, department, GoalStatus::Achieved, kToday, {}, "cli", {}};
    CHECK(StrategyGoals::setStatus(u.anne(), script, kToday).ok());

    const auto after = StrategyGoals::load(u.bo());
    REQUIRE(after.ok());
    // Anne's, Bo's second and the script's; the refused one left nothing.
    const auto history = after.value()->rollup.history(goal->id, department);
    REQUIRE(history.size() == 3);
    CHECK(history.at(1).setBy == "bo");
    CHECK(history.at(1).status == GoalStatus::InProgress);
}
