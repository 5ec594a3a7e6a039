#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace tavle {

/// A supervisor and how many trainees they are main supervisor for.
struct SupervisorLoad
{
    Person person;
    int currentTrainees = 0; ///< placements started on or before the day and not ended
    int comingTrainees = 0;  ///< placements that start after the day
};

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
    /// Deletes a person with their placements, meetings and roles (the schema cascades).
    Status remove(Id id);
    /// The supervisors of a department (0: of every department) on `day`: persons holding the
    /// supervisor role then, and persons who are main supervisor of a placement that has not
    /// ended by then; each with their load in that department. Ordered by name.
    Result<QList<SupervisorLoad>> supervisors(Id departmentId, const QDate& day);
};

} // namespace tavle
