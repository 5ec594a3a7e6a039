#include "services/MeetingLog.h"

#include "i18n/DanishOrder.h"
#include "rules/Recurrence.h"
#include "services/MeetingEditing.h"
#include "storage/ActionItemRepository.h"
#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleAssignmentRepository.h"
#include "storage/Transactions.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace tavle {

namespace {

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

/// The names of persons by id, read one by one: a log has few distinct leaders.
class NameCache
{
public:
    explicit NameCache(Database& database) : m_persons(database) {}

    Result<QString> name(Id id)
    {
        if (!id)
            return QString();
        if (const auto it = m_names.constFind(id); it != m_names.cend())
            return it.value();
        const auto person = m_persons.byId(id);
        if (!person)
            return person.error();
        const QString name = person.value() ? person.value()->name : QString();
        m_names.insert(id, name);
        return name;
    }

private:
    PersonRepository m_persons;
    QHash<Id, QString> m_names;
};

bool sameItem(const ActionItem& a, const ActionItem& b)
{
    return a.text == b.text && a.ownerId == b.ownerId && a.dueDate == b.dueDate &&
           a.doneOn == b.doneOn && a.departmentId == b.departmentId && a.goalId == b.goalId;
}

Status validateActionItem(const ActionItem& item)
{
    if (item.text.simplified().isEmpty())
        return Error::invalidInput(
            MeetingLog::tr("An action item needs a text: what is to be done."));
    return {};
}

} // namespace

