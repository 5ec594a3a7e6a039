#include "CalendarExport.h"

#include "DeadlineEvents.h"
#include "EventSource.h"
#include "ICalendarWriter.h"
#include "MeetingEvents.h"

#include <QDir>
#include <QSaveFile>

namespace tavle {

Status CalendarExport::validate(const CalendarOptions& options)
{
    if (!options.today.isValid())
        return Error::invalidInput(tr("Give the day the calendar starts from (today)."));
    if (options.deadlineReminderDays < 0 ||
        options.deadlineReminderDays > kMaxDeadlineReminderDays) {
        return Error::invalidInput(tr("The reminder before a deadline is 0 (none) to %1 days, "
                                      "not %2.")
                                       .arg(kMaxDeadlineReminderDays)
                                       .arg(options.deadlineReminderDays));
    }
    if (options.meetingReminderMinutes < 0 ||
        options.meetingReminderMinutes > kMaxMeetingReminderMinutes) {
        return Error::invalidInput(tr("The reminder before a meeting is 0 (none) to %1 minutes "
                                      "(a week), not %2.")
                                       .arg(kMaxMeetingReminderMinutes)
                                       .arg(options.meetingReminderMinutes));
    }
    return {};
}

Result<QByteArray> CalendarExport::build(Database& database, const CalendarOptions& options,
                                         CalendarCounts* counts)
{
    if (const auto valid = validate(options); !valid)
        return valid.error();
    auto opened = EventSource::open(database, options);
    if (!opened)
        return opened.error();
    EventSource& source = *opened.value();

    auto events = DeadlineEvents::collect(source);
    if (!events)
        return events.error();
    const auto meetings = MeetingEvents::collect(source);
    if (!meetings)
        return meetings.error();
    events.value() << meetings.value();

    if (counts) {
        *counts = {};
        for (const CalendarEvent& event : events.value()) {
            switch (event.kind) {
            case CalendarEvent::Kind::Deadline:
                ++counts->deadlines;
                break;
            case CalendarEvent::Kind::Meeting:
                ++counts->meetings;
                break;
            case CalendarEvent::Kind::Series:
                ++counts->series;
                break;
            case CalendarEvent::Kind::ChangedOccurrence:
                ++counts->changedOccurrences;
                break;
            }
        }
    }
    const QString name = options.departmentId
                             ? tr("Tavle: %1").arg(source.departmentName(options.departmentId))
                             : tr("Tavle");
    const QDateTime stamp =
        options.stamp.isValid() ? options.stamp.toUTC() : QDateTime::currentDateTimeUtc();
    return ICalendarWriter::write(events.value(), stamp, name);
}

Status CalendarExport::write(Database& database, const CalendarOptions& options,
                             const QString& path, CalendarCounts* counts)
{
    const auto built = build(database, options, counts);
    if (!built)
        return built.error();
    // QSaveFile writes a temporary file beside the target and renames it over the target on
    // commit: the target is replaced whole or stays as it was.
    QSaveFile file(path);
    auto failed = [&path](const QString& reason) {
        return Error{tr("Could not write the calendar to %1: %2. Choose a folder you can write "
                        "to.")
                         .arg(QDir::toNativeSeparators(path), reason)};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(built.value()) != built.value().size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

} // namespace tavle
