#include "CliContext.h"

#include "storage/DatabaseLocation.h"
#include "storage/DepartmentRepository.h"

#include <cstdio>

namespace tavle::cli {

CliContext::CliContext() : m_out(stdout), m_err(stderr) {}

QString CliContext::databasePath() const
{
    if (!m_databasePath.isEmpty())
        return m_databasePath;
    return defaultDatabasePath();
}

std::unique_ptr<Database> CliContext::openDatabase(Database::OpenMode mode)
{
    auto opened = Database::open(databasePath(), mode);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    return std::move(opened).value();
}

int CliContext::fail(const Error& error)
{
    return fail(error.message,
                error.kind == Error::Kind::InvalidInput ? ExitInvalidInput : ExitFailure);
}

int CliContext::fail(const QString& message, ExitCode code)
{
    m_err << "tavle-cli: " << message << Qt::endl;
    return code;
}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QString& command,
                                     const QStringList& arguments)
{
    parser.addOption(databaseOption());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Cli::tr("Show this help."));
    parser.addOption(help);
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("tavle-cli %1").arg(command));
    if (!parser.parse(argv)) {
        return fail(Cli::tr("%1\nRun 'tavle-cli %2 --help' for the options.")
                        .arg(parser.errorText(), command),
                    ExitInvalidInput);
    }
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("db")))
        m_databasePath = parser.value(QStringLiteral("db"));
    return std::nullopt;
}

std::optional<QDate> CliContext::dateOption(const QCommandLineParser& parser, const QString& name,
                                            const QDate& fallback)
{
    if (!parser.isSet(name))
        return fallback;
    const QString text = parser.value(name);
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        fail(Cli::tr("--%1: '%2' is not a date; write it as YYYY-MM-DD, e.g. 2027-03-01.")
                 .arg(name, text),
             ExitInvalidInput);
        return std::nullopt;
    }
    return date;
}

std::optional<Id> CliContext::departmentId(Database& database, const QString& name, int* exit)
{
    const auto departments = DepartmentRepository(database).all();
    if (!departments) {
        *exit = fail(departments.error());
        return std::nullopt;
    }
    QStringList names;
    for (const Department& d : departments.value()) {
        if (d.name.compare(name.simplified(), Qt::CaseInsensitive) == 0)
            return d.id;
        names << d.name;
    }
    *exit = fail(
        Cli::tr("--department: there is no department '%1'. Departments: %2.")
            .arg(name, names.isEmpty() ? Cli::tr("none yet") : names.join(QStringLiteral(", "))),
        ExitInvalidInput);
    return std::nullopt;
}

QCommandLineOption CliContext::databaseOption()
{
    return QCommandLineOption(QStringLiteral("db"),
                              Cli::tr("The Tavle database (default: $TAVLE_DB, else tavle.sqlite "
                                      "in your data folder)."),
                              QStringLiteral("PATH"));
}

QString humanDate(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QCommandLineOption CliContext::formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), Cli::tr("table (default), csv or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("table"));
}

std::optional<TableWriter::Format> CliContext::format(const QCommandLineParser& parser)
{
    TableWriter::Format format = TableWriter::Format::Table;
    const QString text = parser.value(QStringLiteral("format"));
    if (!TableWriter::parseFormat(text, &format)) {
        fail(Cli::tr("--format: '%1' is not table, csv or json.").arg(text), ExitInvalidInput);
        return std::nullopt;
    }
    return format;
}

} // namespace tavle::cli
