#include "storage/PersonRepository.h"

namespace tavle {

namespace {
Person personFrom(const QSqlQuery& q)
{
    return Person{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}
} // namespace

Result<QList<Person>> PersonRepository::all()
{
    auto query = run(QStringLiteral("SELECT id, name, email FROM persons ORDER BY name, id"), {});
    if (!query)
        return query.error();
    QList<Person> persons;
    while (query.value()->next())
        persons.append(personFrom(*query.value()));
    return persons;
}

Result<std::optional<Person>> PersonRepository::byId(Id id)
{
    auto query = run(QStringLiteral("SELECT id, name, email FROM persons WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Person>();
    return std::optional<Person>(personFrom(*query.value()));
}

Result<Id> PersonRepository::insert(const Person& person)
{
    return insertReturningId(QStringLiteral("INSERT INTO persons (name, email) VALUES (?, ?)"),
                             {person.name, textToDb(person.email)});
}

Status PersonRepository::update(const Person& person)
{
    auto query = run(QStringLiteral("UPDATE persons SET name = ?, email = ?, "
                                    "row_version = row_version + 1 WHERE id = ?"),
                     {person.name, textToDb(person.email), person.id});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The person"));
    return {};
}

Status PersonRepository::remove(Id id)
{
    auto query = run(QStringLiteral("DELETE FROM persons WHERE id = ?"), {id});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The person"));
    return {};
}

Result<QList<SupervisorLoad>> PersonRepository::supervisors(Id departmentId, const QDate& day)
{
    // One statement for both departments and "all": a 0 department id matches every row.
    const QString sql = QStringLiteral(
        "SELECT s.id, s.name, s.email, "
        "  (SELECT COUNT(*) FROM placements p WHERE p.main_supervisor_id = s.id "
        "     AND (? = 0 OR p.department_id = ?) AND p.start_date <= ? "
        "     AND (p.end_date IS NULL OR p.end_date >= ?)), "
        "  (SELECT COUNT(*) FROM placements p WHERE p.main_supervisor_id = s.id "
        "     AND (? = 0 OR p.department_id = ?) AND p.start_date > ?) "
        "FROM persons s "
        "WHERE s.id IN (SELECT r.person_id FROM role_assignments r "
        "               WHERE r.role = 'SUPERVISOR' AND (? = 0 OR r.department_id = ?) "
        "                 AND r.start_date <= ? AND (r.end_date IS NULL OR r.end_date >= ?)) "
        "   OR s.id IN (SELECT p.main_supervisor_id FROM placements p "
        "               WHERE (? = 0 OR p.department_id = ?) "
        "                 AND (p.end_date IS NULL OR p.end_date >= ?)) "
        "ORDER BY s.name, s.id");
    const QVariant date = dateToDb(day);
    auto query =
        run(sql, {departmentId, departmentId, date, date, departmentId, departmentId, date,
                  departmentId, departmentId, date, date, departmentId, departmentId, date});
    if (!query)
        return query.error();
    QList<SupervisorLoad> loads;
    QSqlQuery& q = *query.value();
    while (q.next())
        loads.append(SupervisorLoad{personFrom(q), q.value(3).toInt(), q.value(4).toInt()});
    return loads;
}

} // namespace tavle
