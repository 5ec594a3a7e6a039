#include "import/RosterImporter.h"

#include "storage/DepartmentRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleAssignmentRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace tavle;

namespace {

const QByteArray kHeader = "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\n";

ImportReport importText(Database& db, const QByteArray& rows, ImportOptions options = {})
{
    const auto report =
        RosterImporter::importRoster(db, RosterParser::parse(kHeader + rows), options);
    INFO((report ? QString() : report.errorMessage()).toStdString());
    REQUIRE(report.ok());
    return report.value();
}

/// Every row of the tables an import touches, for before/after comparisons.
QStringList dump(Database& db)
{
    QStringList rows;
    for (const char* table : {"departments", "persons", "placements", "role_assignments"}) {
        QSqlQuery query(db.connection());
        REQUIRE(
            query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))));
        while (query.next()) {
            QStringList fields{QString::fromLatin1(table)};
            for (int i = 0; i < query.record().count(); ++i)
                fields << query.value(i).toString();
            rows << fields.join('|');
        }
    }
    return rows;
}

const QByteArray kRoster =
    "Søren Ågaard;KBU;Neurologisk afdeling;01-02-2027;31-07-2027;Mette Holm;soren@example.dk\n"
    "Åse Lund;HU;Neurologisk afdeling;15-01-2027;;Mette Holm;\n"
    "Bjørn Dahl;intro;Akutafdelingen;2027-03-01;2028-02-29;Jens Kjær;\n";

} // namespace

TEST_CASE("import creates departments, trainees, supervisors and placements")
{
    TempDatabase t;
    const ImportReport report = importText(*t, kRoster);
    CHECK(report.problems.isEmpty());
    CHECK(report.written);
    CHECK(report.rowsRead == 3);
    CHECK(report.rowsImported == 3);
    CHECK(report.departmentsCreated == 2);
    CHECK(report.personsCreated == 5); // three trainees, two supervisors
    CHECK(report.placementsCreated == 3);

    const auto departments = DepartmentRepository(*t).all();
    REQUIRE(departments->size() == 2);
    CHECK(departments->at(0).name == "Akutafdelingen");
    CHECK(departments->at(1).name == "Neurologisk afdeling");

    const auto persons = PersonRepository(*t).all().value();
    QStringList names;
    for (const Person& p : persons)
        names << p.name;
    CHECK(names ==
          QStringList{"Bjørn Dahl", "Jens Kjær", "Mette Holm", "Søren Ågaard", "Åse Lund"});

    const auto placements = PlacementRepository(*t).all().value();
    REQUIRE(placements.size() == 3);
    CHECK(placements[0].level == Level::Kbu);
    CHECK(placements[0].startDate == QDate(2027, 2, 1));
    CHECK(placements[0].endDate == QDate(2027, 7, 31));
    CHECK(placements[0].mainSupervisorId != 0);
    CHECK(placements[2].endDate == QDate(2028, 2, 29));

    const auto supervisors = RoleAssignmentRepository(*t).withRole(TeamRole::Supervisor).value();
    CHECK(supervisors.size() == 2);
}

TEST_CASE("importing the same file again duplicates nobody and changes nothing")
{
    TempDatabase t;
    importText(*t, kRoster);
    const QStringList before = dump(*t);
    const ImportReport again = importText(*t, kRoster);
    CHECK(again.placementsUnchanged == 3);
    CHECK(again.placementsCreated == 0);
    CHECK(again.personsCreated == 0);
    CHECK(again.changes.isEmpty());
    CHECK_FALSE(again.written);
    CHECK(dump(*t) == before);
}

TEST_CASE("an updated file updates the changed fields")
{
    TempDatabase t;
    importText(*t, kRoster);
    const ImportReport report =
        importText(*t, "Søren Ågaard-Berg;HU;Neurologisk afdeling;01-02-2027;31-08-2027;Jens "
                       "Kjær;SOREN@example.dk\n"
                       "Åse Lund;HU;neurologisk AFDELING;15-01-2027;;;aase@example.dk\n"
                       "Bjørn Dahl;intro;Akutafdelingen;2027-03-01;2028-02-29;Jens Kjær;\n");
    CHECK(report.placementsUpdated == 1);
    CHECK(report.placementsUnchanged == 2);
    CHECK(report.personsUpdated == 2);
    CHECK(report.personsCreated == 0);
    CHECK(report.departmentsCreated == 0);

    const auto persons = PersonRepository(*t).all().value();
    CHECK(persons.size() == 5);
    const auto placements = PlacementRepository(*t).all().value();
    REQUIRE(placements.size() == 3);
    CHECK(placements[0].level == Level::Hu);
    CHECK(placements[0].endDate == QDate(2027, 8, 31));
    const auto jens = std::find_if(persons.begin(), persons.end(),
                                   [](const Person& p) { return p.name == "Jens Kjær"; });
    CHECK(placements[0].mainSupervisorId == jens->id);
    // The empty supervisor cell kept Mette Holm on Åse Lund's placement.
    const auto mette = std::find_if(persons.begin(), persons.end(),
                                    [](const Person& p) { return p.name == "Mette Holm"; });
    CHECK(placements[1].mainSupervisorId == mette->id);
    const auto soren = std::find_if(persons.begin(), persons.end(),
                                    [](const Person& p) { return p.email == "soren@example.dk"; });
    CHECK(soren->name == "Søren Ågaard-Berg");
    const auto aase = std::find_if(persons.begin(), persons.end(),
                                   [](const Person& p) { return p.name == "Åse Lund"; });
    CHECK(aase->email == "aase@example.dk");
    // Jens Kjær now supervises in the neurology department too.
    CHECK(RoleAssignmentRepository(*t).withRole(TeamRole::Supervisor)->size() == 3);
}

