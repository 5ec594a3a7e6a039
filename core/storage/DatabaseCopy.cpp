#include "storage/DatabaseCopy.h"

#include "storage/Database.h"
#include "storage/Transactions.h"

#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <memory>

namespace tavle {

namespace {

/// One table of the copy.
struct CopiedTable
{
    /// The table's name.
    QLatin1String name;
    /// Its primary key: the order rows are read and written in.
    QLatin1String key;
    /// Which rows are data of the database's own, as an SQL condition; empty when every row
    /// is. A new database has only the rows its migrations seeded, which the copy replaces.
    QLatin1String ownRows;
};

/// Every table of the schema but tavle_meta, each after the tables it refers to. A migration
/// that adds a table must add it here: DatabaseCopyTest compares this list with the tables of
/// a new database, and the foreign keys with the order.
const CopiedTable kTables[] = {
    {QLatin1String("departments"), QLatin1String("id"), {}},
    {QLatin1String("persons"), QLatin1String("id"), {}},
    {QLatin1String("meeting_types"), QLatin1String("id"),
     QLatin1String("code IS NULL OR department_id IS NOT NULL")},
    {QLatin1String("deadline_rules"), QLatin1String("id"),
     QLatin1String("meeting_type_id IN (SELECT id FROM meeting_types "
                   "WHERE code IS NULL OR department_id IS NOT NULL)")},
    {QLatin1String("placements"), QLatin1String("id"), {}},
    {QLatin1String("role_assignments"), QLatin1String("id"), {}},
    {QLatin1String("meeting_series"), QLatin1String("id"), {}},
    {QLatin1String("series_leaders"), QLatin1String("id"), {}},
    {QLatin1String("meetings"), QLatin1String("id"), {}},
    {QLatin1String("meeting_participants"), QLatin1String("meeting_id, person_id"), {}},
    {QLatin1String("strategies"), QLatin1String("id"), {}},
    {QLatin1String("focus_areas"), QLatin1String("id"), {}},
    {QLatin1String("goals"), QLatin1String("id"), {}},
    {QLatin1String("goal_statuses"), QLatin1String("id"), {}},
    {QLatin1String("action_items"), QLatin1String("id"), {}},
};

/// Values bound in one multi-row INSERT. One statement per row costs a round trip to a server
/// each; a few hundred rows at a time cut that to almost nothing (docs/PERFORMANCE.md).
constexpr int kValuesPerStatement = 2000;

/// A read transaction on the source, so every table is read in one snapshot while others go
/// on writing; ended (rolled back: nothing was written) when it goes out of scope.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database& database) : m_db(database.connection()) {}
    ~ReadSnapshot()
    {
        if (m_active)
            m_db.rollback();
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

    /// On SQLite a read transaction is a snapshot already; a server's default (READ
    /// COMMITTED) gives each statement a snapshot of its own, so ask for one for the whole
    /// transaction, in standard SQL.
    Status begin(bool isServer)
    {
        if (!m_db.transaction())
            return Error{m_db.lastError().text()};
        m_active = true;
        if (isServer) {
            QSqlQuery query(m_db);
            if (!query.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))
                return Error{query.lastError().text()};
        }
        return {};
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

Result<qint64> countRows(const QSqlDatabase& db, const QString& table, const QString& where = {})
{
    QSqlQuery query(db);
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1").arg(table);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    if (!query.exec(sql) || !query.next())
        return Error{query.lastError().text()};
    return query.value(0).toLongLong();
}

/// INSERT INTO table (columns) VALUES (?, ...), ... for `rows` rows.
QString insertSql(const QSqlDatabase& db, const QString& table, const QStringList& columns,
                  int rows)
{
    QStringList names;
    for (const QString& column : columns)
        names << db.driver()->escapeIdentifier(column, QSqlDriver::FieldName);
    QStringList marks(columns.size(), QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values(rows, row);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(table, names.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

/// Binds `values` (whole rows) to a prepared INSERT and runs it.
Status insertRows(QSqlQuery& insert, const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!insert.exec())
        return Error{insert.lastError().text()};
    return {};
}

/// Copies one table's rows, ids and all; returns how many. Runs in the target's transaction.
Result<qint64> copyRows(const QSqlDatabase& from, const QSqlDatabase& to, const CopiedTable& table)
{
    QSqlQuery read(from);
    read.setForwardOnly(true); // each row once: no row cache, and a server streams the rows
    if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table.name, table.key)))
        return Error{read.lastError().text()};
    const QSqlRecord record = read.record();
    const int columns = record.count();
    QStringList names;
    for (int i = 0; i < columns; ++i)
        names << record.fieldName(i);
    const int batchRows = std::max(1, kValuesPerStatement / std::max(1, columns));

    std::unique_ptr<QSqlQuery> batch; // prepared on the first full batch
    QVariantList pending;
    pending.reserve(batchRows * columns);
    qint64 copied = 0;
    while (read.next()) {
        for (int i = 0; i < columns; ++i)
            pending.append(read.value(i));
        ++copied;
        if (pending.size() < batchRows * columns)
            continue;
        if (!batch) {
            batch = std::make_unique<QSqlQuery>(to);
            if (!batch->prepare(insertSql(to, table.name, names, batchRows)))
                return Error{batch->lastError().text()};
        }
        if (const auto inserted = insertRows(*batch, pending); !inserted)
            return inserted.error();
        pending.clear();
    }
    if (read.lastError().isValid())
        return Error{read.lastError().text()};
    if (!pending.isEmpty()) {
        QSqlQuery rest(to);
        if (!rest.prepare(insertSql(to, table.name, names, int(pending.size() / columns))))
            return Error{rest.lastError().text()};
        if (const auto inserted = insertRows(rest, pending); !inserted)
            return inserted.error();
    }
    return copied;
}

/// What the database holds of its own, as "table: rows" per table that holds any; empty for
/// a new database.
Result<QStringList> ownData(const QSqlDatabase& db)
{
    QStringList holdings;
    for (const CopiedTable& table : kTables) {
        const auto own = countRows(db, table.name, table.ownRows);
        if (!own)
            return own.error();
        if (own.value() > 0)
            holdings << QStringLiteral("%1: %2").arg(table.name).arg(own.value());
    }
    return holdings;
}

/// Counts every table in the source and the target into `tables` (whose sourceRows hold the
/// rows read until then) and names each table whose three figures differ.
Result<QStringList> countBothSides(const QSqlDatabase& from, const QSqlDatabase& to,
                                   QList<CopiedTableCount>& tables)
{
    QStringList mismatches;
    for (CopiedTableCount& counts : tables) {
        const qint64 read = counts.sourceRows;
        const auto inSource = countRows(from, counts.table);
        if (!inSource)
            return Error{QStringLiteral("%1: %2").arg(counts.table, inSource.errorMessage())};
        const auto inTarget = countRows(to, counts.table);
        if (!inTarget)
            return Error{QStringLiteral("%1: %2").arg(counts.table, inTarget.errorMessage())};
        counts.sourceRows = inSource.value();
        counts.targetRows = inTarget.value();
        if (read != counts.sourceRows || counts.sourceRows != counts.targetRows) {
            mismatches << DatabaseCopy::tr("%1: %2 rows in the source, %3 read, %4 in the copy")
                              .arg(counts.table)
                              .arg(counts.sourceRows)
                              .arg(read)
                              .arg(counts.targetRows);
        }
    }
    return mismatches;
}

/// Whether two open databases are one: the same file, or the same server URL. (Not the same
/// database_id: a copy has its source's.)
bool sameDatabase(const Database& source, const Database& target)
{
    if (source.isServer() || target.isServer())
        return source.isServer() == target.isServer() && source.location() == target.location();
    return QFileInfo(source.location()).canonicalFilePath() ==
           QFileInfo(target.location()).canonicalFilePath();
}

} // namespace

qint64 CopyReport::rows() const
{
    qint64 total = 0;
    for (const CopiedTableCount& table : tables)
        total += table.targetRows;
    return total;
}

QStringList DatabaseCopy::tableNames()
{
    QStringList names;
    for (const CopiedTable& table : kTables)
        names << table.name;
    return names;
}

Status DatabaseCopy::checkSource(const Database& source)
{
    if (source.schemaVersion() < Database::latestSchemaVersion()) {
        return Error{tr("%1 has schema version %2; this Tavle copies version %3 only. Open it "
                        "once with Tavle (or run tavle-cli --db %1 init) to upgrade it, then "
                        "copy again. Nothing has been copied.")
                         .arg(source.location())
                         .arg(source.schemaVersion())
                         .arg(Database::latestSchemaVersion())};
    }
    return {};
}

Result<CopyReport> DatabaseCopy::copy(Database& source, Database& target)
{
    if (const auto checked = checkSource(source); !checked)
        return checked.error();
    if (target.isReadOnly() || target.schemaVersion() != Database::latestSchemaVersion()) {
        return Error{tr("%1 is not open for writing at schema version %2, so nothing can be "
                        "copied into it.")
                         .arg(target.location())
                         .arg(Database::latestSchemaVersion())};
    }
    if (sameDatabase(source, target)) {
        return Error::invalidInput(tr("%1 and %2 are the same database. Copy into another file "
                                      "or server database.")
                                       .arg(source.location(), target.location()));
    }
    const auto failed = [&](const QString& table, const QString& reason) {
        return Error{tr("Could not copy the table %1 from %2 to %3: %4. Nothing has been "
                        "copied.")
                         .arg(table, source.location(), target.location(), reason)};
    };

    ReadSnapshot snapshot(source);
    if (const auto begun = snapshot.begin(source.isServer()); !begun)
        return Error{tr("Cannot read %1: %2").arg(source.location(), begun.errorMessage())};
    const QSqlDatabase from = source.connection();
    const QSqlDatabase to = target.connection();

    return inTransaction(target, [&]() -> Result<CopyReport> {
        const auto holdings = ownData(to);
        if (!holdings)
            return Error{tr("Cannot read %1: %2").arg(target.location(), holdings.errorMessage())};
        if (!holdings->isEmpty()) {
            return Error{tr("%1 already holds data of its own (%2). Nothing has been copied; "
                            "copy into a new file or an empty server database.")
                             .arg(target.location(), holdings->join(QStringLiteral(", ")))};
        }
        for (auto table = std::rbegin(kTables); table != std::rend(kTables); ++table) {
            QSqlQuery clear(to); // the seeded rows
            if (!clear.exec(QStringLiteral("DELETE FROM %1").arg(table->name)))
                return failed(table->name, clear.lastError().text());
        }

        CopyReport report{source.location(), target.location(), {}};
        for (const CopiedTable& table : kTables) {
            const auto copied = copyRows(from, to, table);
            if (!copied)
                return failed(table.name, copied.errorMessage());
            report.tables.append({table.name, copied.value(), 0});
            const QString catchUp = target.engine().identityCatchUpSql(table.name);
            if (table.key == QLatin1String("id") && !catchUp.isEmpty()) {
                QSqlQuery identity(to);
                if (!identity.exec(catchUp))
                    return failed(table.name, identity.lastError().text());
            }
        }

        // The source's identity (at this schema version every database has one).
        QSqlQuery identity(to);
        identity.prepare(QStringLiteral("UPDATE tavle_meta SET value = ? WHERE key = ?"));
        identity.addBindValue(source.databaseId());
        identity.addBindValue(QStringLiteral("database_id"));
        if (!identity.exec() || identity.numRowsAffected() != 1) {
            return failed(QStringLiteral("tavle_meta"), identity.lastError().isValid()
                                                            ? identity.lastError().text()
                                                            : tr("it has no database_id"));
        }

        // Count both sides: what was read must be what the source holds and what the
        // target now holds, table by table.
        const auto mismatches = countBothSides(from, to, report.tables);
        if (!mismatches) {
            return Error{tr("Could not count the rows in %1 and %2: %3. Nothing has been copied.")
                             .arg(source.location(), target.location(), mismatches.errorMessage())};
        }
        if (!mismatches->isEmpty()) {
            return Error{tr("The copy in %1 does not match %2 (%3). Nothing has been copied.")
                             .arg(target.location(), source.location(),
                                  mismatches->join(QStringLiteral("; ")))};
        }
        return report;
    });
}

} // namespace tavle
