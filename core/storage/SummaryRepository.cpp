#include "storage/SummaryRepository.h"

namespace tavle {

Result<DatabaseSummary> SummaryRepository::summary()
{
    auto query = run(QStringLiteral("SELECT (SELECT COUNT(*) FROM departments), "
                                    "(SELECT COUNT(*) FROM persons), "
                                    "(SELECT COUNT(*) FROM placements), "
                                    "(SELECT COUNT(*) FROM meetings)"),
                     {});
    if (!query)
        return query.error();
    QSqlQuery& q = *query.value();
    if (!q.next())
        return failure(tr("count the rows"), q);
    DatabaseSummary summary;
    summary.departments = q.value(0).toLongLong();
    summary.persons = q.value(1).toLongLong();
    summary.placements = q.value(2).toLongLong();
    summary.meetings = q.value(3).toLongLong();
    q.finish();
    return summary;
}

} // namespace tavle
