#include "storage/DatabaseCopy.h"

#include "demo/DemoGenerator.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <algorithm>

using namespace tavle;
using OpenMode = Database::OpenMode;

namespace {

const QString kDanishName = QStringLiteral("Søren Ærø Åberg");

std::unique_ptr<Database> opened(const QString& location, OpenMode mode)
{
    auto database = Database::open(location, mode);
    INFO((database ? QString() : database.errorMessage()).toStdString());
    REQUIRE(database.ok());
    return std::move(database).value();
}

/// Demo data (a few departments, `trainees` trainees, the meeting log and the strategy) and
/// one person with every Danish letter in the name.
void fill(Database& database, int trainees)
{
    DemoOptions options;
    options.trainees = trainees;
    options.seed = 7;
    options.today = QDate(2027, 3, 10);
    const auto summary = DemoGenerator::generate(database, options);
    INFO((summary ? QString() : summary.errorMessage()).toStdString());
    REQUIRE(summary.ok());
    REQUIRE(PersonRepository(database).insert(Person{0, kDanishName, {}}).ok());
}

QStringList column(Database& database, const QString& sql)
{
    QSqlQuery query(database.connection());
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

/// The tables of the database's own schema, sorted, from the engine's catalogue.
QStringList schemaTables(Database& database)
{
    QStringList tables =
        database.isServer() ? column(database, "SELECT table_name FROM information_schema.tables "
                                               "WHERE table_schema = current_schema()")
                            : column(database, "SELECT name FROM sqlite_master "
                                               "WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    tables.sort();
    return tables;
}

/// Every row of a table, in key order, as "column=value" texts; NULL is told from ''.
QStringList rows(Database& database, const QString& table)
{
    QSqlQuery query(database.connection());
    REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)));
    QStringList result;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList cells;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = record.value(i);
            cells << record.fieldName(i) + QLatin1Char('=') +
                         (value.isNull() ? QStringLiteral("<NULL>") : value.toString());
        }
        cells.sort(); // the same columns in whatever order the engine keeps them
        result << cells.join(QLatin1Char('|'));
    }
    return result;
}

/// Every copied table's rows, plus the database's identity: the whole content.
QMap<QString, QStringList> content(Database& database)
{
    QMap<QString, QStringList> all;
    for (const QString& table : DatabaseCopy::tableNames())
        all.insert(table, rows(database, table));
    all.insert(QStringLiteral("database_id"),
               column(database, "SELECT value FROM tavle_meta WHERE key = 'database_id'"));
    return all;
}

Result<CopyReport> copied(Database& source, Database& target)
{
    return DatabaseCopy::copy(source, target);
}

