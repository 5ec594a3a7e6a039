#include "storage/Database.h"

#include "rules/DeadlineRules.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>

using namespace tavle;
using OpenMode = Database::OpenMode;

namespace {

QString scalar(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

/// Runs statements on a database through a plain connection of its own, outside Tavle: a
/// SQLite file, or a database on the test server. Statements starting with PRAGMA are for
/// SQLite only.
void rawExec(const QString& location, const QStringList& statements)
{
    {
        const bool server = location.startsWith("postgresql://");
        QSqlDatabase db = QSqlDatabase::addDatabase(
            server ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), "raw");
        if (server) {
            const QUrl url(location);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(location);
        }
        REQUIRE(db.open());
        for (const QString& sql : statements) {
            if (server && sql.startsWith("PRAGMA"))
                continue;
            QSqlQuery query(db);
            INFO(sql.toStdString());
            REQUIRE(query.exec(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("raw");
}

} // namespace

TEST_CASE("a new database is created with the latest schema")
{
    TempDatabase t;
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(t->schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(*t, "SELECT value FROM tavle_meta WHERE key = 'schema_version'").toInt() ==
          Database::latestSchemaVersion());
    CHECK(scalar(*t, "SELECT value FROM tavle_meta WHERE key = 'application'") == "tavle");
    CHECK((t.onServer() || QFileInfo::exists(t.path)));
    CHECK(t->databaseId().size() == 36);
    CHECK(scalar(*t, "SELECT value FROM tavle_meta WHERE key = 'database_id'") == t->databaseId());
    TempDatabase other;
    CHECK(other->databaseId() != t->databaseId());
}

TEST_CASE("the connection has foreign keys on and a WAL journal", "[sqlite]")
{
    TempDatabase t;
    CHECK(scalar(*t, "PRAGMA foreign_keys") == "1");
    CHECK(scalar(*t, "PRAGMA journal_mode").toLower() == "wal");
}

TEST_CASE("a row that refers to a missing row is refused")
{
    TempDatabase t;
    QSqlQuery orphan(t->connection());
    CHECK_FALSE(orphan.exec("INSERT INTO placements (trainee_id, department_id, level, "
                            "start_date) VALUES (999, 999, 'KBU', '2027-01-01')"));
}

TEST_CASE("the built-in expectation meeting carries the 14/28-day rules as data")
{
    TempDatabase t;
    MeetingTypeRepository types(*t);
    const auto type = types.byCode(expectationMeetingCode());
    REQUIRE(type.ok());
    REQUIRE(type.value().has_value());
    CHECK(type.value()->name == "Forventningsafstemning");
    CHECK(type.value()->perPlacement);
    const auto rules = types.rules(type.value()->id);
    REQUIRE(rules.ok());
    REQUIRE(rules->size() == 2);
    CHECK(ruleForLevel(rules.value(), Level::Kbu)->offsetDays == 14);
    CHECK(ruleForLevel(rules.value(), Level::Intro)->offsetDays == 28);
    CHECK(ruleForLevel(rules.value(), Level::Hu)->offsetDays == 28);
}

TEST_CASE("reopening an up-to-date database changes nothing")
{
    TempDatabase t;
    const QString count = scalar(*t, "SELECT COUNT(*) FROM meeting_types");
    t.db.reset();
    const QByteArray before = fileBytes(t.path);
    auto again = Database::open(t.path, OpenMode::CreateOrUpgrade);
    REQUIRE(again.ok());
    CHECK(again.value()->schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(*again.value(), "SELECT COUNT(*) FROM meeting_types") == count);
    again.value().reset();
    CHECK(fileBytes(t.path) == before);
}

TEST_CASE("an empty file becomes a Tavle database on create, and is refused otherwise")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("empty.sqlite");
    writeFile(path, {});
    const auto refused = Database::open(path, OpenMode::MustExist);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(path));
    CHECK(fileBytes(path).isEmpty());
    const auto created = Database::open(path, OpenMode::CreateOrUpgrade);
    REQUIRE(created.ok());
    CHECK(created.value()->schemaVersion() == Database::latestSchemaVersion());
}

TEST_CASE("a missing file is created only when asked")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("sub/folder/new.sqlite");
    const auto refused = Database::open(path, OpenMode::MustExist);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(path));
    CHECK_FALSE(QFileInfo::exists(path));
    const auto inspect = Database::open(path, OpenMode::Inspect);
    REQUIRE_FALSE(inspect.ok());
    CHECK_FALSE(QFileInfo::exists(path));
    REQUIRE(Database::open(path, OpenMode::CreateOrUpgrade).ok());
    CHECK(QFileInfo::exists(path));
}

