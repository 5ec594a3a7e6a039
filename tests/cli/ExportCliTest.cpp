// tavle-cli export ics, end to end: the file it writes is read back by another program's
// parser (python3-icalendar), and every mistake is refused with nothing written.

#include "import/RosterImporter.h"
#include "services/MeetingEditing.h"
#include "services/MeetingLog.h"
#include "services/SeriesEditing.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace tavle;

namespace {

const QDate kToday(2027, 1, 20);

/// Reads an iCalendar file with python3-icalendar, an implementation independent of libical,
/// and prints what it found as JSON.
const char* const kReader = R"(
import datetime, json, sys
import icalendar
calendar = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = []
for event in calendar.walk('VEVENT'):
    start = event.decoded('DTSTART')
    timed = isinstance(start, datetime.datetime)
    events.append({
        'uid': str(event.get('UID')),
        'summary': str(event.get('SUMMARY')),
        'description': str(event.get('DESCRIPTION', '')),
        'start': start.isoformat(),
        'utc': start.astimezone(datetime.timezone.utc).isoformat() if timed else '',
        'rrule': event['RRULE'].to_ical().decode() if 'RRULE' in event else '',
        'alarms': [alarm.get('TRIGGER').to_ical().decode() for alarm in event.walk('VALARM')],
    })
json.dump({'version': str(calendar.get('VERSION')),
           'method': str(calendar.get('METHOD')),
           'timezones': [str(zone.get('TZID')) for zone in calendar.walk('VTIMEZONE')],
           'events': events}, sys.stdout, ensure_ascii=False)
)";

/// What python3-icalendar read from a file; fails the test when it could not.
QJsonObject readWithPython(const QString& path)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    QProcess probe;
    probe.start(python, {"-c", "import icalendar"});
    const bool found = probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit &&
                       probe.exitCode() == 0;
    if (!found) {
        FAIL("python3-icalendar is missing: the export is checked with an independent reader. "
             "Install it (apt-get install python3-icalendar, as scripts/setup.sh does).");
    }
    QProcess process;
    process.start(python, {"-c", QString::fromUtf8(kReader), path});
    REQUIRE(process.waitForFinished(60000));
    const QString errors = QString::fromUtf8(process.readAllStandardError());
    INFO("python3-icalendar: " << errors.toStdString());
    REQUIRE(process.exitCode() == 0);
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput());
    REQUIRE(document.isObject());
    return document.object();
}

QJsonArray eventsWithUid(const QJsonObject& calendar, const QString& prefix)
{
    QJsonArray found;
    for (const QJsonValue& event : calendar["events"].toArray()) {
        if (event["uid"].toString().startsWith(prefix))
            found << event;
    }
    return found;
}

QSet<QString> alarmsOf(const QJsonArray& events)
{
    QSet<QString> alarms;
    for (const QJsonValue& event : events) {
        for (const QJsonValue& alarm : event["alarms"].toArray())
            alarms.insert(alarm.toString());
    }
    return alarms;
}

#define REQUIRE_EXIT(result, code)                                                                 \
    do {                                                                                           \
        const CliResult& run_ = (result);                                                          \
        INFO("stdout: " << run_.out.toStdString() << "\nstderr: " << run_.err.toStdString());      \
        REQUIRE(run_.exitCode == (code));                                                          \
    } while (false)

/// A database made with the core's services: trainees in two departments, a weekly Ventil
/// series with a cancelled occurrence, a team meeting with notes, and a scheduled expectation
/// meeting.
struct Workspace
{
    QTemporaryDir dir;
    QString db = dir.filePath("tavle.sqlite");
    QString ics = dir.filePath("tavle.ics");

