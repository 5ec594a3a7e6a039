#include "services/Conflicts.h"

#include "domain/Level.h"
#include "storage/Database.h"
#include "storage/MeetingRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"

namespace tavle {

namespace {

QString dayText(const QDate& day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd-MM-yyyy"))
                         : Conflicts::tr("none", "no date");
}

QString personText(Database& database, Id id)
{
    if (!id)
        return Conflicts::tr("none", "no person");
    const auto person = PersonRepository(database).byId(id);
    return person && person.value() ? person.value()->name : QStringLiteral("#%1").arg(id);
}

/// One line "• Field: before → now" when the values differ.
void compare(QStringList& lines, const QString& field, const QString& before, const QString& now)
{
    if (before != now)
        lines << QStringLiteral("• %1: %2 → %3").arg(field, before, now);
}

/// One line "• Field was changed" for long texts that do not fit a line.
void compareText(QStringList& lines, const QString& field, const QString& before,
                 const QString& now)
{
    if (before != now)
        lines << Conflicts::tr("• %1 was changed").arg(field);
}

Error conflictError(const QString& heading, const QStringList& lines)
{
    QString text = heading;
    if (!lines.isEmpty())
        text += QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    return Error::conflict(text + QLatin1Char('\n') + Conflicts::whatToDo());
}

} // namespace

QString Conflicts::whatToDo()
{
    return tr("Your change was not saved. Reload to see the data as it is now, then make your "
              "change again if it still holds.");
}

Error Conflicts::placement(Database& database, const Placement& asRead)
{
    const QString trainee = personText(database, asRead.traineeId);
    const auto now = PlacementRepository(database).byId(asRead.id);
    if (!now)
        return now.error();
    if (!now.value()) {
        return conflictError(
            tr("Someone else has deleted the placement of %1 since you read it.").arg(trainee), {});
    }
    const Placement& p = *now.value();
    QStringList lines;
    compare(lines, tr("Level"), levelCode(asRead.level), levelCode(p.level));
    compare(lines, tr("Start date"), dayText(asRead.startDate), dayText(p.startDate));
    compare(lines, tr("End date"), dayText(asRead.endDate), dayText(p.endDate));
    compare(lines, tr("Main supervisor"), personText(database, asRead.mainSupervisorId),
            personText(database, p.mainSupervisorId));
    return conflictError(
        tr("Someone else has changed the placement of %1 since you read it:").arg(trainee), lines);
}

Error Conflicts::meeting(Database& database, const MeetingRecord& asRead)
{
    MeetingRepository meetings(database);
    const auto now = meetings.byId(asRead.meeting.id);
    if (!now)
        return now.error();
    if (!now.value())
        return conflictError(tr("Someone else has deleted the meeting since you read it."), {});
    const Meeting& before = asRead.meeting;
    const Meeting& m = *now.value();
    QStringList lines;
    compare(lines, tr("Held on"), dayText(before.heldOn), dayText(m.heldOn));
    compare(lines, tr("Scheduled"),
            before.scheduledAt.isValid()
                ? before.scheduledAt.toString(QStringLiteral("dd-MM-yyyy HH:mm"))
                : tr("none", "no time"),
            m.scheduledAt.isValid() ? m.scheduledAt.toString(QStringLiteral("dd-MM-yyyy HH:mm"))
                                    : tr("none", "no time"));
    compare(lines, tr("Cancelled"), before.cancelled ? tr("yes") : tr("no"),
            m.cancelled ? tr("yes") : tr("no"));
    compare(lines, tr("Leader"), personText(database, before.leaderId),
            personText(database, m.leaderId));
    compareText(lines, tr("The agenda"), before.agenda, m.agenda);
    compareText(lines, tr("The decisions"), before.decisions, m.decisions);
    if (database.canReadMeetingNotes())
        compareText(lines, tr("The notes"), before.notes, m.notes);
    const auto people = meetings.attendees(m.id);
    if (people) {
        QStringList was;
        QStringList is;
        for (const Attendee& a : asRead.attendees)
            was << QStringLiteral("%1:%2").arg(a.personId).arg(int(a.status));
        for (const Attendee& a : people.value())
            is << QStringLiteral("%1:%2").arg(a.personId).arg(int(a.status));
        was.sort();
        is.sort();
        if (was != is)
            lines << tr("• Who came was changed");
    }
    return conflictError(tr("Someone else has changed the meeting since you read it:"), lines);
}

} // namespace tavle
