#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tavle {

/// The one seam behind which engine-specific SQL lives (pragmas, integrity checks, the type of
/// an auto-increment key). Everything else in the core writes portable SQL.
class DatabaseEngine
{
public:
    virtual ~DatabaseEngine() = default;

    /// Qt SQL driver name, e.g. "QSQLITE".
    virtual QString driverName() const = 0;
    /// Short name used for per-engine migration variants: NNNN_name.<suffix>.sql.
    virtual QString migrationSuffix() const = 0;
    /// Settings applied on every read-write connection before anything else.
    virtual Status configureConnection(QSqlDatabase& db) const = 0;
    /// Settings applied on a read-only connection: only what changes no byte of the file
    /// (cache sizes, timeouts).
    virtual Status configureReadOnlyConnection(QSqlDatabase& db) const = 0;
    /// SQL that starts a write transaction.
    virtual QString beginTransactionSql() const = 0;
    /// Whether new ids are read with INSERT ... RETURNING id (PostgreSQL) rather than the
    /// driver's last insert id (SQLite, where RETURNING costs far more per row).
    virtual bool returnsInsertedIds() const = 0;
    /// Replaces the engine tokens in a migration (${id}).
    virtual QString expandMigrationTokens(QString sql) const = 0;
    /// Engine-level integrity problems; empty when sound.
    virtual Result<QStringList> integrityProblems(QSqlDatabase& db) const = 0;
    /// SQL run first in each migration's transaction so two programs never upgrade at once;
    /// empty when beginning the transaction already excludes other writers.
    virtual QString migrationLockSql() const = 0;
    /// Who writes: the login name on a SQLite file, the database role on a server.
    virtual Result<QString> userName(QSqlDatabase& db) const = 0;
    /// Whether the connected user may read meetings' notes (a server may grant less).
    virtual Result<bool> canReadMeetingNotes(QSqlDatabase& db) const = 0;
    /// SQL that makes `table`'s next new row get an id above every id in it, run after rows
    /// were written with ids of their own (a copy of a whole database); empty when the engine
    /// does that by itself. `table` is one of Tavle's own table names, never user input.
    virtual QString identityCatchUpSql(const QString& table) const = 0;
};

/// SQLite: foreign keys on, WAL journal, a busy timeout for a second process.
class SqliteEngine final : public DatabaseEngine
{
public:
    QString driverName() const override;
    QString migrationSuffix() const override;
    Status configureConnection(QSqlDatabase& db) const override;
    Status configureReadOnlyConnection(QSqlDatabase& db) const override;
    QString beginTransactionSql() const override;
    bool returnsInsertedIds() const override;
    QString expandMigrationTokens(QString sql) const override;
    Result<QStringList> integrityProblems(QSqlDatabase& db) const override;
    QString migrationLockSql() const override;
    Result<QString> userName(QSqlDatabase& db) const override;
    Result<bool> canReadMeetingNotes(QSqlDatabase& db) const override;
    QString identityCatchUpSql(const QString& table) const override;
};

/// PostgreSQL: identity keys, READ COMMITTED transactions (an optimistic update waits for a
/// concurrent one and then finds the row version changed), an advisory lock around migrations.
class PostgresEngine final : public DatabaseEngine
{
public:
    QString driverName() const override;
    QString migrationSuffix() const override;
    Status configureConnection(QSqlDatabase& db) const override;
    Status configureReadOnlyConnection(QSqlDatabase& db) const override;
    QString beginTransactionSql() const override;
    bool returnsInsertedIds() const override;
    QString expandMigrationTokens(QString sql) const override;
    Result<QStringList> integrityProblems(QSqlDatabase& db) const override;
    QString migrationLockSql() const override;
    Result<QString> userName(QSqlDatabase& db) const override;
    Result<bool> canReadMeetingNotes(QSqlDatabase& db) const override;
    QString identityCatchUpSql(const QString& table) const override;
};

} // namespace tavle
