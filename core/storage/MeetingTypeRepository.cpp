#include "storage/MeetingTypeRepository.h"

namespace tavle {

namespace {
const QString kColumns = QStringLiteral(
    "id, code, name, department_id, per_placement, default_duration_minutes, "
    "default_start_time, default_participants, agenda_template, position FROM meeting_types");

MeetingType typeFrom(const QSqlQuery& q)
{
    MeetingType type;
    type.id = q.value(0).toLongLong();
    type.code = q.value(1).toString();
    type.name = q.value(2).toString();
    type.departmentId = idFromDb(q.value(3));
    type.perPlacement = q.value(4).toInt() == 1;
    type.defaultDurationMinutes = q.value(5).toInt();
    type.defaultStartTime = timeFromDb(q.value(6));
    type.defaultParticipants =
        defaultParticipantsFromCode(q.value(7).toString()).value_or(DefaultParticipants::None);
    type.agendaTemplate = q.value(8).toString();
    type.position = q.value(9).toInt();
    return type;
}
} // namespace

Result<QList<MeetingType>> MeetingTypeRepository::all()
{
    auto query = run(QStringLiteral("SELECT %1 ORDER BY position, name, id").arg(kColumns), {});
    if (!query)
        return query.error();
    QList<MeetingType> types;
    while (query.value()->next())
        types.append(typeFrom(*query.value()));
    return types;
}

Result<std::optional<MeetingType>> MeetingTypeRepository::byCode(const QString& code)
{
    auto query = run(QStringLiteral("SELECT %1 WHERE code = ?").arg(kColumns), {code});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<MeetingType>();
    return std::optional<MeetingType>(typeFrom(*query.value()));
}

Result<std::optional<MeetingType>> MeetingTypeRepository::byId(Id id)
{
    auto query = run(QStringLiteral("SELECT %1 WHERE id = ?").arg(kColumns), {id});
    if (!query)
        return query.error();
    if (!query.value()->next())
        return std::optional<MeetingType>();
    return std::optional<MeetingType>(typeFrom(*query.value()));
}

Result<QList<DeadlineRule>> MeetingTypeRepository::rules(Id meetingTypeId)
{
    auto query = run(QStringLiteral("SELECT id, meeting_type_id, level, anchor, offset_days "
                                    "FROM deadline_rules WHERE meeting_type_id = ? ORDER BY id"),
                     {meetingTypeId});
    if (!query)
        return query.error();
    QList<DeadlineRule> rules;
    QSqlQuery& q = *query.value();
    while (q.next()) {
        DeadlineRule rule;
        rule.id = q.value(0).toLongLong();
        rule.meetingTypeId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            rule.level = levelFromCode(q.value(2).toString());
        rule.anchor = q.value(3).toString() == QLatin1String("end") ? DeadlineAnchor::End
                                                                    : DeadlineAnchor::Start;
        rule.offsetDays = q.value(4).toInt();
        rules.append(rule);
    }
    return rules;
}

Result<Id> MeetingTypeRepository::insert(const MeetingType& type, const QList<DeadlineRule>& rules)
{
    const auto id = insertReturningId(
        QStringLiteral("INSERT INTO meeting_types (code, name, department_id, per_placement, "
                       "default_duration_minutes, default_start_time, default_participants, "
                       "agenda_template, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {textToDb(type.code), type.name, idToDb(type.departmentId), type.perPlacement ? 1 : 0,
         type.defaultDurationMinutes, timeToDb(type.defaultStartTime),
         defaultParticipantsCode(type.defaultParticipants), plainTextToDb(type.agendaTemplate),
         type.position});
    if (!id)
        return id;
    for (const DeadlineRule& rule : rules) {
        auto query = run(
            QStringLiteral("INSERT INTO deadline_rules (meeting_type_id, level, "
                           "anchor, offset_days) VALUES (?, ?, ?, ?)"),
            {id.value(),
             rule.level ? QVariant(levelCode(*rule.level))
                        : QVariant(QMetaType(QMetaType::QString)),
             rule.anchor == DeadlineAnchor::End ? QStringLiteral("end") : QStringLiteral("start"),
             rule.offsetDays});
        if (!query)
            return query.error();
    }
    return id;
}

} // namespace tavle
