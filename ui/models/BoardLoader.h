#pragma once

#include "models/DeadlineBoardModel.h"

#include <QFutureWatcher>
#include <QObject>

namespace tavle::ui {

/// Loads the deadline board in a worker thread, on a read-only connection of its own, and
/// prepares it for the model there too (BoardSnapshot), so the window stays responsive on a
/// large database. Each load has a generation number; a result
/// that arrives after a newer load was asked for is dropped (DB Browser for SQLite's pattern).
class BoardLoader : public QObject
{
    Q_OBJECT

public:
    explicit BoardLoader(QObject* parent = nullptr);
    ~BoardLoader() override;

    /// Starts loading the board of `departmentId` (0: all) on `today`, from the database at
    /// `location` (a server's with `password`, when one was typed). A load still running is
    /// superseded.
    void load(const QString& location, const QString& password, const QDate& today,
              Id departmentId);
    bool isLoading() const { return m_running; }
    /// Blocks until the current load is delivered (for tests and the screenshot tour).
    void waitForFinished();

signals:
    void loaded(tavle::ui::BoardSnapshot& snapshot);
    void failed(const QString& message);

private:
    struct Outcome
    {
        quint64 generation = 0;
        BoardSnapshot snapshot;
        QString error;
    };
    void deliver();

    QFutureWatcher<Outcome> m_watcher;
    quint64 m_generation = 0;
    bool m_running = false;
    struct Pending
    {
        QString location;
        QString password;
        QDate today;
        Id departmentId = 0;
    };
    std::optional<Pending> m_pending;
    void start(const Pending& pending);
};

} // namespace tavle::ui
