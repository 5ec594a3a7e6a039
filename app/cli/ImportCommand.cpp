// import roster FILE: bring the department's roster in from Excel.

#include "CliContext.h"
#include "Commands.h"
#include "import/RosterImporter.h"

#include <QFile>

namespace tavle::cli {

namespace {

QString located(const QString& file, int line)
{
    return line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
}

void printSummary(QTextStream& out, const ImportReport& report)
{
    out << Cli::tr("Placements: %1 new, %2 updated, %3 unchanged.")
               .arg(report.placementsCreated)
               .arg(report.placementsUpdated)
               .arg(report.placementsUnchanged)
        << '\n'
        << Cli::tr("Persons: %1 new, %2 updated. Departments: %3 new.")
               .arg(report.personsCreated)
               .arg(report.personsUpdated)
               .arg(report.departmentsCreated)
        << '\n';
}

} // namespace

int runImport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Imports the department's roster from a CSV file (Excel: Save As, CSV). Columns, "
                "by name in any order: Navn, Uddannelsestrin, Afdeling, Startdato (required), "
                "Slutdato, Hovedvejleder, Email. By default the import is all or nothing."));
    parser.addPositionalArgument(QStringLiteral("roster"), Cli::tr("The word 'roster'."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("The roster file."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Cli::tr("Check the file and show what would change; write "
                                            "nothing."));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         Cli::tr("Import the valid rows even when some rows are "
                                                 "bad."));
    parser.addOption(dryRun);
    parser.addOption(skipInvalid);
    if (const auto done = context.parse(parser, QStringLiteral("import"), arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("roster")) {
        return context.fail(Cli::tr("usage: tavle-cli import roster FILE [--dry-run] "
                                    "[--skip-invalid]"),
                            ExitInvalidInput);
    }
    const QString path = positional.at(1);

    // Read and check the file before the database is opened: a refused file touches nothing.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return context.fail(Cli::tr("Cannot read %1: %2. Check the file name and that you may "
                                    "read it.")
                                .arg(path, file.errorString()),
                            ExitInvalidInput);
    }
    const ParsedRoster roster = RosterParser::parse(file.readAll());
    file.close();
    for (const FileProblem& problem : roster.problems)
        context.err() << located(path, problem.line) << ": " << problem.message << '\n';
    context.err().flush();

    ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.skipInvalid = parser.isSet(skipInvalid);
    if (roster.fileRejected || (!roster.problems.isEmpty() && !options.skipInvalid)) {
        if (roster.fileRejected) {
            return context.fail(
                Cli::tr("Nothing was imported: %1 cannot be read as a roster.").arg(path),
                ExitInvalidInput);
        }
        return context.fail(Cli::tr("Nothing was imported: %n problem(s) in %1. Correct them "
                                    "and import again, or use --skip-invalid to import the "
                                    "valid rows.",
                                    nullptr, int(roster.problems.size()))
                                .arg(path),
                            ExitInvalidInput);
    }

    const auto database = context.openDatabase(Database::OpenMode::CreateOrUpgrade);
    if (!database)
        return ExitFailure;
    const auto report = RosterImporter::importRoster(*database, roster, options);
    if (!report)
        return context.fail(report.error());

    QTextStream& out = context.out();
    if (options.dryRun) {
        out << Cli::tr("Dry run: nothing was written. Importing %1 would make these changes:")
                   .arg(path)
            << '\n';
        for (const ImportChange& change : report->changes)
            out << located(path, change.line) << ": " << change.description << '\n';
        if (report->changes.isEmpty())
            out << Cli::tr("(no changes: the database already matches the file)") << '\n';
    } else {
        out << Cli::tr("Imported %1 of %2 rows from %3.")
                   .arg(report->rowsImported)
                   .arg(report->rowsRead)
                   .arg(path)
            << '\n';
    }
    printSummary(out, report.value());
    if (!roster.problems.isEmpty()) {
        out << Cli::tr("%n row(s) with problems were skipped; see the messages above.", nullptr,
                       report->rowsRead - report->rowsImported)
            << '\n';
    }
    out.flush();
    return ExitOk;
}

} // namespace tavle::cli
