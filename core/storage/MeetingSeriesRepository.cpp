#include "storage/MeetingSeriesRepository.h"

namespace tavle {

namespace {
const QString kColumns =
    QStringLiteral("id, meeting_type_id, department_id, title, recurrence, interval_count, "
                   "start_date, end_date, start_time, duration_minutes, row_version "
                   "FROM meeting_series");

MeetingSeries seriesFrom(const QSqlQuery& q)
{
    MeetingSeries s;
    s.id = q.value(0).toLongLong();
    s.meetingTypeId = q.value(1).toLongLong();
    s.departmentId = q.value(2).toLongLong();
    s.title = q.value(3).toString();
    s.recurrence = recurrenceFromCode(q.value(4).toString()).value_or(Recurrence::Weekly);
    s.interval = q.value(5).toInt();
    s.startDate = dateFromDb(q.value(6));
    s.endDate = dateFromDb(q.value(7));
    s.startTime = timeFromDb(q.value(8));
    s.durationMinutes = q.value(9).toInt();
    s.rowVersion = q.value(10).toInt();
    return s;
}
} // namespace

Result<QList<MeetingSeries>> MeetingSeriesRepository::all(Id departmentId)
{
    auto query = run(QStringLiteral("SELECT %1 WHERE (? = 0 OR department_id = ?) "
                                    "ORDER BY title, id")
                         .arg(kColumns),
                     {departmentId, departmentId});
    if (!query)
        return query.error();
    QList<MeetingSeries> list;
    while (query.value()->next())
        list.append(seriesFrom(*query.value()));
    return list;
}

Result<std::optional<MeetingSeries>> MeetingSeriesRepository::byId(Id id)
{
    auto query = run(QStringLiteral("SELECT %1 WHERE id = ?").arg(kColumns), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<MeetingSeries>();
    return std::optional<MeetingSeries>(seriesFrom(*query.value()));
}

Result<Id> MeetingSeriesRepository::insert(const MeetingSeries& s)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO meeting_series (meeting_type_id, department_id, title, "
                       "recurrence, interval_count, start_date, end_date, start_time, "
                       "duration_minutes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.meetingTypeId, s.departmentId, s.title, recurrenceCode(s.recurrence), s.interval,
         dateToDb(s.startDate), dateToDb(s.endDate), timeToDb(s.startTime), s.durationMinutes});
}

Result<int> MeetingSeriesRepository::update(const MeetingSeries& s)
{
    auto query = run(
        QStringLiteral("UPDATE meeting_series SET meeting_type_id = ?, title = ?, recurrence = ?, "
                       "interval_count = ?, start_date = ?, end_date = ?, start_time = ?, "
                       "duration_minutes = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ?"),
        {s.meetingTypeId, s.title, recurrenceCode(s.recurrence), s.interval, dateToDb(s.startDate),
         dateToDb(s.endDate), timeToDb(s.startTime), s.durationMinutes, s.id, s.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The series"));
    return s.rowVersion + 1;
}

Status MeetingSeriesRepository::remove(const MeetingSeries& s)
{
    auto query = run(QStringLiteral("DELETE FROM meeting_series WHERE id = ? AND row_version = ?"),
                     {s.id, s.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The series"));
    return {};
}

Result<QList<LeaderPeriod>> MeetingSeriesRepository::leaders(Id seriesId)
{
    auto query = run(QStringLiteral("SELECT id, series_id, person_id, from_date, to_date "
                                    "FROM series_leaders WHERE series_id = ? "
                                    "ORDER BY from_date, id"),
                     {seriesId});
    if (!query)
        return query.error();
    QList<LeaderPeriod> list;
    QSqlQuery& q = *query.value();
    while (q.next()) {
        list.append(LeaderPeriod{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                 q.value(2).toLongLong(), dateFromDb(q.value(3)),
                                 dateFromDb(q.value(4))});
    }
    return list;
}

Status MeetingSeriesRepository::setLeaders(Id seriesId, const QList<LeaderPeriod>& periods)
{
    if (auto cleared =
            run(QStringLiteral("DELETE FROM series_leaders WHERE series_id = ?"), {seriesId});
        !cleared)
        return cleared.error();
    for (const LeaderPeriod& p : periods) {
        auto query = run(QStringLiteral("INSERT INTO series_leaders (series_id, person_id, "
                                        "from_date, to_date) VALUES (?, ?, ?, ?)"),
                         {seriesId, p.personId, dateToDb(p.from), dateToDb(p.to)});
        if (!query)
            return query.error();
    }
    return {};
}

} // namespace tavle
