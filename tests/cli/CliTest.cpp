#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

/// A temporary folder with a database path and a data home for one test.
struct Workspace
{
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("tavle.sqlite"));

    CliResult run(QStringList arguments, const QString& language = QStringLiteral("C"))
    {
        arguments.prepend(db);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, dir.filePath(QStringLiteral("data")), language);
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = dir.filePath(name);
        writeFile(path, bytes);
        return path;
    }
};

/// Requires an exit status, showing what the run printed when it differs. Evaluates `result`
/// once.
#define REQUIRE_EXIT(result, code)                                                                 \
    do {                                                                                           \
        const CliResult& run_ = (result);                                                          \
        INFO("stdout: " << run_.out.toStdString() << "\nstderr: " << run_.err.toStdString());      \
        REQUIRE(run_.exitCode == (code));                                                          \
    } while (false)

const QByteArray kRoster =
    "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\r\n"
    "Søren Ågaard;KBU;Neurologisk afdeling;01-02-2027;31-07-2027;Mette Holm;soren@example.dk\r\n"
    "Åse Lund;HU;Neurologisk afdeling;15-02-2027;;Mette Holm;\r\n"
    "Bjørn Dahl;introduktionsstilling;Akutafdelingen;2027-03-01;;;\r\n";

QByteArray toWindows1252(const QByteArray& utf8)
{
    QByteArray out;
    for (const QChar c : QString::fromUtf8(utf8))
        out.append(char(c.unicode())); // the test text is Latin-1 only
    return out;
}

QStringList csvLines(const QString& text)
{
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    return lines;
}

} // namespace

TEST_CASE("cli: init creates a database and prints the schema version, and again is a no-op")
{
    Workspace w;
    const auto first = w.run({"init"});
    REQUIRE_EXIT(first, 0);
    const QString version =
        QStringLiteral("Schema version: %1").arg(tavle::Database::latestSchemaVersion());
    CHECK(first.out.contains(version));
    CHECK(QFileInfo::exists(w.db));
    const auto second = w.run({"init"});
    REQUIRE_EXIT(second, 0);
    CHECK(second.out.contains(version));
}

TEST_CASE("cli: the database defaults to $TAVLE_DB, else the user's data folder")
{
    QTemporaryDir dir;
    const QString data = dir.filePath("data");
    const auto byDefault = runCli({"init"}, data);
    REQUIRE_EXIT(byDefault, 0);
    CHECK(QFileInfo::exists(data + "/tavle/tavle.sqlite"));

    QProcessEnvironment env;
    env.insert("TAVLE_DB", dir.filePath("from-env.sqlite"));
    REQUIRE_EXIT(runCli({"init"}, data, "C", env), 0);
    CHECK(QFileInfo::exists(dir.filePath("from-env.sqlite")));
}

TEST_CASE("cli: import a Windows-1252 roster from Danish Excel and see the deadlines")
{
    Workspace w;
    const QString roster = w.write("vagtplan.csv", toWindows1252(kRoster));
    const auto imported = w.run({"import", "roster", roster});
    REQUIRE_EXIT(imported, 0);
    CHECK(imported.out.contains("Imported 3 of 3 rows"));
    CHECK(imported.out.contains("3 new"));

    const auto csv = w.run({"deadlines", "--today", "2027-02-10", "--format", "csv"});
    REQUIRE_EXIT(csv, 0);
    const QStringList lines = csvLines(csv.out);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].startsWith("trainee,level,department,start_date,due_date,status,"));
    CHECK(lines[1].startsWith(
        "Søren Ågaard,KBU,Neurologisk afdeling,2027-02-01,2027-02-15,due_soon,"));
    CHECK(lines[2].startsWith("Åse Lund,HU,Neurologisk afdeling,2027-02-15,2027-03-15,upcoming,"));
    CHECK(lines[3].startsWith("Bjørn Dahl,INTRO,Akutafdelingen,2027-03-01,2027-03-29,upcoming,"));

    const auto again = w.run({"import", "roster", roster});
    REQUIRE_EXIT(again, 0);
    CHECK(again.out.contains("0 new, 0 updated, 3 unchanged"));
    const auto after = w.run({"deadlines", "--today", "2027-02-10", "--format", "csv"});
    CHECK(csvLines(after.out).size() == 4);
}

