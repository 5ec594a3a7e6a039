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

} // namespace tavle
