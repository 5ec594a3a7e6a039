#include "storage/MeetingRepository.h"

#include "storage/Database.h"

namespace tavle {

namespace {
const QStringList kColumnNames = {
    QStringLiteral("id"),           QStringLiteral("meeting_type_id"),
    QStringLiteral("placement_id"), QStringLiteral("department_id"),
    QStringLiteral("scheduled_at"), QStringLiteral("held_on"),
    QStringLiteral("notes"),        QStringLiteral("row_version"),
    QStringLiteral("series_id"),    QStringLiteral("occurrence_on"),
    QStringLiteral("cancelled"),    QStringLiteral("duration_minutes"),
    QStringLiteral("leader_id"),    QStringLiteral("agenda"),
    QStringLiteral("decisions")};
const QString kNotes = QStringLiteral("notes");

/// The columns of meetingFrom(), of the meetings table called `alias` (none: unqualified). A
/// user who may not read the notes (the server's read-only role) gets '' in their place, so
/// every other column still reads.
QString columnsOf(const QString& alias, bool withNotes)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList columns;
    for (const QString& name : kColumnNames) {
        if (name == kNotes && !withNotes)
            columns << QStringLiteral("'' AS notes");
        else
            columns << prefix + name;
    }
    return columns.join(QStringLiteral(", "));
}

Meeting meetingFrom(const QSqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.meetingTypeId = q.value(1).toLongLong();
    m.placementId = idFromDb(q.value(2));
    m.departmentId = idFromDb(q.value(3));
    m.scheduledAt = dateTimeFromDb(q.value(4));
    m.heldOn = dateFromDb(q.value(5));
    m.notes = q.value(6).toString();
    m.rowVersion = q.value(7).toInt();
    m.seriesId = idFromDb(q.value(8));
    m.occurrenceOn = dateFromDb(q.value(9));
    m.cancelled = q.value(10).toInt() == 1;
    m.durationMinutes = q.value(11).isNull() ? 0 : q.value(11).toInt();
    m.leaderId = idFromDb(q.value(12));
    m.agenda = q.value(13).toString();
    m.decisions = q.value(14).toString();
    return m;
}

QVariant durationToDb(int minutes)
{
    return minutes > 0 ? QVariant(minutes) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

MeetingRepository::MeetingRepository(Database& database)
    : Repository(database), m_columns(columnsOf({}, database.canReadMeetingNotes())),
      m_aliasedColumns(columnsOf(QStringLiteral("m"), database.canReadMeetingNotes()))
{}

Result<Id> MeetingRepository::insert(const Meeting& m, const QList<Attendee>& attendees)
{
    const auto id = insertReturningId(
        QStringLiteral("INSERT INTO meetings (meeting_type_id, placement_id, department_id, "
                       "scheduled_at, held_on, notes, series_id, occurrence_on, cancelled, "
                       "duration_minutes, leader_id, agenda, decisions) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.meetingTypeId, idToDb(m.placementId), idToDb(m.departmentId),
         dateTimeToDb(m.scheduledAt), dateToDb(m.heldOn), plainTextToDb(m.notes),
         idToDb(m.seriesId), dateToDb(m.occurrenceOn), m.cancelled ? 1 : 0,
         durationToDb(m.durationMinutes), idToDb(m.leaderId), plainTextToDb(m.agenda),
         plainTextToDb(m.decisions)});
    if (!id)
        return id;
    if (const auto added = addAttendees(id.value(), attendees); !added)
        return added.error();
    return id;
}

Result<QList<Meeting>> MeetingRepository::forPlacement(Id placementId, Id meetingTypeId)
{
    auto query = run(QStringLiteral("SELECT %1 FROM meetings WHERE placement_id = ? AND "
                                    "meeting_type_id = ? ORDER BY id")
                         .arg(m_columns),
                     {placementId, meetingTypeId});
    if (!query)
        return query.error();
    QList<Meeting> meetings;
    while (query.value()->next())
        meetings.append(meetingFrom(*query.value()));
    return meetings;
}

Result<std::optional<Meeting>> MeetingRepository::byId(Id id)
{
    auto query = run(QStringLiteral("SELECT %1 FROM meetings WHERE id = ?").arg(m_columns), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Meeting>();
    return std::optional<Meeting>(meetingFrom(*query.value()));
}

Result<std::optional<Meeting>> MeetingRepository::forOccurrence(Id seriesId,
                                                                const QDate& occurrenceOn)
{
    auto query =
        run(QStringLiteral("SELECT %1 FROM meetings WHERE series_id = ? AND occurrence_on = ?")
                .arg(m_columns),
            {seriesId, dateToDb(occurrenceOn)});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Meeting>();
    return std::optional<Meeting>(meetingFrom(*query.value()));
}

Result<QList<Meeting>> MeetingRepository::inPeriod(const QDate& from, const QDate& to,
                                                   Id departmentId)
{
    // The meeting's day: when it was held, else the day it is scheduled for (the first ten
    // characters of the ISO date-time).
    auto query =
        run(QStringLiteral("SELECT %1 FROM meetings WHERE placement_id IS NULL "
                           "AND COALESCE(held_on, substr(scheduled_at, 1, 10)) BETWEEN ? AND ? "
                           "AND (? = 0 OR department_id = ?) "
                           "ORDER BY COALESCE(scheduled_at, held_on), id")
                .arg(m_columns),
            {dateToDb(from), dateToDb(to), departmentId, departmentId});
    if (!query)
        return query.error();
    QList<Meeting> meetings;
    while (query.value()->next())
        meetings.append(meetingFrom(*query.value()));
    return meetings;
}

Result<QList<MeetingSummary>> MeetingRepository::summaries(const QDate& from, const QDate& to,
                                                           Id departmentId, Id meetingTypeId)
{
    auto query = run(
        QStringLiteral("SELECT %1, t.name, t.code, d.name, s.title, l.name, "
                       "  (SELECT COUNT(*) FROM meeting_participants p "
                       "     WHERE p.meeting_id = m.id AND p.attendance = 'present'), "
                       "  (SELECT COUNT(*) FROM meeting_participants p "
                       "     WHERE p.meeting_id = m.id AND p.attendance = 'absent'), "
                       "  (SELECT COUNT(*) FROM meeting_participants p "
                       "     WHERE p.meeting_id = m.id AND p.attendance = 'excused') "
                       "FROM meetings m "
                       "JOIN meeting_types t ON t.id = m.meeting_type_id "
                       "LEFT JOIN departments d ON d.id = m.department_id "
                       "LEFT JOIN meeting_series s ON s.id = m.series_id "
                       "LEFT JOIN persons l ON l.id = m.leader_id "
                       "WHERE m.placement_id IS NULL "
                       "AND COALESCE(m.held_on, substr(m.scheduled_at, 1, 10)) BETWEEN ? AND ? "
                       "AND (? = 0 OR m.department_id = ?) AND (? = 0 OR m.meeting_type_id = ?) "
                       "ORDER BY COALESCE(m.scheduled_at, m.held_on), m.id")
            .arg(m_aliasedColumns),
        {dateToDb(from), dateToDb(to), departmentId, departmentId, meetingTypeId, meetingTypeId});
    if (!query)
        return query.error();
    QList<MeetingSummary> list;
    QSqlQuery& q = *query.value();
    while (q.next()) {
        MeetingSummary summary;
        summary.meeting = meetingFrom(q);
        summary.typeName = q.value(15).toString();
        summary.typeCode = q.value(16).toString();
        summary.departmentName = q.value(17).toString();
        summary.seriesTitle = q.value(18).toString();
        summary.leaderName = q.value(19).toString();
        summary.present = q.value(20).toInt();
        summary.absent = q.value(21).toInt();
        summary.excused = q.value(22).toInt();
        list.append(summary);
    }
    return list;
}

Result<QList<AttendanceRecord>> MeetingRepository::attendanceRecords(const QDate& from,
                                                                     const QDate& to,
                                                                     Id departmentId, Id seriesId)
{
    auto query =
        run(QStringLiteral("SELECT m.id, m.held_on, m.series_id, p.person_id, "
                           "p.attendance FROM meetings m "
                           "JOIN meeting_participants p ON p.meeting_id = m.id "
                           "WHERE m.placement_id IS NULL AND m.cancelled = 0 "
                           "AND m.held_on BETWEEN ? AND ? "
                           "AND (? = 0 OR m.department_id = ?) "
                           "AND (? = 0 OR m.series_id = ?) "
                           "ORDER BY m.held_on, m.id, p.person_id"),
            {dateToDb(from), dateToDb(to), departmentId, departmentId, seriesId, seriesId});
    if (!query)
        return query.error();
    QList<AttendanceRecord> list;
    QSqlQuery& q = *query.value();
    while (q.next()) {
        list.append(AttendanceRecord{
            q.value(0).toLongLong(), dateFromDb(q.value(1)), idFromDb(q.value(2)),
            q.value(3).toLongLong(),
            attendanceFromCode(q.value(4).toString()).value_or(Attendance::Present)});
    }
    return list;
}

Result<QList<Meeting>> MeetingRepository::scheduledForPlacements(const QDate& from, Id departmentId)
{
    auto query = run(QStringLiteral("SELECT %1 FROM meetings m "
                                    "JOIN placements p ON p.id = m.placement_id "
                                    "WHERE m.held_on IS NULL AND m.cancelled = 0 "
                                    "AND m.scheduled_at >= ? AND (? = 0 OR p.department_id = ?) "
                                    "ORDER BY m.scheduled_at, m.id")
                         .arg(m_aliasedColumns),
                     {dateToDb(from), departmentId, departmentId});
    if (!query)
        return query.error();
    QList<Meeting> meetings;
    while (query.value()->next())
        meetings.append(meetingFrom(*query.value()));
    return meetings;
}

Result<QList<Attendee>> MeetingRepository::attendees(Id meetingId)
{
    auto query = run(QStringLiteral("SELECT person_id, attendance FROM meeting_participants "
                                    "WHERE meeting_id = ? ORDER BY person_id"),
                     {meetingId});
    if (!query)
        return query.error();
    QList<Attendee> list;
    while (query.value()->next()) {
        list.append(Attendee{
            query.value()->value(0).toLongLong(),
            attendanceFromCode(query.value()->value(1).toString()).value_or(Attendance::Present)});
    }
    return list;
}

Result<int> MeetingRepository::update(const Meeting& m)
{
    auto query =
        run(QStringLiteral("UPDATE meetings SET scheduled_at = ?, held_on = ?, notes = ?, "
                           "series_id = ?, occurrence_on = ?, cancelled = ?, duration_minutes = ?, "
                           "leader_id = ?, agenda = ?, decisions = ?, "
                           "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
            {dateTimeToDb(m.scheduledAt), dateToDb(m.heldOn), plainTextToDb(m.notes),
             idToDb(m.seriesId), dateToDb(m.occurrenceOn), m.cancelled ? 1 : 0,
             durationToDb(m.durationMinutes), idToDb(m.leaderId), plainTextToDb(m.agenda),
             plainTextToDb(m.decisions), m.id, m.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The meeting"));
    return m.rowVersion + 1;
}

Status MeetingRepository::setAttendees(Id meetingId, const QList<Attendee>& attendees)
{
    if (auto cleared = run(QStringLiteral("DELETE FROM meeting_participants WHERE meeting_id = ?"),
                           {meetingId});
        !cleared)
        return cleared.error();
    return addAttendees(meetingId, attendees);
}

Status MeetingRepository::addAttendees(Id meetingId, const QList<Attendee>& attendees)
{
    for (const Attendee& a : attendees) {
        auto query = run(QStringLiteral("INSERT INTO meeting_participants (meeting_id, person_id, "
                                        "attendance) VALUES (?, ?, ?)"),
                         {meetingId, a.personId, attendanceCode(a.status)});
        if (!query)
            return query.error();
    }
    return {};
}

Status MeetingRepository::remove(const Meeting& meeting)
{
    auto query = run(QStringLiteral("DELETE FROM meetings WHERE id = ? AND row_version = ?"),
                     {meeting.id, meeting.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The meeting"));
    return {};
}

} // namespace tavle
