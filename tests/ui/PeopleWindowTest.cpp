#include "StatusStyle.h"
#include "dialogs/AssignSupervisorDialog.h"
#include "dialogs/EndPlacementDialog.h"
#include "dialogs/SupervisorDialog.h"
#include "dialogs/TraineeDialog.h"
#include "models/DeadlineBoardModel.h"
#include "models/PlacementListModel.h"
#include "models/SupervisorListModel.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"
#include "workspaces/PeopleWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace tavle;
using namespace tavle::ui;

namespace {

// Today is Wednesday 10-03-2027 (week 10).
const QByteArray kRoster =
    "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\n"
    "Anna Berg;KBU;Akutafdelingen;01-02-2027;;Mette Holm;anna@example.dk\n"
    "Bo Dahl;HU;Akutafdelingen;15-02-2027;;Mette Holm;\n"
    "Carl Ebbe;HU;Akutafdelingen;01-03-2027;;;\n"
    "Øjvind Krag;HU;Akutafdelingen;01-12-2026;;Mette Holm;\n"
    "Dorte Friis;KBU;Neurologisk afdeling;01-04-2027;;Ole Vang;\n"  // coming
    "Eva Gram;INTRO;Neurologisk afdeling;01-01-2027;09-03-2027;;\n" // ended yesterday
    "Søren Ågaard;INTRO;Neurologisk afdeling;20-01-2027;;Ole Vang;\n"
    "Åse Lund;HU;Neurologisk afdeling;02-02-2027;;;\n"
    "Ægir Nørby;KBU;Neurologisk afdeling;03-03-2027;;;\n";

const QStringList kCurrentAndComing{"Anna Berg",    "Bo Dahl",    "Carl Ebbe",   "Dorte Friis",
                                    "Søren Ågaard", "Ægir Nørby", "Øjvind Krag", "Åse Lund"};

QStringList trainees(const PlacementListModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->rowAt(row)->traineeName;
    return names;
}

int rowOf(const PlacementListModel* model, const QString& trainee)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->traineeName == trainee)
            return row;
    }
    return -1;
}

QStringList boardTrainees(const DeadlineBoardModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->rowAt(row)->view.traineeName;
    return names;
}

/// The supervisor's row, or a load of -1 when they are not listed.
SupervisorLoad load(const SupervisorListModel* model, const QString& name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->person.name == name)
            return *model->rowAt(row);
    }
    return SupervisorLoad{Person{}, -1, -1};
}

/// The People workspace on screen, in a department ("" for all).
PeopleWorkspace* showPeople(WindowFixture& f, const QString& department = {})
{
    QComboBox* selector = f.window->departmentSelector();
    selector->setCurrentIndex(department.isEmpty() ? 0 : selector->findText(department));
    f.window->showWorkspace(MainWindow::Workspace::People);
    f.waitForBoard();
    return f.window->people();
}

void selectTrainee(PeopleWorkspace* people, const QString& trainee)
{
    const int row = rowOf(people->placementModel(), trainee);
    REQUIRE(row >= 0);
    people->placementTable()->setCurrentIndex(people->placementModel()->index(row, 0));
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

struct StoredPlacement
{
    bool found = false;
    QString trainee;
    QString email;
    QString level;
    QString start;
    QString end;
    QString supervisor;
};

/// The placement with that start date (unique in the roster), read with another connection.
StoredPlacement storedPlacement(Database& db, const QString& start)
{
    QSqlQuery q(db.connection());
    q.prepare("SELECT t.name, t.email, p.level, p.start_date, p.end_date, s.name "
              "FROM placements p JOIN persons t ON t.id = p.trainee_id "
              "LEFT JOIN persons s ON s.id = p.main_supervisor_id WHERE p.start_date = ?");
    q.addBindValue(start);
    REQUIRE(q.exec());
    StoredPlacement p;
    if (!q.next())
        return p;
    p.found = true;
    p.trainee = q.value(0).toString();
    p.email = q.value(1).toString();
    p.level = q.value(2).toString();
    p.start = q.value(3).toString();
    p.end = q.value(4).toString();
    p.supervisor = q.value(5).toString();
    CHECK_FALSE(q.next());
    return p;
}

void save(QDialog* dialog)
{
    QPushButton* button = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    REQUIRE(button);
    button->click();
}

} // namespace

