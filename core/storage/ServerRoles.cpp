#include "storage/ServerRoles.h"

#include "storage/Database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

// The grants live here, as data: which tables each role changes. Reading is granted on every
// Tavle table to every role (the read-only role without meetings.notes); a table a later
// migration adds is read by all and changed by the head of department alone until it is named
// below. Privileges on the identity sequences are not needed: PostgreSQL draws an identity
// column's next value for anyone who may INSERT into the table (tested in ServerRolesTest).

namespace tavle {

namespace {

/// A lock that only setUp takes, so two administrators never grant on the same tables at once
/// (PostgreSQL refuses concurrent changes of one table's privileges).
const QString kSetUpLock = QStringLiteral("SELECT pg_advisory_xact_lock(491328398707)");

const QString kMetaTable = QStringLiteral("tavle_meta");
const QString kMeetingsTable = QStringLiteral("meetings");
const QString kNotesColumn = QStringLiteral("notes");
const QString kGoalStatusesTable = QStringLiteral("goal_statuses");

/// What logging meetings writes: the meeting with its attendance, decisions and action items,
/// the series with their rotating leaders, and the meeting types.
const QStringList kMeetingLogTables = {
    QStringLiteral("meetings"),       QStringLiteral("meeting_participants"),
    QStringLiteral("action_items"),   QStringLiteral("meeting_series"),
    QStringLiteral("series_leaders"), QStringLiteral("meeting_types")};
/// What the UAO keeps beyond the meeting log: trainees, supervisors, placements, departments,
/// who holds which role, and the deadline rules of the meeting types.
const QStringList kUaoTables = {QStringLiteral("persons"), QStringLiteral("placements"),
                                QStringLiteral("departments"), QStringLiteral("role_assignments"),
                                QStringLiteral("deadline_rules")};

const QStringList kChange = {QStringLiteral("INSERT"), QStringLiteral("UPDATE"),
                             QStringLiteral("DELETE")};

/// The privileges beyond reading that `role` gets on `table`.
QStringList writesOf(ServerRole role, const QString& table)
{
    if (table == kMetaTable)
        return {}; // only migrations, run by the owner, write it
    switch (role) {
    case ServerRole::HeadOfDepartment:
        return kChange;
    case ServerRole::Uao:
        if (kMeetingLogTables.contains(table) || kUaoTables.contains(table))
            return kChange;
        // A status is a dated row that is never changed; undo deletes it.
        if (table == kGoalStatusesTable)
            return {QStringLiteral("INSERT"), QStringLiteral("DELETE")};
        return {};
    case ServerRole::Ukyl:
        return kMeetingLogTables.contains(table) ? kChange : QStringList();
    case ServerRole::ReadOnly:
        return {};
    }
    return {};
}

QStringList allNames()
{
    QStringList names;
    for (const ServerRole role : ServerRoles::all())
        names << ServerRoles::name(role);
    return names;
}

/// Runs the statements of setUp on one connection and turns the server's answers into errors.
class Statements
{
public:
    explicit Statements(Database& database) : m_db(database.connection()), m_database(database) {}

    QString quoted(const QString& identifier) const
    {
        return m_db.driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
    }

    /// Runs one statement (with bound values, when given) and reads every row it returns, so
    /// that nothing of it is left on the server when a later statement fails.
    Result<QList<QVariantList>> exec(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        bool ok = false;
        if (values.isEmpty()) {
            ok = query.exec(sql);
        } else if (query.prepare(sql)) {
            for (int i = 0; i < values.size(); ++i)
                query.bindValue(i, values.at(i));
            ok = query.exec();
        }
        if (!ok)
            return failure(query.lastError());
        QList<QVariantList> rows;
        while (query.next()) {
            QVariantList row;
            for (int i = 0; i < query.record().count(); ++i)
                row << query.value(i);
            rows << row;
        }
        return rows;
    }

private:
    Error failure(const QSqlError& error) const
    {
        // The server's first line, e.g. "ERROR:  permission denied for table goals".
        QString reason = error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        if (reason.startsWith(QLatin1String("ERROR:")))
            reason = reason.mid(6).trimmed();
        if (error.nativeErrorCode() == QLatin1String("42501")) {
            return Error{ServerRoles::tr("The server refused to set up the roles: %1. Run this as "
                                         "the user who created the Tavle database (e.g. "
                                         "tavle_admin). Nothing was changed.")
                             .arg(reason),
                         Error::Kind::NotPermitted};
        }
        return Error{ServerRoles::tr("Could not set up the roles on %1: %2. Nothing was changed.")
                         .arg(m_database.location(), reason.isEmpty() ? error.text() : reason)};
    }

