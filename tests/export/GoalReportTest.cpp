// The strategy status report: a real database, the built-in template, statuses set by hand,
// a PDF written and read back as text with pdftotext (poppler-utils).

#include "GoalReport.h"

#include "storage/DepartmentRepository.h"
#include "strategy/StrategyTemplate.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace tavle;

namespace {

const QDate kToday(2026, 11, 24);
const QString kSurgery = QStringLiteral("Kirurgisk afdeling Ø");
const QString kEmergency = QStringLiteral("Akutafdelingen Næstved");

/// The text of a PDF as pdftotext lays it out, with runs of white space made one space so
/// that a phrase can be found whatever the column widths, and ligatures (the "fl" glyph of
/// "Cheflæge") as their letters.
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
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

QString pdfTitle(const QString& path)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        FAIL("pdfinfo is missing: install poppler-utils (apt-get install poppler-utils).");
    QProcess process;
    process.start(pdfinfo, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path});
    REQUIRE(process.waitForFinished(60000));
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split('\n')) {
        if (line.startsWith(QStringLiteral("Title:")))
            return line.mid(6).trimmed();
    }
    return {};
}

/// The template loaded, two departments, and statuses:
///
/// Kirurgisk afdeling Ø: of the 18 department goals, 16 achieved (8 of them on 15-06-2026,
/// the other 8 on 15-10-2026), 4.3 not applicable, 5.7 in progress with a note: 16 of 17 =
/// 94.1 %, green at 90 %. On 30-06-2026 it was 8 of 18.
/// Akutafdelingen Næstved: 1.2 and 1.3 achieved, nothing else set: 2 of 18.
/// The hospital: 1.1 and 2.2 achieved, 4.4 in progress with a note, the other 8 not set: 2 of 11.
/// Hospital-wide: 16 + 2 + 2 = 20 achieved of 17 + 18 + 11 = 46.
struct Fixture
{
    TempDatabase t;
    StrategySnapshot snapshot;
    Id surgery = 0;
    Id emergency = 0;

    Fixture()
    {
        const auto found = StrategyTemplates::find(QStringLiteral("mvh"));
        REQUIRE(found.ok());
        const auto loaded = StrategyTemplates::load(*t, found.value());
        REQUIRE(loaded.ok());
        surgery = DepartmentRepository(*t).insert(kSurgery).value();
        emergency = DepartmentRepository(*t).insert(kEmergency).value();
        snapshot = load();

        int achieved = 0;
        for (const Goal& g : snapshot.goals) {
            if (g.scope != GoalScope::Department)
                continue;
            if (g.code == QStringLiteral("4.3")) {
                set(g.code, surgery, GoalStatus::NotApplicable, QDate(2026, 6, 15));
            } else if (g.code == QStringLiteral("5.7")) {
                set(g.code, surgery, GoalStatus::InProgress, QDate(2026, 10, 15),
                    QStringLiteral("Skema afprøves på Ø2"));
            } else {
                set(g.code, surgery, GoalStatus::Achieved,
                    achieved < 8 ? QDate(2026, 6, 15) : QDate(2026, 10, 15));
                ++achieved;
            }
        }
        REQUIRE(achieved == 16);
        set(QStringLiteral("1.2"), emergency, GoalStatus::Achieved, QDate(2026, 9, 1));
        set(QStringLiteral("1.3"), emergency, GoalStatus::Achieved, QDate(2026, 9, 1));
        set(QStringLiteral("1.1"), 0, GoalStatus::Achieved, QDate(2026, 8, 1));
        set(QStringLiteral("2.2"), 0, GoalStatus::Achieved, QDate(2026, 8, 1));
        set(QStringLiteral("4.4"), 0, GoalStatus::InProgress, QDate(2026, 8, 1),
            QStringLiteral("7 facilitatorer uddannet"));
        snapshot = load();
    }

    StrategySnapshot load()
    {
        auto loaded = StrategyGoals::load(*t);
        REQUIRE(loaded.ok());
        REQUIRE(loaded.value().has_value());
        return *loaded.value();
    }

    void set(const QString& code, Id department, GoalStatus status, const QDate& on,
             const QString& note = {})
    {
        const Goal* goal = snapshot.goalByCode(code);
        REQUIRE(goal);
        const auto entry = StrategyGoals::setStatus(
            *t, {goal->id, department, status, on, note, QStringLiteral("ak"), {}}, kToday);
        INFO((entry ? QString() : entry.errorMessage()).toStdString());
        REQUIRE(entry.ok());
    }

    QString write(Id department, const QDate& date, const QString& name)
    {
        const QString path = t.dir.filePath(name);
        const auto written = GoalReport(snapshot, department, date).writePdf(path);
        INFO((written ? QString() : written.errorMessage()).toStdString());
        REQUIRE(written.ok());
        REQUIRE(QFileInfo(path).size() > 0);
        REQUIRE(fileBytes(path).startsWith("%PDF-"));
        return path;
    }
};

} // namespace

