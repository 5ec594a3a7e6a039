#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tavle {

class Database;

/// How many rows one table holds in the source and, after the copy, in the target.
struct CopiedTableCount
{
    QString table;
    qint64 sourceRows = 0;
    qint64 targetRows = 0;
};

/// What a copy did: every table in the order it was copied, with both counts.
struct CopyReport
{
    QString source; ///< the source's location (no password)
    QString target; ///< the target's location (no password)
    QList<CopiedTableCount> tables;

    /// The rows copied, over all tables.
    qint64 rows() const;
};

/// Copies a whole Tavle database into an empty one: a SQLite file to a server database (a
/// department that outgrows one PC), back again, or file to file. Ids, texts and NULLs are kept
/// as they are, and so is the database's identity (`database_id`), so calendar UIDs stay the
/// same after a move.
class DatabaseCopy
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)

public:
    /// Refuses a source that is not at this Tavle's schema version
    /// (Database::latestSchemaVersion()): the error says to open it once with Tavle to upgrade
    /// it. Call it before opening (and so creating) the target.
    static Status checkSource(const Database& source);

    /// Copies every row of `source` into `target` in one transaction on the target, then
    /// counts every table on both sides and commits only when the counts agree.
    ///
    /// `source` is read in one snapshot and never written (open it with OpenMode::Inspect).
    /// `target` must be open for writing at the latest schema (OpenMode::CreateOrUpgrade makes
    /// the schema in a new file or an empty server database) and hold no data of its own: the
    /// built-in meeting types and deadline rules of a new database are replaced by the
    /// source's; a row anywhere else, or a meeting type someone added, refuses the copy with
    /// an error naming the target and what it holds. On any error nothing is written to the
    /// target. An error of kind InvalidInput means source and target are the same database.
    ///
    /// After the copy, `target.databaseId()` still tells the id read when it was opened;
    /// open it again to see the copied one.
    static Result<CopyReport> copy(Database& source, Database& target);

    /// The tables copied, in the order they are copied: every table refers only to tables
    /// before it. The schema's tavle_meta is not among them (only its database_id is copied).
    static QStringList tableNames();
};

} // namespace tavle