TEST_CASE("people: current and coming placements in Danish order, ended ones on request")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f);
    const PlacementListModel* model = people->placementModel();
    CHECK(f.window->currentPage() == people);
    CHECK(trainees(model) == kCurrentAndComing); // æ, ø, å last, in that order
    CHECK_FALSE(people->showEndedCheck()->isChecked());
    CHECK_FALSE(people->placementTable()->isColumnHidden(PlacementListModel::DepartmentColumn));

    const int carl = rowOf(model, "Carl Ebbe");
    const QModelIndex none = model->index(carl, PlacementListModel::SupervisorColumn);
    CHECK(none.data().toString() == "(none)");
    CHECK(none.data(Qt::ForegroundRole).value<QColor>() == StatusStyle::warning());
    const int anna = rowOf(model, "Anna Berg");
    CHECK(model->index(anna, PlacementListModel::EmailColumn).data().toString() ==
          "anna@example.dk");
    CHECK(model->index(anna, PlacementListModel::LevelColumn).data().toString() == "KBU");
    CHECK(model->index(anna, PlacementListModel::StartColumn).data().toString() == "01-02-2027");
    CHECK(model->index(anna, PlacementListModel::SupervisorColumn).data().toString() ==
          "Mette Holm");

    people->showEndedCheck()->click();
    REQUIRE(rowOf(model, "Eva Gram") >= 0);
    CHECK(model->index(rowOf(model, "Eva Gram"), PlacementListModel::EndColumn).data().toString() ==
          "09-03-2027 (ended)");
    CHECK(model->rowCount() == 9);
    people->showEndedCheck()->click();
    CHECK(trainees(model) == kCurrentAndComing);

    // One department: its rows only, and no department column.
    people = showPeople(f, "Neurologisk afdeling");
    CHECK(trainees(model) == QStringList{"Dorte Friis", "Søren Ågaard", "Ægir Nørby", "Åse Lund"});
    CHECK(people->placementTable()->isColumnHidden(PlacementListModel::DepartmentColumn));

    // The supervisors with their load, counted from today.
    const SupervisorLoad ole = load(people->supervisorModel(), "Ole Vang");
    CHECK(ole.currentTrainees == 1);
    CHECK(ole.comingTrainees == 1);
    CHECK(load(people->supervisorModel(), "Mette Holm").currentTrainees == -1); // not here
    people = showPeople(f);
    CHECK(load(people->supervisorModel(), "Mette Holm").currentTrainees == 3);
}

TEST_CASE("people: sort the trainee list and the supervisors on any column")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f);
    const PlacementListModel* model = people->placementModel();
    QTableView* table = people->placementTable();

    table->sortByColumn(PlacementListModel::TraineeColumn, Qt::DescendingOrder);
    CHECK(trainees(model).first() == "Åse Lund");
    table->sortByColumn(PlacementListModel::SupervisorColumn, Qt::AscendingOrder);
    CHECK(trainees(model).mid(0, 3) == QStringList{"Anna Berg", "Bo Dahl", "Øjvind Krag"});
    CHECK(trainees(model).last() == "Åse Lund"); // no main supervisor sorts last
    table->sortByColumn(PlacementListModel::StartColumn, Qt::AscendingOrder);
    CHECK(trainees(model).first() == "Øjvind Krag");
    CHECK(trainees(model).last() == "Dorte Friis");
    table->sortByColumn(PlacementListModel::LevelColumn, Qt::AscendingOrder);
    CHECK(trainees(model).mid(0, 3) == QStringList{"Anna Berg", "Dorte Friis", "Ægir Nørby"});
    table->sortByColumn(PlacementListModel::DepartmentColumn, Qt::DescendingOrder);
    CHECK(model->rowAt(0)->departmentName == "Neurologisk afdeling");
    people->showEndedCheck()->click();
    table->sortByColumn(PlacementListModel::EndColumn, Qt::AscendingOrder);
    CHECK(trainees(model).first() == "Eva Gram"); // the only end date; open ends last

    const SupervisorListModel* supervisors = people->supervisorModel();
    QTableView* supervisorTable = people->supervisorTable();
    supervisorTable->sortByColumn(SupervisorListModel::CurrentColumn, Qt::DescendingOrder);
    CHECK(supervisors->rowAt(0)->person.name == "Mette Holm");
    supervisorTable->sortByColumn(SupervisorListModel::ComingColumn, Qt::DescendingOrder);
    CHECK(supervisors->rowAt(0)->person.name == "Ole Vang");
    supervisorTable->sortByColumn(SupervisorListModel::NameColumn, Qt::DescendingOrder);
    CHECK(supervisors->rowAt(0)->person.name == "Ole Vang");
}

