#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "storage/Repository.h"

#include <QList>

namespace tavle {

class DepartmentRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentRepository)

public:
    using Repository::Repository;
    /// All departments, ordered by name.
    Result<QList<Department>> all();
    Result<Id> insert(const QString& name);
    /// Deletes a department with its meeting types and meetings (the schema cascades); the
    /// schema refuses it while placements refer to it.
    Status remove(Id id);
    Result<qint64> placementCount(Id id);
};

} // namespace tavle
