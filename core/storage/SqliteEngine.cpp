#include "storage/DatabaseEngine.h"
#include "system/UserName.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tavle {

QString SqliteEngine::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteEngine::migrationSuffix() const
{
    return QStringLiteral("sqlite");
}

namespace {

Status runPragmas(QSqlDatabase& db, const QStringList& pragmas)
{
    for (const QString& pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma)) {
            return Error{
                QCoreApplication::translate("Database", "Could not configure the database: %1")
                    .arg(query.lastError().text())};
        }
    }
    return {};
}

/// Per-connection settings that write nothing: a 100,000-trainee database is about 50 MB, and
/// a 64 MiB page cache with memory-mapped reads keeps the board's join off the read() system
/// call (see docs/PERFORMANCE.md).
const QStringList kReadSettings = {
    QStringLiteral("PRAGMA busy_timeout = 5000"),
    QStringLiteral("PRAGMA cache_size = -65536"),
    QStringLiteral("PRAGMA mmap_size = 268435456"),
};

} // namespace

Status SqliteEngine::configureConnection(QSqlDatabase& db) const
{
    // journal_mode cannot change inside a transaction, so these run first, one by one.
    return runPragmas(db, QStringList{QStringLiteral("PRAGMA foreign_keys = ON"),
                                      QStringLiteral("PRAGMA journal_mode = WAL"),
                                      QStringLiteral("PRAGMA synchronous = NORMAL")} +
                              kReadSettings);
}

Status SqliteEngine::configureReadOnlyConnection(QSqlDatabase& db) const
{
    return runPragmas(db, kReadSettings);
}

QString SqliteEngine::beginTransactionSql() const
{
    // IMMEDIATE takes the write lock at once, so two processes never deadlock upgrading a read.
    return QStringLiteral("BEGIN IMMEDIATE");
}

bool SqliteEngine::returnsInsertedIds() const
{
    return false;
}

QString SqliteEngine::expandMigrationTokens(QString sql) const
{
    return sql.replace(QLatin1String("${id}"), QLatin1String("INTEGER PRIMARY KEY"));
}

Result<QStringList> SqliteEngine::integrityProblems(QSqlDatabase& db) const
{
    QStringList problems;
    QSqlQuery integrity(db);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error{integrity.lastError().text()};
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    QSqlQuery foreignKeys(db);
    if (!foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Error{foreignKeys.lastError().text()};
    while (foreignKeys.next()) {
        problems << QCoreApplication::translate("Database",
                                                "Table %1, row %2 refers to a missing row in %3.")
                        .arg(foreignKeys.value(0).toString(), foreignKeys.value(1).toString(),
                             foreignKeys.value(2).toString());
    }
    return problems;
}

QString SqliteEngine::migrationLockSql() const
{
    return {}; // BEGIN IMMEDIATE already holds the file's write lock
}

Result<QString> SqliteEngine::userName(QSqlDatabase&) const
{
    return systemUserName();
}

Result<bool> SqliteEngine::canReadMeetingNotes(QSqlDatabase&) const
{
    return true; // whoever may read the file may read all of it
}

QString SqliteEngine::identityCatchUpSql(const QString&) const
{
    return {}; // an INTEGER PRIMARY KEY takes the largest id + 1 for a new row
}

} // namespace tavle
