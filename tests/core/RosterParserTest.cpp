#include "import/RosterParser.h"

#include "import/CsvReader.h"
#include "support/CatchQt.h"

using namespace tavle;

namespace {

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

/// All problem messages, as "LINE: message".
QStringList problems(const ParsedRoster& roster)
{
    QStringList list;
    for (const FileProblem& p : roster.problems)
        list << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
    return list;
}

const char* kHeader = "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\n";

ParsedRoster parseRows(const char* rows)
{
    return RosterParser::parse(utf8(kHeader) + rows);
}

} // namespace

TEST_CASE("CSV: semicolons or commas, detected from the header")
{
    CHECK(CsvReader::detectSeparator("Navn;Afdeling;Start") == ';');
    CHECK(CsvReader::detectSeparator("name,department,start") == ',');
    CHECK(CsvReader::detectSeparator("\"Navn, fulde\";Afdeling") == ';');
    CHECK(CsvReader::detectSeparator("Navn") == ';');
}

TEST_CASE("CSV: RFC 4180 quoting, CRLF and LF, line breaks inside quotes")
{
    CsvTable table;
    FileProblem problem;
    const QByteArray bytes = "a;b;c\r\n\"x;1\";\"say \"\"hi\"\"\";\"two\r\nlines\"\r\n3;4;5";
    REQUIRE(CsvReader::parse(bytes, &table, &problem));
    REQUIRE(table.records.size() == 3);
    CHECK(table.records[1].fields == QStringList{"x;1", "say \"hi\"", "two\nlines"});
    CHECK(table.records[1].line == 2);
    CHECK(table.records[2].fields == QStringList{"3", "4", "5"});
    CHECK(table.records[2].line == 3);
}

TEST_CASE("CSV: UTF-8 with and without BOM, and Windows-1252, all give the Danish letters")
{
    QString encoding;
    CHECK(CsvReader::decode("\xEF\xBB\xBFS\xC3\xB8ren", &encoding) == "Søren");
    CHECK(encoding == "UTF-8");
    CHECK(CsvReader::decode("S\xC3\xB8ren \xC3\x85se", &encoding) == "Søren Åse");
    CHECK(encoding == "UTF-8");
    CHECK(CsvReader::decode("S\xF8ren \xC5se \xE6\x80", &encoding) == "Søren Åse æ€");
    CHECK(encoding == "Windows-1252");
}

TEST_CASE("CSV: what is not CSV text is refused with a reason")
{
    CsvTable table;
    FileProblem problem;
    CHECK_FALSE(CsvReader::parse("", &table, &problem));
    CHECK(problem.message.contains("empty"));
    CHECK_FALSE(CsvReader::parse("  \r\n\n", &table, &problem));
    CHECK_FALSE(CsvReader::parse(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8), &table, &problem));
    CHECK(problem.message.contains("Excel workbook"));
    CHECK_FALSE(CsvReader::parse(QByteArray("\x7f"
                                            "ELF\x02\x01\x01\x00\x00",
                                            9),
                                 &table, &problem));
    CHECK(problem.message.contains("binary"));
    CHECK_FALSE(CsvReader::parse("a;b\n1;\"open\n2;3\n", &table, &problem));
    CHECK(problem.line == 2);
    CHECK(problem.message.contains("never closed"));
}

TEST_CASE("roster: a valid file with Danish columns")
{
    const auto roster = parseRows("Søren Ågaard;KBU;Neurologisk afdeling;01-02-2027;31-07-2027;"
                                  "Mette Holm;Soren@Example.DK\n");
    INFO(problems(roster).join('\n').toStdString());
    REQUIRE(roster.problems.isEmpty());
    REQUIRE(roster.rows.size() == 1);
    const RosterRow& row = roster.rows.first();
    CHECK(row.line == 2);
    CHECK(row.name == "Søren Ågaard");
    CHECK(row.level == Level::Kbu);
    CHECK(row.department == "Neurologisk afdeling");
    CHECK(row.startDate == QDate(2027, 2, 1));
    CHECK(row.endDate == QDate(2027, 7, 31));
    CHECK(row.supervisor == "Mette Holm");
    CHECK(row.email == "soren@example.dk");
    CHECK(roster.hasEndColumn);
    CHECK(roster.hasSupervisorColumn);
    CHECK(roster.hasEmailColumn);
}

