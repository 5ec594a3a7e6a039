#include "services/DeadlineBoard.h"
#include "services/MeetingRegistration.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleAssignmentRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace tavle;

namespace {

struct Fixture
{
    TempDatabase t;
    Id department = 0;
    Id trainee = 0;
    Id supervisor = 0;

    Fixture()
    {
        department = DepartmentRepository(*t).insert("Neurologisk afdeling").value();
        trainee =
            PersonRepository(*t).insert(Person{0, "Søren Ågaard", "soren@example.dk"}).value();
        supervisor = PersonRepository(*t).insert(Person{0, "Mette Holm", {}}).value();
    }

    Id placement(Level level, const QDate& start, const QDate& end)
    {
        Placement p;
        p.traineeId = trainee;
        p.departmentId = department;
        p.level = level;
        p.startDate = start;
        p.endDate = end;
        p.mainSupervisorId = supervisor;
        return PlacementRepository(*t).insert(p).value();
    }
};

} // namespace

TEST_CASE("a department adds its own meeting types with rules from the start or before the end")
{
    Fixture f;
    MeetingTypeRepository types(*f.t);
    MeetingType midway;
    midway.name = "Justeringssamtale";
    midway.departmentId = f.department;
    midway.perPlacement = true;
    DeadlineRule midwayRule;
    midwayRule.anchor = DeadlineAnchor::Start;
    midwayRule.offsetDays = 90;
    MeetingType final;
    final.name = "Slutevaluering";
    final.departmentId = f.department;
    final.perPlacement = true;
    DeadlineRule finalKbu;
    finalKbu.level = Level::Kbu;
    finalKbu.anchor = DeadlineAnchor::End;
    finalKbu.offsetDays = 7;
    DeadlineRule finalOthers;
    finalOthers.anchor = DeadlineAnchor::End;
    finalOthers.offsetDays = 14;
    const qsizetype builtIn = types.all().value().size();
    const auto midwayId = types.insert(midway, {midwayRule});
    const auto finalId = types.insert(final, {finalKbu, finalOthers});
    REQUIRE(midwayId.ok());
    REQUIRE(finalId.ok());

    const auto all = types.all().value();
    REQUIRE(all.size() == builtIn + 2);
    const auto rules = types.rules(finalId.value()).value();
    REQUIRE(rules.size() == 2);
    CHECK(rules[0].level == Level::Kbu);
    CHECK(rules[0].anchor == DeadlineAnchor::End);
    CHECK_FALSE(rules[1].level.has_value());
    CHECK(dueDate(*ruleForLevel(rules, Level::Kbu), {2027, 2, 1}, {2027, 7, 31}) ==
          QDate(2027, 7, 24));
    CHECK(dueDate(*ruleForLevel(rules, Level::Hu), {2027, 2, 1}, {2027, 7, 31}) ==
          QDate(2027, 7, 17));

    // The CLI's "meeting held --type" reaches these types by name.
    f.placement(Level::Kbu, {2027, 2, 1}, {2027, 7, 31});
    HeldRequest request;
    request.trainee = "Søren Ågaard";
    request.meetingType = "slutevaluering";
    request.heldOn = QDate(2027, 7, 20);
    request.today = QDate(2027, 7, 21);
    const auto outcome = MeetingRegistration::registerHeld(*f.t, request);
    REQUIRE(outcome.ok());
    CHECK(outcome->meetingTypeName == "Slutevaluering");
    CHECK(outcome->dueDate == QDate(2027, 7, 24));
    // ... and the expectation meeting is still due: a final talk is not an expectation meeting.
    const auto board = DeadlineBoard::load(*f.t, {2027, 7, 21}, 0).value();
    CHECK(board.first().deadline.status == DeadlineStatus::Overdue);
}

TEST_CASE("a meeting type name must not be empty and a rule offset must not be negative")
{
    Fixture f;
    MeetingTypeRepository types(*f.t);
    MeetingType unnamed;
    unnamed.perPlacement = true;
    CHECK_FALSE(types.insert(unnamed, {}).ok());
    MeetingType named;
    named.name = "Introduktionssamtale";
    DeadlineRule negative;
    negative.offsetDays = -3;
    auto transaction = f.t->begin();
    CHECK_FALSE(types.insert(named, {negative}).ok());
}

TEST_CASE("one person can be a trainee, a supervisor and hold team roles over time")
{
    Fixture f;
    RoleAssignmentRepository roles(*f.t);
    RoleAssignment ukyl;
    ukyl.personId = f.trainee;
    ukyl.departmentId = f.department;
    ukyl.role = TeamRole::Ukyl;
    ukyl.startDate = QDate(2027, 1, 1);
    ukyl.endDate = QDate(2027, 6, 30);
    RoleAssignment next = ukyl;
    next.personId = f.supervisor;
    next.startDate = QDate(2027, 7, 1);
    next.endDate = QDate();
    RoleAssignment supervising;
    supervising.personId = f.trainee;
    supervising.departmentId = f.department;
    supervising.role = TeamRole::Supervisor;
    supervising.startDate = QDate(2027, 3, 1);
    for (const RoleAssignment& a : {ukyl, next, supervising})
        REQUIRE(roles.insert(a).ok());
    f.placement(Level::Hu, {2027, 1, 1}, {});

    auto holders = [&](const QDate& date) {
        QList<Id> ids;
        for (const RoleAssignment& a : roles.heldOn(TeamRole::Ukyl, f.department, date).value())
            ids << a.personId;
        return ids;
    };
    CHECK(holders({2026, 12, 31}).isEmpty());
    CHECK(holders({2027, 1, 1}) == QList<Id>{f.trainee});
    CHECK(holders({2027, 6, 30}) == QList<Id>{f.trainee});
    CHECK(holders({2027, 7, 1}) == QList<Id>{f.supervisor});
    CHECK(holders({2030, 1, 1}) == QList<Id>{f.supervisor});

    const auto mine = roles.forPerson(f.trainee).value();
    REQUIRE(mine.size() == 2);
    CHECK(mine[0].role == TeamRole::Ukyl);
    CHECK(mine[1].role == TeamRole::Supervisor);
    CHECK(PlacementRepository(*f.t).forTrainee(f.trainee)->size() == 1);

    RoleAssignment backwards = ukyl;
    backwards.endDate = QDate(2026, 12, 31);
    CHECK_FALSE(roles.insert(backwards).ok());
}

TEST_CASE("the schema refuses what the domain forbids")
{
    Fixture f;
    PlacementRepository placements(*f.t);
    Placement p;
    p.traineeId = f.trainee;
    p.departmentId = f.department;
    p.startDate = QDate(2027, 2, 1);
    REQUIRE(placements.insert(p).ok());
    CHECK_FALSE(placements.insert(p).ok()); // same trainee, department and start
    p.startDate = QDate(2027, 3, 1);
    p.endDate = QDate(2027, 2, 1);
    CHECK_FALSE(placements.insert(p).ok()); // ends before it starts
    CHECK_FALSE(DepartmentRepository(*f.t).insert("Neurologisk afdeling").ok());
    CHECK_FALSE(PersonRepository(*f.t).insert(Person{0, "Anden", "soren@example.dk"}).ok());
}
