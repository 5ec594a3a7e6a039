#include "EventSource.h"

#include "rules/Recurrence.h"
#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"

namespace tavle {

EventSource::EventSource(Database& database, const CalendarOptions& options)
    : m_database(database), m_options(options), m_databaseId(database.databaseId()),
      m_persons(database)
{}

Result<std::unique_ptr<EventSource>> EventSource::open(Database& database,
                                                       const CalendarOptions& options)
{
    if (database.databaseId().isEmpty()) {
        return Error{tr("The database %1 has no identity yet, so its calendar events would not "
                        "be told apart from another database's. Open it once with Tavle (not "
                        "read-only) to upgrade it, then export again.")
                         .arg(database.location())};
    }
    std::unique_ptr<EventSource> source(new EventSource(database, options));
    const auto types = MeetingTypeRepository(database).all();
    if (!types)
        return types.error();
    for (const MeetingType& type : types.value())
        source->m_types.insert(type.id, type);
    const auto departments = DepartmentRepository(database).all();
    if (!departments)
        return departments.error();
    for (const Department& department : departments.value())
        source->m_departmentNames.insert(department.id, department.name);
    if (options.departmentId && !source->m_departmentNames.contains(options.departmentId)) {
        return Error::invalidInput(
            tr("The department to export (number %1) does not exist; choose another one.")
                .arg(options.departmentId));
    }
    return Result<std::unique_ptr<EventSource>>(std::move(source));
}

Result<QString> EventSource::personName(Id id)
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

QString EventSource::departmentSummary(const QString& title, Id departmentId) const
{
    if (m_options.departmentId || m_departmentNames.size() < 2 || !departmentId)
        return title;
    return tr("%1 (%2)").arg(title, departmentName(departmentId));
}

QString EventSource::uid(const char* kind, Id id) const
{
    return QStringLiteral("%1-%2-%3@tavle").arg(QLatin1String(kind)).arg(id).arg(m_databaseId);
}

QDateTime EventSource::local(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, RecurrenceRules::timeZone());
}

QString EventSource::dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

QString EventSource::departmentLine(const QString& name)
{
    return name.isEmpty() ? QString() : tr("Department: %1").arg(name);
}

QString EventSource::leaderLine(const QString& leaders)
{
    return leaders.isEmpty() ? QString() : tr("Meeting leader: %1").arg(leaders);
}

QString EventSource::agendaLines(const QString& agenda)
{
    const QString text = agenda.trimmed();
    return text.isEmpty() ? QString() : tr("Agenda:") + QLatin1Char('\n') + text;
}

QString EventSource::notesLines(const Meeting& meeting) const
{
    if (!m_options.includeNotes)
        return {};
    QStringList lines;
    if (!meeting.notes.trimmed().isEmpty())
        lines << tr("Notes:") + QLatin1Char('\n') + meeting.notes.trimmed();
    if (!meeting.decisions.trimmed().isEmpty())
        lines << tr("Decisions:") + QLatin1Char('\n') + meeting.decisions.trimmed();
    return lines.join(QLatin1Char('\n'));
}

QString EventSource::description(const QStringList& lines)
{
    QStringList kept;
    for (const QString& line : lines) {
        if (!line.isEmpty())
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

void EventSource::remindBeforeMeeting(CalendarEvent& event) const
{
    event.reminderMinutes = std::max(0, m_options.meetingReminderMinutes);
}

} // namespace tavle
