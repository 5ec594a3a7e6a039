#pragma once

#include "Result.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

namespace tavle {

class Database;

/// Tells an open view when someone else has changed the database, so it can refresh.
///
/// On PostgreSQL it listens, on a connection of its own, to the notices that every write to a
/// Tavle table sends (schema 4) and leaves out those of this program's own connection. On a
/// SQLite file it asks the connection's data_version now and then, which changes only when
/// another connection (another Tavle, tavle-cli) has committed. Changes that arrive close
/// together are reported once. Lives on the thread of the event loop that delivers them.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    /// `database` must outlive the watcher.
    explicit ChangeWatcher(Database& database, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    /// Starts watching. `pollMilliseconds` is how often a SQLite file is asked; `quietMilliseconds`
    /// how long to gather further changes before reporting them.
    Status start(int pollMilliseconds = 1000, int quietMilliseconds = 250);
    /// Asks a SQLite file at once (the server tells by itself).
    void poll();

signals:
    /// Someone else changed the database. `tables` names what changed where the engine says
    /// (PostgreSQL); it is empty when it does not (SQLite).
    void changedElsewhere(const QStringList& tables);

private:
    void onNotification(const QString& name, QSqlDriver::NotificationSource source,
                        const QVariant& payload);
    void noteChange(const QString& table);

    Database& m_database;
    QString m_listenerName;
    QString m_ownProcess;
    qint64 m_dataVersion = -1;
    QTimer m_poll;
    QTimer m_quiet;
    QSet<QString> m_changedTables;
};

} // namespace tavle