/// Copies `sourcePath` (opened read-only) into `target` and checks everything arrived: the
/// report's counts, every row, the Danish name, the identity, and that the copy takes new rows.
void requireFaithfulCopy(const QString& sourcePath, Database& target, const QString& targetPath)
{
    const auto source = opened(sourcePath, OpenMode::Inspect);
    const auto report = copied(*source, target);
    INFO((report ? QString() : report.errorMessage()).toStdString());
    REQUIRE(report.ok());

    QStringList reported;
    qint64 total = 0;
    for (const CopiedTableCount& counts : report->tables) {
        reported << counts.table;
        const QStringList expected = rows(*source, counts.table);
        INFO(counts.table.toStdString());
        CHECK(counts.sourceRows == expected.size());
        CHECK(counts.targetRows == expected.size());
        CHECK(rows(target, counts.table) == expected);
        total += expected.size();
    }
    CHECK(reported == DatabaseCopy::tableNames());
    CHECK(report->rows() == total);
    CHECK(report->source == source->location());
    CHECK(report->target == target.location());
    for (const char* busy : {"persons", "placements", "meetings", "meeting_participants",
                             "goal_statuses", "action_items"}) {
        INFO(busy);
        CHECK(rows(target, QString::fromLatin1(busy)).size() > 0); // the demo filled these
    }
    // fill() added the Danish name last: it arrives letter for letter.
    const QString lastPerson =
        QStringLiteral("SELECT name FROM persons WHERE id = (SELECT max(id) FROM persons)");
    CHECK(column(*source, lastPerson) == QStringList{kDanishName});
    CHECK(column(target, lastPerson) == QStringList{kDanishName});

    const auto reopened = opened(targetPath, OpenMode::Inspect);
    CHECK(reopened->databaseId() == source->databaseId());
    CHECK(reopened->databaseId().size() == 36);

    // The copy is a working database: new rows get fresh ids, nothing is unsound.
    const QStringList personIds = column(target, "SELECT max(id) FROM persons");
    const auto person = PersonRepository(target).insert(Person{0, QStringLiteral("Åse Ny"), {}});
    INFO((person ? QString() : person.errorMessage()).toStdString());
    REQUIRE(person.ok());
    CHECK(person.value() == personIds.value(0).toLongLong() + 1);
    const auto department = DepartmentRepository(target).insert(QStringLiteral("Ny afdeling"));
    INFO((department ? QString() : department.errorMessage()).toStdString());
    REQUIRE(department.ok());
    const auto problems = target.integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems.value() == QStringList{});
}

} // namespace

TEST_CASE("copy: the table list holds every table of the schema, each after those it refers to")
{
    TempDatabase t;
    QStringList known = DatabaseCopy::tableNames();
    known << QStringLiteral("tavle_meta");
    known.sort();
    // A table missing here would be left behind by every copy: add it to kTables in
    // core/storage/DatabaseCopy.cpp.
    CHECK(schemaTables(*t) == known);

    const QStringList order = DatabaseCopy::tableNames();
    QList<QPair<QString, QString>> references; // (table, the table it refers to)
    if (t.onServer()) {
        QSqlQuery query(t->connection());
        REQUIRE(query.exec("SELECT tc.table_name, ccu.table_name "
                           "FROM information_schema.table_constraints tc "
                           "JOIN information_schema.constraint_column_usage ccu "
                           "ON ccu.constraint_name = tc.constraint_name "
                           "AND ccu.constraint_schema = tc.constraint_schema "
                           "WHERE tc.constraint_type = 'FOREIGN KEY' "
                           "AND tc.table_schema = current_schema()"));
        while (query.next())
            references.append({query.value(0).toString(), query.value(1).toString()});
    } else {
        for (const QString& table : order) {
            for (const QString& parent :
                 column(*t, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')")
                                .arg(table)))
                references.append({table, parent});
        }
    }
    REQUIRE(references.size() > 20);
    for (const auto& [table, parent] : references) {
        INFO(table.toStdString() << " refers to " << parent.toStdString());
        CHECK(order.indexOf(parent) >= 0);
        CHECK(order.indexOf(parent) <= order.indexOf(table));
    }
}

TEST_CASE("copy: a database with demo data is copied into a new file, every row as it was")
{
    TempDatabase source; // a file, or a server database in the postgresql run
    fill(*source, 40);
    QTemporaryDir dir;
    const QString targetPath = dir.filePath(QStringLiteral("copy.sqlite"));
    const auto target = opened(targetPath, OpenMode::CreateOrUpgrade);
    requireFaithfulCopy(source.path, *target, targetPath);
}

TEST_CASE("copy: a file with demo data is copied into a new database, every row as it was")
{
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(QStringLiteral("source.sqlite"));
    fill(*opened(sourcePath, OpenMode::CreateOrUpgrade), 40);
    TempDatabase target; // a file, or a server database in the postgresql run
    requireFaithfulCopy(sourcePath, *target, target.path);
}

