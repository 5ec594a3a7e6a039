#include "services/MeetingRegistration.h"

#include "rules/DeadlineRules.h"
#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"

#include <QHash>

namespace tavle {

namespace {

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

/// The placements that had not ended before `date`; of those, the one that had started most
/// recently on `date`, else the one that starts first after it.
std::optional<Placement> placementOn(const QList<Placement>& placements, const QDate& date)
{
    std::optional<Placement> started;
    std::optional<Placement> coming;
    for (const Placement& p : placements) {
        if (p.endDate.isValid() && p.endDate < date)
            continue;
        if (p.startDate <= date) {
            if (!started || p.startDate > started->startDate)
                started = p;
        } else if (!coming || p.startDate < coming->startDate) {
            coming = p;
        }
    }
    return started ? started : coming;
}

} // namespace

Result<HeldOutcome> MeetingRegistration::registerHeld(Database& database,
                                                      const HeldRequest& request)
{
    if (!request.heldOn.isValid())
        return Error::invalidInput(tr("Give the date the meeting was held."));
    if (request.today.isValid() && request.heldOn > request.today) {
        return Error::invalidInput(
            tr("%1 is in the future. Register a meeting as held once it has taken place.")
                .arg(dateText(request.heldOn)));
    }

    // The meeting type.
    MeetingTypeRepository typeRepository(database);
    const auto types = typeRepository.all();
    if (!types)
        return types.error();
    std::optional<MeetingType> type;
    const QString wantedType =
        request.meetingType.isEmpty() ? expectationMeetingCode() : folded(request.meetingType);
    QStringList typeNames;
    for (const MeetingType& t : types.value()) {
        if (!t.perPlacement)
            continue;
        typeNames << t.name;
        if (folded(t.name) == wantedType || (!t.code.isEmpty() && t.code == wantedType))
            type = t;
    }
    if (!type) {
        return Error::invalidInput(
            tr("There is no meeting type '%1' held per placement. Known types: %2.")
                .arg(request.meetingType, typeNames.join(QStringLiteral(", "))));
    }

    // The trainee: by e-mail when the text is one, else by name.
    PersonRepository personRepository(database);
    PlacementRepository placementRepository(database);
    const auto persons = personRepository.all();
    if (!persons)
        return persons.error();
    const bool byEmail = request.trainee.contains(QLatin1Char('@'));
    QList<Person> matches;
    QHash<Id, QList<Placement>> placementsOf;
    for (const Person& p : persons.value()) {
        const bool same = byEmail ? p.email == request.trainee.trimmed().toLower()
                                  : folded(p.name) == folded(request.trainee);
        if (!same)
            continue;
        const auto placements = placementRepository.forTrainee(p.id);
        if (!placements)
            return placements.error();
        if (placements->isEmpty())
            continue; // a supervisor or team member of that name, not a trainee
        matches << p;
        placementsOf.insert(p.id, placements.value());
    }
    if (matches.isEmpty()) {
        return Error::invalidInput(
            tr("There is no trainee named %1. Check the spelling, or give the e-mail address.")
                .arg(request.trainee));
    }
    if (matches.size() > 1) {
        QStringList who;
        for (const Person& p : matches)
            who << (p.email.isEmpty() ? tr("%1 (no e-mail)").arg(p.name) : p.email);
        return Error::invalidInput(
            tr("%1 trainees are named %2: %3. Give the e-mail address instead of the name.")
                .arg(matches.size())
                .arg(request.trainee, who.join(QStringLiteral(", "))));
    }
    const Person trainee = matches.first();

    // The placement, in the asked department if one was given.
    const auto departments = DepartmentRepository(database).all();
    if (!departments)
        return departments.error();
    QHash<Id, QString> departmentNames;
    for (const Department& d : departments.value())
        departmentNames.insert(d.id, d.name);
    QList<Placement> candidates;
    for (const Placement& p : placementsOf.value(trainee.id)) {
        if (request.department.isEmpty() ||
            folded(departmentNames.value(p.departmentId)) == folded(request.department))
            candidates << p;
    }
    if (candidates.isEmpty()) {
        return Error::invalidInput(
            tr("%1 has no placement in %2.").arg(trainee.name, request.department));
    }
    if (request.department.isEmpty()) {
        QHash<Id, bool> current;
        for (const Placement& p : candidates) {
            if (!p.endDate.isValid() || p.endDate >= request.heldOn)
                current.insert(p.departmentId, true);
        }
        if (current.size() > 1) {
            QStringList names;
            for (auto it = current.cbegin(); it != current.cend(); ++it)
                names << departmentNames.value(it.key());
            names.sort();
            return Error::invalidInput(
                tr("%1 has placements in several departments (%2). Name the department.")
                    .arg(trainee.name, names.join(QStringLiteral(", "))));
        }
    }
    const auto placement = placementOn(candidates, request.heldOn);
    if (!placement) {
        return Error::invalidInput(tr("%1 has no placement that had not ended by %2.")
                                       .arg(trainee.name, dateText(request.heldOn)));
    }

    HeldOutcome outcome;
    outcome.traineeName = trainee.name;
    outcome.departmentName = departmentNames.value(placement->departmentId);
    outcome.meetingTypeName = type->name;
    outcome.level = placement->level;
    outcome.startDate = placement->startDate;
    const auto rules = typeRepository.rules(type->id);
    if (!rules)
        return rules.error();
    if (const auto rule = ruleForLevel(rules.value(), placement->level))
        outcome.dueDate = dueDate(*rule, placement->startDate, placement->endDate);

    // Register: correct a held date, complete a scheduled meeting, or add a new one.
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    MeetingRepository meetings(database);
    const auto existing = meetings.forPlacement(placement->id, type->id);
    if (!existing)
        return existing.error();
    std::optional<Meeting> held;
    std::optional<Meeting> scheduled;
    for (const Meeting& m : existing.value()) {
        if (m.heldOn.isValid() && (!held || m.heldOn < held->heldOn))
            held = m;
        else if (!m.heldOn.isValid() && !scheduled)
            scheduled = m;
    }
    if (held && held->heldOn == request.heldOn) {
        outcome.kind = HeldOutcome::Kind::AlreadyRegistered;
        outcome.meetingId = held->id;
        return outcome;
    }
    if (held || scheduled) {
        Meeting m = held ? *held : *scheduled;
        outcome.kind = held ? HeldOutcome::Kind::DateChanged : HeldOutcome::Kind::ScheduledNowHeld;
        outcome.previousDate = m.heldOn;
        m.heldOn = request.heldOn;
        if (!request.notes.isEmpty())
            m.notes = request.notes;
        if (const auto updated = meetings.update(m); !updated)
            return updated.error();
        outcome.meetingId = m.id;
    } else {
        Meeting m;
        m.meetingTypeId = type->id;
        m.placementId = placement->id;
        m.heldOn = request.heldOn;
        m.notes = request.notes;
        QList<Attendee> attendees{Attendee{trainee.id, Attendance::Present}};
        if (placement->mainSupervisorId)
            attendees << Attendee{placement->mainSupervisorId, Attendance::Present};
        const auto id = meetings.insert(m, attendees);
        if (!id)
            return id.error();
        outcome.kind = HeldOutcome::Kind::Created;
        outcome.meetingId = id.value();
    }
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace tavle