QString meetingStateCode(MeetingState state)
{
    switch (state) {
    case MeetingState::Planned:
        return QStringLiteral("planned");
    case MeetingState::Held:
        return QStringLiteral("held");
    case MeetingState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QDate MeetingEntry::date() const
{
    if (meeting.heldOn.isValid())
        return meeting.heldOn;
    if (meeting.occurrenceOn.isValid())
        return meeting.occurrenceOn;
    return meeting.scheduledAt.date();
}

Result<QList<MeetingEntry>> MeetingLog::entries(Database& database, const QDate& from,
                                                const QDate& to, Id departmentId, Id meetingTypeId)
{
    const auto stored =
        MeetingRepository(database).summaries(from, to, departmentId, meetingTypeId);
    if (!stored)
        return stored.error();
    QList<MeetingEntry> entries;
    QSet<QPair<Id, QDate>> logged;
    for (const MeetingSummary& s : stored.value()) {
        MeetingEntry e;
        e.meeting = s.meeting;
        e.state = s.meeting.cancelled          ? MeetingState::Cancelled
                  : s.meeting.heldOn.isValid() ? MeetingState::Held
                                               : MeetingState::Planned;
        e.typeName = s.typeName;
        e.typeCode = s.typeCode;
        e.departmentName = s.departmentName;
        e.seriesTitle = s.seriesTitle;
        e.leaderId = s.meeting.leaderId;
        e.leaderName = s.leaderName;
        e.present = s.present;
        e.absent = s.absent;
        e.excused = s.excused;
        entries << e;
        if (s.meeting.seriesId)
            logged.insert({s.meeting.seriesId, s.meeting.occurrenceOn});
    }

    // The occurrences of the series that nobody has logged or cancelled yet.
    MeetingSeriesRepository seriesRepository(database);
    const auto series = seriesRepository.all(departmentId);
    if (!series)
        return series.error();
    const auto types = MeetingTypeRepository(database).all();
    if (!types)
        return types.error();
    QHash<Id, MeetingType> typeById;
    for (const MeetingType& t : types.value())
        typeById.insert(t.id, t);
    const auto departments = DepartmentRepository(database).all();
    if (!departments)
        return departments.error();
    QHash<Id, QString> departmentNames;
    for (const Department& d : departments.value())
        departmentNames.insert(d.id, d.name);
    NameCache names(database);
    for (const MeetingSeries& s : series.value()) {
        if (meetingTypeId && s.meetingTypeId != meetingTypeId)
            continue;
        const QList<QDate> dates = RecurrenceRules::occurrences(s, from, to);
        if (dates.isEmpty())
            continue;
        const auto leaders = seriesRepository.leaders(s.id);
        if (!leaders)
            return leaders.error();
        for (const QDate& date : dates) {
            if (logged.contains({s.id, date}))
                continue;
            MeetingEntry e;
            e.meeting.meetingTypeId = s.meetingTypeId;
            e.meeting.departmentId = s.departmentId;
            e.meeting.seriesId = s.id;
            e.meeting.occurrenceOn = date;
            e.meeting.scheduledAt = QDateTime(date, s.startTime);
            e.meeting.durationMinutes = s.durationMinutes;
            e.state = MeetingState::Planned;
            e.typeName = typeById.value(s.meetingTypeId).name;
            e.typeCode = typeById.value(s.meetingTypeId).code;
            e.departmentName = departmentNames.value(s.departmentId);
            e.seriesTitle = s.title;
            e.leaderId = RecurrenceRules::leaderOn(leaders.value(), date);
            const auto leaderName = names.name(e.leaderId);
            if (!leaderName)
                return leaderName.error();
            e.leaderName = leaderName.value();
            entries << e;
        }
    }
    // Stored meetings of a series without a leader of their own show the series' leader.
    for (MeetingEntry& e : entries) {
        if (e.leaderId || !e.meeting.seriesId || !e.meeting.id)
            continue;
        const auto leaders = seriesRepository.leaders(e.meeting.seriesId);
        if (!leaders)
            return leaders.error();
        e.leaderId = RecurrenceRules::leaderOn(leaders.value(), e.date());
        const auto leaderName = names.name(e.leaderId);
        if (!leaderName)
            return leaderName.error();
        e.leaderName = leaderName.value();
    }
    std::stable_sort(
        entries.begin(), entries.end(), [](const MeetingEntry& a, const MeetingEntry& b) {
            const QDateTime ta = a.meeting.scheduledAt.isValid() ? a.meeting.scheduledAt
                                                                 : QDateTime(a.date(), QTime(0, 0));
            const QDateTime tb = b.meeting.scheduledAt.isValid() ? b.meeting.scheduledAt
                                                                 : QDateTime(b.date(), QTime(0, 0));
            return ta < tb;
        });
    return entries;
}

Result<QList<Person>> MeetingLog::expectedPeople(Database& database, const MeetingType& type,
                                                 Id departmentId, const QDate& date)
{
    QList<Person> people;
    QSet<Id> seen;
    if (type.defaultParticipants == DefaultParticipants::Team) {
        RoleAssignmentRepository roles(database);
        PersonRepository persons(database);
        for (const TeamRole role : {TeamRole::HeadOfDepartment, TeamRole::Uao, TeamRole::Ukyl}) {
            const auto held = roles.heldOn(role, departmentId, date);
            if (!held)
                return held.error();
            for (const RoleAssignment& a : held.value()) {
                if (seen.contains(a.personId))
                    continue;
                const auto person = persons.byId(a.personId);
                if (!person)
                    return person.error();
                if (person.value()) {
                    people << *person.value();
                    seen.insert(a.personId);
                }
            }
        }
    } else if (type.defaultParticipants == DefaultParticipants::Trainees) {
        const auto placements = PlacementRepository(database).inDepartment(departmentId, 0);
        if (!placements)
            return placements.error();
        for (const PlacementView& v : placements.value()) {
            const Placement& p = v.placement;
            const bool current = p.startDate <= date && (!p.endDate.isValid() || p.endDate >= date);
            if (!current || seen.contains(p.traineeId))
                continue;
            people << Person{p.traineeId, v.traineeName, v.traineeEmail};
            seen.insert(p.traineeId);
        }
    }
    const QCollator collator = danishCollator();
    std::stable_sort(people.begin(), people.end(), [&collator](const Person& a, const Person& b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return people;
}

Result<LoggedMeeting> MeetingLog::draft(Database& database, const MeetingType& type,
                                        Id departmentId, const QDateTime& when)
{
    LoggedMeeting logged;
    Meeting& m = logged.meeting;
    m.meetingTypeId = type.id;
    m.departmentId = departmentId;
    m.scheduledAt = when;
    m.durationMinutes = type.defaultDurationMinutes;
    m.agenda = type.agendaTemplate;
    const auto people = expectedPeople(database, type, departmentId, when.date());
    if (!people)
        return people.error();
    for (const Person& p : people.value())
        logged.attendees << Attendee{p.id, Attendance::Present};
    return logged;
}

Result<LoggedMeeting> MeetingLog::draftForOccurrence(Database& database,
                                                     const MeetingSeries& series,
                                                     const QDate& occurrence)
{
    const auto type = MeetingTypeRepository(database).byId(series.meetingTypeId);
    if (!type)
        return type.error();
    if (!type.value())
        return Error{tr("The meeting type of the series %1 no longer exists.").arg(series.title)};
    auto logged = draft(database, *type.value(), series.departmentId,
                        QDateTime(occurrence, series.startTime));
    if (!logged)
        return logged;
    const auto leaders = MeetingSeriesRepository(database).leaders(series.id);
    if (!leaders)
        return leaders.error();
    Meeting& m = logged.value().meeting;
    m.seriesId = series.id;
    m.occurrenceOn = occurrence;
    m.durationMinutes = series.durationMinutes;
    m.leaderId = RecurrenceRules::leaderOn(leaders.value(), occurrence);
    return logged;
}

Result<std::optional<std::pair<MeetingSeries, QDate>>>
MeetingLog::nextOccurrence(Database& database, Id meetingTypeId, Id departmentId, const QDate& day)
{
    const auto series = MeetingSeriesRepository(database).all(departmentId);
    if (!series)
        return series.error();
    std::optional<std::pair<MeetingSeries, QDate>> best;
    MeetingRepository meetings(database);
    for (const MeetingSeries& s : series.value()) {
        if (s.meetingTypeId != meetingTypeId)
            continue;
        // The first occurrence from `day` that is not logged or cancelled yet.
        QDate date = RecurrenceRules::nextOccurrence(s, day);
        for (int guard = 0; date.isValid() && guard < 60; ++guard) {
            const auto stored = meetings.forOccurrence(s.id, date);
            if (!stored)
                return stored.error();
            if (!stored.value())
                break;
            date = RecurrenceRules::nextOccurrence(s, date.addDays(1));
        }
        if (date.isValid() && (!best || date < best->second))
            best = std::make_pair(s, date);
    }
    return best;
}

Result<LoggedMeeting> MeetingLog::load(Database& database, Id meetingId)
{
    const auto meeting = MeetingRepository(database).byId(meetingId);
    if (!meeting)
        return meeting.error();
    if (!meeting.value())
        return Error{tr("The meeting has been deleted by someone else.")};
    LoggedMeeting logged;
    logged.meeting = *meeting.value();
    const auto attendees = MeetingRepository(database).attendees(meetingId);
    if (!attendees)
        return attendees.error();
    logged.attendees = attendees.value();
    const auto items = ActionItemRepository(database).forMeeting(meetingId);
    if (!items)
        return items.error();
    logged.actionItems = items.value();
    return logged;
}

Status MeetingLog::validate(const LoggedMeeting& logged, const QDate& today)
{
    const Meeting& m = logged.meeting;
    if (const auto valid = MeetingEditing::validate(MeetingRecord{m, logged.attendees}, today);
        !valid)
        return valid;
    if (m.cancelled && m.heldOn.isValid())
        return Error::invalidInput(tr("A cancelled meeting was not held: clear one of them."));
    if (m.seriesId && !m.occurrenceOn.isValid())
        return Error::invalidInput(tr("Choose the date of the series meeting."));
    QSet<Id> seen;
    for (const Attendee& a : logged.attendees) {
        if (seen.contains(a.personId))
            return Error::invalidInput(tr("A person is listed twice among the participants."));
        seen.insert(a.personId);
    }
    for (const ActionItem& item : logged.actionItems) {
        if (const auto valid = validateActionItem(item); !valid)
            return valid;
    }
    return {};
}

Result<LoggedMeeting> MeetingLog::save(Database& database, const LoggedMeeting& logged,
                                       const QDate& today)
{
    if (const auto valid = validate(logged, today); !valid)
        return valid.error();
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    MeetingRepository meetings(database);
    ActionItemRepository items(database);
    LoggedMeeting stored = logged;
    Meeting& m = stored.meeting;

    if (m.seriesId) {
        const auto series = MeetingSeriesRepository(database).byId(m.seriesId);
        if (!series)
            return series.error();
        if (!series.value())
            return Error{tr("The series has been deleted by someone else.")};
        if (!RecurrenceRules::isOccurrence(*series.value(), m.occurrenceOn)) {
            return Error::invalidInput(tr("The series %1 does not meet on %2.")
                                           .arg(series.value()->title, dateText(m.occurrenceOn)));
        }
        const auto existing = meetings.forOccurrence(m.seriesId, m.occurrenceOn);
        if (!existing)
            return existing.error();
        if (existing.value() && existing.value()->id != m.id) {
            return Error::invalidInput(tr("The meeting of %1 on %2 is logged already: open it "
                                          "to change it.")
                                           .arg(series.value()->title, dateText(m.occurrenceOn)));
        }
    }

    QList<ActionItem> before;
    if (m.id == 0) {
        const auto id = meetings.insert(m, stored.attendees);
        if (!id)
            return id.error();
        m.id = id.value();
        m.rowVersion = 1;
    } else {
        const auto version = meetings.update(m);
        if (!version)
            return version.error();
        m.rowVersion = version.value();
        if (const auto set = meetings.setAttendees(m.id, stored.attendees); !set)
            return set.error();
        const auto current = items.forMeeting(m.id);
        if (!current)
            return current.error();
        before = current.value();
    }

    QHash<Id, ActionItem> storedItems;
    for (const ActionItem& item : before)
        storedItems.insert(item.id, item);
    QSet<Id> kept;
    for (ActionItem& item : stored.actionItems) {
        item.meetingId = m.id;
        if (!item.departmentId)
            item.departmentId = m.departmentId;
        const auto existing = storedItems.constFind(item.id);
        if (item.id && existing != storedItems.cend()) {
            kept.insert(item.id);
            if (sameItem(item, existing.value()) && item.rowVersion == existing->rowVersion)
                continue;
            const auto version = items.update(item);
            if (!version)
                return version.error();
            item.rowVersion = version.value();
        } else {
            const auto id = items.insert(item);
            if (!id)
                return id.error();
            item.id = id.value();
            item.rowVersion = 1;
        }
    }
    for (const ActionItem& item : before) {
        if (kept.contains(item.id))
            continue;
        if (const auto removed = items.remove(item); !removed)
            return removed.error();
    }
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return stored;
}

Status MeetingLog::remove(Database& database, const Meeting& meeting)
{
    return MeetingEditing::remove(database, meeting);
}

Result<ActionItem> MeetingLog::saveActionItem(Database& database, const ActionItem& item)
{
    if (const auto valid = validateActionItem(item); !valid)
        return valid.error();
    return inTransaction(database, [&] {
        ActionItemRepository items(database);
        return storeVersioned(items, item);
    });
}

Status MeetingLog::removeActionItem(Database& database, const ActionItem& item)
{
    return inTransaction(database, [&] { return ActionItemRepository(database).remove(item); });
}

Result<QList<AttendanceRecord>> MeetingLog::attendance(Database& database, const QDate& from,
                                                       const QDate& to, Id departmentId,
                                                       Id seriesId)
{
    return MeetingRepository(database).attendanceRecords(from, to, departmentId, seriesId);
}

} // namespace tavle