TEST_CASE("people: Ctrl+F searches as you type on name, e-mail and main supervisor")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f);
    const PlacementListModel* model = people->placementModel();
    f.window->activateWindow();
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(people->searchField()->hasFocus());
    QTest::keyClicks(people->searchField(), "ÅGAA");
    CHECK(trainees(model) == QStringList{"Søren Ågaard"});
    people->searchField()->clear();
    QTest::keyClicks(people->searchField(), "anna@");
    CHECK(trainees(model) == QStringList{"Anna Berg"});
    people->searchField()->clear();
    QTest::keyClicks(people->searchField(), "mette");
    CHECK(trainees(model) == QStringList{"Anna Berg", "Bo Dahl", "Øjvind Krag"});
    CHECK(people->findChild<QLabel*>("placementCount")->text().startsWith("Showing 3 of 8"));
    QTest::keyClicks(people->searchField(), "x");
    CHECK(model->rowCount() == 0);
    people->searchField()->clear();
    CHECK(trainees(model) == kCurrentAndComing);

    // A double-click on a supervisor lists their trainees.
    QTableView* supervisors = people->supervisorTable();
    const int ole = people->supervisorModel()->rowOfPerson(
        load(people->supervisorModel(), "Ole Vang").person.id);
    REQUIRE(ole >= 0);
    const QRect cell = supervisors->visualRect(people->supervisorModel()->index(ole, 0));
    // As a window system delivers it: a click, then the double-click.
    QTest::mouseClick(supervisors->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(supervisors->viewport(), Qt::LeftButton, {}, cell.center());
    CHECK(people->searchField()->text() == "Ole Vang");
    CHECK(trainees(model) == QStringList{"Dorte Friis", "Søren Ågaard"});
}

