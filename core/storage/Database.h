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

    /// Opens the database at `location` (a file path for SQLite). Never writes to a file that
    /// is not a Tavle database or comes from a newer Tavle: the error names the file and says
    /// what to do.
    static Result<std::unique_ptr<Database>> open(const QString& location, OpenMode mode);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The highest schema version this build knows (the number of the last migration).
    static int latestSchemaVersion();

    const QString& location() const { return m_location; }
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
    Status migrate();
    Status readIdentity();

    QString m_location;
    QString m_connectionName;
    std::unique_ptr<DatabaseEngine> m_engine;
    OpenMode m_mode;
    int m_schemaVersion = 0;
    QString m_databaseId;
};

} // namespace tavle
