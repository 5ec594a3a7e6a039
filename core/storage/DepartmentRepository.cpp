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

} // namespace tavle
