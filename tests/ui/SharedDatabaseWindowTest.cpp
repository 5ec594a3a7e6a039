// The window on a database that others change too: live refresh, conflicts with a Reload
// button, on a SQLite file and on the PostgreSQL test server.

#include "LiveRefresh.h"
#include "commands/ChangeCommand.h"
#include "commands/Changes.h"
#include "import/RosterImporter.h"
#include "services/PeopleEditing.h"
#include "services/StrategyGoals.h"
#include "storage/PlacementRepository.h"
#include "storage/ServerRoles.h"
#include "strategy/StrategyTemplate.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"
#include "widgets/GoalStatusButtons.h"
#include "widgets/MessageBar.h"
#include "workspaces/GoalsWorkspace.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace tavle;
using namespace tavle::ui;

namespace {

const QByteArray kRoster = "Navn;Uddannelsestrin;Afdeling;Startdato;Hovedvejleder\n"
                           "Anna Berg;KBU;Akutafdelingen;01-02-2027;Mette Holm\n";

/// Runs the event loop until `done` holds or five seconds have passed.
template <typename Done> bool waitFor(Done done, int milliseconds = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < milliseconds) {
        QApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

int boardRows(WindowFixture& f)
{
    f.waitForBoard();
    return f.window->deadlines()->model()->rowCount();
}

void addTraineeElsewhere(Database& other, const QByteArray& line)
{
    const QByteArray roster = "Navn;Uddannelsestrin;Afdeling;Startdato;Hovedvejleder\n" + line;
    const auto report = RosterImporter::importRoster(other, RosterParser::parse(roster), {});
    REQUIRE(report.ok());
    REQUIRE(report->problems.isEmpty());
}

/// The board follows a change made by another program, but not while a dialog is open.
void followsOthers(WindowFixture& f)
{
    f.window->liveRefresh()->setPollInterval(50);
    f.session->databaseOpened(); // watch again with the short interval
    REQUIRE(boardRows(f) == 1);
    auto other = f.otherConnection();
    addTraineeElsewhere(*other, "Bo Dahl;HU;Akutafdelingen;15-02-2027;\n");
    REQUIRE(waitFor([&f] { return boardRows(f) == 2; }));

    // A dialog is open: the reload waits until it is closed.
    QDialog dialog(f.window.get());
    dialog.setModal(true);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    REQUIRE(QApplication::activeModalWidget() == &dialog);
    addTraineeElsewhere(*other, "Cecilie Ærø;INTRO;Akutafdelingen;01-03-2027;\n");
    REQUIRE(waitFor([&f] { return f.window->liveRefresh()->isPending(); }));
    waitFor([] { return false; }, 300);
    CHECK(boardRows(f) == 2);
    dialog.close();
    CHECK(waitFor([&f] { return boardRows(f) == 3; }));
}

} // namespace

TEST_CASE("shared database: the window follows another program's changes to a file")
{
    WindowFixture f(kRoster);
    followsOthers(f);
}

TEST_CASE("shared database: the window follows another user's changes on the server")
{
    if (!testserver::serverAvailable())
        return;
    testserver::TempServerDatabase server;
    WindowFixture f(kRoster, QDate(2027, 3, 10), server.location());
    CHECK(f.window->windowTitle().contains(server.name()));
    followsOthers(f);
}

TEST_CASE("shared database: a save someone else got to first offers to reload")
{
    WindowFixture f(kRoster);
    Database& db = f.session->database();
    const Placement read = PlacementRepository(db).all()->first();

    // Another user moves the start date.
    auto other = f.otherConnection();
    Placement theirs = read;
    theirs.startDate = QDate(2027, 2, 3);
    REQUIRE(PeopleEditing::savePlacement(*other, theirs).ok());

    // This window saves the level from its older read.
    Placement mine = read;
    mine.level = Level::Intro;
    auto command = std::make_unique<ChangeCommand>(*f.session, "level");
    command->add(std::make_unique<PlacementChange>(read, mine));
    const Status pushed = pushChange(*f.session, std::move(command));
    REQUIRE_FALSE(pushed.ok());
    CHECK(pushed.error().kind == Error::Kind::Conflict);
    CHECK(pushed.errorMessage().contains("01-02-2027 → 03-02-2027"));

    MessageBar* bar = f.window->messageBar();
    CHECK(bar->isVisible());
    CHECK(bar->text().contains("Anna Berg"));
    REQUIRE(bar->reloadButton()->isVisible());
    bar->reloadButton()->click();
    CHECK_FALSE(bar->isVisible());
    f.waitForBoard();
    const auto row = f.window->deadlines()->model()->rowAt(0);
    REQUIRE(row);
    CHECK(row->view.placement.startDate == QDate(2027, 2, 3));
    CHECK(PlacementRepository(db).byId(read.id).value()->level == Level::Kbu);
}

TEST_CASE("shared database: the window says what a UKYL may not do, and nothing is written")
{
    if (!testserver::serverAvailable())
        return;
    testserver::TempServerDatabase server;
    {
        // The administrator creates the database, the strategy and the roles.
        auto admin = Database::open(server.location(), Database::OpenMode::CreateOrUpgrade);
        REQUIRE(admin.ok());
        addTraineeElsewhere(*admin.value(), "Anna Berg;KBU;Akutafdelingen;01-02-2027;\n");
        REQUIRE(StrategyTemplates::load(*admin.value(),
                                        StrategyTemplates::find(QStringLiteral("mvh")).value())
                    .ok());
        REQUIRE(ServerRoles::setUp(*admin.value()).ok());
    }
    const QString ukyl = QStringLiteral("ukyl_window_%1").arg(QCoreApplication::applicationPid());
    testserver::adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(ukyl));
    testserver::adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE tavle_ukyl")
                              .arg(ukyl, qEnvironmentVariable("PGPASSWORD")));
    {
        WindowFixture f({}, QDate(2027, 3, 10), server.location(ukyl));
        QStringList errors;
        QObject::connect(f.session.get(), &Session::errorReported,
                         [&errors](const QString& message) { errors << message; });
        f.window->showWorkspace(MainWindow::Workspace::Goals);
        GoalsWorkspace* w = f.window->goals();
        w->waitForLoad();
        REQUIRE(w->snapshot().has_value());
        const Goal* goal = nullptr;
        for (const Goal& g : w->snapshot()->goals) {
            if (g.scope == GoalScope::Department) {
                goal = &g;
                break;
            }
        }
        REQUIRE(goal);
        REQUIRE(w->selectGoal(goal->id));
        QTest::mouseClick(w->statusButtons()->button(GoalStatus::Achieved), Qt::LeftButton);
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().contains("may not change this"));
        CHECK(f.window->messageBar()->isVisible());
        CHECK(f.window->messageBar()->text().contains("may not"));
        CHECK_FALSE(f.window->undoAction()->isEnabled());
        QSqlQuery rows(f.session->database().connection());
        REQUIRE(rows.exec("SELECT COUNT(*) FROM goal_statuses"));
        REQUIRE(rows.next());
        CHECK(rows.value(0).toInt() == 0);
    }
    QSqlQuery(testserver::admin())
        .exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(server.name()));
    testserver::adminExec(QStringLiteral("DROP ROLE %1").arg(ukyl));
}
