#include "storage/DatabaseCopy.h"
#include "storage/PersonRepository.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>

using namespace tavle;

namespace {

const QString kDanishName = QStringLiteral("Søren Ærø Åberg");

/// A temporary folder for the databases and the data home of one test.
struct Workspace
{
    QTemporaryDir dir;

    QString path(const QString& name) const { return dir.filePath(name); }
    CliResult run(const QStringList& arguments)
    {
        return runCli(arguments, dir.filePath(QStringLiteral("data")));
    }
};

#define REQUIRE_EXIT(result, code)                                                                 \
    do {                                                                                           \
        const CliResult& run_ = (result);                                                          \
        INFO("stdout: " << run_.out.toStdString() << "\nstderr: " << run_.err.toStdString());      \
        REQUIRE(run_.exitCode == (code));                                                          \
    } while (false)

std::unique_ptr<Database> opened(const QString& location, Database::OpenMode mode)
{
    auto database = Database::open(location, mode);
    INFO((database ? QString() : database.errorMessage()).toStdString());
    REQUIRE(database.ok());
    return std::move(database).value();
}

/// A file with demo data and, last, a person with every Danish letter in the name.
void makeDemoFile(Workspace& w, const QString& file, const QString& seed)
{
    REQUIRE_EXIT(
        w.run({"--db", file, "demo", "--trainees", "25", "--seed", seed, "--today", "2027-03-10"}),
        0);
    const auto database = opened(file, Database::OpenMode::MustExist);
    REQUIRE(PersonRepository(*database).insert(Person{0, kDanishName, {}}).ok());
}

/// Every table's row count, the name of the newest person and the database's identity.
QMap<QString, QString> summary(const QString& location)
{
    const auto database = opened(location, Database::OpenMode::Inspect);
    QMap<QString, QString> result;
    QSqlQuery query(database->connection());
    for (const QString& table : DatabaseCopy::tableNames()) {
        REQUIRE(query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)));
        REQUIRE(query.next());
        result.insert(table, query.value(0).toString());
    }
    REQUIRE(query.exec("SELECT name FROM persons WHERE id = (SELECT max(id) FROM persons)"));
    REQUIRE(query.next());
    result.insert(QStringLiteral("newest person"), query.value(0).toString());
    query.finish();
    result.insert(QStringLiteral("database_id"), database->databaseId());
    return result;
}

} // namespace

TEST_CASE("cli: copy moves a file to a server and back with every row and Danish letters")
{
    if (!testserver::serverAvailable())
        return;
    Workspace w;
    const QString file = w.path(QStringLiteral("afdeling.sqlite"));
    makeDemoFile(w, file, QStringLiteral("3"));
    const auto original = summary(file);
    CHECK(original.value(QStringLiteral("newest person")) == kDanishName);
    CHECK(original.value(QStringLiteral("persons")).toInt() > 25);

    testserver::TempServerDatabase server;
    const auto up = w.run({"copy", "--from", file, "--to", server.location()});
    REQUIRE_EXIT(up, 0);
    CHECK(up.err.isEmpty());
    CHECK(up.out.contains(QStringLiteral("Copied ")));
    CHECK(up.out.contains(QStringLiteral("from %1 to %2; every table's count matches.")
                              .arg(file, server.location())));
    if (const QString password = qEnvironmentVariable("PGPASSWORD"); !password.isEmpty())
        CHECK_FALSE((up.out + up.err).contains(password));
    for (const QString& table : DatabaseCopy::tableNames()) {
        INFO(table.toStdString());
        CHECK(up.out.contains(table));
    }
    CHECK(summary(server.location()) == original);

    const QString back = w.path(QStringLiteral("tilbage.sqlite"));
    const auto down =
        w.run({"copy", "--from", server.location(), "--to", back, "--format", "json"});
    REQUIRE_EXIT(down, 0);
    const QJsonArray tables = QJsonDocument::fromJson(down.out.toUtf8()).array();
    REQUIRE(tables.size() == DatabaseCopy::tableNames().size());
    for (const QJsonValue& row : tables) {
        const QJsonObject counts = row.toObject();
        const QString table = counts.value(QStringLiteral("table")).toString();
        INFO(table.toStdString());
        CHECK(counts.value(QStringLiteral("source_rows")).toInteger() ==
              original.value(table).toLongLong());
        CHECK(counts.value(QStringLiteral("target_rows")).toInteger() ==
              original.value(table).toLongLong());
    }
    CHECK(summary(back) == original);
    REQUIRE_EXIT(w.run({"--db", back, "check"}), 0);

    // The server database holds data now: a second copy into it is refused, changing nothing;
    // a password given in the URL is not printed.
    const QString other = w.path(QStringLiteral("anden.sqlite"));
    makeDemoFile(w, other, QStringLiteral("4"));
    const QString password = qEnvironmentVariable("PGPASSWORD", QStringLiteral("hemmelig-kode"));
    QUrl withPassword(server.location());
    withPassword.setPassword(password);
    const auto again = w.run({"copy", "--from", other, "--to", withPassword.toString()});
    REQUIRE_EXIT(again, 1);
    CHECK(again.err.contains(server.location()));
    CHECK_FALSE((again.out + again.err).contains(password));
    CHECK(again.err.contains(QStringLiteral("already holds data")));
    CHECK(summary(server.location()) == original);
}