TEST_CASE("people: both models pass QAbstractItemModelTester through reload, filter and sort")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f);
    QAbstractItemModelTester placements(people->placementModel(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester supervisors(people->supervisorModel(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    selectTrainee(people, "Bo Dahl");
    people->reload();
    QTest::keyClicks(people->searchField(), "a");
    people->showEndedCheck()->click();
    for (int column = 0; column < PlacementListModel::ColumnCount; ++column) {
        people->placementTable()->sortByColumn(column, Qt::AscendingOrder);
        people->placementTable()->sortByColumn(column, Qt::DescendingOrder);
    }
    for (int column = 0; column < SupervisorListModel::ColumnCount; ++column) {
        people->supervisorTable()->sortByColumn(column, Qt::AscendingOrder);
        people->supervisorTable()->sortByColumn(column, Qt::DescendingOrder);
    }
    people = showPeople(f, "Akutafdelingen"); // a reload with other rows
    people->searchField()->setText("nobody by that name");
    CHECK(people->placementModel()->rowCount() == 0);

    // The models on their own, empty and filled.
    PlacementListModel placementModel;
    QAbstractItemModelTester placementTester(&placementModel,
                                             QAbstractItemModelTester::FailureReportingMode::Fatal);
    SupervisorListModel supervisorModel;
    QAbstractItemModelTester supervisorTester(
        &supervisorModel, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto other = f.otherConnection();
    auto rows = PlacementRepository(*other).inDepartment(0, 0);
    REQUIRE(rows.ok());
    placementModel.setRows(rows.value(), QDate(2027, 3, 10));
    CHECK(placementModel.rowCount() == 8);
    placementModel.setFilter(PlacementFilter{true, "e"});
    placementModel.sort(PlacementListModel::EndColumn, Qt::DescendingOrder);
    placementModel.setRows({}, QDate(2027, 3, 11));
    CHECK(placementModel.rowCount() == 0);
    auto loads = PersonRepository(*other).supervisors(0, QDate(2027, 3, 10));
    REQUIRE(loads.ok());
    supervisorModel.setRows(loads.value());
    CHECK(supervisorModel.rowCount() == 2);
    supervisorModel.sort(SupervisorListModel::CurrentColumn, Qt::DescendingOrder);
    supervisorModel.setRows({});
    CHECK(supervisorModel.rowCount() == 0);
}

TEST_CASE("people: add a trainee from the window with Ctrl+N, undo and redo it")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f, "Akutafdelingen");
    f.window->showWorkspace(MainWindow::Workspace::Deadlines);
    bool checked = false;
    whenModal<TraineeDialog>([&](TraineeDialog* dialog) {
        CHECK_FALSE(dialog->isEditing());
        CHECK(dialog->departmentCombo()->currentText() == "Akutafdelingen");
        CHECK(dialog->startDateEdit()->date() == QDate(2027, 3, 10));
        CHECK(dialog->startDateEdit()->displayFormat() == "dd-MM-yyyy");
        CHECK(dialog->openEndedCheck()->isChecked());
        CHECK(dialog->supervisorCombo()->currentText() == "(none)");
        CHECK(dialog->focusWidget() == dialog->nameEdit());
        QTest::keyClicks(dialog->nameEdit(), "Freja Holm");
        QTest::keyClicks(dialog->emailEdit(), "Freja@Example.dk");
        dialog->setLevel(Level::Kbu);
        dialog->startDateEdit()->setDate(QDate(2027, 3, 8));
        dialog->setEndDate(QDate(2027, 9, 7));
        dialog->supervisorCombo()->setCurrentIndex(
            dialog->supervisorCombo()->findText("Mette Holm", Qt::MatchStartsWith));
        save(dialog);
        checked = !dialog->isVisible();
    });
    f.window->activateWindow();
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    CHECK(checked);
    CHECK(f.window->currentPage() == people);

    auto other = f.otherConnection();
    const StoredPlacement stored = storedPlacement(*other, "2027-03-08");
    CHECK(stored.found);
    CHECK(stored.trainee == "Freja Holm");
    CHECK(stored.email == "freja@example.dk");
    CHECK(stored.level == "KBU");
    CHECK(stored.end == "2027-09-07");
    CHECK(stored.supervisor == "Mette Holm");
    CHECK(scalar(*other, "SELECT COUNT(*) FROM persons") == 12);
    // The new row is shown and chosen, and the board has it too.
    const PlacementListModel* model = people->placementModel();
    REQUIRE(rowOf(model, "Freja Holm") >= 0);
    CHECK(people->placementTable()->currentIndex().row() == rowOf(model, "Freja Holm"));
    CHECK(load(people->supervisorModel(), "Mette Holm").currentTrainees == 4);
    f.waitForBoard();
    CHECK(boardTrainees(f.window->deadlines()->model()).contains("Freja Holm"));
    CHECK(f.window->undoAction()->text().contains("new trainee Freja Holm"));

    f.window->undoAction()->trigger();
    f.waitForBoard();
    CHECK_FALSE(storedPlacement(*other, "2027-03-08").found);
    CHECK(scalar(*other, "SELECT COUNT(*) FROM persons") == 11);
    CHECK(rowOf(model, "Freja Holm") < 0);
    CHECK_FALSE(boardTrainees(f.window->deadlines()->model()).contains("Freja Holm"));
    CHECK(load(people->supervisorModel(), "Mette Holm").currentTrainees == 3);

    f.window->redoAction()->trigger();
    f.waitForBoard();
    CHECK(storedPlacement(*other, "2027-03-08").trainee == "Freja Holm");
    CHECK(rowOf(model, "Freja Holm") >= 0);
    CHECK(boardTrainees(f.window->deadlines()->model()).contains("Freja Holm"));
}

TEST_CASE("people: edit a placement and the trainee's name in one step, and undo it")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f);
    selectTrainee(people, "Carl Ebbe");
    const Id carl = people->selectedPlacement();
    people->placementTable()->setFocus();
    whenModal<TraineeDialog>([](TraineeDialog* dialog) {
        CHECK(dialog->isEditing());
        CHECK(dialog->nameEdit()->text() == "Carl Ebbe");
        CHECK(dialog->levelCombo()->currentData().toInt() == int(Level::Hu));
        CHECK(dialog->startDateEdit()->date() == QDate(2027, 3, 1));
        CHECK(dialog->openEndedCheck()->isChecked());
        CHECK_FALSE(dialog->departmentCombo()->isEnabled());
        dialog->nameEdit()->setText("Carl Emil Ebbe");
        dialog->setLevel(Level::Intro);
        dialog->setEndDate(QDate(2027, 8, 31));
        dialog->supervisorCombo()->setCurrentIndex(
            dialog->supervisorCombo()->findText("Mette Holm", Qt::MatchStartsWith));
        save(dialog);
    });
    QTest::keyClick(people->placementTable(), Qt::Key_Return);

    auto other = f.otherConnection();
    StoredPlacement stored = storedPlacement(*other, "2027-03-01");
    CHECK(stored.trainee == "Carl Emil Ebbe");
    CHECK(stored.level == "INTRO");
    CHECK(stored.end == "2027-08-31");
    CHECK(stored.supervisor == "Mette Holm");
    CHECK(people->selectedPlacement() == carl); // the row stays chosen through the reload
    CHECK(people->placementModel()
              ->rowAt(people->placementTable()->currentIndex().row())
              ->traineeName == "Carl Emil Ebbe");
    CHECK(f.window->undoAction()->text().contains("changes to the placement of Carl Ebbe"));

    f.window->undoAction()->trigger(); // one step takes back both the person and the placement
    stored = storedPlacement(*other, "2027-03-01");
    CHECK(stored.trainee == "Carl Ebbe");
    CHECK(stored.level == "HU");
    CHECK(stored.end.isEmpty());
    CHECK(stored.supervisor.isEmpty());
    CHECK(rowOf(people->placementModel(), "Carl Ebbe") >= 0);
    CHECK_FALSE(f.window->undoAction()->isEnabled());
}

