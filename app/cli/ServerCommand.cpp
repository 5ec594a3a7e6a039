// server: the roles a PostgreSQL server enforces for a shared Tavle database. `roles` sets
// them up and prints what each may do; `whoami` says who the user is and what they may do.

#include "CliContext.h"
#include "Commands.h"
#include "output/TableWriter.h"
#include "storage/ServerAddress.h"
#include "storage/ServerRoles.h"

#include <QMap>

namespace tavle::cli {

namespace {

QString serverUsage()
{
    return Cli::tr("Usage:\n"
                   "  tavle-cli --db postgresql://USER@HOST:PORT/DATABASE server roles\n"
                   "  tavle-cli --db postgresql://USER@HOST:PORT/DATABASE server whoami\n"
                   "\n"
                   "roles sets up Tavle's four roles on the server and prints what each may do; "
                   "run it as the user who created the database, and again after an upgrade.\n"
                   "whoami prints the user and their Tavle role.\n");
}

/// The first word that is not an option or the value of --db; --help when only that is given.
QString subcommand(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (!word.startsWith(QLatin1Char('-')))
            return word;
        if (word == QLatin1String("--db"))
            ++i;
    }
    for (const QString& word : arguments) {
        if (word == QLatin1String("--help") || word == QLatin1String("-h"))
            return word;
    }
    return {};
}

/// What a role may do with a table, in a table cell: "read, add, edit, delete", "read (not
/// notes)", "none".
QString accessText(const TableAccess& access)
{
    QStringList words;
    if (access.read) {
        words << (access.unreadColumns.isEmpty()
                      ? Cli::tr("read")
                      : Cli::tr("read (not %1)")
                            .arg(access.unreadColumns.join(QStringLiteral(", "))));
    }
    if (access.insert)
        words << Cli::tr("add");
    if (access.update)
        words << Cli::tr("edit");
    if (access.remove)
        words << Cli::tr("delete");
    return words.isEmpty() ? Cli::tr("none") : words.join(QStringLiteral(", "));
}

void printRoles(CliContext& context)
{
    for (const ServerRole role : ServerRoles::all()) {
        context.out() << ServerRoles::name(role).leftJustified(17) << ServerRoles::title(role)
                      << '\n'
                      << "    " << ServerRoles::description(role) << '\n';
    }
}

/// The table of tables against roles, from the server's grants.
QString accessTable(const QList<TableAccess>& list)
{
    QStringList fields = {QStringLiteral("table")};
    QStringList titles = {Cli::tr("Table")};
    for (const ServerRole role : ServerRoles::all()) {
        fields << ServerRoles::name(role);
        titles << ServerRoles::name(role);
    }
    TableWriter writer(fields, titles);
    QMap<QString, QMap<int, QString>> cells;
    for (const TableAccess& access : list)
        cells[access.table].insert(int(access.role), accessText(access));
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        QVariantList row = {it.key()};
        for (const ServerRole role : ServerRoles::all())
            row << it.value().value(int(role), Cli::tr("none"));
        writer.addRow(row);
    }
    return writer.toTable();
}

/// Refuses a location that is not a server before anything is opened or created.
std::optional<int> requireServer(CliContext& context, const QString& command)
{
    if (ServerAddress::isServerLocation(context.databasePath()))
        return std::nullopt;
    return context.fail(Cli::tr("server %1: %2 is not a database on a server. Tavle's roles "
                                "exist only on a PostgreSQL server: give --db "
                                "postgresql://USER@HOST:PORT/DATABASE.")
                            .arg(command, context.databasePath()),
                        ExitFailure);
}

int serverRoles(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Sets up Tavle's four roles on the PostgreSQL server (tavle_cheflaege, tavle_uao, "
                "tavle_ukyl, tavle_readonly) and grants each its share of the tables; prints what "
                "each may do. Run it as the user who created the database, and again after an "
                "upgrade of Tavle. Running it twice changes nothing."));
    parser.addPositionalArgument(QStringLiteral("roles"), Cli::tr("The word 'roles'."));
    if (const auto done = context.parse(parser, QStringLiteral("server"), arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("roles")})
        return context.fail(Cli::tr("usage: tavle-cli server roles"), ExitInvalidInput);
    if (const auto refused = requireServer(context, QStringLiteral("roles")))
        return *refused;

    const auto database = context.openDatabase(Database::OpenMode::MustExist);
    if (!database)
        return ExitFailure;
    if (const auto setUp = ServerRoles::setUp(*database); !setUp)
        return context.fail(setUp.error());
    const auto access = ServerRoles::access(*database);
    if (!access)
        return context.fail(access.error());

    context.out() << Cli::tr("Tavle's roles are set up on %1.").arg(database->location()) << "\n\n";
    printRoles(context);
    context.out() << '\n'
                  << Cli::tr("What each role may do, as the server enforces it:") << '\n'
                  << accessTable(access.value()) << '\n'
                  << Cli::tr("Give each person a login in one of the roles, e.g.:\n"
                             "  CREATE ROLE anna LOGIN PASSWORD '...' IN ROLE tavle_ukyl;")
                  << Qt::endl;
    return ExitOk;
}

int serverWhoami(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Prints the user the database is opened as and their Tavle role."));
    parser.addPositionalArgument(QStringLiteral("whoami"), Cli::tr("The word 'whoami'."));
    if (const auto done = context.parse(parser, QStringLiteral("server"), arguments))
        return *done;
    if (parser.positionalArguments() != QStringList{QStringLiteral("whoami")})
        return context.fail(Cli::tr("usage: tavle-cli server whoami"), ExitInvalidInput);

    const auto database = context.openDatabase(Database::OpenMode::Inspect);
    if (!database)
        return ExitFailure;
    const auto roleName = ServerRoles::currentRole(*database);
    if (!roleName)
        return context.fail(roleName.error());

    context.out() << Cli::tr("Database: %1").arg(database->location()) << '\n'
                  << Cli::tr("User: %1").arg(database->userName()) << '\n';
    if (const auto role = ServerRoles::fromName(roleName.value())) {
        context.out() << Cli::tr("Tavle role: %1").arg(roleName.value()) << '\n'
                      << Cli::tr("For: %1").arg(ServerRoles::title(*role)) << '\n'
                      << Cli::tr("Rights: %1").arg(ServerRoles::description(*role)) << Qt::endl;
    } else if (database->isServer()) {
        context.out() << Cli::tr("Tavle role: none. The owner of the database and the server's "
                                 "administrators may do everything; anyone else needs one of "
                                 "Tavle's roles (tavle-cli server roles).")
                      << Qt::endl;
    } else {
        context.out() << Cli::tr("Tavle role: none. A file has no roles: whoever may open it may "
                                 "change everything in it.")
                      << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int runServer(CliContext& context, const QStringList& arguments)
{
    const QString sub = subcommand(arguments);
    if (sub == QLatin1String("roles"))
        return serverRoles(context, arguments);
    if (sub == QLatin1String("whoami"))
        return serverWhoami(context, arguments);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        context.out() << serverUsage();
        return ExitOk;
    }
    context.err() << serverUsage();
    return context.fail(sub.isEmpty() ? Cli::tr("server: give a subcommand")
                                      : Cli::tr("server: unknown subcommand '%1'").arg(sub),
                        ExitInvalidInput);
}

} // namespace tavle::cli
