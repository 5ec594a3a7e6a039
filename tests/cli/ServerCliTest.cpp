// tavle-cli server roles and server whoami, end to end: the built binary against the
// PostgreSQL test server (skipped without one, except under CI).

#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TestServer.h"

#include <QTemporaryDir>

namespace {

/// Requires an exit status, showing what the run printed when it differs.
#define REQUIRE_EXIT(result, code)                                                                 \
    do {                                                                                           \
        const CliResult& run_ = (result);                                                          \
        INFO("stdout: " << run_.out.toStdString() << "\nstderr: " << run_.err.toStdString());      \
        REQUIRE(run_.exitCode == (code));                                                          \
    } while (false)

/// The line of a printed table or text that starts with `start`; empty when none does.
QString lineStartingWith(const QString& text, const QString& start)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(start))
            return line;
    }
    return {};
}

} // namespace

TEST_CASE("cli server: roles are set up, printed, and whoami names the role")
{
    if (!testserver::serverAvailable())
        return;
    QTemporaryDir home;
    testserver::TempServerDatabase server;
    const QString admin = server.location();
    REQUIRE_EXIT(runCli({"--db", admin, "init"}, home.path()), 0);

    const CliResult roles = runCli({"--db", admin, "server", "roles"}, home.path());
    REQUIRE_EXIT(roles, 0);
    CHECK(roles.out.contains(QStringLiteral("Tavle's roles are set up on")));
    CHECK(roles.out.contains(QStringLiteral("Junior doctor coordinating education (UKYL)")));
    // The table is what the server enforces, row by row.
    const QString statuses = lineStartingWith(roles.out, QStringLiteral("goal_statuses "));
    INFO(roles.out.toStdString());
    REQUIRE_FALSE(statuses.isEmpty());
    CHECK(statuses.simplified() ==
          QStringLiteral("goal_statuses read, add, edit, delete read, add, delete read read"));
    const QString meetings = lineStartingWith(roles.out, QStringLiteral("meetings "));
    CHECK(meetings.simplified() == QStringLiteral("meetings read, add, edit, delete read, add, "
                                                  "edit, delete read, add, edit, delete read "
                                                  "(not notes)"));
    const QString meta = lineStartingWith(roles.out, QStringLiteral("tavle_meta "));
    CHECK(meta.simplified() == QStringLiteral("tavle_meta read read read read"));

    // Twice is fine and prints the same.
    const CliResult again = runCli({"--db", admin, "server", "roles"}, home.path());
    REQUIRE_EXIT(again, 0);
    CHECK(again.out == roles.out);

    // A person in the UKYL role.
    static QAtomicInt counter;
    const QString user = QStringLiteral("tavle_cli_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    QString password = qEnvironmentVariable("PGPASSWORD");
    password.replace(QLatin1Char('\''), QLatin1String("''"));
    testserver::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE tavle_ukyl")
                              .arg(user, password));
    const CliResult whoami =
        runCli({"--db", server.location(user), "server", "whoami"}, home.path());
    const CliResult refused =
        runCli({"--db", server.location(user), "server", "roles"}, home.path());
    const CliResult adminWhoami = runCli({"--db", admin, "server", "whoami"}, home.path());
    testserver::adminExec(QStringLiteral("DROP ROLE %1").arg(user));

    REQUIRE_EXIT(whoami, 0);
    CHECK(whoami.out.contains(QStringLiteral("User: ") + user));
    CHECK(whoami.out.contains(QStringLiteral("Tavle role: tavle_ukyl\n")));
    CHECK(
        whoami.out.contains(QStringLiteral("For: Junior doctor coordinating education (UKYL)\n")));
    CHECK(whoami.out.contains(QStringLiteral("Rights: Reads everything. Logs meetings")));
    REQUIRE_EXIT(refused, 1);
    CHECK(refused.err.contains(QStringLiteral("Only the owner of the Tavle tables")));
    REQUIRE_EXIT(adminWhoami, 0);
    CHECK(adminWhoami.out.contains(QStringLiteral("Tavle role: none")));
}

TEST_CASE("cli server: roles on a file are refused with a clear message")
{
    QTemporaryDir home;
    const QString file = home.filePath(QStringLiteral("tavle.sqlite"));
    REQUIRE_EXIT(runCli({"--db", file, "init"}, home.path()), 0);

    const CliResult roles = runCli({"--db", file, "server", "roles"}, home.path());
    REQUIRE_EXIT(roles, 1);
    CHECK(roles.err.contains(QStringLiteral("is not a database on a server")));
    CHECK(roles.err.contains(QStringLiteral("roles exist only on a PostgreSQL server")));

    const CliResult whoami = runCli({"--db", file, "server", "whoami"}, home.path());
    REQUIRE_EXIT(whoami, 0);
    CHECK(whoami.out.contains(QStringLiteral("Tavle role: none. A file has no roles")));

    const CliResult unknown = runCli({"--db", file, "server", "grant"}, home.path());
    REQUIRE_EXIT(unknown, 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown subcommand 'grant'")));
}