TEST_CASE("people: an ended placement leaves the board and the list but stays under show ended")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f);
    selectTrainee(people, "Bo Dahl");
    auto* end = people->findChild<QPushButton*>("endPlacement");
    REQUIRE(end->isEnabled());
    whenModal<EndPlacementDialog>([](EndPlacementDialog* dialog) {
        CHECK(dialog->endDateEdit()->date() == QDate(2027, 3, 10)); // today by default
        dialog->endDateEdit()->setDate(QDate(2027, 3, 9));
        dialog->accept();
    });
    end->click();
    f.waitForBoard();

    auto other = f.otherConnection();
    CHECK(storedPlacement(*other, "2027-02-15").end == "2027-03-09");
    const PlacementListModel* model = people->placementModel();
    CHECK(rowOf(model, "Bo Dahl") < 0);
    CHECK_FALSE(boardTrainees(f.window->deadlines()->model()).contains("Bo Dahl"));
    CHECK(load(people->supervisorModel(), "Mette Holm").currentTrainees == 2);
    people->showEndedCheck()->click();
    REQUIRE(rowOf(model, "Bo Dahl") >= 0);
    CHECK(model->index(rowOf(model, "Bo Dahl"), PlacementListModel::EndColumn).data().toString() ==
          "09-03-2027 (ended)");
    selectTrainee(people, "Bo Dahl");
    CHECK_FALSE(end->isEnabled()); // it has ended already; Edit placement can still change it

    f.window->undoAction()->trigger();
    f.waitForBoard();
    CHECK(storedPlacement(*other, "2027-02-15").end.isEmpty());
    CHECK(boardTrainees(f.window->deadlines()->model()).contains("Bo Dahl"));
    people->showEndedCheck()->click();
    CHECK(rowOf(model, "Bo Dahl") >= 0);
}

TEST_CASE("people: assigning a main supervisor changes the supervisor's load")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f, "Akutafdelingen");
    CHECK(load(people->supervisorModel(), "Mette Holm").currentTrainees == 3);
    selectTrainee(people, "Carl Ebbe");
    whenModal<AssignSupervisorDialog>([](AssignSupervisorDialog* dialog) {
        CHECK(dialog->supervisorCombo()->currentText() == "(none)");
        CHECK(dialog->focusWidget() == dialog->supervisorCombo());
        dialog->supervisorCombo()->setCurrentIndex(
            dialog->supervisorCombo()->findText("Mette Holm", Qt::MatchStartsWith));
        save(dialog);
    });
    people->findChild<QPushButton*>("assignSupervisor")->click();

    const PlacementListModel* model = people->placementModel();
    CHECK(model->index(rowOf(model, "Carl Ebbe"), PlacementListModel::SupervisorColumn)
              .data()
              .toString() == "Mette Holm");
    CHECK(load(people->supervisorModel(), "Mette Holm").currentTrainees == 4);
    auto other = f.otherConnection();
    CHECK(storedPlacement(*other, "2027-03-01").supervisor == "Mette Holm");
    CHECK(f.window->undoAction()->text().contains("Mette Holm as main supervisor of Carl Ebbe"));

    f.window->undoAction()->trigger();
    CHECK(storedPlacement(*other, "2027-03-01").supervisor.isEmpty());
    CHECK(load(people->supervisorModel(), "Mette Holm").currentTrainees == 3);
}

