#include "services/PeopleEditing.h"

#include "services/DeadlineBoard.h"
#include "storage/DepartmentRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/SummaryRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace tavle;

namespace {

const QDate kToday(2027, 3, 10);

Id addDepartment(Database& db, const QString& name)
{
    const auto id = DepartmentRepository(db).insert(name);
    REQUIRE(id.ok());
    return id.value();
}

Person person(const QString& name, const QString& email = {})
{
    Person p;
    p.name = name;
    p.email = email;
    return p;
}

Placement placementIn(Id departmentId, Level level, const QDate& start, const QDate& end = {})
{
    Placement p;
    p.departmentId = departmentId;
    p.level = level;
    p.startDate = start;
    p.endDate = end;
    return p;
}

DatabaseSummary summary(Database& db)
{
    const auto s = SummaryRepository(db).summary();
    REQUIRE(s.ok());
    return s.value();
}

} // namespace

TEST_CASE("a person needs a name and a plausible e-mail address")
{
    CHECK(PeopleEditing::validatePerson(person("Åse Lund")).ok());
    CHECK(PeopleEditing::validatePerson(person("Åse Lund", "ase@example.dk")).ok());
    const auto noName = PeopleEditing::validatePerson(person("   "));
    REQUIRE_FALSE(noName.ok());
    CHECK(noName.error().kind == Error::Kind::InvalidInput);
    const auto badEmail = PeopleEditing::validatePerson(person("Åse Lund", "ase@"));
    REQUIRE_FALSE(badEmail.ok());
    CHECK(badEmail.errorMessage().contains("ase@"));
}

TEST_CASE("a placement needs a department and a start, and cannot end before it starts")
{
    Placement p = placementIn(1, Level::Hu, QDate(2027, 3, 1));
    p.traineeId = 1;
    CHECK(PeopleEditing::validatePlacement(p).ok());
    p.endDate = p.startDate; // a one-day placement
    CHECK(PeopleEditing::validatePlacement(p).ok());
    p.endDate = p.startDate.addDays(-1);
    const auto backwards = PeopleEditing::validatePlacement(p);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.errorMessage().contains("28-02-2027"));
    p.endDate = QDate();
    p.startDate = QDate();
    CHECK_FALSE(PeopleEditing::validatePlacement(p).ok());
    p.startDate = QDate(2027, 3, 1);
    p.departmentId = 0;
    CHECK_FALSE(PeopleEditing::validatePlacement(p).ok());
}

TEST_CASE("adding a trainee creates the person once, and the board shows the placement")
{
    TempDatabase t;
    const Id acute = addDepartment(*t, "Akutafdelingen");
    const Id neuro = addDepartment(*t, "Neurologisk afdeling");

    const auto first = PeopleEditing::addTrainee(*t, person("Søren Ågaard", "Soren@Example.dk"),
                                                 placementIn(acute, Level::Kbu, QDate(2027, 3, 1)));
    REQUIRE(first.ok());
    CHECK(first->personCreated);
    CHECK(first->trainee.email == "soren@example.dk");

    // The same e-mail is the same person: a second placement, no second person.
    const auto second =
        PeopleEditing::addTrainee(*t, person("Søren Ågaard", "soren@example.dk"),
                                  placementIn(neuro, Level::Intro, QDate(2027, 9, 1)));
    REQUIRE(second.ok());
    CHECK_FALSE(second->personCreated);
    CHECK(second->trainee.id == first->trainee.id);
    CHECK(summary(*t).persons == 1);
    CHECK(summary(*t).placements == 2);

    // The same placement again is refused and writes nothing.
    const auto again = PeopleEditing::addTrainee(*t, person("Søren Ågaard", "soren@example.dk"),
                                                 placementIn(acute, Level::Kbu, QDate(2027, 3, 1)));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::InvalidInput);
    CHECK(summary(*t).placements == 2);

    const auto rows = DeadlineBoard::load(*t, kToday, acute);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().view.traineeName == "Søren Ågaard");
    CHECK(rows->first().deadline.due == QDate(2027, 3, 15));
}

TEST_CASE("a refused trainee writes nothing, not even the person")
{
    TempDatabase t;
    const Id acute = addDepartment(*t, "Akutafdelingen");
    const auto bad = PeopleEditing::addTrainee(
        *t, person("Bo Dahl"), placementIn(acute, Level::Hu, QDate(2027, 3, 1), QDate(2027, 2, 1)));
    REQUIRE_FALSE(bad.ok());
    CHECK(summary(*t).persons == 0);
    const auto noDepartment = PeopleEditing::addTrainee(
        *t, person("Bo Dahl"), placementIn(4242, Level::Hu, QDate(2027, 3, 1)));
    REQUIRE_FALSE(noDepartment.ok());
    CHECK(summary(*t).persons == 0);
}

