#include "import/RosterImporter.h"
#include "services/MeetingLog.h"
#include "services/SeriesEditing.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tavle;

namespace {

const QDate kToday(2027, 1, 20); // a Wednesday

/// Requires an exit status, showing what the run printed when it differs.
#define REQUIRE_EXIT(result, code)                                                                 \
    do {                                                                                           \
        const CliResult& run_ = (result);                                                          \
        INFO("stdout: " << run_.out.toStdString() << "\nstderr: " << run_.err.toStdString());      \
        REQUIRE(run_.exitCode == (code));                                                          \
    } while (false)

/// A meeting log made with the core services, then read by the built tavle-cli.
///
/// Neurologisk afdeling: a weekly Ventil series from Tuesday 05-01-2027 at 14:50, led by Anna
/// Berg in January and February. The 5th was held (Anna present, Åse excused, Bo absent), the
/// 12th cancelled, the 19th held (all three present); the 26th and later are not logged yet.
/// Akutafdelingen: an education team meeting held on 14-01-2027 at 14:00, outside any series.
///
/// Action items (today is 20-01-2027): "Send påmindelse" due 19-01 (yesterday: overdue), "Book
/// lokale" due 20-01 (today: open), "Bestil kage" done on 10-01, and in Akutafdelingen one
/// with no owner and no due date (open).
struct Fixture
{
    TempDatabase t;
    QString dataHome = t.dir.filePath(QStringLiteral("data"));
    QHash<QString, Id> people;
    QHash<QDate, Id> meetings;

    Fixture()
    {
        const QByteArray roster = "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder\n"
                                  "Anna Berg;KBU;Neurologisk afdeling;01-12-2026;;Mette Holm\n"
                                  "Åse Lund;INTRO;Neurologisk afdeling;01-11-2026;;Mette Holm\n"
                                  "Bo Dahl;HU;Neurologisk afdeling;01-09-2026;;\n"
                                  "Carl Ebbe;HU;Akutafdelingen;01-10-2026;;\n";
        const auto report = RosterImporter::importRoster(*t, RosterParser::parse(roster), {});
        REQUIRE(report.ok());
        REQUIRE(report->problems.isEmpty());
        for (const Person& p : PersonRepository(*t).all().value())
            people.insert(p.name, p.id);
        const auto pia = PersonRepository(*t).insert(Person{0, "Pia Friis", {}});
        REQUIRE(pia.ok());
        people.insert("Pia Friis", pia.value());
        QHash<QString, Id> departments;
        for (const Department& d : DepartmentRepository(*t).all().value())
            departments.insert(d.name, d.id);
        const Id neuro = departments.value("Neurologisk afdeling");
        const Id akut = departments.value("Akutafdelingen");
        MeetingTypeRepository types(*t);
        const MeetingType ventil = *types.byCode("ventil").value();
        const MeetingType team = *types.byCode("education_team").value();

        MeetingSeries s;
        s.meetingTypeId = ventil.id;
        s.departmentId = neuro;
        s.title = "Ventil";
        s.startDate = QDate(2027, 1, 5);
        s.startTime = QTime(14, 50);
        s.durationMinutes = 34;
        const auto saved = SeriesEditing::save(*t, s);
        REQUIRE(saved.ok());
        const auto led =
            SeriesEditing::setLeaders(*t, saved.value(),
                                      {LeaderPeriod{0, saved->id, people["Anna Berg"],
                                                    QDate(2027, 1, 1), QDate(2027, 2, 28)}});
        REQUIRE(led.ok());
        const MeetingSeries series = led.value();

        const Attendance P = Attendance::Present;
        logOccurrence(series, QDate(2027, 1, 5),
                      {{people["Anna Berg"], P},
                       {people["Åse Lund"], Attendance::Excused},
                       {people["Bo Dahl"], Attendance::Absent}},
                      {item("Send påmindelse, tirsdag morgen", "Pia Friis", QDate(2027, 1, 19)),
                       item("Book lokale", "Anna Berg", QDate(2027, 1, 20)),
                       item("Bestil kage", "Bo Dahl", QDate(2027, 1, 12), QDate(2027, 1, 10))});
        logOccurrence(series, QDate(2027, 1, 12), {}, {}, true);
        logOccurrence(series, QDate(2027, 1, 19),
                      {{people["Anna Berg"], P}, {people["Åse Lund"], P}, {people["Bo Dahl"], P}},
                      {});

        auto draft = MeetingLog::draft(*t, team, akut, QDateTime(QDate(2027, 1, 14), QTime(14, 0)));
        REQUIRE(draft.ok());
        LoggedMeeting logged = draft.value();
        logged.meeting.heldOn = QDate(2027, 1, 14);
        logged.attendees = {Attendee{people["Carl Ebbe"], P}};
        ActionItem orphan;
        orphan.text = "Find en ny mødeleder";
        logged.actionItems = {orphan};
        const auto stored = MeetingLog::save(*t, logged, kToday);
        REQUIRE(stored.ok());
        meetings.insert(QDate(2027, 1, 14), stored->meeting.id);
    }

