#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace tavle {

class Database;

/// Base of the repositories: holds the connection and reuses prepared statements, so bulk
/// work (import, demo data) prepares each statement once. A repository must not outlive the
/// Database it was made from.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(Repository)

public:
    explicit Repository(Database& database);
    virtual ~Repository();
    Repository(const Repository&) = delete;
    Repository& operator=(const Repository&) = delete;

protected:
    /// A statement prepared once per repository; values must be bound again before each exec.
    Result<QSqlQuery*> prepared(const QString& sql);
    /// Prepares and executes with positional values, for one-off statements.
    Result<QSqlQuery*> run(const QString& sql, const QVariantList& values);
    /// Executes an INSERT (written without RETURNING) and gives the new row's id, the way the
    /// engine reads it best.
    Result<Id> insertReturningId(const QString& sql, const QVariantList& values);

    /// The error of a failed statement. When the server refused it for the user's role
    /// (SQLSTATE 42501), an Error of kind NotPermitted that says so in a user's words and
    /// names the table; `what` is then not used.
    static Error failure(const QString& what, const QSqlQuery& query);
    /// Builds the "someone else changed it" error of an optimistic update; `what` is a capitalised
    /// noun phrase such as tr("The placement").
    static Error changedElsewhere(const QString& what);

    QSqlDatabase m_db;

private:
    static Error refused(const QSqlQuery& query);

    bool m_returnsInsertedIds = false;
    QHash<QString, QSqlQuery*> m_statements;
};

/// Conversions between domain values and portable column values.
QVariant dateToDb(const QDate& date);
QDate dateFromDb(const QVariant& value);
QVariant idToDb(Id id);
Id idFromDb(const QVariant& value);
QVariant textToDb(const QString& text); ///< empty text is stored as NULL
/// Text for a NOT NULL text column: a null QString is stored as ''.
QVariant plainTextToDb(const QString& text);
QVariant timeToDb(const QTime& time); ///< HH:MM, or NULL
QTime timeFromDb(const QVariant& value);
QVariant dateTimeToDb(const QDateTime& when); ///< local YYYY-MM-DDTHH:MM, or NULL
QDateTime dateTimeFromDb(const QVariant& value);

} // namespace tavle
