// tavle-cli goals and report goals, end to end: the built binary on a real SQLite file.

#include "storage/DepartmentRepository.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/TempDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace tavle;

namespace {

const QString kToday = QStringLiteral("2026-11-24");
const QString kSurgery = QStringLiteral("Kirurgisk afdeling Ø");
const QString kEmergency = QStringLiteral("Akutafdelingen Næstved");

/// Requires an exit status, showing what the run printed when it differs.
#define REQUIRE_EXIT(result, code)                                                                 \
    do {                                                                                           \
        const CliResult& run_ = (result);                                                          \
        INFO("stdout: " << run_.out.toStdString() << "\nstderr: " << run_.err.toStdString());      \
        REQUIRE(run_.exitCode == (code));                                                          \
    } while (false)

/// A database with two departments and no strategy yet.
struct Fixture
{
    TempDatabase t;
    QString dataHome = t.dir.filePath(QStringLiteral("data"));

    Fixture()
    {
        REQUIRE(DepartmentRepository(*t).insert(kSurgery).ok());
        REQUIRE(DepartmentRepository(*t).insert(kEmergency).ok());
    }

    CliResult run(QStringList arguments, const QString& language = QStringLiteral("C"))
    {
        arguments.prepend(t.path);
        arguments.prepend(QStringLiteral("--db"));
        return runCli(arguments, dataHome, language);
    }

    void load() { REQUIRE_EXIT(run({"goals", "template", "load", "mvh"}), 0); }

    void set(const QString& department, const QString& goal, const QString& status,
             const QString& date, const QString& note = {})
    {
        QStringList arguments = {"goals",    "set",  "--department", department, "--goal",  goal,
                                 "--status", status, "--date",       date,       "--today", kToday};
        if (!note.isEmpty())
            arguments << "--note" << note;
        REQUIRE_EXIT(run(arguments), 0);
    }

    /// The statuses of the figures the tests count by hand:
    ///
    /// Kirurgisk afdeling Ø: 1.2, 1.3, 2.1 achieved on 10-09-2026; 2.3, 2.5, 2.6, 3.1, 3.2, 3.3
    /// achieved on 15-10-2026; 5.7 not applicable on 15-10-2026. Today: 9 of 17 = 52.9 %; on
    /// 30-09-2026: 3 of 18 = 16.7 %.
    /// Akutafdelingen Næstved: 1.2 in progress, 3.4 achieved on 20-10-2026: 1 of 18 = 5.6 %.
    /// The hospital (ALL): 1.1, 2.2, 4.4 achieved, 6.4 not applicable, on 01-10-2026: 3 of 10.
    /// Hospital-wide today: 9 + 1 + 3 = 13 of 17 + 18 + 10 = 45 = 28.9 %; on 30-09-2026:
    /// 3 of 18 + 18 + 11 = 47 = 6.4 %.
    void setStatuses()
    {
        for (const char* code : {"1.2", "1.3", "2.1"})
            set(QStringLiteral("kirurgisk afdeling ø"), code, "achieved", "2026-09-10");
        for (const char* code : {"2.3", "2.5", "2.6", "3.1", "3.2", "3.3"})
            set(kSurgery, code, "achieved", "2026-10-15");
        set(kSurgery, "5.7", "not_applicable", "2026-10-15", "Ingen vagter i afdelingen");
        set(kEmergency, "1.2", "in_progress", "2026-10-20", "Første møde holdt");
        set(kEmergency, "3.4", "achieved", "2026-10-20");
        for (const char* code : {"1.1", "2.2", "4.4"})
            set("ALL", code, "achieved", "2026-10-01");
        set("all", "6.4", "not_applicable", "2026-10-01");
    }

