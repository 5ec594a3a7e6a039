#include "dialogs/PlacementDialog.h"
#include "models/DeadlineBoardModel.h"
#include "models/SupervisorChoiceModel.h"
#include "storage/MeetingRepository.h"
#include "storage/PlacementRepository.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"
#include "widgets/MessageBar.h"
#include "workspaces/WelcomePage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace tavle;
using namespace tavle::ui;

namespace {

// Today is Wednesday 10-03-2027 (week 10).
const QByteArray kRoster =
    "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\n"
    "Anna Berg;KBU;Akutafdelingen;01-02-2027;;Mette Holm;anna@example.dk\n" // due 15-02: overdue
    "Bo Dahl;HU;Akutafdelingen;15-02-2027;;Mette Holm;\n"                   // due 15-03: soon
    "Carl Ebbe;HU;Akutafdelingen;01-03-2027;;;\n"                           // due 29-03: upcoming
    "Dorte Friis;KBU;Neurologisk afdeling;01-04-2027;;Ole Vang;\n"          // coming: upcoming
    "Eva Gram;INTRO;Neurologisk afdeling;01-01-2027;09-03-2027;;\n"         // ended: not shown
    "Søren Ågaard;INTRO;Neurologisk afdeling;20-01-2027;;Ole Vang;\n";      // due 17-02: overdue

QStringList visibleTrainees(DeadlineBoardModel* model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->rowAt(row)->view.traineeName;
    return names;
}

int rowOf(DeadlineBoardModel* model, const QString& trainee)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row)->view.traineeName == trainee)
            return row;
    }
    return -1;
}

struct StoredMeeting
{
    int count = 0;
    QString heldOn;
    QString notes;
    int participants = 0;
};

StoredMeeting storedMeeting(Database& db)
{
    StoredMeeting m;
    QSqlQuery q(db.connection());
    REQUIRE(q.exec("SELECT COUNT(*), MAX(held_on), MAX(notes), "
                   "(SELECT COUNT(*) FROM meeting_participants) FROM meetings"));
    REQUIRE(q.next());
    m.count = q.value(0).toInt();
    m.heldOn = q.value(1).toString();
    m.notes = q.value(2).toString();
    m.participants = q.value(3).toInt();
    return m;
}

} // namespace

TEST_CASE("window: the board shows current and coming placements by urgency, with the counts")
{
    WindowFixture f(kRoster);
    DeadlinesWorkspace* board = f.window->deadlines();
    CHECK(f.window->currentPage() == board);
    CHECK(visibleTrainees(board->model()) ==
          QStringList{"Anna Berg", "Søren Ågaard", "Bo Dahl", "Carl Ebbe", "Dorte Friis"});
    CHECK(board->model()->rowAt(0)->deadline.status == DeadlineStatus::Overdue);
    CHECK(board->findChild<QPushButton*>("overdueCard")->text().startsWith("2"));
    CHECK(board->findChild<QPushButton*>("dueSoonCard")->text().startsWith("1"));
    CHECK(board->findChild<QPushButton*>("noSupervisorCard")->text().startsWith("1"));
    CHECK(board->findChild<QLabel*>("today")->text().contains("10"));

    // The status shows as a word and an icon, not colour alone.
    const QModelIndex status = board->model()->index(0, DeadlineBoardModel::StatusColumn);
    CHECK(status.data().toString() == "Overdue");
    CHECK_FALSE(status.data(Qt::DecorationRole).value<QIcon>().isNull());
    const QModelIndex due = board->model()->index(0, DeadlineBoardModel::DueColumn);
    CHECK(due.data().toString() == "15-02-2027 (week 7)");
    CHECK(board->model()->index(0, DeadlineBoardModel::DaysColumn).data().toString() ==
          "23 days overdue");
}

