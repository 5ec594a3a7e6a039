#include "BoardLoader.h"

#include "storage/Database.h"

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

void BoardLoader::load(const QString& location, const QDate& today, Id departmentId)
{
    ++m_generation;
    const Pending pending{location, today, departmentId};
    if (m_running) {
        // One load at a time: the newest request starts when the running one ends, and the
        // running one's result is dropped as stale.
        m_pending = pending;
        return;
    }
    start(pending);
}

void BoardLoader::start(const Pending& pending)
{
    m_running = true;
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([pending, generation]() {
        Outcome outcome;
        outcome.generation = generation;
        outcome.today = pending.today;
        auto database = Database::open(pending.location, Database::OpenMode::Inspect);
        if (!database) {
            outcome.error = database.errorMessage();
            return outcome;
        }
        auto rows = DeadlineBoard::load(*database.value(), pending.today, pending.departmentId);
        if (!rows)
            outcome.error = rows.errorMessage();
        else
            outcome.rows = std::move(rows).value();
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
        emit loaded(outcome.rows, outcome.today);
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