TEST_CASE("cli: copy without --from or --to is a usage error")
{
    Workspace w;
    const QString target = w.path(QStringLiteral("target.sqlite"));
    const auto noTarget = w.run({"copy", "--from", w.path(QStringLiteral("source.sqlite"))});
    REQUIRE_EXIT(noTarget, 2);
    CHECK(noTarget.err.contains(QStringLiteral("--to")));
    const auto noSource = w.run({"copy", "--to", target});
    REQUIRE_EXIT(noSource, 2);
    CHECK(noSource.err.contains(QStringLiteral("--from")));
    REQUIRE_EXIT(w.run({"copy"}), 2);
    REQUIRE_EXIT(w.run({"copy", "--from", "a.sqlite", "--to", target, "extra"}), 2);
    REQUIRE_EXIT(w.run({"copy", "--from", "a.sqlite", "--to", target, "--format", "xml"}), 2);
    REQUIRE_EXIT(w.run({"copy", "--from", "a.sqlite", "--to", target, "--db", "b.sqlite"}), 2);
    REQUIRE_EXIT(w.run({"copy", "--from", "a.sqlite", "--to", target, "--bogus"}), 2);
    CHECK_FALSE(QFileInfo::exists(target));
    REQUIRE_EXIT(w.run({"copy", "--help"}), 0);
}

TEST_CASE("cli: copy refuses a target file with data and leaves it as it was")
{
    Workspace w;
    const QString source = w.path(QStringLiteral("source.sqlite"));
    const QString target = w.path(QStringLiteral("target.sqlite"));
    makeDemoFile(w, source, QStringLiteral("1"));
    REQUIRE_EXIT(w.run({"--db", target, "demo", "--trainees", "5", "--today", "2027-03-10"}), 0);
    const auto before = summary(target);
    const auto refused = w.run({"copy", "--from", source, "--to", target});
    REQUIRE_EXIT(refused, 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(target));
    CHECK(refused.err.contains(QStringLiteral("already holds data")));
    CHECK(summary(target) == before);
}

TEST_CASE("cli: copy between two files prints the counts as CSV")
{
    Workspace w;
    const QString source = w.path(QStringLiteral("source.sqlite"));
    const QString target = w.path(QStringLiteral("ny mappe/kopi.sqlite"));
    makeDemoFile(w, source, QStringLiteral("2"));
    const auto result = w.run({"copy", "--from", source, "--to", target, "--format", "csv"});
    REQUIRE_EXIT(result, 0);
    const QStringList lines = result.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == DatabaseCopy::tableNames().size() + 1);
    CHECK(lines.first() == QStringLiteral("table,source_rows,target_rows"));
    const auto original = summary(source);
    CHECK(lines.contains(QStringLiteral("persons,%1,%1").arg(original.value("persons"))));
    CHECK(summary(target) == original);

    // The copy has its source's identity, yet it is another database with data of its own.
    const auto again = w.run({"copy", "--from", source, "--to", target});
    REQUIRE_EXIT(again, 1);
    CHECK(again.err.contains(QStringLiteral("already holds data")));
    CHECK(summary(target) == original);
}

TEST_CASE("cli: copy refuses a source of an older schema and creates no target")
{
    Workspace w;
    const QString source = w.path(QStringLiteral("old.sqlite"));
    // tests/fixtures/tavle-schema-1.sqlite: a demo database of Tavle 0.1 (schema version 1).
    const QString fixture = QFileInfo(QStringLiteral(__FILE__))
                                .dir()
                                .filePath(QStringLiteral("../fixtures/tavle-schema-1.sqlite"));
    REQUIRE(QFile::copy(fixture, source));
    REQUIRE(QFile::setPermissions(source, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray bytes = fileBytes(source);
    const QString target = w.path(QStringLiteral("new.sqlite"));
    const auto refused = w.run({"copy", "--from", source, "--to", target});
    REQUIRE_EXIT(refused, 1);
    CHECK(refused.err.contains(source));
    CHECK(refused.err.contains(QStringLiteral("upgrade")));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(fileBytes(source) == bytes);
}
