#include "DeadlineEvents.h"

#include "EventSource.h"
#include "services/DeadlineBoard.h"
#include "storage/MeetingRepository.h"

#include <QHash>
#include <algorithm>

namespace tavle {

namespace {

QStringList placementLines(const PlacementView& view)
{
    const Placement& p = view.placement;
    return {DeadlineEvents::tr("Level: %1").arg(DeadlineEvents::levelName(p.level)),
            EventSource::departmentLine(view.departmentName),
            view.supervisorName.isEmpty()
                ? DeadlineEvents::tr("Main supervisor: none assigned yet")
                : DeadlineEvents::tr("Main supervisor: %1").arg(view.supervisorName),
            p.endDate.isValid()
                ? DeadlineEvents::tr("Placement: %1 to %2")
                      .arg(EventSource::dateText(p.startDate), EventSource::dateText(p.endDate))
                : DeadlineEvents::tr("Placement: from %1").arg(EventSource::dateText(p.startDate))};
}

CalendarEvent deadlineEvent(const EventSource& source, const DeadlineRow& row)
{
    const PlacementView& view = row.view;
    CalendarEvent event;
    event.kind = CalendarEvent::Kind::Deadline;
    event.uid = source.uid("deadline", view.placement.id);
    event.sequence = std::max(0, view.placement.rowVersion - 1);
    event.summary = DeadlineEvents::tr("Expectation meeting due: %1").arg(view.traineeName);
    QStringList lines{DeadlineEvents::tr("The expectation meeting of %1 with the main supervisor "
                                         "is due on %2.")
                          .arg(view.traineeName, EventSource::dateText(row.deadline.due))};
    lines << placementLines(view);
    event.description = EventSource::description(lines);
    event.day = row.deadline.due;
    event.transparent = true; // a deadline does not make anyone busy
    // An overdue deadline is still open and shown, but without a reminder: its time has passed,
    // and calendar programs would raise every past reminder as missed on import.
    if (row.deadline.due >= source.today())
        event.reminderMinutes = std::max(0, source.options().deadlineReminderDays) * 24 * 60;
    return event;
}

CalendarEvent meetingEvent(const EventSource& source, const PlacementView& view,
                           const MeetingType& type, const Meeting& meeting)
{
    CalendarEvent event;
    event.kind = CalendarEvent::Kind::Meeting;
    event.uid = source.uid("meeting", meeting.id);
    event.sequence = std::max(0, meeting.rowVersion - 1);
    // Type names are data, stored in Danish: shown as stored.
    event.summary = QStringLiteral("%1: %2").arg(type.name, view.traineeName);
    QStringList lines = placementLines(view);
    lines << EventSource::agendaLines(meeting.agenda) << source.notesLines(meeting);
    event.description = EventSource::description(lines);
    event.start = EventSource::local(meeting.scheduledAt.date(), meeting.scheduledAt.time());
    event.durationMinutes =
        meeting.durationMinutes > 0 ? meeting.durationMinutes : type.defaultDurationMinutes;
    source.remindBeforeMeeting(event);
    return event;
}

} // namespace

QString DeadlineEvents::levelName(Level level)
{
    switch (level) {
    case Level::Kbu:
        return tr("KBU (foundation year)");
    case Level::Intro:
        return tr("Introductory post");
    case Level::Hu:
        return tr("Specialist training (HU)");
    }
    return {};
}

Result<QList<CalendarEvent>> DeadlineEvents::collect(EventSource& source)
{
    const auto rows =
        DeadlineBoard::load(source.database(), source.today(), source.options().departmentId);
    if (!rows)
        return rows.error();
    QList<MeetingType> perPlacement;
    for (const MeetingType& type : source.types()) {
        if (type.perPlacement)
            perPlacement << type;
    }
    std::sort(perPlacement.begin(), perPlacement.end(),
              [](const MeetingType& a, const MeetingType& b) { return a.id < b.id; });

    // Every scheduled per-placement meeting of the board in one query, by placement.
    const auto scheduled =
        MeetingRepository(source.database())
            .scheduledForPlacements(source.today(), source.options().departmentId);
    if (!scheduled)
        return scheduled.error();
    QHash<Id, QList<Meeting>> scheduledOf;
    for (const Meeting& m : scheduled.value())
        scheduledOf[m.placementId] << m;

    QList<CalendarEvent> events;
    for (const DeadlineRow& row : rows.value()) {
        const bool held = row.deadline.status == DeadlineStatus::Held;
        if (!held && row.deadline.due.isValid())
            events << deadlineEvent(source, row);
        const QList<Meeting> planned = scheduledOf.value(row.view.placement.id);
        for (const MeetingType& type : perPlacement) {
            // A held expectation meeting ends the matter: no need to look for a planned one.
            if (held && type.code == expectationMeetingCode())
                continue;
            for (const Meeting& m : planned) {
                if (m.meetingTypeId == type.id)
                    events << meetingEvent(source, row.view, type, m);
            }
        }
    }
    return events;
}

} // namespace tavle
