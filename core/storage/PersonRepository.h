#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace tavle {

class PersonRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PersonRepository)

public:
    using Repository::Repository;
    Result<QList<Person>> all();
    Result<std::optional<Person>> byId(Id id);
    Result<Id> insert(const Person& person);
    /// Updates name and e-mail.
    Status update(const Person& person);
};

} // namespace tavle