    ActionItem item(const QString& text, const QString& owner, const QDate& due,
                    const QDate& doneOn = {})
    {
        ActionItem a;
        a.text = text;
        a.ownerId = people.value(owner);
        a.dueDate = due;
        a.doneOn = doneOn;
        return a;
    }

    void logOccurrence(const MeetingSeries& series, const QDate& date,
                       const QList<std::pair<Id, Attendance>>& attendance,
                       const QList<ActionItem>& items, bool cancelled = false)
    {
        auto draft = MeetingLog::draftForOccurrence(*t, series, date);
        REQUIRE(draft.ok());
        LoggedMeeting logged = draft.value();
        logged.meeting.cancelled = cancelled;
        if (!cancelled)
            logged.meeting.heldOn = date;
        logged.attendees.clear();
        for (const auto& [person, status] : attendance)
            logged.attendees << Attendee{person, status};
        logged.actionItems = items;
        const auto stored = MeetingLog::save(*t, logged, kToday);
        INFO((stored ? QString() : stored.errorMessage()).toStdString());
        REQUIRE(stored.ok());
        meetings.insert(date, stored->meeting.id);
    }

    CliResult run(QStringList arguments)
    {
        arguments.prepend(t.path);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, dataHome);
    }
};

QStringList csvLines(const QString& text)
{
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

QJsonArray jsonRows(const CliResult& result)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(result.out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isArray());
    return doc.array();
}

} // namespace

TEST_CASE("cli: meetings list as csv, with held, cancelled and planned meetings in order")
{
    Fixture f;
    const auto csv = f.run({"meetings", "list", "--from", "2027-01-05", "--to", "2027-01-26",
                            "--today", "2027-01-20", "--format", "csv"});
    REQUIRE_EXIT(csv, 0);
    const QStringList lines = csvLines(csv.out);
    REQUIRE(lines.size() == 6);
    CHECK(lines[0] == "date,time,type,department,state,series,leader,present,absent,excused,"
                      "duration_minutes,meeting_id");
    // The first and last day of the period are both included.
    CHECK(lines[1] == QStringLiteral("2027-01-05,14:50,Ventil,Neurologisk afdeling,held,Ventil,"
                                     "Anna Berg,1,1,1,34,%1")
                          .arg(f.meetings[QDate(2027, 1, 5)]));
    CHECK(lines[2] == QStringLiteral("2027-01-12,14:50,Ventil,Neurologisk afdeling,cancelled,"
                                     "Ventil,Anna Berg,,,,34,%1")
                          .arg(f.meetings[QDate(2027, 1, 12)]));
    CHECK(lines[3] == QStringLiteral("2027-01-14,14:00,Uddannelsesteammøde,Akutafdelingen,held,,"
                                     ",1,0,0,60,%1")
                          .arg(f.meetings[QDate(2027, 1, 14)]));
    CHECK(lines[4].startsWith("2027-01-19,14:50,Ventil,Neurologisk afdeling,held,Ventil,Anna "
                              "Berg,3,0,0,34,"));
    // Not logged yet: planned, with its leader, and no meeting id.
    CHECK(lines[5] ==
          "2027-01-26,14:50,Ventil,Neurologisk afdeling,planned,Ventil,Anna Berg,,,,34,");

    const auto inside = f.run({"meetings", "list", "--from", "2027-01-06", "--to", "2027-01-25",
                               "--today", "2027-01-20", "--format", "csv"});
    REQUIRE_EXIT(inside, 0);
    CHECK(csvLines(inside.out).size() == 4); // the 12th, 14th and 19th
}