    Workspace()
    {
        auto opened = Database::open(db, Database::OpenMode::CreateOrUpgrade);
        REQUIRE(opened.ok());
        Database& database = *opened.value();
        const QByteArray roster = "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder\n"
                                  "Anna Berg;KBU;Neurologisk afdeling;04-01-2027;;Mette Holm\n"
                                  "Bo Dahl;HU;Neurologisk afdeling;11-01-2027;;Mette Holm\n"
                                  "Dorte Friis;KBU;Kardiologisk afdeling;01-02-2027;;Jens Krog\n";
        const auto report = RosterImporter::importRoster(database, RosterParser::parse(roster), {});
        REQUIRE(report.ok());
        REQUIRE(report->problems.isEmpty());
        Id neurology = 0;
        Id boPlacement = 0;
        for (const PlacementView& v : PlacementRepository(database).inDepartment(0, 0).value()) {
            if (v.traineeName == "Bo Dahl") {
                neurology = v.placement.departmentId;
                boPlacement = v.placement.id;
            }
        }
        MeetingTypeRepository types(database);
        const MeetingType ventil = *types.byCode("ventil").value();
        const MeetingType team = *types.byCode("education_team").value();
        const MeetingType expectation = *types.byCode("expectation").value();

        MeetingSeries series;
        series.meetingTypeId = ventil.id;
        series.departmentId = neurology;
        series.title = "Ventil";
        series.startDate = QDate(2027, 1, 5);
        series.startTime = QTime(14, 50);
        series.durationMinutes = 34;
        const auto saved = SeriesEditing::save(database, series);
        REQUIRE(saved.ok());
        auto cancelled = MeetingLog::draftForOccurrence(database, saved.value(), QDate(2027, 2, 2));
        REQUIRE(cancelled.ok());
        cancelled.value().meeting.cancelled = true;
        REQUIRE(MeetingLog::save(database, cancelled.value(), kToday).ok());

        auto meeting = MeetingLog::draft(database, team, neurology,
                                         QDateTime(QDate(2027, 2, 10), QTime(14, 0)));
        REQUIRE(meeting.ok());
        meeting.value().meeting.notes = "Fortroligt: Bo Dahl har bedt om en samtale";
        REQUIRE(MeetingLog::save(database, meeting.value(), kToday).ok());

        MeetingRecord scheduled;
        scheduled.meeting.meetingTypeId = expectation.id;
        scheduled.meeting.placementId = boPlacement;
        scheduled.meeting.scheduledAt = QDateTime(QDate(2027, 2, 3), QTime(10, 0));
        REQUIRE(MeetingEditing::save(database, scheduled, kToday).ok());
    }

    CliResult run(QStringList arguments)
    {
        arguments.prepend(db);
        arguments.prepend("--db");
        return runCli(arguments, dir.filePath("data"));
    }
};

} // namespace

TEST_CASE("cli export: export ics writes a calendar that python3-icalendar reads")
{
    Workspace w;
    const CliResult result = w.run({"export", "ics", "--out", w.ics, "--today", "2027-01-20"});
    REQUIRE_EXIT(result, 0);
    CHECK(result.out.contains("Wrote the calendar to " + QFileInfo(w.ics).absoluteFilePath()));
    CHECK(result.out.contains("Events: 6 (deadlines: 3, meetings: 2, series: 1, changed "
                              "occurrences of a series: 0)"));
    CHECK(result.err.isEmpty());

    const QJsonObject calendar = readWithPython(w.ics);
    CHECK(calendar["version"].toString() == "2.0");
    CHECK(calendar["method"].toString() == "PUBLISH");
    CHECK(calendar["timezones"].toArray() == QJsonArray{"Europe/Copenhagen"});
    CHECK(calendar["events"].toArray().size() == 6);
    const QJsonArray deadlines = eventsWithUid(calendar, "deadline-");
    const QJsonArray meetings = eventsWithUid(calendar, "meeting-");
    const QJsonArray series = eventsWithUid(calendar, "series-");
    CHECK(deadlines.size() == 3);
    CHECK(meetings.size() == 2);
    REQUIRE(series.size() == 1);

    // The series: weekly on Tuesdays from 5 January at 14:50 Copenhagen time, 13:50 UTC.
    const QJsonValue ventil = series.first();
    CHECK(ventil["summary"].toString() == "Ventil (Neurologisk afdeling)");
    CHECK(ventil["rrule"].toString() == "FREQ=WEEKLY;BYDAY=TU");
    CHECK(ventil["start"].toString() == "2027-01-05T14:50:00+01:00");
    CHECK(ventil["utc"].toString() == "2027-01-05T13:50:00+00:00");
    CHECK(alarmsOf(series) == QSet<QString>{"-PT15M"});
    CHECK(alarmsOf(meetings) == QSet<QString>{"-PT15M"});
    CHECK(alarmsOf(deadlines) == QSet<QString>{"-P1D"});
    // The notes stay out by default.
    CHECK_FALSE(QString::fromUtf8(fileBytes(w.ics)).contains("Fortroligt"));
}

