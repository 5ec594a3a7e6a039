#include "storage/Database.h"

#include "storage/DatabaseInternals.h"
#include "storage/Migrations.h"
#include "storage/ServerAddress.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tavle {

namespace detail {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tavle-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// Reads a schema version from an open connection; 0 when there is no tavle_meta yet.
Result<int> readSchemaVersion(QSqlDatabase& db)
{
    if (!db.tables().contains(QStringLiteral("tavle_meta")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM tavle_meta WHERE key = 'schema_version'")))
        return Error{query.lastError().text()};
    if (!query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace detail

Database::Database(QString location, QString connectionName, std::unique_ptr<DatabaseEngine> engine,
                   OpenMode mode)
    : m_location(std::move(location)), m_connectionName(std::move(connectionName)),
      m_engine(std::move(engine)), m_mode(mode)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    static const int latest = [] {
        const auto migrations = embeddedMigrations(SqliteEngine().migrationSuffix());
        return migrations ? int(migrations->size()) : 0;
    }();
    return latest;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, OpenMode mode,
                                                 const QString& password)
{
    if (ServerAddress::isServerLocation(location))
        return openServer(location, mode, password);
    return openFile(location, mode);
}

Result<std::unique_ptr<Database>> Database::finishOpening(std::unique_ptr<Database> database,
                                                          int schemaVersion, bool isTavle)
{
    QSqlDatabase db = database->connection();
    if (database->m_mode == OpenMode::Inspect) {
        if (const auto configured = database->m_engine->configureReadOnlyConnection(db);
            !configured)
            return configured.error();
        database->m_schemaVersion = schemaVersion;
        if (isTavle) {
            if (const auto identity = database->readIdentity(); !identity)
                return identity.error();
        }
    } else {
        if (const auto configured = database->m_engine->configureConnection(db); !configured)
            return configured.error();
        if (const auto migrated = database->migrate(); !migrated)
            return migrated.error();
    }
    const auto user = database->m_engine->userName(db);
    if (!user)
        return Error{tr("Cannot read %1: %2").arg(database->m_location, user.errorMessage())};
    database->m_userName = user.value();
    const auto notes = database->m_engine->canReadMeetingNotes(db);
    if (!notes)
        return Error{tr("Cannot read %1: %2").arg(database->m_location, notes.errorMessage())};
    database->m_canReadMeetingNotes = notes.value();
    return database;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    const auto current = detail::readSchemaVersion(db);
    if (!current)
        return Error{tr("Cannot read %1: %2").arg(m_location, current.errorMessage())};
    m_schemaVersion = current.value();

    const auto migrations = embeddedMigrations(m_engine->migrationSuffix());
    if (!migrations)
        return migrations.error();
    bool createMeta = false;
    if (m_schemaVersion == 0 && !db.tables().contains(QStringLiteral("tavle_meta"))) {
        // The meta table marks the file as Tavle's; it is made in the same transaction as
        // the first migration, so a failed creation leaves no half-marked file behind.
        createMeta = true;
    }
    for (const Migration& migration : migrations.value()) {
        if (migration.version <= m_schemaVersion)
            continue;
        auto transaction = begin();
        if (!transaction)
            return transaction.error();
        if (const QString lock = m_engine->migrationLockSql(); !lock.isEmpty()) {
            // Another Tavle may have upgraded the database while this one waited for the lock.
            QSqlQuery locking(db);
            if (!locking.exec(lock)) {
                return Error{
                    tr("Could not upgrade %1: %2").arg(m_location, locking.lastError().text())};
            }
            const auto now = detail::readSchemaVersion(db);
            if (!now)
                return Error{tr("Cannot read %1: %2").arg(m_location, now.errorMessage())};
            if (now.value() >= migration.version) {
                m_schemaVersion = now.value();
                createMeta = false;
                continue; // the guard ends the transaction
            }
        }
        QStringList statements;
        if (createMeta) {
            statements << QStringLiteral("CREATE TABLE tavle_meta (key TEXT PRIMARY KEY, "
                                         "value TEXT NOT NULL)")
                       << QStringLiteral("INSERT INTO tavle_meta (key, value) "
                                         "VALUES ('application', 'tavle')")
                       << QStringLiteral("INSERT INTO tavle_meta (key, value) "
                                         "VALUES ('schema_version', '0')");
        }
        statements << splitSqlStatements(m_engine->expandMigrationTokens(migration.sql));
        for (const QString& statement : statements) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                return Error{tr("Could not upgrade %1 to schema version %2: %3. The database "
                                "was left at version %4.")
                                 .arg(m_location)
                                 .arg(migration.version)
                                 .arg(query.lastError().text())
                                 .arg(m_schemaVersion)};
            }
        }
        QSqlQuery record(db);
        record.prepare(QStringLiteral("UPDATE tavle_meta SET value = ? WHERE key = ?"));
        record.addBindValue(QString::number(migration.version));
        record.addBindValue(QStringLiteral("schema_version"));
        if (!record.exec()) {
            return Error{tr("Could not record schema version %1 in %2: %3")
                             .arg(migration.version)
                             .arg(m_location, record.lastError().text())};
        }
        // Every database gets an identity with its first migration (or the first after an
        // upgrade): exports build stable, globally unique ids from it (calendar UIDs).
        QSqlQuery identity(db);
        identity.prepare(
            QStringLiteral("INSERT INTO tavle_meta (key, value) SELECT ?, ? "
                           "WHERE NOT EXISTS (SELECT 1 FROM tavle_meta WHERE key = ?)"));
        identity.addBindValue(QStringLiteral("database_id"));
        identity.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        identity.addBindValue(QStringLiteral("database_id"));
        if (!identity.exec()) {
            return Error{tr("Could not record the identity of %1: %2")
                             .arg(m_location, identity.lastError().text())};
        }
        if (const auto committed = transaction.value().commit(); !committed)
            return committed.error();
        m_schemaVersion = migration.version;
        createMeta = false;
    }
    return readIdentity();
}

Status Database::readIdentity()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT value FROM tavle_meta WHERE key = 'database_id'")))
        return Error{tr("Cannot read %1: %2").arg(m_location, query.lastError().text())};
    m_databaseId = query.next() ? query.value(0).toString() : QString();
    return {};
}

Result<TransactionGuard> Database::begin()
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(m_engine->beginTransactionSql())) {
        return Error{
            tr("Could not start writing to %1: %2").arg(m_location, query.lastError().text())};
    }
    return TransactionGuard(db);
}

Result<QStringList> Database::integrityProblems()
{
    QSqlDatabase db = connection();
    auto problems = m_engine->integrityProblems(db);
    if (!problems)
        return problems;
    QStringList list = problems.value();
    const int latest = latestSchemaVersion();
    if (m_schemaVersion < latest) {
        list << tr("The schema is at version %1; this Tavle uses version %2. Open the database "
                   "once for writing to upgrade it.")
                    .arg(m_schemaVersion)
                    .arg(latest);
    }
    return list;
}

} // namespace tavle
