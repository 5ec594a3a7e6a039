// demo: fill an empty database with realistic demo data.

#include "CliContext.h"
#include "Commands.h"
#include "demo/DemoGenerator.h"

namespace tavle::cli {

int runDemo(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Fills an empty Tavle database (created when missing) with realistic demo data: "
                "departments, trainees, supervisors, placements and expectation meetings. The "
                "same seed gives the same data."));
    const QCommandLineOption trainees(QStringLiteral("trainees"),
                                      Cli::tr("How many trainees (default 250)."),
                                      QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption seed(QStringLiteral("seed"), Cli::tr("Random seed (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   Cli::tr("Build the data around this date instead of today."),
                                   QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({trainees, seed, today});
    if (const auto done = context.parse(parser, QStringLiteral("demo"), arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Cli::tr("demo takes no arguments"), ExitInvalidInput);

    DemoOptions options;
    bool ok = false;
    options.trainees = parser.value(trainees).toInt(&ok);
    if (!ok || options.trainees < 1) {
        return context.fail(
            Cli::tr("--trainees: '%1' is not a positive whole number.").arg(parser.value(trainees)),
            ExitInvalidInput);
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        return context.fail(
            Cli::tr("--seed: '%1' is not a whole number of 0 or more.").arg(parser.value(seed)),
            ExitInvalidInput);
    }
    const auto day = context.dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    if (!day)
        return ExitInvalidInput;
    options.today = *day;

    const auto database = context.openDatabase(Database::OpenMode::CreateOrUpgrade);
    if (!database)
        return ExitFailure;
    const auto summary = DemoGenerator::generate(*database, options);
    if (!summary)
        return context.fail(summary.error());
    context.out() << Cli::tr("Demo data written to %1: %2 departments, %3 trainees, %4 "
                             "supervisors, %5 placements, %6 meetings (seed %7, today %8).")
                         .arg(database->location())
                         .arg(summary->departments)
                         .arg(summary->trainees)
                         .arg(summary->supervisors)
                         .arg(summary->placements)
                         .arg(summary->meetings)
                         .arg(options.seed)
                         .arg(humanDate(options.today))
                  << Qt::endl;
    return ExitOk;
}

} // namespace tavle::cli
