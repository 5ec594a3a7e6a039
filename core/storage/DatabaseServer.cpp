#include "storage/Database.h"
#include "storage/DatabaseInternals.h"
#include "storage/ServerAddress.h"

#include <QSqlError>
#include <QSqlQuery>

// Opening a shared database on a PostgreSQL server. The database itself must exist (making
// one is the server administrator's job, see docs/SERVER.md); Tavle creates its tables in it.

namespace tavle {

namespace {

/// Whether libpq gave up because it had no password to send.
bool wantsPassword(const QSqlError& error)
{
    const QString text = error.text();
    return text.contains(QLatin1String("no password supplied")) ||
           text.contains(QLatin1String("password authentication failed"));
}

/// Names every table in the connection's schema (what db.tables() cannot tell apart from
/// other schemas' tables), also those the user may not read (information_schema hides them).
Result<QStringList> tablesInSchema(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT tablename FROM pg_catalog.pg_tables "
                                   "WHERE schemaname = current_schema()")))
        return Error{query.lastError().text()};
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();
    return tables;
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(const QString& location, OpenMode mode,
                                                       const QString& password)
{
    const auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    const QString shown = address->displayLocation();

    auto engine = std::make_unique<PostgresEngine>();
    const QString name = detail::nextConnectionName();
    std::unique_ptr<Database> database(new Database(shown, name, std::move(engine), mode));
    database->m_isServer = true;
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_engine->driverName(), name);
    if (!db.isValid()) {
        return Error{tr("This Tavle cannot reach PostgreSQL servers: the Qt driver QPSQL is "
                        "missing. Install the package libqt6sql6-psql.")};
    }
    db.setHostName(address->host);
    db.setPort(address->port);
    db.setDatabaseName(address->databaseName);
    db.setUserName(address->user);
    const QString given = password.isEmpty() ? address->password : password;
    if (!given.isEmpty())
        db.setPassword(given);
    QString options = QStringLiteral("connect_timeout=10 application_name=tavle");
    if (!address->options.isEmpty())
        options += QLatin1Char(' ') + address->options;
    db.setConnectOptions(options);
    if (!db.open()) {
        const QSqlError error = db.lastError();
        if (wantsPassword(error) && given.isEmpty()) {
            return Error{tr("The server at %1 wants a password for %2. Give it when asked, or "
                            "put it in ~/.pgpass or PGPASSWORD.")
                             .arg(shown, address->user),
                         Error::Kind::NeedsPassword};
        }
        if (wantsPassword(error)) {
            return Error{tr("The server at %1 did not accept the password for %2. Check the "
                            "user name and the password.")
                             .arg(shown, address->user),
                         Error::Kind::NeedsPassword};
        }
        return Error{tr("Cannot connect to %1: %2. Check the address, that the server is "
                        "running and that the database exists.")
                         .arg(shown, error.text().trimmed())};
    }

    const auto tables = tablesInSchema(db);
    if (!tables)
        return Error{tr("Cannot read %1: %2").arg(shown, tables.errorMessage())};
    const bool isTavle = tables->contains(QStringLiteral("tavle_meta"));
    int version = 0;
    if (isTavle) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT value FROM tavle_meta WHERE key = 'application'"))) {
            if (query.lastError().nativeErrorCode() == QLatin1String("42501")) {
                return Error{tr("%1 is a Tavle database, but %2 has no Tavle role on it. Ask the "
                                "person who manages the Tavle server to give you one "
                                "(docs/SERVER.md).")
                                 .arg(shown, address->user),
                             Error::Kind::NotPermitted};
            }
            return Error{tr("Cannot read %1: %2").arg(shown, query.lastError().text())};
        }
        if (!query.next() || query.value(0).toString() != QLatin1String("tavle")) {
            return Error{tr("%1 is not a Tavle database. Nothing has been changed; choose "
                            "another database.")
                             .arg(shown)};
        }
        const auto read = detail::readSchemaVersion(db);
        if (!read)
            return Error{tr("Cannot read %1: %2").arg(shown, read.errorMessage())};
        version = read.value();
    } else if (!tables->isEmpty()) {
        return Error{tr("%1 holds tables of another program, not a Tavle database. Nothing has "
                        "been changed; give Tavle a database of its own.")
                         .arg(shown)};
    } else if (mode != OpenMode::CreateOrUpgrade) {
        return Error{tr("%1 holds no Tavle data yet. Create the database first (tavle-cli init).")
                         .arg(shown)};
    }
    if (version > latestSchemaVersion()) {
        return Error{tr("%1 was written by a newer version of Tavle (schema version %2; this "
                        "version knows up to %3). Nothing has been changed; use the newer "
                        "Tavle.")
                         .arg(shown)
                         .arg(version)
                         .arg(latestSchemaVersion())};
    }
    return finishOpening(std::move(database), version, isTavle);
}

} // namespace tavle
