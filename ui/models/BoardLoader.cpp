#include "BoardLoader.h"

#include "storage/Database.h"
#include "storage/DepartmentRepository.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace tavle::ui {

BoardLoader::BoardLoader(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &BoardLoader::deliver);
}

BoardLoader::~BoardLoader()
{
    m_watcher.waitForFinished();
}

void BoardLoader::load(const QString& location, const QString& password, const QDate& today,
                       Id departmentId)
{
    ++m_generation;
    const Pending pending{location, password, today, departmentId};
    if (m_running) {
        // One load at a time: the newest request starts when the running one ends, and the
        // running one's result is dropped as stale.
        m_pending = pending;
        return;
    }
    start(pending);
}

namespace {

Result<QList<DeadlineRow>> loadBoard(const QString& location, const QString& password,
                                     const QDate& today, const QList<Id>& departmentIds)
{
    auto database = Database::open(location, Database::OpenMode::Inspect, password);
    if (!database)
        return database.error();
    return DeadlineBoard::load(*database.value(), today, departmentIds);
}

/// The board of one department, or of all of them: then in two halves on two connections at
/// once, merged (see docs/PERFORMANCE.md: a board of 96,000 rows loads in about half the time).
Result<QList<DeadlineRow>> loadInParallel(const QString& location, const QString& password,
                                          const QDate& today, Id departmentId)
{
    if (departmentId)
        return loadBoard(location, password, today, {departmentId});
    QList<Id> first;
    QList<Id> second;
    {
        auto database = Database::open(location, Database::OpenMode::Inspect, password);
        if (!database)
            return database.error();
        const auto departments = DepartmentRepository(*database.value()).all();
        if (!departments)
            return departments.error();
        if (departments->size() < 2)
            return DeadlineBoard::load(*database.value(), today, QList<Id>{});
        for (qsizetype i = 0; i < departments->size(); ++i)
            (i % 2 ? second : first) << departments->at(i).id;
    }
    QFuture<Result<QList<DeadlineRow>>> other =
        QtConcurrent::run([location, password, today, second] {
            return loadBoard(location, password, today, second);
        });
    auto mine = loadBoard(location, password, today, first);
    auto theirs = other.result(); // runs here when no pool thread is free
    if (!mine)
        return mine;
    if (!theirs)
        return theirs;
    return DeadlineBoard::merge(std::move(mine).value(), std::move(theirs).value());
}

} // namespace

void BoardLoader::start(const Pending& pending)
{
    m_running = true;
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([pending, generation]() {
        Outcome outcome;
        outcome.generation = generation;
        auto rows =
            loadInParallel(pending.location, pending.password, pending.today, pending.departmentId);
        if (!rows)
            outcome.error = rows.errorMessage();
        else
            outcome.snapshot = BoardSnapshot::prepare(std::move(rows).value(), pending.today);
        return outcome;
    }));
}

void BoardLoader::deliver()
{
    m_running = false;
    Outcome outcome = m_watcher.result();
    if (m_pending) {
        const Pending next = *m_pending;
        m_pending.reset();
        start(next);
    }
    if (outcome.generation != m_generation)
        return; // a newer load was asked for meanwhile
    if (!outcome.error.isEmpty())
        emit failed(outcome.error);
    else
        emit loaded(outcome.snapshot);
}

void BoardLoader::waitForFinished()
{
    while (m_running) {
        m_watcher.waitForFinished();
        // The watcher announces the result through an event; deliver() runs from it.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

} // namespace tavle::ui