    QSqlDatabase m_db;
    Database& m_database;
};

/// The names of the Tavle tables; refused when the user does not own every one of them
/// (GRANT and REVOKE by someone who does not own a table only warn).
Result<QStringList> ownedTables(Statements& sql, const Database& database)
{
    const auto rows = sql.exec(QStringLiteral(
        "SELECT tablename, pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables "
        "WHERE schemaname = current_schema() ORDER BY tablename"));
    if (!rows)
        return rows.error();
    QStringList names;
    for (const QVariantList& row : rows.value()) {
        if (!row.at(1).toBool()) {
            return Error{ServerRoles::tr("Only the owner of the Tavle tables may set up the roles, "
                                         "and %1 does not own them. Connect as the user who "
                                         "created the database (e.g. tavle_admin) and run this "
                                         "again. Nothing was changed.")
                             .arg(database.userName()),
                         Error::Kind::NotPermitted};
        }
        names << row.at(0).toString();
    }
    return names;
}

/// Creates those of the four roles that the server does not have yet.
Status createMissingRoles(Statements& sql, const Database& database)
{
    const QStringList names = allNames();
    const auto rows =
        sql.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname IN (?, ?, ?, ?)"),
                 {names.at(0), names.at(1), names.at(2), names.at(3)});
    if (!rows)
        return rows.error();
    QStringList missing = names;
    for (const QVariantList& row : rows.value())
        missing.removeAll(row.at(0).toString());
    if (missing.isEmpty())
        return {};
    const auto allowed = sql.exec(QStringLiteral(
        "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"));
    if (!allowed)
        return allowed.error();
    if (allowed->isEmpty() || !allowed->first().at(0).toBool()) {
        return Error{ServerRoles::tr("The roles %1 do not exist on the server yet, and %2 may not "
                                     "create roles. Ask the server's administrator to allow it "
                                     "(ALTER ROLE %2 CREATEROLE) or to create them. Nothing was "
                                     "changed.")
                         .arg(missing.join(QStringLiteral(", ")), database.userName()),
                     Error::Kind::NotPermitted};
    }
    for (const QString& role : std::as_const(missing)) {
        // Roles belong to the whole server: another database's set-up may create the same
        // role at this moment, and then this one is not needed.
        const auto created = sql.exec(
            QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object "
                           "OR unique_violation THEN NULL; END $$")
                .arg(role));
        if (!created)
            return created.error();
    }
    return {};
}

/// Grants `role` its share of one table, after everything on it was revoked.
Status grantTable(Statements& sql, ServerRole role, const QString& table,
                  const QStringList& columnsButNotes)
{
    const QString roleName = ServerRoles::name(role);
    const QString target = sql.quoted(table);
    QString read = QStringLiteral("GRANT SELECT ON TABLE %1 TO %2").arg(target, roleName);
    if (role == ServerRole::ReadOnly && table == kMeetingsTable) {
        QStringList columns;
        for (const QString& column : columnsButNotes)
            columns << sql.quoted(column);
        read = QStringLiteral("GRANT SELECT (%1) ON TABLE %2 TO %3")
                   .arg(columns.join(QStringLiteral(", ")), target, roleName);
    }
    if (const auto granted = sql.exec(read); !granted)
        return granted.error();
    const QStringList writes = writesOf(role, table);
    if (writes.isEmpty())
        return {};
    const auto granted = sql.exec(QStringLiteral("GRANT %1 ON TABLE %2 TO %3")
                                      .arg(writes.join(QStringLiteral(", ")), target, roleName));
    if (!granted)
        return granted.error();
    return {};
}

} // namespace

QList<ServerRole> ServerRoles::all()
{
    return {ServerRole::HeadOfDepartment, ServerRole::Uao, ServerRole::Ukyl, ServerRole::ReadOnly};
}

QString ServerRoles::name(ServerRole role)
{
    switch (role) {
    case ServerRole::HeadOfDepartment:
        return QStringLiteral("tavle_cheflaege");
    case ServerRole::Uao:
        return QStringLiteral("tavle_uao");
    case ServerRole::Ukyl:
        return QStringLiteral("tavle_ukyl");
    case ServerRole::ReadOnly:
        return QStringLiteral("tavle_readonly");
    }
    return {};
}

std::optional<ServerRole> ServerRoles::fromName(const QString& roleName)
{
    for (const ServerRole role : all()) {
        if (name(role) == roleName)
            return role;
    }
    return std::nullopt;
}

QString ServerRoles::title(ServerRole role)
{
    switch (role) {
    case ServerRole::HeadOfDepartment:
        return tr("Head of department (cheflæge)");
    case ServerRole::Uao:
        return tr("Consultant responsible for education (UAO)");
    case ServerRole::Ukyl:
        return tr("Junior doctor coordinating education (UKYL)");
    case ServerRole::ReadOnly:
        return tr("Read-only, e.g. the education council");
    }
    return {};
}

QString ServerRoles::description(ServerRole role)
{
    switch (role) {
    case ServerRole::HeadOfDepartment:
        return tr("Reads and changes everything: the strategy, its goals and their status, "
                  "people, placements and the meeting log.");
    case ServerRole::Uao:
        return tr("Reads everything. Changes trainees, supervisors, placements, departments, "
                  "roles, deadline rules and the meeting log, and sets the departments' goal "
                  "statuses. Cannot change the strategy or its goals.");
    case ServerRole::Ukyl:
        return tr("Reads everything. Logs meetings: attendance, notes, decisions, action items, "
                  "series and meeting types. Cannot change people, placements or goals.");
    case ServerRole::ReadOnly:
        return tr("Reads everything except meeting notes. Changes nothing.");
    }
    return {};
}