TEST_CASE("a database from a newer Tavle is refused and left byte for byte untouched")
{
    TempDatabase t;
    t.db.reset();
    rawExec(t.path, {"UPDATE tavle_meta SET value = '999' WHERE key = 'schema_version'",
                     "PRAGMA wal_checkpoint(TRUNCATE)"});
    const QByteArray before = fileBytes(t.path);
    for (const auto mode : {OpenMode::CreateOrUpgrade, OpenMode::MustExist, OpenMode::Inspect}) {
        const auto opened = Database::open(t.path, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.errorMessage().contains(t.path));
        CHECK(opened.errorMessage().contains("newer"));
        CHECK(opened.errorMessage().contains("999"));
    }
    CHECK(fileBytes(t.path) == before);
    if (t.onServer()) {
        rawExec(t.path, {"UPDATE tavle_meta SET value = '" +
                         QString::number(Database::latestSchemaVersion()) +
                         "' WHERE key = 'schema_version' AND value = '999'"});
        REQUIRE(Database::open(t.path, OpenMode::Inspect).ok()); // it was still at 999
    }
}

TEST_CASE("random bytes are refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("random.sqlite");
    QByteArray noise;
    for (int i = 0; i < 4096; ++i)
        noise.append(char((i * 7919 + 13) % 251));
    writeFile(path, noise);
    for (const auto mode : {OpenMode::CreateOrUpgrade, OpenMode::MustExist, OpenMode::Inspect}) {
        const auto opened = Database::open(path, mode);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.errorMessage().contains(path));
        CHECK(opened.errorMessage().contains("not an SQLite database"));
    }
    CHECK(fileBytes(path) == noise);
}

TEST_CASE("another program's SQLite file is refused and left untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath("other.sqlite");
    rawExec(path, {"CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)",
                   "INSERT INTO invoices (amount) VALUES (12.5)"});
    const QByteArray before = fileBytes(path);
    const auto opened = Database::open(path, OpenMode::CreateOrUpgrade);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(path));
    CHECK(opened.errorMessage().contains("another program"));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a folder is not a database")
{
    QTemporaryDir dir;
    const auto opened = Database::open(dir.path(), OpenMode::CreateOrUpgrade);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains("folder"));
}

TEST_CASE("an older database is upgraded step by step to the latest version")
{
    TempDatabase t;
    t.db.reset();
    // A version-0 Tavle file: the meta table exists, nothing else has been migrated. Re-running
    // the whole ladder from there must work on the empty tables.
    rawExec(t.path,
            {"DROP TABLE action_items", "DROP TABLE goal_statuses", "DROP TABLE goals",
             "DROP TABLE focus_areas", "DROP TABLE strategies", "DROP TABLE series_leaders",
             "DROP TABLE role_assignments", "DROP TABLE meeting_participants",
             "DROP TABLE meetings", "DROP TABLE meeting_series", "DROP TABLE deadline_rules",
             "DROP TABLE meeting_types", "DROP TABLE placements", "DROP TABLE persons",
             "DROP TABLE departments", "DROP TABLE tavle_meta",
             "CREATE TABLE tavle_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "INSERT INTO tavle_meta VALUES ('application', 'tavle')",
             "INSERT INTO tavle_meta VALUES ('schema_version', '0')"});
    auto inspected = Database::open(t.path, OpenMode::Inspect);
    REQUIRE(inspected.ok());
    CHECK(inspected.value()->schemaVersion() == 0);
    const auto problems = inspected.value()->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->size() == 1);
    inspected.value().reset();

    auto upgraded = Database::open(t.path, OpenMode::MustExist);
    REQUIRE(upgraded.ok());
    CHECK(upgraded.value()->schemaVersion() == Database::latestSchemaVersion());
    CHECK(scalar(*upgraded.value(), "SELECT COUNT(*) FROM meeting_types") == "7");
    CHECK(upgraded.value()->integrityProblems()->isEmpty());
}