TEST_CASE("goal report: a department's PDF holds its name, the figures and the open goals")
{
    Fixture f;
    // The fixture is what the report is checked against.
    REQUIRE(f.snapshot.figure(f.surgery, kToday) == GoalCount{16, 17});
    REQUIRE(f.snapshot.figure(f.surgery, kToday).isGreen(90));

    const QString text = f.write(f.surgery, kToday, QStringLiteral("kirurgi.pdf"));
    const QString pdf = pdfText(text);
    INFO(pdf.toStdString());
    CHECK(pdf.contains(QStringLiteral("Sammen om lægelig videreuddannelse")));
    CHECK(pdf.contains(kSurgery));
    CHECK(pdf.contains(QStringLiteral("Status on 24-11-2026")));
    CHECK(pdf.contains(QStringLiteral("16 of 17 goals achieved (94.1 %): Green")));
    CHECK_FALSE(pdf.contains(QStringLiteral("Not green")));
    // The open goal with its note, in the focus area table and the list of goals not achieved.
    CHECK(pdf.contains(QStringLiteral("Goals not yet achieved")));
    CHECK(pdf.contains(QStringLiteral("Defusing efter hver vagt")));
    CHECK(pdf.count(QStringLiteral("Skema afprøves på Ø2")) == 2);
    CHECK(pdf.contains(QStringLiteral("In progress")));
    CHECK(pdf.contains(QStringLiteral("Not applicable")));
    // Focus areas with the department's goals; the hospital-wide goals are not in it.
    CHECK(pdf.contains(QStringLiteral("Uddannelsesledelse (2 of 2 goals achieved (100.0 %))")));
    CHECK_FALSE(pdf.contains(QStringLiteral("Implementering af strategien")));
    CHECK_FALSE(pdf.contains(QStringLiteral("Uddannelsesrådet er nedsat")));
    CHECK_FALSE(pdf.contains(kEmergency));
    CHECK(pdf.contains(QStringLiteral("Trend")));
    CHECK(pdf.contains(QStringLiteral("Page 1 of")));
    CHECK(pdfTitle(text) == QStringLiteral("Sammen om lægelig videreuddannelse: ") + kSurgery);
}

TEST_CASE("goal report: an earlier date shows the figure of that day")
{
    Fixture f;
    const QString pdf = pdfText(f.write(f.surgery, QDate(2026, 6, 30), QStringLiteral("juni.pdf")));
    INFO(pdf.toStdString());
    CHECK(pdf.contains(QStringLiteral("Status on 30-06-2026")));
    // 8 achieved; 4.3 not applicable since 15-06: 8 of 17 = 47.1 %.
    CHECK(pdf.contains(QStringLiteral("8 of 17 goals achieved (47.1 %): Not green")));
    CHECK_FALSE(pdf.contains(QStringLiteral("Skema afprøves på Ø2")));
}

TEST_CASE("goal report: the hospital report holds every department and the hospital goals")
{
    Fixture f;
    REQUIRE(f.snapshot.figure(0, kToday) == GoalCount{20, 46});
    const QString pdf = pdfText(f.write(0, kToday, QStringLiteral("hospital.pdf")));
    INFO(pdf.toStdString());
    CHECK(pdf.contains(QStringLiteral("Hospital: all departments")));
    // 20 of 46 = 43.5 %.
    CHECK(pdf.contains(QStringLiteral("20 of 46 goals achieved (43.5 %): Not green")));
    CHECK(pdf.contains(QStringLiteral("Departments")));
    CHECK(pdf.contains(kSurgery + QStringLiteral(" 16 17 94.1 % Green")));
    CHECK(pdf.contains(kEmergency + QStringLiteral(" 2 18 11.1 % Not green")));
    CHECK(pdf.contains(QStringLiteral("Hospital-wide goals 2 11 18.2 % Not green")));
    CHECK(pdf.contains(QStringLiteral("All (hospital) 20 46 43.5 % Not green")));
    // The hospital-scope goals with their status and note; a department goal summed up. Table
    // cells wrap, so only phrases that fit on one line of a cell are looked for.
    CHECK(pdf.contains(QStringLiteral("1.1 Uddannelsesrådet er nedsat")));
    CHECK(pdf.count(QStringLiteral("7 facilitatorer uddannet")) == 2);
    CHECK(pdf.contains(QStringLiteral("Achieved in 2")));
    CHECK(pdf.contains(QStringLiteral("Implementering af strategien")));
}

TEST_CASE("goal report: a file that cannot be written is named, and nothing is left behind")
{
    Fixture f;
    const QString path = f.t.dir.filePath(QStringLiteral("missing/folder/report.pdf"));
    const auto written = GoalReport(f.snapshot, f.surgery, kToday).writePdf(path);
    REQUIRE_FALSE(written.ok());
    CHECK(written.errorMessage().contains(path));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(f.t.dir.filePath(QStringLiteral("missing"))));
}
