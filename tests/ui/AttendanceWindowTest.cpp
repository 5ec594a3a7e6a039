#include "import/CsvReader.h"
#include "models/AbsenceReportModel.h"
#include "models/PersonAttendanceModel.h"
#include "services/MeetingLog.h"
#include "services/SeriesEditing.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"
#include "widgets/AttendanceChart.h"
#include "widgets/AttendanceView.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace tavle;
using namespace tavle::ui;

namespace {

// Five trainees of the neurology department, and one of the emergency department.
const QByteArray kRoster = "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder\n"
                           "Anna Berg;KBU;Neurologisk afdeling;01-12-2026;;\n"
                           "Bo Dahl;HU;Neurologisk afdeling;01-09-2026;;\n"
                           "Carl Ebbe;INTRO;Neurologisk afdeling;01-11-2026;;\n"
                           "Dorte Friis;HU;Neurologisk afdeling;01-10-2026;;\n"
                           "Søren Ågaard;KBU;Neurologisk afdeling;01-12-2026;;\n"
                           "Eva Gram;HU;Akutafdelingen;01-10-2026;;\n";

/// The hand-counted fixture of tests/core/AttendanceStatsTest.cpp, logged as four Ventil
/// sessions of a weekly series in January 2027 (the 2nd of February cancelled), and an
/// education team meeting outside the series that the series' figures leave out:
///
///   date        P  A  E   rate  who
///   2027-01-05  3  1  1   60 %  Anna P, Bo P, Carl P, Dorte A, Søren E
///   2027-01-12  2  2  0   50 %  Anna P, Bo A, Carl P, Dorte A          (Søren not expected)
///   2027-01-19  4  0  1   80 %  Anna P, Bo P, Carl P, Dorte P, Søren E
///   2027-01-26  1  2  2   20 %  Anna P, Bo E, Carl A, Dorte A, Søren E
///   2027-01-28  team meeting: Anna A, Eva P  (not Ventil)
///
/// Anna 4 of 4 (100 %), Bo 2 of 4 (50 %: 1 absent, 1 excused), Carl 3 of 4 (75 %), Dorte 1 of
/// 4 (25 %), Søren 0 of 3 (0 %: 3 excused).
struct AttendanceFixture
{
    WindowFixture f{kRoster};
    QHash<QString, Id> people;
    Id neuro = 0;
    MeetingSeries series;

    AttendanceFixture()
    {
        auto db = f.otherConnection();
        for (const Person& p : PersonRepository(*db).all().value())
            people.insert(p.name, p.id);
        for (const Department& d : DepartmentRepository(*db).all().value()) {
            if (d.name == "Neurologisk afdeling")
                neuro = d.id;
        }
        MeetingTypeRepository types(*db);
        const MeetingType ventil = *types.byCode("ventil").value();
        const MeetingType team = *types.byCode("education_team").value();
        MeetingSeries s;
        s.meetingTypeId = ventil.id;
        s.departmentId = neuro;
        s.title = "Ventil";
        s.startDate = QDate(2027, 1, 5);
        s.startTime = QTime(14, 50);
        s.durationMinutes = 34;
        const auto saved = SeriesEditing::save(*db, s);
        REQUIRE(saved.ok());
        series = saved.value();

        const Attendance P = Attendance::Present;
        const Attendance A = Attendance::Absent;
        const Attendance E = Attendance::Excused;
        const struct
        {
            QDate date;
            QList<std::pair<QString, Attendance>> who;
        } sessions[] = {
            {QDate(2027, 1, 5),
             {{"Anna Berg", P},
              {"Bo Dahl", P},
              {"Carl Ebbe", P},
              {"Dorte Friis", A},
              {"Søren Ågaard", E}}},
            {QDate(2027, 1, 12),
             {{"Anna Berg", P}, {"Bo Dahl", A}, {"Carl Ebbe", P}, {"Dorte Friis", A}}},
            {QDate(2027, 1, 19),
             {{"Anna Berg", P},
              {"Bo Dahl", P},
              {"Carl Ebbe", P},
              {"Dorte Friis", P},
              {"Søren Ågaard", E}}},
            {QDate(2027, 1, 26),
             {{"Anna Berg", P},
              {"Bo Dahl", E},
              {"Carl Ebbe", A},
              {"Dorte Friis", A},
              {"Søren Ågaard", E}}},
        };
        for (const auto& session : sessions) {
            auto draft = MeetingLog::draftForOccurrence(*db, series, session.date);
            REQUIRE(draft.ok());
            LoggedMeeting logged = draft.value();
            logged.meeting.heldOn = session.date;
            logged.attendees.clear();
            for (const auto& [name, status] : session.who)
                logged.attendees << Attendee{people.value(name), status};
            REQUIRE(MeetingLog::save(*db, logged, QDate(2027, 3, 10)).ok());
        }
        auto cancelled = MeetingLog::draftForOccurrence(*db, series, QDate(2027, 2, 2));
        REQUIRE(cancelled.ok());
        cancelled.value().meeting.cancelled = true;
        REQUIRE(MeetingLog::save(*db, cancelled.value(), QDate(2027, 3, 10)).ok());

        auto other =
            MeetingLog::draft(*db, team, neuro, QDateTime(QDate(2027, 1, 28), QTime(14, 0)));
        REQUIRE(other.ok());
        LoggedMeeting meeting = other.value();
        meeting.meeting.heldOn = QDate(2027, 1, 28);
        meeting.attendees = {Attendee{people["Anna Berg"], A}, Attendee{people["Eva Gram"], P}};
        REQUIRE(MeetingLog::save(*db, meeting, QDate(2027, 3, 10)).ok());
    }
};

QStringList names(const PersonAttendanceModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->rowAt(row)->name;
    return list;
}

QStringList absenceLines(const AbsenceReportModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row) {
        const AbsenceRow* r = model->rowAt(row);
        list << QStringLiteral("%1 %2 %3")
                    .arg(r->name, r->date.toString(Qt::ISODate), attendanceCode(r->status));
    }
    return list;
}

} // namespace