TEST_CASE("a database of schema version 1 is upgraded with its data kept")
{
    // tests/fixtures/tavle-schema-1.sqlite was written by Tavle 0.1 (schema version 1):
    // `tavle-cli demo --trainees 30 --seed 5 --today 2026-11-24`.
    QTemporaryDir dir;
    const QString path = dir.filePath("old.sqlite");
    REQUIRE(QFile::copy(QStringLiteral(TAVLE_FIXTURES "/tavle-schema-1.sqlite"), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    {
        auto old = Database::open(path, OpenMode::Inspect);
        REQUIRE(old.ok());
        REQUIRE(old.value()->schemaVersion() == 1);
    }
    auto upgraded = Database::open(path, OpenMode::MustExist);
    REQUIRE(upgraded.ok());
    Database& db = *upgraded.value();
    CHECK(db.schemaVersion() == Database::latestSchemaVersion());
    CHECK(db.integrityProblems()->isEmpty());
    CHECK(scalar(db, "SELECT COUNT(*) FROM persons") == "57");
    CHECK(scalar(db, "SELECT COUNT(*) FROM meetings") == "27");
    // Participants of old meetings came: they are kept as present.
    CHECK(scalar(db, "SELECT COUNT(*) FROM meeting_participants WHERE attendance = 'present'") ==
          "54");
    CHECK(scalar(db, "SELECT COUNT(*) FROM meetings WHERE cancelled = 0") == "27");
    CHECK(scalar(db, "SELECT default_participants FROM meeting_types WHERE code = 'expectation'") ==
          "placement");
    CHECK(scalar(db, "SELECT COUNT(*) FROM meeting_types") == "7");
    CHECK(scalar(db, "SELECT default_start_time FROM meeting_types WHERE code = 'ventil'") ==
          "14:50");
    CHECK(db.databaseId().size() == 36); // given with the upgrade
}

TEST_CASE("an uncommitted transaction is rolled back")
{
    TempDatabase t;
    PersonRepository persons(*t);
    {
        auto transaction = t->begin();
        REQUIRE(transaction.ok());
        REQUIRE(persons.insert(Person{0, "Åse Øster", {}}).ok());
    }
    CHECK(persons.all()->isEmpty());
    {
        auto transaction = t->begin();
        REQUIRE(transaction.ok());
        REQUIRE(persons.insert(Person{0, "Åse Øster", {}}).ok());
        REQUIRE(transaction.value().commit().ok());
    }
    REQUIRE(persons.all()->size() == 1);
    CHECK(persons.all()->first().name == "Åse Øster");
}

TEST_CASE("a sound database passes the integrity check, and a read-only open writes nothing")
{
    TempDatabase t;
    t.db.reset();
    const QByteArray before = fileBytes(t.path);
    auto inspected = Database::open(t.path, OpenMode::Inspect);
    REQUIRE(inspected.ok());
    CHECK(inspected.value()->isReadOnly());
    const auto problems = inspected.value()->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
    QSqlQuery write(inspected.value()->connection());
    CHECK_FALSE(write.exec("INSERT INTO departments (name) VALUES ('x')"));
    inspected.value().reset();
    CHECK(fileBytes(t.path) == before);
}
