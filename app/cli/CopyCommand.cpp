// copy: copy a whole database into an empty one, e.g. from a SQLite file to a server.

#include "CliContext.h"
#include "Commands.h"
#include "output/TableWriter.h"
#include "storage/DatabaseCopy.h"

namespace tavle::cli {

int runCopy(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Copies a whole Tavle database into an empty one: a file to a server database, "
                "a server database to a file, or a file to a file. Counts every table on both "
                "sides and keeps the copy only when the counts agree. The source is only read."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Cli::tr("The database to copy: a file, or "
                                          "postgresql://USER@HOST:PORT/DATABASE."),
                                  QStringLiteral("SOURCE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Cli::tr("The database to copy into: a new file, or an empty "
                                        "database on a server."),
                                QStringLiteral("TARGET"));
    parser.addOptions({from, to, CliContext::formatOption()});
    if (const auto done = context.parse(parser, QStringLiteral("copy"), arguments))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        return context.fail(Cli::tr("copy takes no arguments; give the databases with --from "
                                    "and --to."),
                            ExitInvalidInput);
    }
    if (parser.isSet(QStringLiteral("db"))) {
        return context.fail(Cli::tr("copy does not use --db; give the databases with --from and "
                                    "--to."),
                            ExitInvalidInput);
    }
    if (!parser.isSet(from) || !parser.isSet(to) || parser.value(from).trimmed().isEmpty() ||
        parser.value(to).trimmed().isEmpty()) {
        return context.fail(Cli::tr("copy needs both --from SOURCE and --to TARGET.\nRun "
                                    "'tavle-cli copy --help' for the options."),
                            ExitInvalidInput);
    }
    const auto format = context.format(parser);
    if (!format)
        return ExitInvalidInput;

    // The source is checked before the target is opened, so a refused copy creates nothing.
    auto source = Database::open(parser.value(from), Database::OpenMode::Inspect);
    if (!source)
        return context.fail(source.error());
    if (const auto checked = DatabaseCopy::checkSource(*source.value()); !checked)
        return context.fail(checked.error());
    auto target = Database::open(parser.value(to), Database::OpenMode::CreateOrUpgrade);
    if (!target)
        return context.fail(target.error());
    const auto report = DatabaseCopy::copy(*source.value(), *target.value());
    if (!report)
        return context.fail(report.error());

    const bool table = *format == TableWriter::Format::Table;
    TableWriter writer(
        {QStringLiteral("table"), QStringLiteral("source_rows"), QStringLiteral("target_rows")},
        table ? QStringList{Cli::tr("Table"), Cli::tr("Source rows"), Cli::tr("Target rows")}
              : QStringList{});
    for (const CopiedTableCount& counts : report->tables)
        writer.addRow({counts.table, counts.sourceRows, counts.targetRows});
    context.out() << writer.write(*format);
    if (table) {
        context.out() << '\n'
                      << Cli::tr("Copied %1 rows from %2 to %3; every table's count matches.")
                             .arg(report->rows())
                             .arg(report->source, report->target)
                      << '\n';
    }
    context.out().flush();
    return ExitOk;
}

} // namespace tavle::cli
