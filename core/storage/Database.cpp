#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace tavle {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tavle-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// What a file on disk turned out to be, found without writing a byte to it.
struct Inspection
{
    enum class Kind
    {
        Missing,
        Empty,
        Tavle
    };
    Kind kind = Kind::Missing;
    int schemaVersion = 0;
};

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

/// Looks at a SQLite file read-only and refuses anything that is not a Tavle database this
/// build can handle. The file's bytes are not changed.
Result<Inspection> inspectSqliteFile(const QString& path, const QString& driver)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Inspection{};
    if (info.isDir()) {
        return Error{Database::tr("%1 is a folder, not a database file. Give the path of a "
                                  "Tavle database file.")
                         .arg(path)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Database::tr("Cannot read %1: %2. Check that the file exists and that you "
                                  "may read it.")
                         .arg(path, file.errorString())};
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return Inspection{Inspection::Kind::Empty, 0};
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return Error{Database::tr("%1 is not a Tavle database (it is not an SQLite database "
                                  "file). The file has not been changed; choose a Tavle "
                                  "database, or a new file name to create one.")
                         .arg(path)};
    }

    const QString name = nextConnectionName();
    Result<Inspection> result = Inspection{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error{Database::tr("Cannot open %1: %2").arg(path, db.lastError().text())};
        } else {
            const QStringList tables = db.tables();
            if (tables.isEmpty()) {
                result = Inspection{Inspection::Kind::Empty, 0};
            } else if (!tables.contains(QStringLiteral("tavle_meta"))) {
                result = Error{Database::tr("%1 is an SQLite database of another program, not a "
                                            "Tavle database. The file has not been changed; "
                                            "choose another file.")
                                   .arg(path)};
            } else {
                QSqlQuery query(db);
                query.exec(
                    QStringLiteral("SELECT value FROM tavle_meta WHERE key = 'application'"));
                if (!query.next() || query.value(0).toString() != QLatin1String("tavle")) {
                    result = Error{Database::tr("%1 is not a Tavle database. The file has not "
                                                "been changed; choose another file.")
                                       .arg(path)};
                } else {
                    query.finish();
                    const auto version = readSchemaVersion(db);
                    if (!version) {
                        result = Error{
                            Database::tr("Cannot read %1: %2").arg(path, version.errorMessage())};
                    } else {
                        result = Inspection{Inspection::Kind::Tavle, version.value()};
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

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

Result<std::unique_ptr<Database>> Database::open(const QString& location, OpenMode mode)
{
    auto engine = std::make_unique<SqliteEngine>();
    const auto inspection = inspectSqliteFile(location, engine->driverName());
    if (!inspection)
        return inspection.error();

    const int latest = latestSchemaVersion();
    switch (inspection->kind) {
    case Inspection::Kind::Missing:
        if (mode != OpenMode::CreateOrUpgrade) {
            return Error{tr("There is no Tavle database at %1. Create one first, or choose "
                            "another file.")
                             .arg(location)};
        }
        if (!QDir().mkpath(QFileInfo(location).absolutePath())) {
            return Error{tr("Cannot create the folder for %1. Check the path and your "
                            "permissions.")
                             .arg(location)};
        }
        break;
    case Inspection::Kind::Empty:
        if (mode != OpenMode::CreateOrUpgrade) {
            return Error{
                tr("%1 holds no Tavle data yet. Create the database first.").arg(location)};
        }
        break;
    case Inspection::Kind::Tavle:
        if (inspection->schemaVersion > latest) {
            return Error{tr("%1 was written by a newer version of Tavle (schema version %2; "
                            "this version knows up to %3). The file has not been changed; "
                            "open it with the newer Tavle.")
                             .arg(location)
                             .arg(inspection->schemaVersion)
                             .arg(latest)};
        }
        break;
    }

    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(location, name, std::move(engine), mode));
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_engine->driverName(), name);
    db.setDatabaseName(location);
    if (mode == OpenMode::Inspect)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return Error{tr("Cannot open %1: %2").arg(location, db.lastError().text())};

    if (mode == OpenMode::Inspect) {
        if (const auto configured = database->m_engine->configureReadOnlyConnection(db);
            !configured)
            return configured.error();
        database->m_schemaVersion = inspection->schemaVersion;
        if (inspection->kind == Inspection::Kind::Tavle) {
            if (const auto identity = database->readIdentity(); !identity)
                return identity.error();
        }
        return database;
    }
    if (const auto configured = database->m_engine->configureConnection(db); !configured)
        return configured.error();
    if (const auto migrated = database->migrate(); !migrated)
        return migrated.error();
    return database;
}

Status Database::migrate()
{
    QSqlDatabase db = connection();
    const auto current = readSchemaVersion(db);
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
