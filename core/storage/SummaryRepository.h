#pragma once

#include "Result.h"
#include "storage/Repository.h"

namespace tavle {

/// How much a database holds, for the integrity check and the demo generator's guard.
struct DatabaseSummary
{
    qint64 departments = 0;
    qint64 persons = 0;
    qint64 placements = 0;
    qint64 meetings = 0;
};

class SummaryRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(SummaryRepository)

public:
    using Repository::Repository;
    Result<DatabaseSummary> summary();
};

} // namespace tavle