TEST_CASE("cli: deadlines as JSON carry the contract's fields first, in order")
{
    Workspace w;
    REQUIRE_EXIT(w.run({"import", "roster", w.write("r.csv", kRoster)}), 0);
    const auto json = w.run({"deadlines", "--today", "2027-03-01", "--format", "json"});
    REQUIRE_EXIT(json, 0);
    QJsonParseError error;
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8(), &error).array();
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].toObject().value("trainee").toString() == "Søren Ågaard");
    CHECK(rows[0].toObject().value("status").toString() == "overdue");
    CHECK(rows[0].toObject().value("days_left").toInt() == -14);
    CHECK(rows[1].toObject().value("status").toString() == "upcoming");
    const QString first = json.out.section('\n', 1, 1);
    const QStringList order{"\"trainee\"",    "\"level\"",    "\"department\"",
                            "\"start_date\"", "\"due_date\"", "\"status\""};
    for (int i = 1; i < order.size(); ++i)
        CHECK(first.indexOf(order[i - 1]) < first.indexOf(order[i]));
}

TEST_CASE("cli: the table is for people, with the counts that matter")
{
    Workspace w;
    REQUIRE_EXIT(w.run({"import", "roster", w.write("r.csv", kRoster)}), 0);
    const auto table = w.run({"deadlines", "--today", "2027-03-01"});
    REQUIRE_EXIT(table, 0);
    CHECK(table.out.contains("Trainee"));
    CHECK(table.out.contains("OVERDUE"));
    CHECK(table.out.contains("15-02-2027"));
    CHECK(table.out.contains("3 placements on 01-03-2027: 1 overdue, 0 due within 7 days, 0 held, "
                             "1 without a main supervisor."));
    const auto neuro = w.run({"deadlines", "--today", "2027-03-01", "--department",
                              "neurologisk afdeling", "--format", "csv"});
    REQUIRE_EXIT(neuro, 0);
    CHECK(csvLines(neuro.out).size() == 3);
}

TEST_CASE("cli: a bad roster is refused line by line and writes nothing")
{
    Workspace w;
    REQUIRE_EXIT(w.run({"import", "roster", w.write("r.csv", kRoster)}), 0);
    const QByteArray before = fileBytes(w.db);
    const QString bad = w.write("bad.csv", "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato\n"
                                           "Ny Læge;KBU;Akutafdelingen;01-02-2027;\n"
                                           ";KBU;Akutafdelingen;01-02-2027;\n"
                                           "Bo Dahl;speciallæge;Akutafdelingen;01-02-2027;\n"
                                           "Carl Ebbe;HU;Akutafdelingen;31-02-2027;\n"
                                           "Dorte Friis;HU;Akutafdelingen;01-03-2027;01-02-2027\n");
    const auto refused = w.run({"import", "roster", bad});
    REQUIRE_EXIT(refused, 2);
    CHECK(refused.err.contains(bad + ":3: the name (Navn) is empty"));
    CHECK(refused.err.contains(bad + ":4: unknown level 'speciallæge'"));
    CHECK(refused.err.contains(bad + ":5: start date: the date 31-02-2027 does not exist"));
    CHECK(refused.err.contains(bad + ":6: the end date 01-02-2027 is before the start date"));
    CHECK(refused.err.contains("Nothing was imported"));
    CHECK(fileBytes(w.db) == before);

    const auto dry = w.run({"import", "roster", bad, "--dry-run", "--skip-invalid"});
    REQUIRE_EXIT(dry, 0);
    CHECK(dry.out.contains("Dry run: nothing was written"));
    CHECK(dry.out.contains(bad + ":2: new trainee Ny Læge"));
    CHECK(fileBytes(w.db) == before);

    const auto skipped = w.run({"import", "roster", bad, "--skip-invalid"});
    REQUIRE_EXIT(skipped, 0);
    CHECK(skipped.err.contains(bad + ":5:"));
    CHECK(skipped.out.contains("Imported 1 of 5 rows"));
    CHECK(fileBytes(w.db) != before);
}