TEST_CASE("copy: a target with data of its own is refused and left as it was")
{
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(QStringLiteral("source.sqlite"));
    fill(*opened(sourcePath, OpenMode::CreateOrUpgrade), 10);
    const auto source = opened(sourcePath, OpenMode::Inspect);
    TempDatabase target;

    SECTION("a person")
    {
        REQUIRE(PersonRepository(*target).insert(Person{0, QStringLiteral("Ib Ørn"), {}}).ok());
    }
    SECTION("a meeting type someone added")
    {
        MeetingType type;
        type.name = QStringLiteral("Introduktionssamtale");
        REQUIRE(MeetingTypeRepository(*target).insert(type, {}).ok());
    }
    const auto before = content(*target);
    const auto report = copied(*source, *target);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == Error::Kind::Failure);
    CHECK(report.errorMessage().contains(target.path));
    CHECK(report.errorMessage().contains(QStringLiteral("already holds data")));
    CHECK((report.errorMessage().contains(QStringLiteral("persons: 1")) ||
           report.errorMessage().contains(QStringLiteral("meeting_types: 1"))));
    CHECK(content(*target) == before);
}

TEST_CASE("copy: a source at an older schema version is refused and nothing is written")
{
    // tests/fixtures/tavle-schema-1.sqlite: a demo database of Tavle 0.1 (schema version 1).
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(QStringLiteral(TAVLE_FIXTURES "/tavle-schema-1.sqlite"), sourcePath));
    REQUIRE(QFile::setPermissions(sourcePath, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray bytes = fileBytes(sourcePath);
    TempDatabase target;
    const auto before = content(*target);
    {
        const auto source = opened(sourcePath, OpenMode::Inspect);
        REQUIRE(source->schemaVersion() == 1);
        const auto checked = DatabaseCopy::checkSource(*source);
        REQUIRE_FALSE(checked.ok());
        CHECK(checked.errorMessage().contains(sourcePath));
        CHECK(checked.errorMessage().contains(QStringLiteral("upgrade")));
        const auto report = copied(*source, *target);
        REQUIRE_FALSE(report.ok());
        CHECK(report.errorMessage() == checked.errorMessage());
    }
    CHECK(content(*target) == before);
    CHECK(fileBytes(sourcePath) == bytes);
}

TEST_CASE("copy: a failure half-way through leaves nothing in the target")
{
    // An action item whose owner does not exist: SQLite lets it in with foreign keys off;
    // the target's foreign key refuses it, after every table before action_items was copied.
    QTemporaryDir dir;
    const QString sourcePath = dir.filePath(QStringLiteral("source.sqlite"));
    {
        const auto writable = opened(sourcePath, OpenMode::CreateOrUpgrade);
        fill(*writable, 10);
        QSqlQuery query(writable->connection());
        REQUIRE(query.exec("PRAGMA foreign_keys = OFF"));
        REQUIRE(query.exec("INSERT INTO action_items (text, owner_id, department_id) "
                           "SELECT 'Følg op', 999999, min(id) FROM departments"));
    }
    const auto source = opened(sourcePath, OpenMode::Inspect);
    TempDatabase target;
    const auto before = content(*target);
    const auto report = copied(*source, *target);
    REQUIRE_FALSE(report.ok());
    CHECK(report.errorMessage().contains(QStringLiteral("action_items")));
    CHECK(report.errorMessage().contains(QStringLiteral("Nothing has been copied")));
    CHECK(content(*target) == before);
    CHECK(column(*target, "SELECT COUNT(*) FROM persons") == QStringList{"0"});
    CHECK(column(*target, "SELECT COUNT(*) FROM meeting_types") != QStringList{"0"});
}

TEST_CASE("copy: a database is not copied into itself")
{
    TempDatabase t;
    fill(*t, 5);
    const auto before = content(*t);
    const auto source = opened(t.path, OpenMode::Inspect);
    const auto report = copied(*source, *t);
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == Error::Kind::InvalidInput);
    CHECK(report.errorMessage().contains(QStringLiteral("the same database")));
    CHECK(content(*t) == before);
}