TEST_CASE("cli: meetings list as json has the fields in order, numbers and nulls")
{
    Fixture f;
    const auto json = f.run({"meetings", "list", "--from", "2027-01-05", "--to", "2027-01-26",
                             "--today", "2027-01-20", "--format", "json"});
    REQUIRE_EXIT(json, 0);
    CHECK(json.out.contains(
        QStringLiteral("{\"date\": \"2027-01-05\", \"time\": \"14:50\", \"type\": \"Ventil\", "
                       "\"department\": \"Neurologisk afdeling\", \"state\": \"held\", "
                       "\"series\": \"Ventil\", \"leader\": \"Anna Berg\", \"present\": 1, "
                       "\"absent\": 1, \"excused\": 1, \"duration_minutes\": 34, "
                       "\"meeting_id\": %1}")
            .arg(f.meetings[QDate(2027, 1, 5)])));
    const QJsonArray rows = jsonRows(json);
    REQUIRE(rows.size() == 5);
    const QJsonObject planned = rows[4].toObject();
    CHECK(planned["state"].toString() == "planned");
    CHECK(planned["meeting_id"].isNull());
    CHECK(planned["present"].isNull());
    const QJsonObject team = rows[2].toObject();
    CHECK(team["series"].isNull());
    CHECK(team["present"].toInt() == 1);
    CHECK(rows[3].toObject()["present"].toInt() == 3);
}

TEST_CASE("cli: meetings list by type, name or code in any case, and by department")
{
    Fixture f;
    for (const QString& type : QStringList{"ventil", "VENTIL", "Ventil"}) {
        const auto run = f.run({"meetings", "list", "--from", "2027-01-05", "--to", "2027-01-26",
                                "--today", "2027-01-20", "--format", "csv", "--type", type});
        REQUIRE_EXIT(run, 0);
        CHECK(csvLines(run.out).size() == 5);
    }
    const auto team = f.run({"meetings", "list", "--today", "2027-01-20", "--format", "csv",
                             "--type", "uddannelsesteammøde"});
    REQUIRE_EXIT(team, 0);
    REQUIRE(csvLines(team.out).size() == 2);
    CHECK(csvLines(team.out)[1].startsWith("2027-01-14,14:00,Uddannelsesteammøde,"));
    const auto byCode = f.run({"meetings", "list", "--today", "2027-01-20", "--format", "csv",
                               "--type", "education_team"});
    CHECK(csvLines(byCode.out) == csvLines(team.out));

    const auto akut = f.run({"meetings", "list", "--today", "2027-01-20", "--format", "csv",
                             "--department", "akutafdelingen"});
    REQUIRE_EXIT(akut, 0);
    CHECK(csvLines(akut.out).size() == 2);

    // The default period runs from 30 days before today to 60 days after: weekly from the 5th.
    const auto defaults =
        f.run({"meetings", "list", "--today", "2027-01-20", "--format", "csv", "--type", "ventil"});
    REQUIRE_EXIT(defaults, 0);
    const QStringList lines = csvLines(defaults.out);
    REQUIRE(lines.size() == 1 + 11); // every Tuesday from 05-01 to 16-03 (21-03 is the end)
    CHECK(lines[1].startsWith("2027-01-05,"));
    CHECK(lines.last().startsWith("2027-03-16,14:50,Ventil,Neurologisk afdeling,planned,"));
}

TEST_CASE("cli: meetings list as a table for people, with the counts last")
{
    Fixture f;
    const auto table = f.run({"meetings", "list", "--from", "2027-01-05", "--to", "2027-01-26",
                              "--today", "2027-01-20"});
    REQUIRE_EXIT(table, 0);
    CHECK(table.out.contains("05-01-2027"));
    CHECK(table.out.contains("cancelled"));
    const QStringList lines = table.out.trimmed().split('\n');
    // (The English plural of "meeting(s)" comes with the translation file.)
    CHECK(lines.last().startsWith("5 meeting"));
    CHECK(lines.last().endsWith(" from 05-01-2027 to 26-01-2027: 3 held, 1 planned, 1 cancelled."));
}

TEST_CASE("cli: actions list, overdue from the day after the due date")
{
    Fixture f;
    const auto csv = f.run({"actions", "list", "--today", "2027-01-20", "--format", "csv"});
    REQUIRE_EXIT(csv, 0);
    const QStringList lines = csvLines(csv.out);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == "text,owner,due_date,status,done_on,department,meeting_date,meeting_type,id");
    // By due date, none last. Due yesterday is overdue, due today still open.
    CHECK(lines[1].startsWith("Bestil kage,Bo Dahl,2027-01-12,done,2027-01-10,Neurologisk "
                              "afdeling,2027-01-05,Ventil,"));
    CHECK(lines[2].startsWith("\"Send påmindelse, tirsdag morgen\",Pia Friis,2027-01-19,overdue,,"
                              "Neurologisk afdeling,2027-01-05,Ventil,"));
    CHECK(lines[3].startsWith("Book lokale,Anna Berg,2027-01-20,open,,Neurologisk afdeling,"
                              "2027-01-05,Ventil,"));
    CHECK(lines[4].startsWith("Find en ny mødeleder,,,open,,Akutafdelingen,2027-01-14,"
                              "Uddannelsesteammøde,"));

    // A day later, the item due on the 20th is overdue too.
    const auto later = f.run({"actions", "list", "--today", "2027-01-21", "--format", "csv"});
    CHECK(csvLines(later.out)[3].startsWith("Book lokale,Anna Berg,2027-01-20,overdue,"));
    // And a day earlier, the one due on the 19th is not.
    const auto earlier = f.run({"actions", "list", "--today", "2027-01-19", "--format", "csv"});
    CHECK(csvLines(earlier.out)[2].contains(",2027-01-19,open,"));
}

