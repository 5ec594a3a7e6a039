#include "services/PeopleEditing.h"

#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleAssignmentRepository.h"
#include "storage/Transactions.h"

namespace tavle {

namespace {

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

Person normalised(Person person)
{
    person.name = person.name.simplified();
    person.email = person.email.trimmed().toLower();
    return person;
}

/// The roster import's rule: the person with the e-mail when one is given, else (or when the
/// e-mail is new) the person of that name who has no e-mail; nullopt for a new person.
Result<std::optional<Person>> samePerson(PersonRepository& persons, const Person& wanted)
{
    const auto all = persons.all();
    if (!all)
        return all.error();
    const QString name = wanted.name.toCaseFolded();
    std::optional<Person> byName;
    for (const Person& p : all.value()) {
        if (!wanted.email.isEmpty() && p.email == wanted.email)
            return std::optional<Person>(p);
        if (!byName && p.email.isEmpty() && p.name.toCaseFolded() == name)
            byName = p;
    }
    return byName;
}

} // namespace

Status PeopleEditing::validatePerson(const Person& person)
{
    if (person.name.simplified().isEmpty())
        return Error::invalidInput(tr("Give the person's name."));
    const QString email = person.email.trimmed();
    if (!email.isEmpty() && !isPlausibleEmail(email)) {
        return Error::invalidInput(
            tr("'%1' is not a valid e-mail address. Correct it, or leave the field empty.")
                .arg(email));
    }
    return {};
}

Status PeopleEditing::validatePlacement(const Placement& placement)
{
    if (!placement.traineeId)
        return Error::invalidInput(tr("Choose the trainee of the placement."));
    if (!placement.departmentId)
        return Error::invalidInput(tr("Choose the department of the placement."));
    if (!placement.startDate.isValid())
        return Error::invalidInput(tr("Give the start date of the placement."));
    if (placement.endDate.isValid() && placement.endDate < placement.startDate) {
        return Error::invalidInput(
            tr("The end date %1 is before the start date %2.")
                .arg(dateText(placement.endDate), dateText(placement.startDate)));
    }
    return {};
}

Result<TraineePlacement> PeopleEditing::addTrainee(Database& database, const Person& trainee,
                                                   Placement placement)
{
    const Person wanted = normalised(trainee);
    if (const auto valid = validatePerson(wanted); !valid)
        return valid.error();
    placement.traineeId = -1; // checked below, once the person is known
    if (const auto valid = validatePlacement(placement); !valid)
        return valid.error();

    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    PersonRepository persons(database);
    PlacementRepository placements(database);
    TraineePlacement added;
    const auto existing = samePerson(persons, wanted);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        added.trainee = *existing.value();
        const auto theirs = placements.forTrainee(added.trainee.id);
        if (!theirs)
            return theirs.error();
        for (const Placement& p : theirs.value()) {
            if (p.departmentId == placement.departmentId && p.startDate == placement.startDate) {
                return Error::invalidInput(
                    tr("%1 already has a placement in this department from %2.")
                        .arg(added.trainee.name, dateText(p.startDate)));
            }
        }
    } else {
        added.trainee = wanted;
        const auto id = persons.insert(wanted);
        if (!id)
            return id.error();
        added.trainee.id = id.value();
        added.personCreated = true;
    }
    placement.traineeId = added.trainee.id;
    const auto id = placements.insert(placement);
    if (!id)
        return id.error();
    placement.id = id.value();
    placement.rowVersion = 1;
    added.placement = placement;
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return added;
}

Result<Placement> PeopleEditing::savePlacement(Database& database, const Placement& placement)
{
    if (const auto valid = validatePlacement(placement); !valid)
        return valid.error();
    return inTransaction(database, [&] {
        PlacementRepository placements(database);
        return storeVersioned(placements, placement);
    });
}

Status PeopleEditing::removePlacement(Database& database, const Placement& placement)
{
    return inTransaction(database, [&] { return PlacementRepository(database).remove(placement); });
}

Result<SupervisorAdded> PeopleEditing::addSupervisor(Database& database, const Person& supervisor,
                                                     Id departmentId, const QDate& from)
{
    const Person wanted = normalised(supervisor);
    if (const auto valid = validatePerson(wanted); !valid)
        return valid.error();
    if (!departmentId)
        return Error::invalidInput(tr("Choose the department of the supervisor."));
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    PersonRepository persons(database);
    SupervisorAdded added;
    const auto existing = samePerson(persons, wanted);
    if (!existing)
        return existing.error();
    if (existing.value()) {
        added.person = *existing.value();
    } else {
        added.person = wanted;
        const auto id = persons.insert(wanted);
        if (!id)
            return id.error();
        added.person.id = id.value();
        added.personCreated = true;
    }
    RoleAssignment role;
    role.personId = added.person.id;
    role.departmentId = departmentId;
    role.role = TeamRole::Supervisor;
    role.startDate = from;
    const auto roleId = RoleAssignmentRepository(database).insert(role);
    if (!roleId)
        return roleId.error();
    added.roleAssignmentId = roleId.value();
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return added;
}

Status PeopleEditing::undoAddSupervisor(Database& database, const SupervisorAdded& added)
{
    if (added.personCreated)
        return removePerson(database, added.person.id);
    return inTransaction(database, [&] {
        return RoleAssignmentRepository(database).remove(added.roleAssignmentId);
    });
}

Result<Department> PeopleEditing::addDepartment(Database& database, const QString& name)
{
    Department department;
    department.name = name.simplified();
    if (department.name.isEmpty())
        return Error::invalidInput(tr("Give the department's name."));
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    DepartmentRepository departments(database);
    const auto all = departments.all();
    if (!all)
        return all.error();
    for (const Department& d : all.value()) {
        if (d.name.compare(department.name, Qt::CaseInsensitive) == 0)
            return Error::invalidInput(tr("There is already a department named %1.").arg(d.name));
    }
    const auto id = departments.insert(department.name);
    if (!id)
        return id.error();
    department.id = id.value();
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return department;
}

Status PeopleEditing::removeDepartment(Database& database, Id departmentId)
{
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    DepartmentRepository departments(database);
    const auto placements = departments.placementCount(departmentId);
    if (!placements)
        return placements.error();
    if (placements.value() > 0) {
        return Error::invalidInput(
            tr("The department still has %n placement(s). Move or delete them first.", nullptr,
               int(placements.value())));
    }
    if (const auto removed = departments.remove(departmentId); !removed)
        return removed;
    return transaction.value().commit();
}

Status PeopleEditing::updatePerson(Database& database, const Person& person)
{
    const Person wanted = normalised(person);
    if (const auto valid = validatePerson(wanted); !valid)
        return valid;
    return inTransaction(database, [&] { return PersonRepository(database).update(wanted); });
}

Status PeopleEditing::removePerson(Database& database, Id personId)
{
    return inTransaction(database, [&] { return PersonRepository(database).remove(personId); });
}

} // namespace tavle
