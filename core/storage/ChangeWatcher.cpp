#include "storage/ChangeWatcher.h"

#include "storage/Database.h"
#include "storage/DatabaseInternals.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tavle {

namespace {
const QString kChannel = QStringLiteral("tavle_changes");

Result<QVariant> scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return Error{query.lastError().text()};
    return query.value(0);
}
} // namespace

ChangeWatcher::ChangeWatcher(Database& database, QObject* parent)
    : QObject(parent), m_database(database)
{
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        QStringList tables(m_changedTables.cbegin(), m_changedTables.cend());
        tables.sort();
        m_changedTables.clear();
        emit changedElsewhere(tables);
    });
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_listenerName.isEmpty())
        return;
    {
        QSqlDatabase listener = QSqlDatabase::database(m_listenerName, false);
        listener.close();
    }
    QSqlDatabase::removeDatabase(m_listenerName);
}

Status ChangeWatcher::start(int pollMilliseconds, int quietMilliseconds)
{
    m_quiet.setInterval(quietMilliseconds);
    if (!m_database.isServer()) {
        const auto version = scalar(m_database.connection(), QStringLiteral("PRAGMA data_version"));
        if (!version)
            return version.error();
        m_dataVersion = version.value().toLongLong();
        m_poll.start(pollMilliseconds);
        return {};
    }
    // The notices come on a connection that does nothing else, so none is read (and lost)
    // by a query of the views in between. It logs in as the main connection did.
    const auto own = scalar(m_database.connection(), QStringLiteral("SELECT pg_backend_pid()"));
    if (!own)
        return own.error();
    m_ownProcess = own.value().toString();
    m_listenerName = detail::nextConnectionName();
    QSqlDatabase listener = QSqlDatabase::cloneDatabase(m_database.connection(), m_listenerName);
    if (!listener.open()) {
        return Error{
            QCoreApplication::translate("Database", "Cannot watch %1 for changes by others: %2")
                .arg(m_database.location(), listener.lastError().text())};
    }
    connect(listener.driver(), &QSqlDriver::notification, this, &ChangeWatcher::onNotification);
    if (!listener.driver()->subscribeToNotification(kChannel)) {
        return Error{
            QCoreApplication::translate("Database", "Cannot watch %1 for changes by others: %2")
                .arg(m_database.location(), listener.lastError().text())};
    }
    return {};
}

void ChangeWatcher::poll()
{
    if (m_database.isServer())
        return;
    const auto version = scalar(m_database.connection(), QStringLiteral("PRAGMA data_version"));
    if (!version)
        return; // a busy file: ask again next time
    const qint64 now = version.value().toLongLong();
    if (now != m_dataVersion) {
        m_dataVersion = now;
        noteChange({});
    }
}

void ChangeWatcher::onNotification(const QString& name, QSqlDriver::NotificationSource,
                                   const QVariant& payload)
{
    if (name != kChannel)
        return;
    const QStringList parts = payload.toString().split(QLatin1Char(' '));
    if (parts.size() == 2 && parts.at(1) == m_ownProcess)
        return; // this program's own write: its views are refreshed already
    noteChange(parts.value(0));
}

void ChangeWatcher::noteChange(const QString& table)
{
    if (!table.isEmpty())
        m_changedTables.insert(table);
    if (!m_quiet.isActive())
        m_quiet.start();
}

} // namespace tavle