TEST_CASE("ending a placement, assigning a supervisor, and undoing both")
{
    TempDatabase t;
    const Id acute = addDepartment(*t, "Akutafdelingen");
    const auto added = PeopleEditing::addTrainee(*t, person("Carl Ebbe"),
                                                 placementIn(acute, Level::Hu, QDate(2027, 1, 4)));
    REQUIRE(added.ok());
    const auto supervisor =
        PeopleEditing::addSupervisor(*t, person("Mette Holm", "mette@example.dk"), acute, kToday);
    REQUIRE(supervisor.ok());
    CHECK(supervisor->personCreated);

    auto loads = PersonRepository(*t).supervisors(acute, kToday);
    REQUIRE(loads.ok());
    REQUIRE(loads->size() == 1);
    CHECK(loads->first().currentTrainees == 0);

    Placement changed = added->placement;
    changed.mainSupervisorId = supervisor->person.id;
    const auto saved = PeopleEditing::savePlacement(*t, changed);
    REQUIRE(saved.ok());
    loads = PersonRepository(*t).supervisors(acute, kToday);
    REQUIRE(loads.ok());
    CHECK(loads->first().currentTrainees == 1);

    Placement ended = saved.value();
    ended.endDate = kToday.addDays(-1);
    const auto endedSaved = PeopleEditing::savePlacement(*t, ended);
    REQUIRE(endedSaved.ok());
    const auto board = DeadlineBoard::load(*t, kToday, acute);
    REQUIRE(board.ok());
    CHECK(board->isEmpty()); // ended yesterday: off the board
    loads = PersonRepository(*t).supervisors(acute, kToday);
    REQUIRE(loads.ok());
    CHECK(loads->first().currentTrainees == 0); // still a supervisor by role

    // Undo: put the placement back as it was, on the version now stored.
    Placement restored = added->placement;
    restored.rowVersion = endedSaved->rowVersion;
    const auto undone = PeopleEditing::savePlacement(*t, restored);
    REQUIRE(undone.ok());
    const auto back = DeadlineBoard::load(*t, kToday, acute);
    REQUIRE(back.ok());
    REQUIRE(back->size() == 1);
    CHECK(back->first().view.supervisorName.isEmpty());

    CHECK(PeopleEditing::undoAddSupervisor(*t, supervisor.value()).ok());
    CHECK(summary(*t).persons == 1);
}

TEST_CASE("removing a placement as read, and putting it back")
{
    TempDatabase t;
    const Id acute = addDepartment(*t, "Akutafdelingen");
    const auto added = PeopleEditing::addTrainee(*t, person("Dorte Friis"),
                                                 placementIn(acute, Level::Kbu, QDate(2027, 3, 1)));
    REQUIRE(added.ok());
    Placement stale = added->placement;
    stale.rowVersion += 1;
    CHECK_FALSE(PeopleEditing::removePlacement(*t, stale).ok());
    CHECK(summary(*t).placements == 1);
    CHECK(PeopleEditing::removePlacement(*t, added->placement).ok());
    CHECK(summary(*t).placements == 0);

    Placement again = added->placement;
    again.id = 0;
    const auto reinserted = PeopleEditing::savePlacement(*t, again);
    REQUIRE(reinserted.ok());
    CHECK(reinserted->id != 0);
    CHECK(summary(*t).placements == 1);
    CHECK(PeopleEditing::removePerson(*t, added->trainee.id).ok());
    CHECK(summary(*t).persons == 0);
    CHECK(summary(*t).placements == 0);
}

TEST_CASE("departments: a new name once, removed only while empty")
{
    TempDatabase t;
    const auto acute = PeopleEditing::addDepartment(*t, "  Akutafdelingen ");
    REQUIRE(acute.ok());
    CHECK(acute->name == "Akutafdelingen");
    const auto twice = PeopleEditing::addDepartment(*t, "akutafdelingen");
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == Error::Kind::InvalidInput);
    CHECK_FALSE(PeopleEditing::addDepartment(*t, "  ").ok());
    CHECK(summary(*t).departments == 1);

    const auto added = PeopleEditing::addTrainee(
        *t, person("Eva Gram"), placementIn(acute->id, Level::Kbu, QDate(2027, 3, 1)));
    REQUIRE(added.ok());
    const auto busy = PeopleEditing::removeDepartment(*t, acute->id);
    REQUIRE_FALSE(busy.ok());
    CHECK(busy.errorMessage().contains("1 placement"));
    CHECK(summary(*t).departments == 1);
    REQUIRE(PeopleEditing::removePlacement(*t, added->placement).ok());
    CHECK(PeopleEditing::removeDepartment(*t, acute->id).ok());
    CHECK(summary(*t).departments == 0);
}