TEST_CASE("attendance: a series' chart has one category per held occurrence, counted by hand")
{
    AttendanceFixture a;
    a.f.session->setDepartmentId(a.neuro);
    AttendanceView view(*a.f.session, a.f.settings);
    QAbstractItemModelTester people(view.personModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester absences(view.absenceModel(),
                                      QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    // The last 6 months up to today, and the department's series first.
    CHECK(view.fromEdit()->date() == QDate(2026, 9, 10));
    CHECK(view.toEdit()->date() == QDate(2027, 3, 10));
    CHECK(view.fromEdit()->displayFormat() == "dd-MM-yyyy");
    CHECK(view.seriesCombo()->currentText() == "Ventil");
    CHECK(view.chosenSeries() == a.series.id);
    CHECK(view.seriesCombo()->count() == 2); // the series, and all meetings

    const AttendanceChart* chart = view.chart();
    CHECK(chart->categories() == QStringList{"05-01", "12-01", "19-01", "26-01"});
    CHECK(chart->values(Attendance::Present) == QList<qreal>{3, 2, 4, 1});
    CHECK(chart->values(Attendance::Absent) == QList<qreal>{1, 2, 0, 2});
    CHECK(chart->values(Attendance::Excused) == QList<qreal>{1, 0, 1, 2});
    const QList<qreal> rates = chart->rates();
    REQUIRE(rates.size() == 4);
    CHECK(rates[0] == Approx(60));
    CHECK(rates[1] == Approx(50));
    CHECK(rates[2] == Approx(80));
    CHECK(rates[3] == Approx(20));
    CHECK(chart->title().startsWith("Ventil: attendance from 10-09-2026 to 10-03-2027"));

    // A shorter period takes its first and last day with it.
    view.setPeriod(QDate(2027, 1, 12), QDate(2027, 1, 19));
    CHECK(chart->categories() == QStringList{"12-01", "19-01"});
    // One with no held meeting says so.
    view.setPeriod(QDate(2027, 2, 1), QDate(2027, 2, 28));
    CHECK(chart->categories().isEmpty());
    CHECK(chart->title().contains("no meeting was held"));

    // All meetings of the department: the team meeting too.
    view.setPeriod(QDate(2027, 1, 1), QDate(2027, 1, 31));
    REQUIRE(view.chooseSeries(0));
    CHECK(chart->categories() == QStringList{"05-01", "12-01", "19-01", "26-01", "28-01"});
    CHECK(chart->values(Attendance::Absent).last() == 1);
}

TEST_CASE("attendance: each person's rate over the period, lowest first, as counted by hand")
{
    AttendanceFixture a;
    a.f.session->setDepartmentId(a.neuro);
    AttendanceView view(*a.f.session, a.f.settings);
    QAbstractItemModelTester tester(view.personModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    const PersonAttendanceModel* model = view.personModel();
    CHECK(names(model) ==
          QStringList{"Søren Ågaard", "Dorte Friis", "Bo Dahl", "Carl Ebbe", "Anna Berg"});
    const QList<std::tuple<int, int, int, int, QString>> expected{{3, 0, 0, 3, "0 %"},
                                                                  {4, 1, 3, 0, "25 %"},
                                                                  {4, 2, 1, 1, "50 %"},
                                                                  {4, 3, 1, 0, "75 %"},
                                                                  {4, 4, 0, 0, "100 %"}};
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto& [expectedCount, present, absent, excused, rate] = expected[row];
        INFO(names(model)[row].toStdString());
        CHECK(model->index(row, PersonAttendanceModel::ExpectedColumn).data().toInt() ==
              expectedCount);
        CHECK(model->index(row, PersonAttendanceModel::PresentColumn).data().toInt() == present);
        CHECK(model->index(row, PersonAttendanceModel::AbsentColumn).data().toInt() == absent);
        CHECK(model->index(row, PersonAttendanceModel::ExcusedColumn).data().toInt() == excused);
        CHECK(model->index(row, PersonAttendanceModel::RateColumn).data().toString() == rate);
    }
    // 10 present of 19 expected places.
    CHECK(view.findChild<QLabel*>("attendancePersonSummary")->text().contains("10 of 19"));

    // Every column sorts; the team meeting joins in with all meetings (Anna was absent).
    for (int column = 0; column < PersonAttendanceModel::ColumnCount; ++column) {
        view.personTable()->sortByColumn(column, Qt::AscendingOrder);
        view.personTable()->sortByColumn(column, Qt::DescendingOrder);
    }
    view.personTable()->sortByColumn(PersonAttendanceModel::NameColumn, Qt::DescendingOrder);
    CHECK(names(model).first() == "Søren Ågaard");
    REQUIRE(view.chooseSeries(0));
    const int anna = model->rowOfPerson(a.people["Anna Berg"]);
    REQUIRE(anna >= 0);
    CHECK(model->index(anna, PersonAttendanceModel::RateColumn).data().toString() == "80 %");
    // Eva of another department came to the team meeting, so she counts there.
    const int eva = model->rowOfPerson(a.people["Eva Gram"]);
    REQUIRE(eva >= 0);
    CHECK(model->index(eva, PersonAttendanceModel::ExpectedColumn).data().toInt() == 1);
}

TEST_CASE("attendance: the absence report of a period, exported to CSV and read back")
{
    AttendanceFixture a;
    a.f.session->setDepartmentId(a.neuro);
    AttendanceView view(*a.f.session, a.f.settings);
    QAbstractItemModelTester tester(view.absenceModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    view.setPeriod(QDate(2027, 1, 5), QDate(2027, 1, 26));
    const AbsenceReportModel* model = view.absenceModel();
    const QStringList expected{"Bo Dahl 2027-01-12 absent",       "Bo Dahl 2027-01-26 excused",
                               "Carl Ebbe 2027-01-26 absent",     "Dorte Friis 2027-01-05 absent",
                               "Dorte Friis 2027-01-12 absent",   "Dorte Friis 2027-01-26 absent",
                               "Søren Ågaard 2027-01-05 excused", "Søren Ågaard 2027-01-19 excused",
                               "Søren Ågaard 2027-01-26 excused"};
    CHECK(absenceLines(model) == expected);
    CHECK(model->absentCount() == 5);
    CHECK(model->excusedCount() == 4);
    CHECK(model->index(0, AbsenceReportModel::MeetingColumn).data().toString() == "Ventil");
    CHECK(model->index(0, AbsenceReportModel::DateColumn).data().toString() == "12-01-2027");
    CHECK(model->index(0, AbsenceReportModel::AbsenceColumn).data().toString() == "Absent");
    CHECK(view.absenceTable()->isColumnHidden(AbsenceReportModel::DepartmentColumn));
    for (int column = 0; column < AbsenceReportModel::ColumnCount; ++column) {
        view.absenceTable()->sortByColumn(column, Qt::AscendingOrder);
        view.absenceTable()->sortByColumn(column, Qt::DescendingOrder);
    }
    view.absenceTable()->sortByColumn(AbsenceReportModel::NameColumn, Qt::AscendingOrder);
    CHECK(absenceLines(model) == expected);

    // Export CSV... asks for a file, and writes what the report shows.
    QTemporaryDir dir;
    const QString path = dir.filePath("fravær januar.csv");
    whenModal<QFileDialog>([&](QFileDialog* dialog) {
        CHECK(dialog->acceptMode() == QFileDialog::AcceptSave);
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog's own accept() is protected
    });
    view.exportButton()->click();
    const QByteArray bytes = fileBytes(path);
    REQUIRE_FALSE(bytes.isEmpty());
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8, marked for Excel
    CHECK(bytes.contains("\r\n"));
    CsvTable csv;
    FileProblem problem;
    REQUIRE(CsvReader::parse(bytes, &csv, &problem));
    CHECK(csv.encoding == "UTF-8");
    CHECK(csv.separator == ',');
    REQUIRE(csv.records.size() == 1 + expected.size());
    CHECK(csv.records[0].fields ==
          QStringList{"name", "date", "meeting_type", "series", "department", "absence"});
    CHECK(csv.records[1].fields == QStringList{"Bo Dahl", "2027-01-12", "Ventil", "Ventil",
                                               "Neurologisk afdeling", "absent"});
    CHECK(csv.records[9].fields == QStringList{"Søren Ågaard", "2027-01-26", "Ventil", "Ventil",
                                               "Neurologisk afdeling", "excused"});
    QStringList readBack;
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        const QStringList& f = csv.records[i].fields;
        readBack << QStringLiteral("%1 %2 %3").arg(f[0], f[1], f[5]);
    }
    CHECK(readBack == expected);

    // With all meetings, the team meeting names its type and no series.
    REQUIRE(view.chooseSeries(0));
    view.setPeriod(QDate(2027, 1, 27), QDate(2027, 1, 31));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->rowAt(0)->name == "Anna Berg");
    CHECK(model->index(0, AbsenceReportModel::MeetingColumn).data().toString() ==
          "Uddannelsesteammøde");
    REQUIRE(view.writeAbsences(path).ok());
    CHECK(fileBytes(path).contains(",Uddannelsesteammøde,,Neurologisk afdeling,absent\r\n"));
    // A folder that does not exist is refused with a message naming the file.
    const auto refused = view.writeAbsences(dir.filePath("missing/absences.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains("absences.csv"));
}

TEST_CASE("attendance: the view follows the department and offers every series of all of them")
{
    AttendanceFixture a;
    AttendanceView view(*a.f.session, a.f.settings);
    view.show();
    CHECK(view.seriesCombo()->itemText(0) == "Ventil (Neurologisk afdeling)");
    CHECK(view.seriesCombo()->itemText(1) == "All meetings of every department");
    REQUIRE(view.chooseSeries(0));
    view.setPeriod(QDate(2027, 1, 1), QDate(2027, 1, 31));
    CHECK(view.personModel()->rowOfPerson(a.people["Eva Gram"]) >= 0);
    CHECK_FALSE(view.absenceTable()->isColumnHidden(AbsenceReportModel::DepartmentColumn));

    // Another department has no series: all its meetings are offered.
    for (const Department& d : a.f.session->departments().value()) {
        if (d.name == "Akutafdelingen")
            a.f.session->setDepartmentId(d.id);
    }
    CHECK(view.seriesCombo()->count() == 1);
    CHECK(view.chosenSeries() == 0);
    CHECK(view.personModel()->rowCount() == 0); // Eva came to a neurology meeting

    // The models on their own, empty.
    PersonAttendanceModel people;
    QAbstractItemModelTester peopleTester(&people,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    people.setRows({PersonAttendanceRow{"Ægir Nørby", PersonAttendance{7, 1, 1, 0}}});
    CHECK(people.rowCount() == 1);
    people.setRows({});
    AbsenceReportModel report;
    QAbstractItemModelTester reportTester(&report,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(report.toCsv() == "name,date,meeting_type,series,department,absence\r\n");
}
