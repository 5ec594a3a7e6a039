// tavle-cli: Tavle from a terminal. The commands and their options are a contract that users
// and scripts rely on; see docs/CLI.md.

#include "CliContext.h"
#include "Commands.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <cstring>
#include <functional>
#include <map>
#include <memory>

using namespace tavle::cli;

namespace {

QString usage()
{
    return Cli::tr("Usage: tavle-cli [--db PATH] COMMAND ...\n"
                   "\n"
                   "Commands:\n"
                   "  init                    create or upgrade the database; prints the schema "
                   "version\n"
                   "  demo                    fill an empty database with realistic demo data\n"
                   "  import roster FILE      import the department's roster (CSV from Excel)\n"
                   "  deadlines               the expectation-meeting deadline board\n"
                   "  meeting held            register a meeting as held\n"
                   "  meetings list           the meeting log of a period\n"
                   "  actions list            the action items of every meeting\n"
                   "  export ics --out FILE   the calendar: deadlines, meetings, series\n"
                   "  goals template list     the built-in strategy templates ('load NAME' "
                   "loads one)\n"
                   "  goals list              the strategy's goals\n"
                   "  goals set               set a goal's status for a department or ALL\n"
                   "  goals status            achieved goals per department, green or not\n"
                   "  report goals --out FILE the strategy status report as PDF\n"
                   "  copy --from DB --to DB  copy a whole database, e.g. from a file to a "
                   "server\n"
                   "  server roles            set up the Tavle roles on a PostgreSQL server\n"
                   "  server whoami           your user and Tavle role on a server\n"
                   "  check                   check integrity and schema version\n"
                   "\n"
                   "Options:\n"
                   "  --db PATH|URL           the Tavle database: a file, or "
                   "postgresql://USER@HOST:PORT/DATABASE\n"
                   "                          (default: $TAVLE_DB, else tavle.sqlite in your "
                   "data folder)\n"
                   "  --version               show the version\n"
                   "  -h, --help              show this help\n"
                   "\n"
                   "Run 'tavle-cli COMMAND --help' for a command's options.\n");
}

/// The command word of the raw command line: the first argument that is not a global option
/// or the value of --db.
const char* commandWord(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--db") == 0) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return argv[i];
    }
    return "";
}

/// The report draws with Qt GUI (fonts, QPainter), which needs a QGuiApplication; every other
/// command runs on a QCoreApplication. Without a display the report still works: the offscreen
/// platform is the default then.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    if (std::strcmp(commandWord(argc, argv), "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("tavle"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TAVLE_VERSION));
    tavle::installTranslations(app, QLocale::system());

    CliContext context;
    QStringList arguments = QCoreApplication::arguments().mid(1);

    // Global options come before the command.
    while (!arguments.isEmpty() && arguments.first().startsWith(QLatin1Char('-'))) {
        const QString option = arguments.takeFirst();
        if (option == QLatin1String("--help") || option == QLatin1String("-h")) {
            context.out() << usage();
            return ExitOk;
        }
        if (option == QLatin1String("--version")) {
            context.out() << "tavle-cli " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitOk;
        }
        if (option == QLatin1String("--db") && !arguments.isEmpty()) {
            context.setDatabasePath(arguments.takeFirst());
        } else if (option.startsWith(QLatin1String("--db="))) {
            context.setDatabasePath(option.mid(5));
        } else {
            context.err() << usage();
            return context.fail(Cli::tr("unknown option %1").arg(option), ExitInvalidInput);
        }
    }
    if (arguments.isEmpty()) {
        context.err() << usage();
        return ExitInvalidInput;
    }

    const std::map<QString, std::function<int(CliContext&, const QStringList&)>> commands = {
        {QStringLiteral("init"), runInit},           {QStringLiteral("check"), runCheck},
        {QStringLiteral("demo"), runDemo},           {QStringLiteral("import"), runImport},
        {QStringLiteral("deadlines"), runDeadlines}, {QStringLiteral("meeting"), runMeeting},
        {QStringLiteral("meetings"), runMeetings},   {QStringLiteral("actions"), runActions},
        {QStringLiteral("export"), runExport},       {QStringLiteral("goals"), runGoals},
        {QStringLiteral("report"), runReport},       {QStringLiteral("copy"), runCopy},
        {QStringLiteral("server"), runServer},
    };
    const QString command = arguments.takeFirst();
    const auto found = commands.find(command);
    if (found == commands.end()) {
        context.err() << usage();
        return context.fail(Cli::tr("unknown command '%1'").arg(command), ExitInvalidInput);
    }
    return found->second(context, arguments);
}
