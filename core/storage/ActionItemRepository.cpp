#include "storage/ActionItemRepository.h"

namespace tavle {

namespace {
const QString kColumns = QStringLiteral(
    "a.id, a.meeting_id, a.department_id, a.text, a.owner_id, a.due_date, a.done_on, "
    "a.row_version, a.goal_id");

ActionItem itemFrom(const QSqlQuery& q)
{
    ActionItem a;
    a.id = q.value(0).toLongLong();
    a.meetingId = idFromDb(q.value(1));
    a.departmentId = idFromDb(q.value(2));
    a.text = q.value(3).toString();
    a.ownerId = idFromDb(q.value(4));
    a.dueDate = dateFromDb(q.value(5));
    a.doneOn = dateFromDb(q.value(6));
    a.rowVersion = q.value(7).toInt();
    a.goalId = idFromDb(q.value(8));
    return a;
}
} // namespace

Result<Id> ActionItemRepository::insert(const ActionItem& a)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO action_items (meeting_id, department_id, text, owner_id, "
                       "due_date, done_on, goal_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {idToDb(a.meetingId), idToDb(a.departmentId), a.text, idToDb(a.ownerId),
         dateToDb(a.dueDate), dateToDb(a.doneOn), idToDb(a.goalId)});
}

Result<int> ActionItemRepository::update(const ActionItem& a)
{
    auto query = run(QStringLiteral("UPDATE action_items SET department_id = ?, text = ?, "
                                    "owner_id = ?, due_date = ?, done_on = ?, goal_id = ?, "
                                    "row_version = row_version + 1 "
                                    "WHERE id = ? AND row_version = ?"),
                     {idToDb(a.departmentId), a.text, idToDb(a.ownerId), dateToDb(a.dueDate),
                      dateToDb(a.doneOn), idToDb(a.goalId), a.id, a.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The action item"));
    return a.rowVersion + 1;
}

Status ActionItemRepository::remove(const ActionItem& a)
{
    auto query = run(QStringLiteral("DELETE FROM action_items WHERE id = ? AND row_version = ?"),
                     {a.id, a.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The action item"));
    return {};
}

Result<std::optional<ActionItem>> ActionItemRepository::byId(Id id)
{
    auto query =
        run(QStringLiteral("SELECT %1 FROM action_items a WHERE a.id = ?").arg(kColumns), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<ActionItem>();
    return std::optional<ActionItem>(itemFrom(*query.value()));
}

Result<QList<ActionItem>> ActionItemRepository::forMeeting(Id meetingId)
{
    auto query = run(QStringLiteral("SELECT %1 FROM action_items a WHERE a.meeting_id = ? "
                                    "ORDER BY a.id")
                         .arg(kColumns),
                     {meetingId});
    if (!query)
        return query.error();
    QList<ActionItem> list;
    while (query.value()->next())
        list.append(itemFrom(*query.value()));
    return list;
}

Result<QList<ActionItemView>> ActionItemRepository::list(Id departmentId, bool openOnly)
{
    auto query =
        run(QStringLiteral(
                "SELECT %1, o.name, d.name, COALESCE(m.held_on, substr(m.scheduled_at, 1, 10)), "
                "t.name, g.code, g.title FROM action_items a "
                "LEFT JOIN persons o ON o.id = a.owner_id "
                "LEFT JOIN goals g ON g.id = a.goal_id "
                "LEFT JOIN departments d ON d.id = a.department_id "
                "LEFT JOIN meetings m ON m.id = a.meeting_id "
                "LEFT JOIN meeting_types t ON t.id = m.meeting_type_id "
                "WHERE (? = 0 OR a.department_id = ?) AND (? = 0 OR a.done_on IS NULL) "
                "ORDER BY CASE WHEN a.due_date IS NULL THEN 1 ELSE 0 END, a.due_date, a.id")
                .arg(kColumns),
            {departmentId, departmentId, openOnly ? 1 : 0});
    if (!query)
        return query.error();
    QList<ActionItemView> list;
    QSqlQuery& q = *query.value();
    while (q.next()) {
        ActionItemView view;
        view.item = itemFrom(q);
        view.ownerName = q.value(9).toString();
        view.departmentName = q.value(10).toString();
        view.meetingDate = dateFromDb(q.value(11));
        view.meetingTypeName = q.value(12).toString();
        view.goalCode = q.value(13).toString();
        view.goalTitle = q.value(14).toString();
        list.append(view);
    }
    return list;
}

} // namespace tavle