TEST_CASE("cli export: one department, other reminders and the notes when asked")
{
    Workspace w;
    const CliResult result = w.run({"export", "ics", "--out", w.ics, "--today", "2027-01-20",
                                    "--department", "neurologisk AFDELING", "--deadline-reminder",
                                    "2", "--meeting-reminder", "0", "--include-notes"});
    REQUIRE_EXIT(result, 0);
    const QJsonObject calendar = readWithPython(w.ics);
    const QJsonArray deadlines = eventsWithUid(calendar, "deadline-");
    CHECK(deadlines.size() == 2); // Dorte Friis is in cardiology
    CHECK(eventsWithUid(calendar, "meeting-").size() == 2);
    CHECK(eventsWithUid(calendar, "series-").first()["summary"].toString() == "Ventil");
    CHECK(alarmsOf(eventsWithUid(calendar, "meeting-")).isEmpty());
    CHECK(alarmsOf(eventsWithUid(calendar, "series-")).isEmpty());
    CHECK(alarmsOf(deadlines) == QSet<QString>{"-P2D"});
    bool notes = false;
    for (const QJsonValue& event : eventsWithUid(calendar, "meeting-"))
        notes = notes || event["description"].toString().contains("Fortroligt: Bo Dahl");
    CHECK(notes);
}

TEST_CASE("cli export: every mistake is refused with a message naming it, and nothing is written")
{
    Workspace w;
    struct Case
    {
        QStringList arguments;
        int exit;
        QString message;
    };
    const QString impossible = w.dir.filePath("tavle.sqlite/calendar.ics"); // under a file
    const QList<Case> cases{
        {{"export", "ics", "--today", "2027-01-20"}, 2, "--out is required"},
        {{"export", "ics", "--out", ""}, 2, "--out is required"},
        {{"export", "csv", "--out", w.ics}, 2, "ics is the only format"},
        {{"export", "ics", "--out", w.ics, "--today", "2027-02-30"}, 2, "--today: '2027-02-30'"},
        {{"export", "ics", "--out", w.ics, "--department", "Ortopædkirurgi"},
         2,
         "no department 'Ortopædkirurgi'"},
        {{"export", "ics", "--out", w.ics, "--meeting-reminder", "soon"},
         2,
         "--meeting-reminder: 'soon'"},
        {{"export", "ics", "--out", w.ics, "--deadline-reminder", "-1"},
         2,
         "--deadline-reminder: '-1'"},
        {{"export", "ics", "--out", w.ics, "--colour", "red"}, 2, "Unknown option 'colour'"},
        {{"export", "ics", "--out", impossible, "--today", "2027-01-20"}, 1, impossible},
    };
    for (const Case& c : cases) {
        INFO(c.arguments.join(' ').toStdString());
        const CliResult result = w.run(c.arguments);
        REQUIRE_EXIT(result, c.exit);
        CHECK(result.err.contains(c.message));
        CHECK(result.out.isEmpty());
        CHECK_FALSE(QFileInfo::exists(w.ics));
        CHECK_FALSE(QFileInfo::exists(impossible));
    }
    // A missing database is not created by an export.
    const QString missing = w.dir.filePath("missing.sqlite");
    const CliResult result =
        runCli({"--db", missing, "export", "ics", "--out", w.ics}, w.dir.filePath("data"));
    REQUIRE_EXIT(result, 1);
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(QFileInfo::exists(w.ics));
}
