// report goals: the strategy status report as a PDF the head of department prints.

#include "CliContext.h"
#include "Commands.h"
#include "GoalReport.h"
#include "services/StrategyGoals.h"

#include <QDir>
#include <QFileInfo>

namespace tavle::cli {

int runReport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the status report of the strategy goals as a PDF file (A4): the figure "
                "and whether it is green, a table per focus area, the goals not yet achieved "
                "with their notes, and the trend per month. For one department, or without "
                "--department for the whole hospital with every department's figure."));
    parser.addPositionalArgument(QStringLiteral("goals"), Cli::tr("The report: goals."));
    const QCommandLineOption department(QStringLiteral("department"),
                                        Cli::tr("The department, by name in any case (default: "
                                                "the hospital report)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 Cli::tr("The file to write, e.g. status.pdf (replaced whole)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  Cli::tr("The day the report shows (default: today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption today(QStringLiteral("today"), Cli::tr("Take this date as today."),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({department, out, date, today});
    if (const auto done = context.parse(parser, QStringLiteral("report"), arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("goals")}) {
        return context.fail(Cli::tr("usage: tavle-cli report goals [--department NAME] --out "
                                    "FILE.pdf [--date YYYY-MM-DD]; goals is the only report."),
                            ExitInvalidInput);
    }
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty()) {
        return context.fail(Cli::tr("--out is required: the file to write, e.g. --out status.pdf."),
                            ExitInvalidInput);
    }
    const auto now = context.dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!now)
        return ExitInvalidInput;
    const auto day = context.dateOption(parser, QStringLiteral("date"), *now);
    if (!day)
        return ExitInvalidInput;
    if (*day > *now) {
        return context.fail(Cli::tr("--date: %1 is after today (%2); a report shows today or an "
                                    "earlier day.")
                                .arg(day->toString(Qt::ISODate), now->toString(Qt::ISODate)),
                            ExitInvalidInput);
    }

    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    Id departmentId = 0;
    if (parser.isSet(department)) {
        int exit = ExitOk;
        const auto id = context.departmentId(*database, parser.value(department), &exit);
        if (!id)
            return exit;
        departmentId = *id;
    }
    const auto snapshot = StrategyGoals::load(*database);
    if (!snapshot)
        return context.fail(snapshot.error());
    if (!snapshot.value()) {
        return context.fail(Cli::tr("No strategy is loaded yet, so there is nothing to report. "
                                    "Load the hospital's strategy first: tavle-cli goals "
                                    "template load mvh"),
                            ExitInvalidInput);
    }
    const QString path = parser.value(out);
    const GoalReport report(*snapshot.value(), departmentId, *day);
    if (const auto written = report.writePdf(path); !written)
        return context.fail(written.error());

    const GoalCount count = snapshot.value()->figure(departmentId, *day);
    context.out() << Cli::tr("Wrote the report to %1.")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
                  << '\n'
                  << Cli::tr("Goals achieved on %1: %2 of %3; green: %4.")
                         .arg(humanDate(*day))
                         .arg(count.achieved)
                         .arg(count.applicable)
                         .arg(count.isGreen(snapshot.value()->strategy.greenThresholdPercent)
                                  ? Cli::tr("yes")
                                  : Cli::tr("no"))
                  << Qt::endl;
    return ExitOk;
}

} // namespace tavle::cli
