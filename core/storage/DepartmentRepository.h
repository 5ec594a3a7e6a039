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
};

} // namespace tavle
