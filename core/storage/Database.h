#pragma once

#include "Result.h"
#include "storage/DatabaseEngine.h"
#include "storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace tavle {

/// One open Tavle database: the connection, its engine, migrations and transactions.
/// Owns a named QSqlDatabase connection; use it from the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        CreateOrUpgrade, ///< create a new database when missing; migrate an older one
        MustExist,       ///< refuse a missing or empty file; migrate an older one
        Inspect          ///< read-only: no migration, no write of any kind
    };

    /// Opens the database at `location`: a SQLite file's path, or a server database's
    /// postgresql://USER@HOST:PORT/DATABASE. Never writes to a file or database that is not
    /// Tavle's or comes from a newer Tavle: the error names it and says what to do. A server's
    /// password comes from `password` when given, else from libpq (PGPASSWORD, ~/.pgpass);
    /// when the server wants one and has none, the error's kind is NeedsPassword.
    static Result<std::unique_ptr<Database>> open(const QString& location, OpenMode mode,
                                                  const QString& password = {});

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The highest schema version this build knows (the number of the last migration).
    static int latestSchemaVersion();

    /// The file path, or the server URL without any password.
    const QString& location() const { return m_location; }
    /// The password this connection was opened with (empty when libpq found it itself): for
    /// more connections to the same database, such as a background load. Held in memory only.
    QString password() const { return connection().password(); }
    /// Whether this is a shared database on a server (PostgreSQL).
    bool isServer() const { return m_isServer; }
    /// Who writes: the login name on a file, the database role on a server.
    const QString& userName() const { return m_userName; }
    /// Whether the user may read meetings' notes (the server's read-only role may not).
    bool canReadMeetingNotes() const { return m_canReadMeetingNotes; }
    QSqlDatabase connection() const;
    const DatabaseEngine& engine() const { return *m_engine; }
    int schemaVersion() const { return m_schemaVersion; }
    /// A UUID made when the database was created (or first upgraded to schema 2): what
    /// tells two databases apart in exports. Empty for a database older than that opened
    /// read-only.
    const QString& databaseId() const { return m_databaseId; }
    bool isReadOnly() const { return m_mode == OpenMode::Inspect; }

    /// Starts a write transaction; it rolls back unless committed.
    Result<TransactionGuard> begin();

    /// Engine integrity problems plus schema checks; empty when the database is sound.
    Result<QStringList> integrityProblems();

private:
    Database(QString location, QString connectionName, std::unique_ptr<DatabaseEngine> engine,
             OpenMode mode);
    static Result<std::unique_ptr<Database>> openFile(const QString& path, OpenMode mode);
    static Result<std::unique_ptr<Database>> openServer(const QString& location, OpenMode mode,
                                                        const QString& password);
    /// Configures the open connection, migrates unless inspecting, reads who the user is.
    static Result<std::unique_ptr<Database>> finishOpening(std::unique_ptr<Database> database,
                                                           int schemaVersion, bool isTavle);
    Status migrate();
    Status readIdentity();

    QString m_location;
    QString m_connectionName;
    std::unique_ptr<DatabaseEngine> m_engine;
    OpenMode m_mode;
    int m_schemaVersion = 0;
    QString m_databaseId;
    bool m_isServer = false;
    QString m_userName;
    bool m_canReadMeetingNotes = true;
};

} // namespace tavle