TEST_CASE("roster: English columns in another order, comma separated, other columns ignored")
{
    const auto roster = RosterParser::parse(
        "start,Phone,DEPARTMENT,name,Level\n2027-03-01,12345678,Akutafdelingen,Åse Lund,hu\n");
    INFO(problems(roster).join('\n').toStdString());
    REQUIRE(roster.rows.size() == 1);
    CHECK(roster.rows[0].name == "Åse Lund");
    CHECK(roster.rows[0].level == Level::Hu);
    CHECK(roster.rows[0].department == "Akutafdelingen");
    CHECK_FALSE(roster.hasEndColumn);
    CHECK_FALSE(roster.hasSupervisorColumn);
}

TEST_CASE("roster: every spelling of a level")
{
    for (const char* kbu : {"KBU", "kbu", " Kbu "})
        CHECK(levelFromRosterText(kbu) == Level::Kbu);
    for (const char* intro : {"intro", "Introduktion", "introduktionsstilling",
                              "Introduktionsuddannelse", "I-læge", "i-LÆGE"})
        CHECK(levelFromRosterText(intro) == Level::Intro);
    for (const char* hu : {"HU", "hoveduddannelse", "H-læge", "Hoveduddannelse"})
        CHECK(levelFromRosterText(hu) == Level::Hu);
    for (const char* unknown : {"", "KBU1", "speciallæge", "intro-læge"})
        CHECK_FALSE(levelFromRosterText(unknown).has_value());
}

TEST_CASE("roster: every date form, and dates that do not exist")
{
    QString error;
    CHECK(RosterParser::parseDate("2027-02-28", &error) == QDate(2027, 2, 28));
    CHECK(RosterParser::parseDate("28-02-2027", &error) == QDate(2027, 2, 28));
    CHECK(RosterParser::parseDate("28.02.2027", &error) == QDate(2027, 2, 28));
    CHECK(RosterParser::parseDate("28/02/2027", &error) == QDate(2027, 2, 28));
    CHECK(RosterParser::parseDate("1.2.2027", &error) == QDate(2027, 2, 1));
    CHECK(RosterParser::parseDate("29-02-2028", &error) == QDate(2028, 2, 29));

    CHECK_FALSE(RosterParser::parseDate("31-02-2027", &error));
    CHECK(error == "the date 31-02-2027 does not exist");
    CHECK_FALSE(RosterParser::parseDate("29-02-2027", &error));
    CHECK(error.contains("does not exist"));
    CHECK_FALSE(RosterParser::parseDate("2027-13-01", &error));
    CHECK(error.contains("does not exist"));
    CHECK_FALSE(RosterParser::parseDate("28-02.2027", &error));
    CHECK(error.contains("is not a date"));
    CHECK_FALSE(RosterParser::parseDate("februar 2027", &error));
    CHECK(error.contains("is not a date"));
}

TEST_CASE("roster: each bad row is reported on its spreadsheet line, the good rows kept")
{
    const auto roster = parseRows(
        "Anna Berg;KBU;Akutafdelingen;01-02-2027;;;\n"              // line 2: fine
        ";KBU;Akutafdelingen;01-02-2027;;;\n"                       // line 3: empty name
        "Bo Dahl;speciallæge;Akutafdelingen;01-02-2027;;;\n"        // line 4: unknown level
        "Carl Ebbe;HU;Akutafdelingen;31-02-2027;;;\n"               // line 5: no such date
        "Dorte Friis;HU;Akutafdelingen;01-03-2027;01-02-2027;;\n"   // line 6: end before start
        "Eva Gram;HU;;01-03-2027;;;\n"                              // line 7: no department
        "Finn Hald;HU;Akutafdelingen;;;;\n"                         // line 8: no start
        "Gitte Iversen;HU;Akutafdelingen;01-03-2027;;;gitte(at)x\n" // line 9: e-mail
        ";;;;;;\n"                                                  // line 10: blank, skipped
        "Anna Berg;KBU;akutafdelingen;2027-02-01;;;\n");            // line 11: same as line 2
    const QStringList list = problems(roster);
    INFO(list.join('\n').toStdString());
    REQUIRE(roster.rows.size() == 1);
    CHECK(roster.rows[0].name == "Anna Berg");
    CHECK_FALSE(roster.fileRejected);
    REQUIRE(list.size() == 8);
    CHECK(list[0] == "3: the name (Navn) is empty");
    CHECK(list[1].startsWith("4: unknown level 'speciallæge'"));
    CHECK(list[2] == "5: start date: the date 31-02-2027 does not exist");
    CHECK(list[3] == "6: the end date 01-02-2027 is before the start date 01-03-2027");
    CHECK(list[4] == "7: the department (Afdeling) is empty");
    CHECK(list[5] == "8: the start date (Startdato) is empty");
    CHECK(list[6].startsWith("9: 'gitte(at)x' is not a valid e-mail address"));
    CHECK(list[7].startsWith("11: the same placement"));
    CHECK(list[7].contains("line 2"));
}