TEST_CASE("cli: files that are no roster are refused with a reason")
{
    Workspace w;
    const auto missingColumn =
        w.run({"import", "roster", w.write("m.csv", "Navn;Afdeling\nA;B\n")});
    REQUIRE_EXIT(missingColumn, 2);
    CHECK(missingColumn.err.contains("m.csv:1: the required column Uddannelsestrin is missing"));
    CHECK_FALSE(QFileInfo::exists(w.db));

    const auto workbook =
        w.run({"import", "roster", w.write("r.xlsx", QByteArray("PK\x03\x04\x14\0\x06\0", 8))});
    REQUIRE_EXIT(workbook, 2);
    CHECK(workbook.err.contains("r.xlsx: this is an Excel workbook"));

    const auto nothing = w.run({"import", "roster", w.dir.filePath("nowhere.csv")});
    REQUIRE_EXIT(nothing, 2);
    CHECK(nothing.err.contains("nowhere.csv"));
    CHECK_FALSE(QFileInfo::exists(w.db));
}

TEST_CASE("cli: register an expectation meeting as held")
{
    Workspace w;
    REQUIRE_EXIT(w.run({"import", "roster", w.write("r.csv", kRoster)}), 0);
    const auto held = w.run({"meeting", "held", "--trainee", "Søren Ågaard", "--date", "2027-02-20",
                             "--today", "2027-03-01"});
    REQUIRE_EXIT(held, 0);
    CHECK(held.out.contains("Registered: Forventningsafstemning for Søren Ågaard"));
    CHECK(held.out.contains("5 days after the due date 15-02-2027"));
    const auto csv = w.run({"deadlines", "--today", "2027-03-01", "--format", "csv"});
    CHECK(csvLines(csv.out)[1].startsWith("Søren Ågaard,KBU,Neurologisk afdeling,2027-02-01,"
                                          "2027-02-15,held,"));
    CHECK(csvLines(csv.out)[1].contains(",2027-02-20,"));

    const QByteArray before = fileBytes(w.db);
    const auto unknown = w.run({"meeting", "held", "--trainee", "Ukendt", "--date", "2027-02-20",
                                "--today", "2027-03-01"});
    REQUIRE_EXIT(unknown, 2);
    CHECK(unknown.err.contains("no trainee named Ukendt"));
    const auto future = w.run({"meeting", "held", "--trainee", "Åse Lund", "--date", "2027-04-01",
                               "--today", "2027-03-01"});
    REQUIRE_EXIT(future, 2);
    CHECK(future.err.contains("in the future"));
    const auto badDate =
        w.run({"meeting", "held", "--trainee", "Åse Lund", "--date", "2027-02-30"});
    REQUIRE_EXIT(badDate, 2);
    CHECK(badDate.err.contains("'2027-02-30' is not a date"));
    CHECK(fileBytes(w.db) == before);
}

TEST_CASE("cli: demo fills an empty database reproducibly and refuses a full one")
{
    Workspace w;
    const auto demo = w.run({"demo", "--trainees", "120", "--seed", "7", "--today", "2027-03-01"});
    REQUIRE_EXIT(demo, 0);
    CHECK(demo.out.contains("120 trainees"));
    const auto board = w.run({"deadlines", "--today", "2027-03-01", "--format", "csv"});
    REQUIRE_EXIT(board, 0);
    CHECK(csvLines(board.out).size() > 100);

    Workspace other;
    REQUIRE_EXIT(other.run({"demo", "--trainees", "120", "--seed", "7", "--today", "2027-03-01"}),
                 0);
    CHECK(other.run({"deadlines", "--today", "2027-03-01", "--format", "csv"}).out == board.out);

    const QByteArray before = fileBytes(w.db);
    const auto refused = w.run({"demo", "--trainees", "10"});
    CHECK(refused.exitCode != 0);
    CHECK(fileBytes(w.db) == before);
    REQUIRE_EXIT(w.run({"demo", "--trainees", "zero"}), 2);
}

TEST_CASE("cli: check tells a sound database from a broken one")
{
    Workspace w;
    REQUIRE_EXIT(w.run({"import", "roster", w.write("r.csv", kRoster)}), 0);
    const auto sound = w.run({"check"});
    REQUIRE_EXIT(sound, 0);
    CHECK(sound.out.contains("Integrity: ok"));
    CHECK(sound.out.contains("Placements: 3"));

    const QString broken = w.write("broken.sqlite", QByteArray(8192, '\x5a'));
    const auto refused = runCli({"--db", broken, "check"}, w.dir.filePath("data"));
    REQUIRE_EXIT(refused, 1);
    CHECK(refused.err.contains(broken));
    CHECK(refused.err.contains("not a Tavle database"));
    CHECK(fileBytes(broken) == QByteArray(8192, '\x5a'));
}

