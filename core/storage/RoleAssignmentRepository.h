#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "storage/Repository.h"

#include <QList>

namespace tavle {

class RoleAssignmentRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(RoleAssignmentRepository)

public:
    using Repository::Repository;
    Result<Id> insert(const RoleAssignment& assignment);
    Status remove(Id id);
    Result<QList<RoleAssignment>> forPerson(Id personId);
    /// Every assignment of a role, in any department and period.
    Result<QList<RoleAssignment>> withRole(TeamRole role);
    /// Assignments of a role in a department that are held on `date`.
    Result<QList<RoleAssignment>> heldOn(TeamRole role, Id departmentId, const QDate& date);
};

} // namespace tavle
