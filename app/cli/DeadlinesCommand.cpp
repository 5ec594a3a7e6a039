// deadlines: the UAO's board of expectation-meeting deadlines.

#include "CliContext.h"
#include "Commands.h"
#include "output/TableWriter.h"
#include "services/DeadlineBoard.h"
#include "storage/DepartmentRepository.h"

namespace tavle::cli {

namespace {

QString statusText(const DeadlineRow& row)
{
    switch (row.deadline.status) {
    case DeadlineStatus::Held:
        return Cli::tr("held %1").arg(humanDate(*row.view.heldOn));
    case DeadlineStatus::Overdue:
        return Cli::tr("OVERDUE");
    case DeadlineStatus::DueSoon:
        return Cli::tr("due soon");
    case DeadlineStatus::Upcoming:
        return Cli::tr("upcoming");
    case DeadlineStatus::NoDeadline:
        return Cli::tr("no deadline");
    }
    return {};
}

} // namespace

int runDeadlines(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Shows the expectation-meeting deadline of every placement that has not ended: "
                "held, overdue, due within 7 days, or upcoming. Sorted by due date."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   Cli::tr("Count from this date instead of today."),
                                   QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption department(
        QStringLiteral("department"), Cli::tr("Show one department only."), QStringLiteral("NAME"));
    const QCommandLineOption format = CliContext::formatOption();
    parser.addOptions({today, department, format});
    if (const auto done = context.parse(parser, QStringLiteral("deadlines"), arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Cli::tr("deadlines takes no arguments"), ExitInvalidInput);
    const auto chosenFormat = context.format(parser);
    if (!chosenFormat)
        return ExitInvalidInput;
    const TableWriter::Format outputFormat = *chosenFormat;
    const auto day = context.dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!day)
        return ExitInvalidInput;

    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    Id onlyDepartment = 0;
    if (parser.isSet(department)) {
        int exit = ExitOk;
        const auto id = context.departmentId(*database, parser.value(department), &exit);
        if (!id)
            return exit;
        onlyDepartment = *id;
    }
    const auto rows = DeadlineBoard::load(*database, *day, onlyDepartment);
    if (!rows)
        return context.fail(rows.error());

    if (outputFormat == TableWriter::Format::Table) {
        TableWriter table({}, {Cli::tr("Trainee"), Cli::tr("Level"), Cli::tr("Department"),
                               Cli::tr("Start"), Cli::tr("Due"), Cli::tr("Week"), Cli::tr("Days"),
                               Cli::tr("Status"), Cli::tr("Main supervisor")});
        for (const DeadlineRow& row : rows.value()) {
            const Deadline& d = row.deadline;
            const bool open = d.status != DeadlineStatus::Held && d.due.isValid();
            table.addRow(
                {row.view.traineeName, levelCode(row.view.placement.level), row.view.departmentName,
                 humanDate(row.view.placement.startDate), humanDate(d.due),
                 d.due.isValid() ? QVariant(d.due.weekNumber()) : QVariant(),
                 open ? QVariant(QString::asprintf("%+d", d.daysLeft)) : QVariant(),
                 statusText(row),
                 row.view.supervisorName.isEmpty() ? Cli::tr("(none)") : row.view.supervisorName});
        }
        const DeadlineCounts counts = DeadlineBoard::count(rows.value());
        QString text = rows->isEmpty() ? QString() : table.toTable() + QLatin1Char('\n');
        text += Cli::tr("%n placement(s) on %1: ", nullptr, int(rows->size())).arg(humanDate(*day));
        text += Cli::tr("%1 overdue, %2 due within 7 days, %3 held, %4 without a main supervisor.")
                    .arg(counts.overdue)
                    .arg(counts.dueSoon)
                    .arg(counts.held)
                    .arg(counts.withoutMainSupervisor);
        context.out() << text << Qt::endl;
        return ExitOk;
    }

    TableWriter writer({QStringLiteral("trainee"), QStringLiteral("level"),
                        QStringLiteral("department"), QStringLiteral("start_date"),
                        QStringLiteral("due_date"), QStringLiteral("status"),
                        QStringLiteral("end_date"), QStringLiteral("days_left"),
                        QStringLiteral("held_on"), QStringLiteral("main_supervisor"),
                        QStringLiteral("email"), QStringLiteral("placement_id")});
    const bool json = outputFormat == TableWriter::Format::Json;
    auto optional = [json](const QString& text) {
        return text.isEmpty() && json ? QVariant() : QVariant(text);
    };
    for (const DeadlineRow& row : rows.value()) {
        const Placement& p = row.view.placement;
        const Deadline& d = row.deadline;
        writer.addRow(
            {row.view.traineeName, levelCode(p.level), row.view.departmentName,
             p.startDate.toString(Qt::ISODate), optional(d.due.toString(Qt::ISODate)),
             deadlineStatusCode(d.status), optional(p.endDate.toString(Qt::ISODate)),
             d.due.isValid() ? QVariant(d.daysLeft) : QVariant(),
             optional(row.view.heldOn ? row.view.heldOn->toString(Qt::ISODate) : QString()),
             optional(row.view.supervisorName), optional(row.view.traineeEmail), p.id});
    }
    context.out() << writer.write(outputFormat);
    context.out().flush();
    return ExitOk;
}

} // namespace tavle::cli
