#include "MeetingEvents.h"

#include "EventSource.h"
#include "rules/Recurrence.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"

#include <algorithm>

namespace tavle {

namespace {

/// A day after every stored meeting: the end of "from today on".
const QDate kLastDay(9999, 12, 31);

struct ExportedSeries
{
    MeetingSeries series;
    QList<LeaderPeriod> leaders;
    CalendarEvent event;
    QList<CalendarEvent> changed;
};

/// "Anna Berg 01-01-2027 – 28-02-2027, Åse Lund 01-03-2027 – 30-04-2027": the periods that have
/// not ended before today, in order.
Result<QString> leaderPeriods(EventSource& source, QList<LeaderPeriod> periods)
{
    std::sort(periods.begin(), periods.end(),
              [](const LeaderPeriod& a, const LeaderPeriod& b) { return a.from < b.from; });
    QStringList texts;
    for (const LeaderPeriod& period : periods) {
        if (period.to < source.today())
            continue;
        const auto name = source.personName(period.personId);
        if (!name)
            return name.error();
        if (name.value().isEmpty())
            continue;
        texts << MeetingEvents::tr("%1 %2 – %3")
                     .arg(name.value(), EventSource::dateText(period.from),
                          EventSource::dateText(period.to));
    }
    return texts.join(QStringLiteral(", "));
}

Result<CalendarEvent> seriesEvent(EventSource& source, const MeetingSeries& series,
                                  const QList<LeaderPeriod>& leaders)
{
    const auto leaderText = leaderPeriods(source, leaders);
    if (!leaderText)
        return leaderText.error();
    CalendarEvent event;
    event.kind = CalendarEvent::Kind::Series;
    event.uid = source.uid("series", series.id);
    event.sequence = std::max(0, series.rowVersion - 1);
    event.summary = source.departmentSummary(series.title, series.departmentId);
    event.description = EventSource::description(
        {EventSource::leaderLine(leaderText.value()),
         EventSource::departmentLine(source.departmentName(series.departmentId)),
         EventSource::agendaLines(source.type(series.meetingTypeId).agendaTemplate)});
    event.start = RecurrenceRules::occurrenceStart(series, series.startDate);
    event.durationMinutes = series.durationMinutes;
    event.rrule = MeetingEvents::rrule(series);
    source.remindBeforeMeeting(event);
    return event;
}

/// The day a stored meeting is on: when held, else when scheduled.
QDate dayOf(const Meeting& meeting)
{
    return meeting.heldOn.isValid() ? meeting.heldOn : meeting.scheduledAt.date();
}

Result<CalendarEvent> changedOccurrence(EventSource& source, const ExportedSeries& exported,
                                        const MeetingSummary& summary)
{
    const MeetingSeries& series = exported.series;
    const Meeting& m = summary.meeting;
    QString leader = summary.leaderName;
    if (!m.leaderId) {
        const auto name =
            source.personName(RecurrenceRules::leaderOn(exported.leaders, m.occurrenceOn));
        if (!name)
            return name.error();
        leader = name.value();
    }
    CalendarEvent event;
    event.kind = CalendarEvent::Kind::ChangedOccurrence;
    event.uid = exported.event.uid;
    event.sequence = exported.event.sequence + std::max(0, m.rowVersion - 1);
    event.summary = exported.event.summary;
    event.description = EventSource::description(
        {EventSource::leaderLine(leader), EventSource::departmentLine(summary.departmentName),
         EventSource::agendaLines(m.agenda.trimmed().isEmpty()
                                      ? source.type(series.meetingTypeId).agendaTemplate
                                      : m.agenda),
         source.notesLines(m)});
    event.recurrenceId = RecurrenceRules::occurrenceStart(series, m.occurrenceOn);
    event.start = EventSource::local(dayOf(m), m.scheduledAt.isValid() ? m.scheduledAt.time()
                                                                       : series.startTime);
    event.durationMinutes = m.durationMinutes > 0 ? m.durationMinutes : series.durationMinutes;
    source.remindBeforeMeeting(event);
    return event;
}

CalendarEvent meetingEvent(EventSource& source, const MeetingSummary& summary)
{
    const Meeting& m = summary.meeting;
    CalendarEvent event;
    event.kind = CalendarEvent::Kind::Meeting;
    event.uid = source.uid("meeting", m.id);
    event.sequence = std::max(0, m.rowVersion - 1);
    // Type names are data, stored in Danish: shown as stored.
    event.summary = source.departmentSummary(
        summary.seriesTitle.isEmpty() ? summary.typeName : summary.seriesTitle, m.departmentId);
    event.description =
        EventSource::description({EventSource::leaderLine(summary.leaderName),
                                  EventSource::departmentLine(summary.departmentName),
                                  EventSource::agendaLines(m.agenda), source.notesLines(m)});
    if (m.scheduledAt.isValid()) {
        event.start = EventSource::local(dayOf(m), m.scheduledAt.time());
        event.durationMinutes = m.durationMinutes > 0
                                    ? m.durationMinutes
                                    : source.type(m.meetingTypeId).defaultDurationMinutes;
    } else {
        event.day = dayOf(m); // held, with no time: all day
    }
    source.remindBeforeMeeting(event);
    return event;
}

} // namespace

QString MeetingEvents::rrule(const MeetingSeries& series)
{
    static const char* const weekdays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    const QLatin1String weekday(weekdays[series.startDate.dayOfWeek() - 1]);
    QString rule;
    switch (series.recurrence) {
    case Recurrence::Weekly:
        rule = QStringLiteral("FREQ=WEEKLY;INTERVAL=%1;BYDAY=%2").arg(series.interval).arg(weekday);
        break;
    case Recurrence::MonthlyWeekday:
        rule = QStringLiteral("FREQ=MONTHLY;INTERVAL=%1;BYDAY=%2%3")
                   .arg(series.interval)
                   .arg(RecurrenceRules::weekdayOrdinal(series.startDate))
                   .arg(weekday);
        break;
    case Recurrence::MonthlyDay:
        rule = QStringLiteral("FREQ=MONTHLY;INTERVAL=%1;BYMONTHDAY=%2")
                   .arg(series.interval)
                   .arg(series.startDate.day());
        break;
    }
    if (series.endDate.isValid()) {
        const QDateTime end = EventSource::local(series.endDate, QTime(23, 59, 59)).toUTC();
        rule += QStringLiteral(";UNTIL=") + end.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    }
    return rule;
}

Result<QList<CalendarEvent>> MeetingEvents::collect(EventSource& source)
{
    const Id department = source.options().departmentId;
    MeetingSeriesRepository repository(source.database());
    const auto all = repository.all(department);
    if (!all)
        return all.error();
    QList<ExportedSeries> series;
    QHash<Id, qsizetype> indexById;
    QDate from = source.today();
    for (const MeetingSeries& s : all.value()) {
        if (s.endDate.isValid() && s.endDate < source.today())
            continue; // nothing ahead
        auto leaders = repository.leaders(s.id);
        if (!leaders)
            return leaders.error();
        auto event = seriesEvent(source, s, leaders.value());
        if (!event)
            return event.error();
        indexById.insert(s.id, series.size());
        series << ExportedSeries{s, std::move(leaders).value(), std::move(event).value(), {}};
        from = std::min(from, s.startDate);
    }

    // Stored meetings back to the first series' start, for the cancelled occurrences; a month
    // more for an occurrence moved before its date.
    const auto stored =
        MeetingRepository(source.database()).summaries(from.addMonths(-1), kLastDay, department, 0);
    if (!stored)
        return stored.error();
    QList<CalendarEvent> events;
    for (const MeetingSummary& summary : stored.value()) {
        const Meeting& m = summary.meeting;
        const QDate day = dayOf(m);
        const auto found = indexById.constFind(m.seriesId);
        if (m.seriesId && found != indexById.cend() && m.occurrenceOn.isValid() &&
            RecurrenceRules::isOccurrence(series.at(found.value()).series, m.occurrenceOn)) {
            ExportedSeries& exported = series[found.value()];
            if (m.cancelled) {
                exported.event.exceptions
                    << RecurrenceRules::occurrenceStart(exported.series, m.occurrenceOn);
            } else if (day >= source.today()) {
                auto changed = changedOccurrence(source, exported, summary);
                if (!changed)
                    return changed.error();
                exported.changed << changed.value();
            }
            continue;
        }
        if (m.cancelled || !day.isValid() || day < source.today())
            continue;
        events << meetingEvent(source, summary);
    }
    for (ExportedSeries& exported : series) {
        std::sort(exported.event.exceptions.begin(), exported.event.exceptions.end());
        events << exported.event << exported.changed;
    }
    return events;
}

} // namespace tavle
