#include "storage/ChangeWatcher.h"

#include "services/PeopleEditing.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

using namespace tavle;

namespace {

/// Runs the event loop until `done` holds or `milliseconds` have passed.
template <typename Done> bool waitFor(Done done, int milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < milliseconds) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return done();
}

} // namespace

TEST_CASE("a change by another connection is reported, the watcher's own are not")
{
    TempDatabase t;
    auto other = Database::open(t.path, Database::OpenMode::MustExist);
    REQUIRE(other.ok());

    ChangeWatcher watcher(*t);
    QList<QStringList> reports;
    QObject::connect(&watcher, &ChangeWatcher::changedElsewhere,
                     [&reports](const QStringList& tables) { reports << tables; });
    REQUIRE(watcher.start(20, 20).ok());

    // Its own connection's write: nothing to refresh.
    REQUIRE(PeopleEditing::addDepartment(*t, "Akutafdelingen").ok());
    waitFor([] { return false; }, 400);
    CHECK(reports.isEmpty());

    // Another program's write: reported once, with the table where the engine says.
    REQUIRE(PeopleEditing::addDepartment(*other.value(), "Børneafdelingen").ok());
    REQUIRE(waitFor([&reports] { return !reports.isEmpty(); }, 5000));
    waitFor([] { return false; }, 200);
    CHECK(reports.size() == 1);
    if (t.onServer())
        CHECK(reports.first() == QStringList{"departments"});

    // A write that another connection rolls back changes nothing and tells nothing.
    reports.clear();
    {
        auto transaction = other.value()->begin();
        REQUIRE(transaction.ok());
        QSqlQuery insert(other.value()->connection());
        REQUIRE(insert.exec("INSERT INTO departments (name) VALUES ('Øjenafdelingen')"));
    } // rolled back
    waitFor([] { return false; }, 400);
    CHECK(reports.isEmpty());
}
