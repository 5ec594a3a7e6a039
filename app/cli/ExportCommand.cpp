// export ics: the team's calendar for Outlook or Thunderbird: deadlines, meetings and series.

#include "CalendarExport.h"
#include "CliContext.h"
#include "Commands.h"
#include "storage/DepartmentRepository.h"

#include <QDir>
#include <QFileInfo>

namespace tavle::cli {

namespace {

/// The value of a whole-number option from 0 to `maximum`, or `fallback` when absent; nullopt
/// and an error printed when it is not such a number.
std::optional<int> countOption(CliContext& context, const QCommandLineParser& parser,
                               const QString& name, int fallback, int maximum, const QString& unit)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name);
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 0 || value > maximum) {
        context.fail(Cli::tr("--%1: '%2' is not a number of %3 from 0 (no reminder) to %4.")
                         .arg(name, text, unit)
                         .arg(maximum),
                     ExitInvalidInput);
        return std::nullopt;
    }
    return value;
}

} // namespace

int runExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the calendar as an iCalendar file (.ics) for Outlook, Thunderbird or "
                "any calendar program: the open expectation-meeting deadlines as all-day events "
                "on the due date, the meetings from today on, and each series as one recurring "
                "event naming its meeting leaders. Every event keeps its identity, so importing "
                "a newer export updates the events instead of adding them twice. Meeting notes "
                "are personal data and stay out unless --include-notes is given."));
    parser.addPositionalArgument(QStringLiteral("ics"), Cli::tr("The format: ics (iCalendar)."));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Cli::tr("The file to write, e.g. tavle.ics (replaced whole)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   Cli::tr("Export from this date instead of today."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption department(QStringLiteral("department"),
                                        Cli::tr("Export one department only."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption deadlineReminder(
        QStringLiteral("deadline-reminder"),
        Cli::tr("Remind this many days before a deadline (default 1; 0: no reminder)."),
        QStringLiteral("DAYS"));
    const QCommandLineOption meetingReminder(
        QStringLiteral("meeting-reminder"),
        Cli::tr("Remind this many minutes before a meeting (default 15; 0: no reminder)."),
        QStringLiteral("MINUTES"));
    const QCommandLineOption includeNotes(
        QStringLiteral("include-notes"),
        Cli::tr("Put meeting notes and decisions in the events. They are personal data: only "
                "for a calendar nobody else reads."));
    parser.addOptions({out, today, department, deadlineReminder, meetingReminder, includeNotes});
    if (const auto done = context.parse(parser, QStringLiteral("export"), arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("ics")}) {
        return context.fail(Cli::tr("usage: tavle-cli export ics --out FILE [--today YYYY-MM-DD] "
                                    "[--department NAME]; ics is the only format."),
                            ExitInvalidInput);
    }
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty()) {
        return context.fail(Cli::tr("--out is required: the file to write, e.g. --out tavle.ics."),
                            ExitInvalidInput);
    }
    CalendarOptions options;
    const auto day = context.dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!day)
        return ExitInvalidInput;
    options.today = *day;
    const auto days =
        countOption(context, parser, QStringLiteral("deadline-reminder"),
                    options.deadlineReminderDays, kMaxDeadlineReminderDays, Cli::tr("days"));
    if (!days)
        return ExitInvalidInput;
    options.deadlineReminderDays = *days;
    const auto minutes =
        countOption(context, parser, QStringLiteral("meeting-reminder"),
                    options.meetingReminderMinutes, kMaxMeetingReminderMinutes, Cli::tr("minutes"));
    if (!minutes)
        return ExitInvalidInput;
    options.meetingReminderMinutes = *minutes;
    options.includeNotes = parser.isSet(includeNotes);

    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    if (parser.isSet(department)) {
        int exit = ExitOk;
        const auto id = context.departmentId(*database, parser.value(department), &exit);
        if (!id)
            return exit;
        options.departmentId = *id;
    }
    const QString path = parser.value(out);
    CalendarCounts counts;
    if (const auto written = CalendarExport::write(*database, options, path, &counts); !written)
        return context.fail(written.error());

    // Counts after colons: no plural forms to get wrong in any language.
    context.out() << Cli::tr("Wrote the calendar to %1.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                  << '\n'
                  << Cli::tr("Events: %1 (deadlines: %2, meetings: %3, series: %4, changed "
                             "occurrences of a series: %5).")
                         .arg(counts.total())
                         .arg(counts.deadlines)
                         .arg(counts.meetings)
                         .arg(counts.series)
                         .arg(counts.changedOccurrences)
                  << Qt::endl;
    return ExitOk;
}

} // namespace tavle::cli