TEST_CASE("people: add a supervisor to the chosen department and undo it")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f);
    auto* add = people->findChild<QPushButton*>("newSupervisor");
    CHECK_FALSE(add->isEnabled()); // a supervisor belongs to one department
    CHECK_FALSE(add->toolTip().isEmpty());
    CHECK_FALSE(people->addSupervisor());

    people = showPeople(f, "Akutafdelingen");
    REQUIRE(add->isEnabled());
    whenModal<SupervisorDialog>([](SupervisorDialog* dialog) {
        QTest::keyClicks(dialog->nameEdit(), "Lise Kjær");
        QTest::keyClicks(dialog->emailEdit(), "lise@example.dk");
        save(dialog);
    });
    add->click();

    auto other = f.otherConnection();
    CHECK(scalar(*other, "SELECT COUNT(*) FROM persons WHERE email = 'lise@example.dk'") == 1);
    CHECK(scalar(*other, "SELECT COUNT(*) FROM role_assignments r JOIN persons p "
                         "ON p.id = r.person_id JOIN departments d ON d.id = r.department_id "
                         "WHERE p.name = 'Lise Kjær' AND r.role = 'SUPERVISOR' "
                         "AND d.name = 'Akutafdelingen' AND r.start_date = '2027-03-10'") == 1);
    const SupervisorLoad lise = load(people->supervisorModel(), "Lise Kjær");
    CHECK(lise.currentTrainees == 0);
    CHECK(lise.comingTrainees == 0);
    CHECK(lise.person.email == "lise@example.dk");
    CHECK(f.window->undoAction()->text().contains("new supervisor Lise Kjær"));

    f.window->undoAction()->trigger();
    CHECK(scalar(*other, "SELECT COUNT(*) FROM persons WHERE name = 'Lise Kjær'") == 0);
    CHECK(load(people->supervisorModel(), "Lise Kjær").currentTrainees == -1);
}

