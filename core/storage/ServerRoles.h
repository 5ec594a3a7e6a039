#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tavle {

class Database;

/// The four group roles (NOLOGIN) through which a PostgreSQL server enforces who may do what in
/// a shared Tavle database. A person logs in with a role of their own that is a member of one
/// of them (CREATE ROLE anna LOGIN ... IN ROLE tavle_ukyl). Strongest first.
enum class ServerRole
{
    HeadOfDepartment, ///< tavle_cheflaege: changes everything
    Uao,              ///< tavle_uao: people, placements, the meeting log, goal statuses
    Ukyl,             ///< tavle_ukyl: the meeting log
    ReadOnly          ///< tavle_readonly: reads everything but meeting notes
};

/// What a role may do with one table, as the server says (not as Tavle meant it).
struct TableAccess
{
    QString table;
    ServerRole role = ServerRole::ReadOnly;
    bool read = false;         ///< SELECT on the table, or on some of its columns
    QStringList unreadColumns; ///< with read: the columns it may not read, e.g. notes
    bool insert = false;
    bool update = false;
    bool remove = false; ///< DELETE
};

/// Setting up and reading the server roles. Every function works on an open server database;
/// on a SQLite file there are no roles (setUp refuses, the others answer "none").
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    /// The four roles, strongest first.
    static QList<ServerRole> all();
    /// The role's name on the server, e.g. "tavle_ukyl".
    static QString name(ServerRole role);
    static std::optional<ServerRole> fromName(const QString& name);
    /// Who the role is for, translated, e.g. "Junior doctor coordinating education (UKYL)".
    static QString title(ServerRole role);
    /// What the role may do, in plain words, translated.
    static QString description(ServerRole role);

    /// Creates the roles that are missing, then revokes everything on every Tavle table from
    /// PUBLIC and the four roles and grants each role its share again: idempotent, and run
    /// again after a migration has added tables. One transaction: on an error nothing changed.
    /// Needs the user who owns the tables (the server administrator who created the database)
    /// and, while roles are missing, the right to create roles; else an error of kind
    /// NotPermitted says so. Refused on a SQLite file and on a database opened read-only.
    static Status setUp(Database& database);

    /// The name of the Tavle role whose rights the connected user has (through membership),
    /// e.g. "tavle_ukyl"; the strongest when several. Empty when none: a superuser or the owner
    /// who administers the database, a user without a role, and anyone on a SQLite file. Use
    /// fromName() for the role itself.
    static Result<QString> currentRole(Database& database);

    /// What each role may do with each Tavle table, read from the server's grants; by table,
    /// then role strongest first. Empty on a SQLite file.
    static Result<QList<TableAccess>> access(Database& database);
};

} // namespace tavle
