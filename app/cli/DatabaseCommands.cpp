// init and check: create, upgrade and inspect a database.

#include "CliContext.h"
#include "Commands.h"
#include "storage/SummaryRepository.h"

namespace tavle::cli {

int runInit(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Creates a Tavle database, or upgrades an older one, and prints its schema "
                "version."));
    if (const auto done = context.parse(parser, QStringLiteral("init"), arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Cli::tr("init takes no arguments"), ExitInvalidInput);

    const auto database = context.openDatabase(Database::OpenMode::CreateOrUpgrade);
    if (!database)
        return ExitFailure;
    context.out() << Cli::tr("Tavle database ready: %1\nSchema version: %2")
                         .arg(database->location())
                         .arg(database->schemaVersion())
                  << Qt::endl;
    return ExitOk;
}

int runCheck(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks the database's integrity and schema version without changing it. Exits "
                "with 0 only when the database is sound."));
    if (const auto done = context.parse(parser, QStringLiteral("check"), arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return context.fail(Cli::tr("check takes no arguments"), ExitInvalidInput);

    const auto database = context.openDatabase(Database::OpenMode::Inspect);
    if (!database)
        return ExitFailure;
    const auto problems = database->integrityProblems();
    if (!problems)
        return context.fail(problems.error());

    context.out() << Cli::tr("Database: %1").arg(database->location()) << '\n'
                  << Cli::tr("Schema version: %1 (this Tavle: %2)")
                         .arg(database->schemaVersion())
                         .arg(Database::latestSchemaVersion())
                  << '\n';
    if (database->schemaVersion() == Database::latestSchemaVersion()) {
        const auto summary = SummaryRepository(*database).summary();
        if (!summary)
            return context.fail(summary.error());
        context.out() << Cli::tr("Departments: %1").arg(summary->departments) << '\n'
                      << Cli::tr("Persons: %1").arg(summary->persons) << '\n'
                      << Cli::tr("Placements: %1").arg(summary->placements) << '\n'
                      << Cli::tr("Meetings: %1").arg(summary->meetings) << '\n';
    }
    if (problems->isEmpty()) {
        context.out() << Cli::tr("Integrity: ok") << Qt::endl;
        return ExitOk;
    }
    context.out().flush();
    for (const QString& problem : problems.value())
        context.err() << Cli::tr("Problem: %1").arg(problem) << '\n';
    return context.fail(Cli::tr("%1 is not sound (%n problem(s)).", nullptr, int(problems->size()))
                            .arg(database->location()),
                        ExitFailure);
}

} // namespace tavle::cli
