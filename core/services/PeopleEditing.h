#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>

namespace tavle {

class Database;

/// A trainee and the placement just added for them.
struct TraineePlacement
{
    Person trainee;
    Placement placement;
    bool personCreated = false; ///< false when an existing person got the new placement
};

/// A supervisor just added, and what undoing it must take away.
struct SupervisorAdded
{
    Person person;
    Id roleAssignmentId = 0;
    bool personCreated = false; ///< false when the e-mail named an existing person
};

/// Adding and changing trainees, supervisors and placements from the window, with the same
/// rules as the roster import. Each change runs in one transaction; a refused change writes
/// nothing. Errors of kind InvalidInput name the field to correct.
class PeopleEditing
{
    Q_DECLARE_TR_FUNCTIONS(PeopleEditing)

public:
    /// A person needs a name; an e-mail address, when given, must look like one.
    static Status validatePerson(const Person& person);
    /// A placement needs a trainee, a department and a start date; its end, when given, may
    /// not be before its start.
    static Status validatePlacement(const Placement& placement);

    /// Adds a placement for a trainee. The trainee is the person with the same e-mail address
    /// when one is given, else the person of the same name without an e-mail (the roster
    /// import's rule); a new person otherwise. A placement with the same trainee, department
    /// and start date already existing is refused.
    static Result<TraineePlacement> addTrainee(Database& database, const Person& trainee,
                                               Placement placement);

    /// Stores a placement: a new one when its id is 0 (a placement removed by undo and put
    /// back), else an update of the placement as it was read. Returns it as stored.
    static Result<Placement> savePlacement(Database& database, const Placement& placement);
    /// Deletes a placement as it was read, with its meetings.
    static Status removePlacement(Database& database, const Placement& placement);

    /// Adds a supervisor: a new person (or the one with the same e-mail) holding the
    /// supervisor role in a department from `from`.
    static Result<SupervisorAdded> addSupervisor(Database& database, const Person& supervisor,
                                                 Id departmentId, const QDate& from);
    /// Takes back addSupervisor(): the person when it created them, else the role.
    static Status undoAddSupervisor(Database& database, const SupervisorAdded& added);

    /// Adds a department; its name must be new (in any case).
    static Result<Department> addDepartment(Database& database, const QString& name);
    /// Deletes a department that holds no placements.
    static Status removeDepartment(Database& database, Id departmentId);

    /// Changes a person's name and e-mail.
    static Status updatePerson(Database& database, const Person& person);
    /// Deletes a person with everything that belongs to them (placements, meetings, roles).
    static Status removePerson(Database& database, Id personId);
};

} // namespace tavle