TEST_CASE("a new placement of a known trainee in another department reuses the person")
{
    TempDatabase t;
    importText(*t, kRoster);
    const ImportReport report =
        importText(*t, "Søren Ågaard;KBU;Akutafdelingen;01-08-2027;;;soren@example.dk\n");
    CHECK(report.personsCreated == 0);
    CHECK(report.placementsCreated == 1);
    CHECK(PersonRepository(*t).all()->size() == 5);
}

TEST_CASE("a file with a bad row writes nothing by default")
{
    TempDatabase t;
    importText(*t, kRoster);
    const QStringList before = dump(*t);
    const ImportReport report =
        importText(*t, "Ny Person;KBU;Kirurgisk afdeling;01-02-2027;;;\n"
                       "Forkert Dato;KBU;Kirurgisk afdeling;31-02-2027;;;\n");
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems[0].line == 3);
    CHECK_FALSE(report.written);
    CHECK(report.rowsImported == 0);
    CHECK(dump(*t) == before);
}

TEST_CASE("with skip-invalid the valid rows are imported and the problems kept")
{
    TempDatabase t;
    ImportOptions options;
    options.skipInvalid = true;
    const ImportReport report = importText(*t,
                                           "Ny Person;KBU;Kirurgisk afdeling;01-02-2027;;;\n"
                                           "Forkert Dato;KBU;Kirurgisk afdeling;31-02-2027;;;\n",
                                           options);
    CHECK(report.problems.size() == 1);
    CHECK(report.rowsRead == 2);
    CHECK(report.rowsImported == 1);
    CHECK(report.written);
    CHECK(PlacementRepository(*t).all()->size() == 1);
}

TEST_CASE("skip-invalid does not override a rejected file")
{
    TempDatabase t;
    ImportOptions options;
    options.skipInvalid = true;
    const auto report =
        RosterImporter::importRoster(*t, RosterParser::parse("Navn;Afdeling\nA;B\n"), options);
    REQUIRE(report.ok());
    CHECK_FALSE(report->written);
    CHECK(dump(*t).isEmpty());
}

TEST_CASE("a dry run reports exactly what an import would change and writes nothing")
{
    TempDatabase t;
    importText(*t, kRoster);
    const QStringList before = dump(*t);
    ImportOptions dry;
    dry.dryRun = true;
    const QByteArray update =
        "Søren Ågaard;KBU;Neurologisk afdeling;01-02-2027;15-08-2027;Mette Holm;soren@example.dk\n"
        "Karen Ølgaard;HU;Kirurgisk afdeling;01-04-2027;;Ib Æbelø;\n";
    const ImportReport report = importText(*t, update, dry);
    CHECK_FALSE(report.written);
    CHECK(dump(*t) == before);
    CHECK(report.placementsUpdated == 1);
    CHECK(report.placementsCreated == 1);
    CHECK(report.departmentsCreated == 1);
    QStringList described;
    for (const ImportChange& c : report.changes)
        described << QStringLiteral("%1: %2").arg(c.line).arg(c.description);
    INFO(described.join('\n').toStdString());
    CHECK(described.contains("2: placement of Søren Ågaard in Neurologisk afdeling from 01-02-2027 "
                             "updated: end date 31-07-2027 → 15-08-2027"));
    CHECK(described.contains("3: new department Kirurgisk afdeling"));
    CHECK(described.contains("3: new trainee Karen Ølgaard"));

    const ImportReport real = importText(*t, update);
    CHECK(real.placementsUpdated == report.placementsUpdated);
    CHECK(real.placementsCreated == report.placementsCreated);
    CHECK(real.changes.size() == report.changes.size());
    CHECK(dump(*t) != before);
}

TEST_CASE("an unreadable file is an error that names it")
{
    TempDatabase t;
    const QString path = t.dir.filePath("missing.csv");
    const auto report = RosterImporter::importFile(*t, path, {});
    REQUIRE_FALSE(report.ok());
    CHECK(report.errorMessage().contains(path));
}
