#include "storage/DepartmentRepository.h"

namespace tavle {

Result<QList<Department>> DepartmentRepository::all()
{
    auto query = run(QStringLiteral("SELECT id, name FROM departments ORDER BY name"), {});
    if (!query)
        return query.error();
    QList<Department> departments;
    QSqlQuery& q = *query.value();
    while (q.next())
        departments.append(Department{q.value(0).toLongLong(), q.value(1).toString()});
    return departments;
}

Result<Id> DepartmentRepository::insert(const QString& name)
{
    return insertReturningId(QStringLiteral("INSERT INTO departments (name) VALUES (?)"), {name});
}

Status DepartmentRepository::remove(Id id)
{
    auto query = run(QStringLiteral("DELETE FROM departments WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The department"));
    return {};
}

Result<qint64> DepartmentRepository::placementCount(Id id)
{
    auto query =
        run(QStringLiteral("SELECT COUNT(*) FROM placements WHERE department_id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return failure(tr("count the placements"), *query.value());
    return query.value()->value(0).toLongLong();
}

} // namespace tavle