TEST_CASE("cli: files that are not Tavle databases keep their bytes under every command")
{
    Workspace w;
    const QString random = w.write("random.db", QByteArray("not a database at all\n").repeated(50));
    const QString other = w.dir.filePath("other.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "other");
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery(db).exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
        db.close();
    }
    QSqlDatabase::removeDatabase("other");
    REQUIRE_EXIT(w.run({"init"}), 0);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "newer");
        db.setDatabaseName(w.db);
        REQUIRE(db.open());
        REQUIRE(
            QSqlQuery(db).exec("UPDATE tavle_meta SET value = '42' WHERE key = 'schema_version'"));
        db.close();
    }
    QSqlDatabase::removeDatabase("newer");
    const QString roster = w.write("r.csv", kRoster);

    for (const QString& path : {random, other, w.db}) {
        const QByteArray before = fileBytes(path);
        for (const QStringList& command :
             QList<QStringList>{{"init"},
                                {"check"},
                                {"deadlines"},
                                {"import", "roster", roster},
                                {"demo", "--trainees", "5"},
                                {"meeting", "held", "--trainee", "A", "--date", "2027-01-01"}}) {
            const auto result = runCli(QStringList{"--db", path} + command, w.dir.filePath("data"));
            INFO(path.toStdString()
                 << " " << command.join(' ').toStdString() << ": " << result.err.toStdString());
            CHECK(result.exitCode == 1);
            CHECK(result.err.contains(path));
        }
        CHECK(fileBytes(path) == before);
    }
    const auto newer = w.run({"check"});
    CHECK(newer.err.contains("newer version of Tavle"));
}

TEST_CASE("cli: usage mistakes get exit status 2 and a hint")
{
    Workspace w;
    REQUIRE_EXIT(w.run({"init"}), 0);
    CHECK(w.run({"frobnicate"}).exitCode == 2);
    CHECK(w.run({"deadlines", "--today", "2027-13-01"}).exitCode == 2);
    CHECK(w.run({"deadlines", "--format", "xml"}).exitCode == 2);
    const auto department = w.run({"deadlines", "--department", "Kardiologi"});
    REQUIRE_EXIT(department, 2);
    CHECK(department.err.contains("no department 'Kardiologi'"));
    CHECK(w.run({"deadlines", "--bogus"}).exitCode == 2);
    CHECK(w.run({"import", "roster"}).exitCode == 2);
    CHECK(w.run({"meeting", "held", "--date", "2027-01-01"}).exitCode == 2);
    const auto help = w.run({"deadlines", "--help"});
    REQUIRE_EXIT(help, 0);
    CHECK(help.out.contains("--format"));
    const auto missingDb =
        runCli({"--db", w.dir.filePath("nope.sqlite"), "deadlines"}, w.dir.filePath("data"));
    REQUIRE_EXIT(missingDb, 1);
    CHECK(missingDb.err.contains("There is no Tavle database at"));
    CHECK_FALSE(QFileInfo::exists(w.dir.filePath("nope.sqlite")));
}

TEST_CASE("cli: a Danish system gets Danish messages and tables, machine formats stay English")
{
    Workspace w;
    const QString danish = QStringLiteral("da_DK.UTF-8");
    REQUIRE_EXIT(w.run({"import", "roster", w.write("r.csv", kRoster)}, danish), 0);
    const auto table = w.run({"deadlines", "--today", "2027-02-20"}, danish);
    REQUIRE_EXIT(table, 0);
    CHECK(table.out.contains("Uddannelseslæge"));
    CHECK(table.out.contains("Hovedvejleder"));
    CHECK(table.out.contains("OVERSKREDET"));
    const auto csv = w.run({"deadlines", "--today", "2027-02-20", "--format", "csv"}, danish);
    REQUIRE_EXIT(csv, 0);
    CHECK(csvLines(csv.out).first().startsWith(
        "trainee,level,department,start_date,due_date,status"));
    CHECK(csv.out.contains(",overdue"));
    const auto unknown = w.run({"meeting", "held", "--trainee", "Ingen Sådan", "--date",
                                "2027-02-01", "--today", "2027-02-20"},
                               danish);
    REQUIRE_EXIT(unknown, 2);
    CHECK(unknown.err.contains("Der findes ingen uddannelseslæge ved navn Ingen Sådan"));
}