TEST_CASE("cli: actions list --open leaves the done ones out, json and table alike")
{
    Fixture f;
    const auto json =
        f.run({"actions", "list", "--open", "--today", "2027-01-20", "--format", "json"});
    REQUIRE_EXIT(json, 0);
    const QJsonArray rows = jsonRows(json);
    REQUIRE(rows.size() == 3);
    CHECK(json.out.contains("{\"text\": \"Send påmindelse, tirsdag morgen\", \"owner\": \"Pia "
                            "Friis\", \"due_date\": \"2027-01-19\", \"status\": \"overdue\", "
                            "\"done_on\": null, \"department\": \"Neurologisk afdeling\", "
                            "\"meeting_date\": \"2027-01-05\", \"meeting_type\": \"Ventil\", "
                            "\"id\": "));
    const QJsonObject orphan = rows[2].toObject();
    CHECK(orphan["owner"].isNull());
    CHECK(orphan["due_date"].isNull());
    CHECK(orphan["status"].toString() == "open");
    CHECK(orphan["id"].isDouble());

    const auto neuro = f.run({"actions", "list", "--open", "--today", "2027-01-20", "--format",
                              "csv", "--department", "Neurologisk afdeling"});
    REQUIRE_EXIT(neuro, 0);
    CHECK(csvLines(neuro.out).size() == 3);

    const auto table = f.run({"actions", "list", "--today", "2027-01-20"});
    REQUIRE_EXIT(table, 0);
    CHECK(table.out.contains("OVERDUE"));
    CHECK(table.out.contains("(nobody)"));
    const QStringList lines = table.out.trimmed().split('\n');
    CHECK(lines.last().startsWith("4 action item"));
    CHECK(lines.last().endsWith(" on 20-01-2027: 3 open, of which 1 overdue; 1 done."));
}

TEST_CASE("cli: bad input to meetings list and actions list exits 2 and names it")
{
    Fixture f;
    const auto badDate = f.run({"meetings", "list", "--from", "2027-02-30"});
    REQUIRE_EXIT(badDate, 2);
    CHECK(badDate.err.contains("--from"));
    CHECK(badDate.err.contains("2027-02-30"));
    const auto badToday = f.run({"actions", "list", "--today", "20-01-2027"});
    REQUIRE_EXIT(badToday, 2);
    CHECK(badToday.err.contains("--today"));
    const auto reversed = f.run({"meetings", "list", "--from", "2027-02-01", "--to", "2027-01-01"});
    REQUIRE_EXIT(reversed, 2);
    CHECK(reversed.err.contains("--from"));

    const auto badType = f.run({"meetings", "list", "--type", "Kaffemøde"});
    REQUIRE_EXIT(badType, 2);
    CHECK(badType.err.contains("Kaffemøde"));
    CHECK(badType.err.contains("Ventil (ventil)")); // the known types are listed
    CHECK(badType.err.contains("Uddannelsesteammøde (education_team)"));

    for (const QString& command : QStringList{"meetings", "actions"}) {
        const auto badDepartment = f.run({command, "list", "--department", "Kardiologi"});
        REQUIRE_EXIT(badDepartment, 2);
        CHECK(badDepartment.err.contains("Kardiologi"));
        CHECK(badDepartment.err.contains("Akutafdelingen, Neurologisk afdeling"));
        const auto badFormat = f.run({command, "list", "--format", "xml"});
        REQUIRE_EXIT(badFormat, 2);
        CHECK(badFormat.err.contains("--format"));
        CHECK(badFormat.err.contains("xml"));
        const auto noList = f.run({command});
        REQUIRE_EXIT(noList, 2);
        CHECK(noList.err.contains("list"));
        const auto unknownOption = f.run({command, "list", "--colour"});
        REQUIRE_EXIT(unknownOption, 2);
        CHECK(unknownOption.err.contains("colour"));
    }
    // Nothing was written: the log is as it was.
    const auto after = f.run({"actions", "list", "--today", "2027-01-20", "--format", "csv"});
    CHECK(csvLines(after.out).size() == 5);
}
