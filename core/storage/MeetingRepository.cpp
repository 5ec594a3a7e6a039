#include "storage/MeetingRepository.h"

namespace tavle {

namespace {
const QString kColumns = QStringLiteral("id, meeting_type_id, placement_id, department_id, "
                                        "scheduled_at, held_on, notes, row_version");

Meeting meetingFrom(const QSqlQuery& q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.meetingTypeId = q.value(1).toLongLong();
    m.placementId = idFromDb(q.value(2));
    m.departmentId = idFromDb(q.value(3));
    if (!q.value(4).isNull())
        m.scheduledAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    m.heldOn = dateFromDb(q.value(5));
    m.notes = q.value(6).toString();
    m.rowVersion = q.value(7).toInt();
    return m;
}

/// Notes are never NULL in the table; a null QString would bind as NULL.
QString notesToDb(const QString& notes)
{
    return notes.isNull() ? QStringLiteral("") : notes;
}

QVariant dateTimeToDb(const QDateTime& when)
{
    return when.isValid() ? QVariant(when.toString(QStringLiteral("yyyy-MM-ddTHH:mm")))
                          : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

Result<Id> MeetingRepository::insert(const Meeting& m, const QList<Id>& participantIds)
{
    const auto id = insertReturningId(
        QStringLiteral("INSERT INTO meetings (meeting_type_id, placement_id, department_id, "
                       "scheduled_at, held_on, notes) VALUES (?, ?, ?, ?, ?, ?)"),
        {m.meetingTypeId, idToDb(m.placementId), idToDb(m.departmentId),
         dateTimeToDb(m.scheduledAt), dateToDb(m.heldOn), notesToDb(m.notes)});
    if (!id)
        return id;
    if (const auto added = addParticipants(id.value(), participantIds); !added)
        return added.error();
    return id;
}

Result<QList<Meeting>> MeetingRepository::forPlacement(Id placementId, Id meetingTypeId)
{
    auto query = run(QStringLiteral("SELECT %1 FROM meetings WHERE placement_id = ? AND "
                                    "meeting_type_id = ? ORDER BY id")
                         .arg(kColumns),
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
    auto query = run(QStringLiteral("SELECT %1 FROM meetings WHERE id = ?").arg(kColumns), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<Meeting>();
    return std::optional<Meeting>(meetingFrom(*query.value()));
}

Status MeetingRepository::setParticipants(Id meetingId, const QList<Id>& participantIds)
{
    if (auto cleared = run(QStringLiteral("DELETE FROM meeting_participants WHERE meeting_id = ?"),
                           {meetingId});
        !cleared)
        return cleared.error();
    return addParticipants(meetingId, participantIds);
}

Status MeetingRepository::addParticipants(Id meetingId, const QList<Id>& participantIds)
{
    for (const Id personId : participantIds) {
        auto query = run(QStringLiteral("INSERT INTO meeting_participants (meeting_id, person_id) "
                                        "VALUES (?, ?)"),
                         {meetingId, personId});
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

Result<QList<Id>> MeetingRepository::participants(Id meetingId)
{
    auto query = run(QStringLiteral("SELECT person_id FROM meeting_participants "
                                    "WHERE meeting_id = ? ORDER BY person_id"),
                     {meetingId});
    if (!query)
        return query.error();
    QList<Id> ids;
    while (query.value()->next())
        ids.append(query.value()->value(0).toLongLong());
    return ids;
}

Result<int> MeetingRepository::update(const Meeting& m)
{
    auto query = run(
        QStringLiteral("UPDATE meetings SET scheduled_at = ?, held_on = ?, "
                       "notes = ?, row_version = row_version + 1 "
                       "WHERE id = ? AND row_version = ?"),
        {dateTimeToDb(m.scheduledAt), dateToDb(m.heldOn), notesToDb(m.notes), m.id, m.rowVersion});
    if (!query)
        return query.error();
    if (query.value()->numRowsAffected() != 1)
        return changedElsewhere(tr("The meeting"));
    return m.rowVersion + 1;
}

} // namespace tavle
