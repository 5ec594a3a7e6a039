// tavle-cli: Tavle from a terminal. The commands and their options are a contract that users
// and scripts rely on; see docs/CLI.md.

#include "CliContext.h"
#include "Commands.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <functional>
#include <map>

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
                   "  check                   check integrity and schema version\n"
                   "\n"
                   "Options:\n"
                   "  --db PATH               the Tavle database (default: $TAVLE_DB, else "
                   "tavle.sqlite in your data folder)\n"
                   "  --version               show the version\n"
                   "  -h, --help              show this help\n"
                   "\n"
                   "Run 'tavle-cli COMMAND --help' for a command's options.\n");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
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
        {QStringLiteral("export"), runExport},
    };
    const QString command = arguments.takeFirst();
    const auto found = commands.find(command);
    if (found == commands.end()) {
        context.err() << usage();
        return context.fail(Cli::tr("unknown command '%1'").arg(command), ExitInvalidInput);
    }
    return found->second(context, arguments);
}
