#include "storage/RoleAssignmentRepository.h"

namespace tavle {

namespace {
const QString kColumns = QStringLiteral(
    "id, person_id, department_id, role, start_date, end_date FROM role_assignments");

RoleAssignment assignmentFrom(const QSqlQuery& q)
{
    RoleAssignment a;
    a.id = q.value(0).toLongLong();
    a.personId = q.value(1).toLongLong();
    a.departmentId = idFromDb(q.value(2));
    a.role = teamRoleFromCode(q.value(3).toString()).value_or(TeamRole::Supervisor);
    a.startDate = dateFromDb(q.value(4));
    a.endDate = dateFromDb(q.value(5));
    return a;
}
} // namespace

Result<Id> RoleAssignmentRepository::insert(const RoleAssignment& a)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO role_assignments (person_id, department_id, role, "
                       "start_date, end_date) VALUES (?, ?, ?, ?, ?)"),
        {a.personId, idToDb(a.departmentId), teamRoleCode(a.role), dateToDb(a.startDate),
         dateToDb(a.endDate)});
}

Status RoleAssignmentRepository::remove(Id id)
{
    auto query = run(QStringLiteral("DELETE FROM role_assignments WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The role"));
    return {};
}

Result<QList<RoleAssignment>> RoleAssignmentRepository::forPerson(Id personId)
{
    auto query =
        run(QStringLiteral("SELECT %1 WHERE person_id = ? ORDER BY start_date, id").arg(kColumns),
            {personId});
    if (!query)
        return query.error();
    QList<RoleAssignment> list;
    while (query.value()->next())
        list.append(assignmentFrom(*query.value()));
    return list;
}

Result<QList<RoleAssignment>> RoleAssignmentRepository::withRole(TeamRole role)
{
    auto query = run(QStringLiteral("SELECT %1 WHERE role = ? ORDER BY id").arg(kColumns),
                     {teamRoleCode(role)});
    if (!query)
        return query.error();
    QList<RoleAssignment> list;
    while (query.value()->next())
        list.append(assignmentFrom(*query.value()));
    return list;
}

Result<QList<RoleAssignment>> RoleAssignmentRepository::heldOn(TeamRole role, Id departmentId,
                                                               const QDate& date)
{
    auto query = run(QStringLiteral("SELECT %1 WHERE role = ? AND department_id = ? AND "
                                    "start_date <= ? AND (end_date IS NULL OR end_date >= ?) "
                                    "ORDER BY start_date, id")
                         .arg(kColumns),
                     {teamRoleCode(role), departmentId, dateToDb(date), dateToDb(date)});
    if (!query)
        return query.error();
    QList<RoleAssignment> list;
    while (query.value()->next())
        list.append(assignmentFrom(*query.value()));
    return list;
}

} // namespace tavle