Status ServerRoles::setUp(Database& database)
{
    if (!database.isServer()) {
        return Error{tr("%1 is a file: Tavle's roles exist only on a PostgreSQL server. On a "
                        "file, everyone who may open it may change everything in it.")
                         .arg(database.location())};
    }
    if (database.isReadOnly()) {
        return Error{tr("%1 is open read-only: open it for writing to set up the roles.")
                         .arg(database.location())};
    }
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    Statements sql(database);
    if (const auto locked = sql.exec(kSetUpLock); !locked)
        return locked.error();
    const auto tables = ownedTables(sql, database);
    if (!tables)
        return tables.error();
    if (const auto created = createMissingRoles(sql, database); !created)
        return created;

    const QString roleList = allNames().join(QStringLiteral(", "));
    const auto schema = sql.exec(QStringLiteral("SELECT current_schema()"));
    if (!schema)
        return schema.error();
    if (schema->isEmpty() || schema->first().at(0).isNull()) {
        return Error{tr("Could not set up the roles on %1: it has no schema to work in.")
                         .arg(database.location())};
    }
    if (const auto granted =
            sql.exec(QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2")
                         .arg(sql.quoted(schema->first().at(0).toString()), roleList));
        !granted)
        return granted.error();

    const auto columns =
        sql.exec(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE "
                                "table_schema = current_schema() AND table_name = ? "
                                "AND column_name <> ? ORDER BY ordinal_position"),
                 {kMeetingsTable, kNotesColumn});
    if (!columns)
        return columns.error();
    QStringList columnsButNotes;
    for (const QVariantList& row : columns.value())
        columnsButNotes << row.at(0).toString();

    for (const QString& table : tables.value()) {
        if (const auto revoked = sql.exec(QStringLiteral("REVOKE ALL ON TABLE %1 FROM PUBLIC, %2")
                                              .arg(sql.quoted(table), roleList));
            !revoked)
            return revoked.error();
        for (const ServerRole role : all()) {
            if (const auto granted = grantTable(sql, role, table, columnsButNotes); !granted)
                return granted;
        }
    }
    return transaction.value().commit();
}

Result<QString> ServerRoles::currentRole(Database& database)
{
    if (!database.isServer())
        return QString();
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT r.rolname FROM pg_roles r WHERE r.rolname IN (?, ?, ?, ?) "
        "AND pg_has_role(current_user, r.oid, 'USAGE') "
        "AND NOT (SELECT u.rolsuper FROM pg_roles u WHERE u.rolname = current_user)"));
    const QStringList names = allNames();
    for (int i = 0; i < names.size(); ++i)
        query.bindValue(i, names.at(i));
    if (!query.exec()) {
        return Error{tr("Could not read the role of %1 on %2: %3")
                         .arg(database.userName(), database.location(), query.lastError().text())};
    }
    QStringList held;
    while (query.next())
        held << query.value(0).toString();
    for (const QString& roleName : names) {
        if (held.contains(roleName))
            return roleName; // the strongest
    }
    return QString();
}

Result<QList<TableAccess>> ServerRoles::access(Database& database)
{
    if (!database.isServer())
        return QList<TableAccess>();
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral(
        "SELECT c.relname, r.rolname, has_any_column_privilege(r.oid, c.oid, 'SELECT'), "
        "array_to_string(ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid "
        "  AND a.attnum > 0 AND NOT a.attisdropped "
        "  AND NOT has_column_privilege(r.oid, c.oid, a.attnum, 'SELECT') ORDER BY a.attnum), "
        "  ','), "
        "has_table_privilege(r.oid, c.oid, 'INSERT'), has_table_privilege(r.oid, c.oid, "
        "'UPDATE'), has_table_privilege(r.oid, c.oid, 'DELETE') "
        "FROM pg_class c JOIN pg_roles r ON r.rolname IN (?, ?, ?, ?) "
        "WHERE c.relkind IN ('r', 'p') "
        "AND c.relnamespace = (SELECT n.oid FROM pg_namespace n "
        "                      WHERE n.nspname = current_schema()) "
        "ORDER BY c.relname"));
    const QStringList names = allNames();
    for (int i = 0; i < names.size(); ++i)
        query.bindValue(i, names.at(i));
    if (!query.exec()) {
        return Error{tr("Could not read the roles' rights on %1: %2")
                         .arg(database.location(), query.lastError().text())};
    }
    QList<TableAccess> list;
    while (query.next()) {
        TableAccess a;
        a.table = query.value(0).toString();
        a.role = fromName(query.value(1).toString()).value_or(ServerRole::ReadOnly);
        a.read = query.value(2).toBool();
        if (a.read) {
            a.unreadColumns = query.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        }
        a.insert = query.value(4).toBool();
        a.update = query.value(5).toBool();
        a.remove = query.value(6).toBool();
        list << a;
    }
    std::stable_sort(list.begin(), list.end(), [](const TableAccess& x, const TableAccess& y) {
        return x.table != y.table ? x.table < y.table : int(x.role) < int(y.role);
    });
    return list;
}

} // namespace tavle
