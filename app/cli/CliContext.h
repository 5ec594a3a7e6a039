#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "output/TableWriter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QTextStream>
#include <memory>
#include <optional>

namespace tavle::cli {

/// Exit statuses of tavle-cli; scripts rely on them.
enum ExitCode
{
    ExitOk = 0,
    ExitFailure = 1,     ///< the work could not be done: database or file trouble, unsound check
    ExitInvalidInput = 2 ///< the command line or the input file is wrong; nothing was written
};

/// Translation context for the command-line texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// What every command needs: the output streams, the database location and the date.
class CliContext
{
public:
    CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// The database path: --db, else $TAVLE_DB, else tavle.sqlite in the user's data folder.
    QString databasePath() const;
    void setDatabasePath(const QString& path) { m_databasePath = path; }

    /// Opens the database, or prints why not and returns nullptr.
    std::unique_ptr<Database> openDatabase(Database::OpenMode mode);

    /// Prints "tavle-cli: message" on stderr and returns the exit code of the error's kind.
    int fail(const Error& error);
    int fail(const QString& message, ExitCode code);

    /// Parses a command's own options. Handles --help (exit 0) and prints usage errors
    /// (exit 2); returns nullopt when the command should go on.
    std::optional<int> parse(QCommandLineParser& parser, const QString& command,
                             const QStringList& arguments);

    /// The value of a YYYY-MM-DD option, or `fallback` when the option is absent. Prints an
    /// error and returns nullopt when the value is not a real date.
    std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name,
                                    const QDate& fallback);

    /// The department named by --department, any case; prints why not and sets `exit` when
    /// there is no such department (the known ones are listed) or the database fails.
    std::optional<Id> departmentId(Database& database, const QString& name, int* exit);

    /// The option every command takes: --db PATH.
    static QCommandLineOption databaseOption();
    /// The option of the list commands: --format table|csv|json, table by default.
    static QCommandLineOption formatOption();
    /// The value of --format; prints why not and returns nullopt when it is none of the three.
    std::optional<TableWriter::Format> format(const QCommandLineParser& parser);

private:
    QTextStream m_out;
    QTextStream m_err;
    QString m_databasePath;
};

/// Formats a date as Danish users read it: dd-mm-yyyy.
QString humanDate(const QDate& date);

} // namespace tavle::cli
