#include "storage/PlacementRepository.h"

#include <QHash>

namespace tavle {

namespace {
const QString kColumns =
    QStringLiteral("p.id, p.trainee_id, p.department_id, p.level, p.start_date, p.end_date, "
                   "p.main_supervisor_id, p.row_version");

/// Reads the kColumns block starting at column 0.
Placement placementFrom(const QSqlQuery& q)
{
    Placement p;
    p.id = q.value(0).toLongLong();
    p.traineeId = q.value(1).toLongLong();
    p.departmentId = q.value(2).toLongLong();
    p.level = levelFromCode(q.value(3).toString()).value_or(Level::Hu);
    p.startDate = dateFromDb(q.value(4));
    p.endDate = dateFromDb(q.value(5));
    p.mainSupervisorId = idFromDb(q.value(6));
    p.rowVersion = q.value(7).toInt();
    return p;
}
} // namespace

Result<QList<Placement>> PlacementRepository::all()
{
    auto query = run(QStringLiteral("SELECT %1 FROM placements p ORDER BY p.id").arg(kColumns), {});
    if (!query)
        return query.error();
    QList<Placement> placements;
    while (query.value()->next())
        placements.append(placementFrom(*query.value()));
    return placements;
}

Result<QList<Placement>> PlacementRepository::forTrainee(Id traineeId)
{
    auto query = run(QStringLiteral("SELECT %1 FROM placements p WHERE p.trainee_id = ? "
                                    "ORDER BY p.start_date, p.id")
                         .arg(kColumns),
                     {traineeId});
    if (!query)
        return query.error();
    QList<Placement> placements;
    while (query.value()->next())
        placements.append(placementFrom(*query.value()));
    return placements;
}

Result<Id> PlacementRepository::insert(const Placement& p)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO placements (trainee_id, department_id, level, start_date, "
                       "end_date, main_supervisor_id) VALUES (?, ?, ?, ?, ?, ?)"),
        {p.traineeId, p.departmentId, levelCode(p.level), dateToDb(p.startDate),
         dateToDb(p.endDate), idToDb(p.mainSupervisorId)});
}

Result<int> PlacementRepository::update(const Placement& p)
{
    auto query = run(QStringLiteral("UPDATE placements SET level = ?, start_date = ?, "
                                    "end_date = ?, main_supervisor_id = ?, "
                                    "row_version = row_version + 1 "
                                    "WHERE id = ? AND row_version = ?"),
                     {levelCode(p.level), dateToDb(p.startDate), dateToDb(p.endDate),
                      idToDb(p.mainSupervisorId), p.id, p.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The placement"));
    return p.rowVersion + 1;
}

Result<QList<PlacementView>>
PlacementRepository::currentAndComing(const QDate& today, Id departmentId, Id meetingTypeId)
{
    return currentAndComing(today, departmentId ? QList<Id>{departmentId} : QList<Id>{},
                            meetingTypeId);
}

Result<QList<PlacementView>> PlacementRepository::currentAndComing(const QDate& today,
                                                                   const QList<Id>& departmentIds,
                                                                   Id meetingTypeId)
{
    // Written so that no index on end_date is used: the placements on a board are most of the
    // table's current rows, and reading the table in order beats an index lookup per row
    // (0.27 s against 0.45 s for 96,000 rows; docs/PERFORMANCE.md).
    QString where = QStringLiteral(" WHERE COALESCE(p.end_date, '9999-12-31') >= ?");
    QVariantList values{dateToDb(today)};
    if (!departmentIds.isEmpty()) {
        QStringList marks;
        for (const Id id : departmentIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        where += QStringLiteral(" AND p.department_id IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return views(where, values, meetingTypeId);
}

Result<QList<PlacementView>> PlacementRepository::inDepartment(Id departmentId, Id meetingTypeId)
{
    if (!departmentId)
        return views(QString(), {}, meetingTypeId);
    return views(QStringLiteral(" WHERE p.department_id = ?"), {departmentId}, meetingTypeId);
}

Result<std::optional<Placement>> PlacementRepository::byId(Id id)
{
    auto query =
        run(QStringLiteral("SELECT %1 FROM placements p WHERE p.id = ?").arg(kColumns), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Placement>();
    return std::optional<Placement>(placementFrom(*query.value()));
}

Status PlacementRepository::remove(const Placement& placement)
{
    auto query = run(QStringLiteral("DELETE FROM placements WHERE id = ? AND row_version = ?"),
                     {placement.id, placement.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The placement"));
    return {};
}

Result<QList<PlacementView>> PlacementRepository::views(const QString& where, QVariantList values,
                                                        Id meetingTypeId)
{
    // Department names are few: they are read once and shared by every row (QString is
    // implicitly shared), which spares an allocation per row on a 100,000-row board.
    QHash<Id, QString> departmentNames;
    {
        auto departments = run(QStringLiteral("SELECT id, name FROM departments"), {});
        if (!departments)
            return departments.error();
        while (departments.value()->next())
            departmentNames.insert(departments.value()->value(0).toLongLong(),
                                   departments.value()->value(1).toString());
    }
    // Counting first lets the list be allocated once instead of growing by copies.
    qsizetype expected = 0;
    {
        auto count = run(QStringLiteral("SELECT COUNT(*) FROM placements p") + where, values);
        if (!count)
            return count.error();
        if (count.value()->next())
            expected = count.value()->value(0).toLongLong();
        count.value()->finish();
    }
    const QString sql =
        QStringLiteral("SELECT %1, t.name, t.email, s.name, h.held_on "
                       "FROM placements p "
                       "JOIN persons t ON t.id = p.trainee_id "
                       "LEFT JOIN persons s ON s.id = p.main_supervisor_id "
                       "LEFT JOIN (SELECT placement_id, MIN(held_on) AS held_on FROM meetings "
                       "           WHERE meeting_type_id = ? AND held_on IS NOT NULL "
                       "           GROUP BY placement_id) h ON h.placement_id = p.id")
            .arg(kColumns) +
        where;
    values.prepend(meetingTypeId);
    auto query = run(sql, values);
    if (!query)
        return query.error();
    QList<PlacementView> views;
    views.reserve(expected);
    QSqlQuery& q = *query.value();
    while (q.next()) {
        PlacementView view;
        view.placement = placementFrom(q);
        view.traineeName = q.value(8).toString();
        view.traineeEmail = q.value(9).toString();
        view.departmentName = departmentNames.value(view.placement.departmentId);
        view.supervisorName = q.value(10).toString();
        if (!q.value(11).isNull())
            view.heldOn = dateFromDb(q.value(11));
        views.append(std::move(view));
    }
    return views;
}

} // namespace tavle