TEST_CASE("window: filter by level, status and supervisor, and search as you type")
{
    WindowFixture f(kRoster);
    DeadlinesWorkspace* board = f.window->deadlines();
    DeadlineBoardModel* model = board->model();

    board->levelFilter()->setCurrentIndex(board->levelFilter()->findData(int(Level::Kbu)));
    CHECK(visibleTrainees(model) == QStringList{"Anna Berg", "Dorte Friis"});
    board->levelFilter()->setCurrentIndex(0);

    board->findChild<QPushButton*>("overdueCard")->click();
    CHECK(visibleTrainees(model) == QStringList{"Anna Berg", "Søren Ågaard"});
    board->findChild<QPushButton*>("overdueCard")->click();
    CHECK(model->rowCount() == 5);

    board->findChild<QPushButton*>("noSupervisorCard")->click();
    CHECK(visibleTrainees(model) == QStringList{"Carl Ebbe"});
    board->supervisorFilter()->setCurrentIndex(board->supervisorFilter()->findText("Ole Vang"));
    CHECK(visibleTrainees(model) == QStringList{"Søren Ågaard", "Dorte Friis"});
    board->supervisorFilter()->setCurrentIndex(0);

    f.window->activateWindow();
    QTest::keyClick(f.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(board->searchField()->hasFocus());
    QTest::keyClicks(board->searchField(), "ågaa");
    CHECK(visibleTrainees(model) == QStringList{"Søren Ågaard"});
    board->searchField()->clear();
    QTest::keyClicks(board->searchField(), "METTE");
    CHECK(visibleTrainees(model) == QStringList{"Anna Berg", "Bo Dahl"});
    QTest::keyClicks(board->searchField(), "x");
    CHECK(model->rowCount() == 0);
    CHECK(board->findChild<QLabel*>("shown")->text().startsWith("Showing 0 of 5"));
    board->findChild<QPushButton*>("clearFilters")->click();
    CHECK(model->rowCount() == 5);
}

TEST_CASE("window: sort on any column, by urgency unless asked otherwise")
{
    WindowFixture f(kRoster);
    QTableView* table = f.window->deadlines()->table();
    DeadlineBoardModel* model = f.window->deadlines()->model();
    table->sortByColumn(DeadlineBoardModel::TraineeColumn, Qt::AscendingOrder);
    CHECK(visibleTrainees(model) ==
          QStringList{"Anna Berg", "Bo Dahl", "Carl Ebbe", "Dorte Friis", "Søren Ågaard"});
    table->sortByColumn(DeadlineBoardModel::TraineeColumn, Qt::DescendingOrder);
    CHECK(visibleTrainees(model).first() == "Søren Ågaard");
    table->sortByColumn(DeadlineBoardModel::SupervisorColumn, Qt::AscendingOrder);
    CHECK(visibleTrainees(model).last() == "Carl Ebbe"); // no supervisor sorts last
    table->sortByColumn(DeadlineBoardModel::StartColumn, Qt::AscendingOrder);
    CHECK(visibleTrainees(model).first() == "Søren Ågaard");
}

TEST_CASE("window: register the expectation meeting as held from the board, undo and redo it")
{
    WindowFixture f(kRoster);
    DeadlinesWorkspace* board = f.window->deadlines();
    DeadlineBoardModel* model = board->model();
    const int row = rowOf(model, "Anna Berg");
    REQUIRE(row >= 0);
    board->table()->setCurrentIndex(model->index(row, 0));
    board->table()->setFocus();

    whenModal<PlacementDialog>([](PlacementDialog* dialog) {
        CHECK(dialog->supervisorCombo()->currentText().startsWith("Mette Holm"));
        QTest::mouseClick(dialog->findChild<QRadioButton*>("stateHeld"), Qt::LeftButton);
        dialog->heldDateEdit()->setDate(QDate(2027, 3, 8));
        QTest::keyClicks(dialog->notesEdit(), "Mål: akutmodtagelsen. Frist: 1. april.");
        dialog->accept();
    });
    QTest::keyClick(board->table(), Qt::Key_Return);
    f.waitForBoard();

    auto other = f.otherConnection();
    StoredMeeting stored = storedMeeting(*other);
    CHECK(stored.count == 1);
    CHECK(stored.heldOn == "2027-03-08");
    CHECK(stored.notes == "Mål: akutmodtagelsen. Frist: 1. april.");
    CHECK(stored.participants == 2); // the trainee and the main supervisor
    CHECK(model->rowAt(rowOf(model, "Anna Berg"))->deadline.status == DeadlineStatus::Held);
    CHECK(board->findChild<QPushButton*>("overdueCard")->text().startsWith("1"));
    CHECK(f.window->undoAction()->isEnabled());

    f.window->undoAction()->trigger();
    f.waitForBoard();
    CHECK(storedMeeting(*other).count == 0);
    CHECK(storedMeeting(*other).participants == 0);
    CHECK(model->rowAt(rowOf(model, "Anna Berg"))->deadline.status == DeadlineStatus::Overdue);

    f.window->redoAction()->trigger();
    f.waitForBoard();
    stored = storedMeeting(*other);
    CHECK(stored.count == 1);
    CHECK(stored.heldOn == "2027-03-08");
    CHECK(model->rowAt(rowOf(model, "Anna Berg"))->deadline.status == DeadlineStatus::Held);
}

TEST_CASE("window: a meeting cannot be registered as held in the future")
{
    WindowFixture f(kRoster);
    DeadlinesWorkspace* board = f.window->deadlines();
    board->table()->setCurrentIndex(board->model()->index(rowOf(board->model(), "Bo Dahl"), 0));
    whenModal<PlacementDialog>([](PlacementDialog* dialog) {
        dialog->setMeetingState(PlacementDialog::MeetingState::Held);
        // The date field stops at today; the rule holds for any way a date gets in.
        CHECK(dialog->heldDateEdit()->maximumDate() == QDate(2027, 3, 10));
        dialog->setMeetingState(PlacementDialog::MeetingState::Scheduled);
        dialog->scheduledEdit()->setDateTime(QDateTime(QDate(2027, 3, 12), QTime(9, 30)));
        dialog->accept();
    });
    REQUIRE(board->openSelectedPlacement());
    f.waitForBoard();
    auto other = f.otherConnection();
    QSqlQuery q(other->connection());
    REQUIRE(q.exec("SELECT scheduled_at, held_on FROM meetings"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == "2027-03-12T09:30");
    CHECK(q.value(1).isNull());
    CHECK(f.window->undoAction()->text() ==
          "&Undo scheduling of the expectation meeting with Bo Dahl");
}

TEST_CASE("window: a change someone else made first is refused with the reason, nothing lost")
{
    WindowFixture f(kRoster);
    DeadlinesWorkspace* board = f.window->deadlines();
    board->table()->setCurrentIndex(board->model()->index(rowOf(board->model(), "Carl Ebbe"), 0));
    auto other = f.otherConnection();
    bool refused = false;
    whenModal<PlacementDialog>([&](PlacementDialog* dialog) {
        // Meanwhile another user gives Carl a main supervisor and ends his placement.
        const auto placements = PlacementRepository(*other).all();
        REQUIRE(placements.ok());
        for (Placement p : placements.value()) {
            if (p.startDate == QDate(2027, 3, 1)) {
                p.endDate = QDate(2027, 8, 31);
                REQUIRE(PlacementRepository(*other).update(p).ok());
            }
        }
        dialog->supervisorCombo()->setCurrentIndex(
            dialog->supervisorCombo()->findText("Mette Holm", Qt::MatchStartsWith));
        dialog->setMeetingState(PlacementDialog::MeetingState::Held);
        dialog->accept();
        refused = dialog->isVisible() && dialog->errorLabel()->isVisible();
        // The reason says what the other user changed, field by field.
        CHECK(dialog->errorLabel()->text().contains(
            "Someone else has changed the placement of Carl Ebbe"));
        CHECK(dialog->errorLabel()->text().contains("End date: none → 31-08-2027"));
        dialog->reject();
    });
    REQUIRE(board->openSelectedPlacement());
    CHECK(refused);
    CHECK(f.window->messageBar()->reloadButton()->isVisible()); // and the window offers to reload
    CHECK(storedMeeting(*other).count == 0); // the meeting was not half-written either
    CHECK_FALSE(f.window->undoAction()->isEnabled());
}

TEST_CASE("window: the board follows the date without a restart")
{
    WindowFixture f(kRoster);
    DeadlineBoardModel* model = f.window->deadlines()->model();
    CHECK(model->rowAt(rowOf(model, "Bo Dahl"))->deadline.status == DeadlineStatus::DueSoon);
    QDate now(2027, 3, 15);
    f.clock.setSource([&now] { return now; });
    f.waitForBoard();
    CHECK(model->rowAt(rowOf(model, "Bo Dahl"))->deadline.status == DeadlineStatus::DueSoon);
    now = QDate(2027, 3, 16); // midnight passes
    f.clock.check();
    f.waitForBoard();
    CHECK(model->rowAt(rowOf(model, "Bo Dahl"))->deadline.status == DeadlineStatus::Overdue);
    CHECK(model->today() == QDate(2027, 3, 16));
}

TEST_CASE("window: the department choice filters every row and is remembered")
{
    WindowFixture f(kRoster);
    QComboBox* department = f.window->departmentSelector();
    department->setCurrentIndex(department->findText("Neurologisk afdeling"));
    f.waitForBoard();
    CHECK(visibleTrainees(f.window->deadlines()->model()) ==
          QStringList{"Søren Ågaard", "Dorte Friis"});
    CHECK(f.window->deadlines()->table()->isColumnHidden(DeadlineBoardModel::DepartmentColumn));

    f.open(); // the program starts again
    CHECK(f.window->departmentSelector()->currentText() == "Neurologisk afdeling");
    CHECK(f.window->deadlines()->model()->rowCount() == 2);
}

TEST_CASE("window: an empty database opens on the welcome page")
{
    WindowFixture f(QByteArray{});
    CHECK(qobject_cast<WelcomePage*>(f.window->currentPage()));
    CHECK_FALSE(f.window->departmentSelector()->isEnabled());
}

TEST_CASE("window: a file that is no Tavle database is refused in the window and kept intact")
{
    WindowFixture f(kRoster);
    const QString notes = f.dir.filePath("notes.db");
    writeFile(notes, QByteArray("just some notes, not a database\n").repeated(20));
    const QByteArray before = fileBytes(notes);
    CHECK_FALSE(f.window->openDatabase(notes));
    CHECK(f.window->messageBar()->isVisible());
    CHECK(f.window->messageBar()->isError());
    CHECK(f.window->messageBar()->text().contains("notes.db is not a Tavle database"));
    CHECK(fileBytes(notes) == before);
    CHECK(f.session->location() == f.path); // the open database stays open
}

TEST_CASE("window: the board model passes QAbstractItemModelTester through load, filter, sort")
{
    WindowFixture f(kRoster);
    DeadlineBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRows(f.window->deadlines()->model()->allRows(), QDate(2027, 3, 10));
    BoardFilter filter;
    filter.text = "a";
    model.setFilter(filter);
    for (int column = 0; column < DeadlineBoardModel::ColumnCount; ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
    }
    filter.status = BoardFilter::Status::Held;
    model.setFilter(filter);
    CHECK(model.rowCount() == 0);
    model.setRows({}, QDate(2027, 3, 11));
    CHECK(model.rowCount() == 0);
}

TEST_CASE("window: the supervisor choices pass QAbstractItemModelTester and follow the board")
{
    WindowFixture f(kRoster);
    SupervisorChoiceModel choices;
    QAbstractItemModelTester tester(&choices,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(choices.rowCount() == 2); // all supervisors, without main supervisor
    choices.setSupervisors(f.window->deadlines()->model()->supervisors());
    REQUIRE(choices.rowCount() == 4);
    CHECK(choices.index(2).data().toString() == "Mette Holm");
    CHECK(choices.index(3).data().toString() == "Ole Vang");
    CHECK(choices.rowOf(BoardFilter::kNoSupervisor) == 1);
    CHECK(choices.rowOf(choices.index(3).data(SupervisorChoiceModel::IdRole).toLongLong()) == 3);
    CHECK(choices.rowOf(424242) == -1);
    choices.setSupervisors({});
    CHECK(choices.rowCount() == 2);
}