TEST_CASE("people: bad input keeps the dialog open with a message naming the field")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f, "Akutafdelingen");
    auto other = f.otherConnection();
    const qint64 persons = scalar(*other, "SELECT COUNT(*) FROM persons");
    const qint64 placements = scalar(*other, "SELECT COUNT(*) FROM placements");
    const qint64 roles = scalar(*other, "SELECT COUNT(*) FROM role_assignments");

    QStringList messages;
    whenModal<TraineeDialog>([&](TraineeDialog* dialog) {
        auto refused = [&] {
            save(dialog);
            CHECK(dialog->isVisible());
            CHECK(dialog->errorLabel()->isVisible());
            messages << dialog->errorLabel()->text();
        };
        refused(); // no name
        CHECK(dialog->focusWidget() == dialog->nameEdit());
        dialog->nameEdit()->setText("Gert Hansen");
        dialog->emailEdit()->setText("gert@");
        refused();
        CHECK(dialog->focusWidget() == dialog->emailEdit());
        dialog->emailEdit()->setText("gert@example.dk");
        refused(); // no level
        dialog->setLevel(Level::Hu);
        dialog->startDateEdit()->setDate(QDate(2027, 3, 8));
        dialog->setEndDate(QDate(2027, 3, 1));
        refused();
        CHECK(dialog->focusWidget() == dialog->endDateEdit());
        // The same placement twice: refused by the core, with nothing written.
        dialog->nameEdit()->setText("Anna Berg");
        dialog->emailEdit()->setText("anna@example.dk");
        dialog->startDateEdit()->setDate(QDate(2027, 2, 1));
        dialog->setEndDate(QDate());
        refused();
        dialog->reject();
    });
    people->addTrainee();
    REQUIRE(messages.size() == 5);
    CHECK(messages[0].contains("name"));
    CHECK(messages[1].contains("e-mail"));
    CHECK(messages[1].contains("gert@"));
    CHECK(messages[2].contains("level"));
    CHECK(messages[3].contains("end date 01-03-2027"));
    CHECK(messages[4].contains("Anna Berg already has a placement"));

    messages.clear();
    selectTrainee(people, "Anna Berg");
    whenModal<TraineeDialog>([&](TraineeDialog* dialog) {
        dialog->nameEdit()->clear();
        save(dialog);
        CHECK(dialog->isVisible());
        messages << dialog->errorLabel()->text();
        dialog->nameEdit()->setText("Anna Berg");
        dialog->setEndDate(QDate(2027, 1, 31));
        save(dialog);
        CHECK(dialog->isVisible());
        messages << dialog->errorLabel()->text();
        dialog->reject();
    });
    REQUIRE(people->editSelectedPlacement());
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].contains("name"));
    CHECK(messages[1].contains("end date 31-01-2027 is before the start date 01-02-2027"));

    messages.clear();
    whenModal<EndPlacementDialog>([&](EndPlacementDialog* dialog) {
        dialog->endDateEdit()->setDate(QDate(2027, 1, 15));
        dialog->accept();
        CHECK(dialog->isVisible());
        messages << dialog->errorLabel()->text();
        dialog->reject();
    });
    REQUIRE(people->endSelectedPlacement());
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].contains("end date 15-01-2027"));

    messages.clear();
    whenModal<SupervisorDialog>([&](SupervisorDialog* dialog) {
        save(dialog);
        CHECK(dialog->isVisible());
        messages << dialog->errorLabel()->text();
        dialog->nameEdit()->setText("Lise Kjær");
        dialog->emailEdit()->setText("lise at example.dk");
        save(dialog);
        CHECK(dialog->isVisible());
        messages << dialog->errorLabel()->text();
        dialog->nameEdit()->setText("mette holm"); // already a supervisor here
        dialog->emailEdit()->clear();
        save(dialog);
        CHECK(dialog->isVisible());
        messages << dialog->errorLabel()->text();
        dialog->reject();
    });
    REQUIRE(people->addSupervisor());
    REQUIRE(messages.size() == 3);
    CHECK(messages[0].contains("name"));
    CHECK(messages[1].contains("e-mail"));
    CHECK(messages[2].contains("Mette Holm is already a supervisor in Akutafdelingen"));

    CHECK(scalar(*other, "SELECT COUNT(*) FROM persons") == persons);
    CHECK(scalar(*other, "SELECT COUNT(*) FROM placements") == placements);
    CHECK(scalar(*other, "SELECT COUNT(*) FROM role_assignments") == roles);
    CHECK(storedPlacement(*other, "2027-02-01").trainee == "Anna Berg");
    CHECK_FALSE(f.window->undoAction()->isEnabled());
}

TEST_CASE("people: column order, sorting and the splitter are remembered")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f);
    people->placementTable()->sortByColumn(PlacementListModel::StartColumn, Qt::DescendingOrder);
    people->supervisorTable()->sortByColumn(SupervisorListModel::CurrentColumn,
                                            Qt::DescendingOrder);
    people->splitter()->setSizes({500, 120});
    const QList<int> sizes = people->splitter()->sizes();
    f.window->close(); // saves the state

    f.open(); // the program starts again
    people = showPeople(f);
    QHeaderView* header = people->placementTable()->horizontalHeader();
    CHECK(header->sortIndicatorSection() == PlacementListModel::StartColumn);
    CHECK(header->sortIndicatorOrder() == Qt::DescendingOrder);
    CHECK(trainees(people->placementModel()).first() == "Dorte Friis");
    CHECK(people->supervisorTable()->horizontalHeader()->sortIndicatorSection() ==
          SupervisorListModel::CurrentColumn);
    CHECK(people->supervisorModel()->rowAt(0)->person.name == "Mette Holm");
    CHECK(people->splitter()->sizes() == sizes);
}

TEST_CASE("people: the lists follow the date without a restart")
{
    WindowFixture f(kRoster);
    PeopleWorkspace* people = showPeople(f, "Neurologisk afdeling");
    CHECK(load(people->supervisorModel(), "Ole Vang").comingTrainees == 1);
    QDate now(2027, 3, 10);
    f.clock.setSource([&now] { return now; });
    now = QDate(2027, 4, 1); // Dorte Friis starts
    f.clock.check();
    const SupervisorLoad ole = load(people->supervisorModel(), "Ole Vang");
    CHECK(ole.currentTrainees == 2);
    CHECK(ole.comingTrainees == 0);
    CHECK(people->placementModel()->today() == QDate(2027, 4, 1));
}