    int statusRows()
    {
        QSqlQuery q(t->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM goal_statuses")));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
};

/// The lines of a CSV output, without the CRLF line ends.
QStringList csvLines(const QString& out)
{
    QStringList lines = out.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

/// The text of a PDF as pdftotext lays it out, runs of white space made one space.
QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        FAIL("pdftotext is missing: install poppler-utils (apt-get install poppler-utils); "
             "the report tests read the PDF with it.");
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), QStringLiteral("-enc"),
                              QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

TEST_CASE("cli goals: template list and load, and a second load is refused")
{
    Fixture f;
    CliResult listed = f.run({"goals", "template", "list", "--format", "csv"});
    REQUIRE_EXIT(listed, 0);
    QStringList lines = csvLines(listed.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith("code,name,focus_areas,goals,loaded"));
    CHECK(lines[1].startsWith("mvh,Sammen om lægelig videreuddannelse,6,29,no,"));

    // Before loading, the other goals commands say how to load.
    const CliResult none = f.run({"goals", "status"});
    REQUIRE_EXIT(none, 2);
    CHECK(none.err.contains("tavle-cli goals template load mvh"));

    const CliResult loaded = f.run({"goals", "template", "load", "mvh"});
    REQUIRE_EXIT(loaded, 0);
    CHECK(loaded.out.contains("Sammen om lægelig videreuddannelse"));
    CHECK(loaded.out.contains(
        "Focus areas: 6; goals: 29 (per department: 18, for the whole hospital: 11)"));

    const CliResult again = f.run({"goals", "template", "load", "mvh"});
    REQUIRE_EXIT(again, 2);
    CHECK(again.err.contains("loaded already"));
    const CliResult unknown = f.run({"goals", "template", "load", "nope"});
    REQUIRE_EXIT(unknown, 2);
    CHECK(unknown.err.contains("mvh"));

    listed = f.run({"goals", "template", "list", "--format", "csv"});
    REQUIRE_EXIT(listed, 0);
    CHECK(csvLines(listed.out)[1].startsWith("mvh,Sammen om lægelig videreuddannelse,6,29,yes,"));
    const CliResult table = f.run({"goals", "template", "list"});
    REQUIRE_EXIT(table, 0);
    CHECK(table.out.contains("Sammen om lægelig videreuddannelse"));
}

TEST_CASE("cli goals: goals list carries the contract's fields first, in order")
{
    Fixture f;
    f.load();
    const CliResult csv = f.run({"goals", "list", "--format", "csv"});
    REQUIRE_EXIT(csv, 0);
    const QStringList lines = csvLines(csv.out);
    REQUIRE(lines.size() == 1 + 29);
    CHECK(lines[0].startsWith("code,focus_area,title,scope,"));
    CHECK(lines[0].contains(",retired_on,"));
    CHECK(lines[1].startsWith(
        "1.1,Uddannelsesledelse,Uddannelsesrådet er nedsat og har et kommissorium,hospital,"));
    CHECK(lines[2].startsWith("1.2,Uddannelsesledelse,"));
    CHECK(lines[2].contains(",department,"));
    // 4.4 has a date and a numeric target.
    CHECK(csv.out.contains(",hospital,2026-08-01,10,facilitatorer,"));

    const CliResult json = f.run({"goals", "list", "--format", "json"});
    REQUIRE_EXIT(json, 0);
    const QJsonArray goals = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(goals.size() == 29);
    const QJsonObject first = goals.first().toObject();
    CHECK(first.value("code").toString() == QStringLiteral("1.1"));
    CHECK(first.value("scope").toString() == QStringLiteral("hospital"));
    CHECK(first.value("retired_on").isNull());
    CHECK(first.value("target_value").isNull());

    const CliResult table = f.run({"goals", "list"});
    REQUIRE_EXIT(table, 0);
    CHECK(table.out.contains("Defusing efter hver vagt"));
    CHECK(table.out.contains("goals: 29 (retired: 0)"));
}

TEST_CASE("cli goals: status per department and ALL, counted by hand, today and earlier")
{
    Fixture f;
    f.load();
    f.setStatuses();
    CHECK(f.statusRows() == 16);

    const CliResult today = f.run({"goals", "status", "--format", "csv", "--today", kToday});
    REQUIRE_EXIT(today, 0);
    CHECK(csvLines(today.out) == QStringList{"department,achieved,applicable,percent,green",
                                             "Akutafdelingen Næstved,1,18,5.6,no",
                                             "Kirurgisk afdeling Ø,9,17,52.9,no",
                                             "ALL,13,45,28.9,no"});

    const CliResult earlier =
        f.run({"goals", "status", "--format", "csv", "--date", "2026-09-30", "--today", kToday});
    REQUIRE_EXIT(earlier, 0);
    CHECK(csvLines(earlier.out) == QStringList{"department,achieved,applicable,percent,green",
                                               "Akutafdelingen Næstved,0,18,0.0,no",
                                               "Kirurgisk afdeling Ø,3,18,16.7,no",
                                               "ALL,3,47,6.4,no"});

    const CliResult json = f.run({"goals", "status", "--format", "json", "--today", kToday});
    REQUIRE_EXIT(json, 0);
    const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
    REQUIRE(rows.size() == 3);
    const QJsonObject surgery = rows[1].toObject();
    CHECK(surgery.keys().size() == 5);
    CHECK(surgery.value("department").toString() == kSurgery);
    CHECK(surgery.value("achieved").toInt() == 9);
    CHECK(surgery.value("applicable").toInt() == 17);
    CHECK(surgery.value("percent").isDouble());
    CHECK(surgery.value("percent").toDouble() == Approx(52.9));
    CHECK(surgery.value("green").toString() == QStringLiteral("no"));
    CHECK(rows[2].toObject().value("department").toString() == QStringLiteral("ALL"));

    const CliResult table = f.run({"goals", "status", "--today", kToday});
    REQUIRE_EXIT(table, 0);
    CHECK(table.out.contains("52.9 %"));
    CHECK(table.out.contains("green at 90 %"));
}

TEST_CASE("cli goals: a department at 90 % or more is green")
{
    Fixture f;
    f.load();
    // 16 of the 18 department goals achieved, 1 not applicable: 16 of 17 = 94.1 %.
    const QStringList achieved = {"1.2", "1.3", "2.1", "2.3", "2.5", "2.6", "3.1", "3.2",
                                  "3.3", "3.4", "3.5", "4.1", "4.2", "5.3", "5.4", "5.6"};
    for (const QString& code : achieved)
        f.set(kSurgery, code, "achieved", "2026-11-01");
    f.set(kSurgery, "4.3", "not_applicable", "2026-11-01");
    const CliResult status = f.run({"goals", "status", "--format", "csv", "--today", kToday});
    REQUIRE_EXIT(status, 0);
    CHECK(csvLines(status.out).contains("Kirurgisk afdeling Ø,16,17,94.1,yes"));
}

TEST_CASE("cli goals: bad input to goals set exits 2, names it, and writes nothing")
{
    Fixture f;
    const CliResult noStrategy =
        f.run({"goals", "set", "--department", kSurgery, "--goal", "1.2", "--status", "achieved"});
    REQUIRE_EXIT(noStrategy, 2);
    CHECK(noStrategy.err.contains("tavle-cli goals template load mvh"));

    f.load();
    f.setStatuses();
    const int before = f.statusRows();
    auto refused = [&f](const QStringList& arguments, const QString& message) {
        QStringList all = {"goals", "set", "--today", kToday};
        all << arguments;
        const CliResult result = f.run(all);
        REQUIRE_EXIT(result, 2);
        INFO(result.err.toStdString());
        CHECK(result.err.contains(message));
        CHECK(result.out.isEmpty());
    };
    refused({"--department", kSurgery, "--goal", "9.9", "--status", "achieved"},
            "--goal: there is no goal '9.9'");
    refused({"--department", kSurgery, "--goal", "9.9", "--status", "achieved"},
            "tavle-cli goals list");
    refused({"--department", "ALL", "--goal", "1.2", "--status", "achieved"},
            "give the department's name");
    refused({"--department", kSurgery, "--goal", "1.1", "--status", "achieved"},
            "give --department ALL");
    refused({"--department", kSurgery, "--goal", "1.2", "--status", "done"},
            "achieved, in_progress, not_started or not_applicable");
    refused(
        {"--department", kSurgery, "--goal", "1.2", "--status", "achieved", "--date", "2026-11-25"},
        "--date: 2026-11-25 is after today");
    refused(
        {"--department", kSurgery, "--goal", "1.2", "--status", "achieved", "--date", "2026-02-30"},
        "--date: '2026-02-30' is not a date");
    refused({"--department", "Ortopædkirurgisk", "--goal", "1.2", "--status", "achieved"},
            "Departments: Akutafdelingen Næstved, Kirurgisk afdeling Ø");
    refused({"--goal", "1.2", "--status", "achieved"}, "--department is required");
    CHECK(f.statusRows() == before);

    // And a good one writes one row and says so.
    const CliResult ok = f.run({"goals", "set", "--department", kEmergency, "--goal", "3.5",
                                "--status", "in_progress", "--note", "Kursus i januar"});
    REQUIRE_EXIT(ok, 0);
    CHECK(ok.out.contains("Goal 3.5"));
    CHECK(ok.out.contains(kEmergency));
    CHECK(ok.out.contains("in_progress"));
    CHECK(f.statusRows() == before + 1);
}

TEST_CASE("cli goals: report goals writes a PDF with the department and its figures")
{
    Fixture f;
    f.load();
    f.setStatuses();
    const QString path = f.t.dir.filePath(QStringLiteral("kirurgi.pdf"));
    const CliResult written = f.run({"report", "goals", "--department", "KIRURGISK AFDELING Ø",
                                     "--out", path, "--today", kToday});
    REQUIRE_EXIT(written, 0);
    CHECK(written.out.contains(path));
    CHECK(written.out.contains("9 of 17"));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(kSurgery));
    CHECK(text.contains("9 of 17 goals achieved (52.9 %): Not green"));
    CHECK(text.contains("Ingen vagter i afdelingen"));

    const QString hospital = f.t.dir.filePath(QStringLiteral("hospital.pdf"));
    const CliResult all =
        f.run({"report", "goals", "--out", hospital, "--date", "2026-09-30", "--today", kToday});
    REQUIRE_EXIT(all, 0);
    const QString hospitalText = pdfText(hospital);
    INFO(hospitalText.toStdString());
    CHECK(hospitalText.contains("Status on 30-09-2026"));
    CHECK(hospitalText.contains("3 of 47 goals achieved (6.4 %): Not green"));
    CHECK(hospitalText.contains(kSurgery + " 3 18 16.7 %"));
    CHECK(hospitalText.contains(kEmergency + " 0 18 0.0 %"));
}

TEST_CASE("cli goals: report goals refuses what it cannot do and leaves no file")
{
    Fixture f;
    f.load();
    const QString missing = f.t.dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    const CliResult unwritable = f.run({"report", "goals", "--out", missing});
    REQUIRE_EXIT(unwritable, 1);
    CHECK(unwritable.err.contains(missing));
    CHECK_FALSE(QFileInfo::exists(missing));

    REQUIRE_EXIT(f.run({"report", "goals"}), 2);
    REQUIRE_EXIT(
        f.run({"report", "goals", "--out", f.t.dir.filePath("x.pdf"), "--department", "Ingen"}), 2);
    REQUIRE_EXIT(f.run({"report", "goals", "--out", f.t.dir.filePath("x.pdf"), "--date",
                        "2026-12-01", "--today", kToday}),
                 2);
    REQUIRE_EXIT(f.run({"report", "meetings", "--out", f.t.dir.filePath("x.pdf")}), 2);
    CHECK_FALSE(QFileInfo::exists(f.t.dir.filePath("x.pdf")));
}

TEST_CASE("cli goals: a Danish system still gets English field names and codes in csv")
{
    Fixture f;
    f.load();
    f.setStatuses();
    const QString danish = QStringLiteral("da_DK.UTF-8");
    const CliResult status =
        f.run({"goals", "status", "--format", "csv", "--today", kToday}, danish);
    REQUIRE_EXIT(status, 0);
    CHECK(csvLines(status.out) == QStringList{"department,achieved,applicable,percent,green",
                                              "Akutafdelingen Næstved,1,18,5.6,no",
                                              "Kirurgisk afdeling Ø,9,17,52.9,no",
                                              "ALL,13,45,28.9,no"});
    const CliResult list = f.run({"goals", "list", "--format", "csv"}, danish);
    REQUIRE_EXIT(list, 0);
    CHECK(list.out.startsWith("code,focus_area,title,scope,"));
    CHECK(list.out.contains(",hospital,"));
    // The table for people uses the Danish decimal comma.
    const CliResult table = f.run({"goals", "status", "--today", kToday}, danish);
    REQUIRE_EXIT(table, 0);
    CHECK(table.out.contains("52,9 %"));
}