TEST_CASE("roster: every data line is kept as written, valid or not, for a preview")
{
    const auto roster = RosterParser::parse(
        "Email,Navn,Afdeling,Startdato,Uddannelsestrin,Noter\n"
        "ida@example.dk,  Ida   Kjær ,Neurologisk afdeling,01-02-2027,KBU,x\n" // line 2: fine
        ",,,,,\n"                                                              // line 3: blank
        ",Jens Ørum,Neurologisk afdeling,31-02-2027,speciallæge\n");           // line 4: bad
    REQUIRE(roster.rows.size() == 1);
    REQUIRE(roster.lines.size() == 2);
    const RosterLine& good = roster.lines[0];
    CHECK(good.line == 2);
    CHECK(good.name == "Ida Kjær");
    CHECK(good.level == "KBU");
    CHECK(good.department == "Neurologisk afdeling");
    CHECK(good.start == "01-02-2027");
    CHECK(good.end.isEmpty()); // the file has no Slutdato column
    CHECK(good.supervisor.isEmpty());
    CHECK(good.email == "ida@example.dk");
    const RosterLine& bad = roster.lines[1];
    CHECK(bad.line == 4);
    CHECK(bad.name == "Jens Ørum");
    CHECK(bad.level == "speciallæge");
    CHECK(bad.start == "31-02-2027");
    CHECK(bad.email.isEmpty());
    CHECK(RosterParser::parse("PK\x03\x04").lines.isEmpty());
}

TEST_CASE("roster: an end date equal to the start is allowed")
{
    const auto roster = parseRows("Anna Berg;KBU;Akutafdelingen;01-02-2027;01-02-2027;;\n");
    CHECK(roster.problems.isEmpty());
    CHECK(roster.rows.size() == 1);
}

TEST_CASE("roster: line numbers count records, so a quoted line break does not shift them")
{
    const auto roster = parseRows("\"Anna\nBerg\";KBU;Akutafdelingen;01-02-2027;;;\n"
                                  "Bo Dahl;XX;Akutafdelingen;01-02-2027;;;\n");
    REQUIRE(roster.problems.size() == 1);
    CHECK(roster.problems[0].line == 3);
    CHECK(roster.rows[0].name == "Anna Berg");
}

TEST_CASE("roster: a missing required column rejects the file on line 1")
{
    const auto roster =
        RosterParser::parse("Navn;Uddannelsestrin;Afdeling\nAnna Berg;KBU;Akutafdelingen\n");
    CHECK(roster.fileRejected);
    REQUIRE(roster.problems.size() == 1);
    CHECK(roster.problems[0].line == 1);
    CHECK(roster.problems[0].message.contains("Startdato"));
    CHECK(roster.rows.isEmpty());
}

TEST_CASE("roster: a column given twice rejects the file")
{
    const auto roster = RosterParser::parse(
        "Navn;name;Uddannelsestrin;Afdeling;Startdato\nA;B;KBU;Akut;01-01-2027\n");
    CHECK(roster.fileRejected);
    CHECK(roster.problems[0].message.contains("twice"));
}

TEST_CASE("roster: a header alone, or a text that is no roster, is rejected")
{
    CHECK(RosterParser::parse(kHeader).fileRejected);
    const auto prose = RosterParser::parse("Kære kolleger,\nhermed listen.\n");
    CHECK(prose.fileRejected);
    CHECK(prose.problems[0].line == 1);
}

TEST_CASE("roster: Windows-1252 from Danish Excel with CRLF and a BOM-less header")
{
    const QByteArray bytes = "Navn;Uddannelsestrin;Afdeling;Startdato\r\n"
                             "S\xF8ren \xC5gaard;I-l\xE6ge;\xD8re-n\xE6se-halsafdelingen;"
                             "01.09.2027\r\n";
    const auto roster = RosterParser::parse(bytes);
    INFO(problems(roster).join('\n').toStdString());
    REQUIRE(roster.rows.size() == 1);
    CHECK(roster.encoding == "Windows-1252");
    CHECK(roster.rows[0].name == "Søren Ågaard");
    CHECK(roster.rows[0].level == Level::Intro);
    CHECK(roster.rows[0].department == "Øre-næse-halsafdelingen");
}
