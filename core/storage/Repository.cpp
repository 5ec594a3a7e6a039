#include "storage/Repository.h"

#include "storage/Database.h"

#include <QRegularExpression>
#include <QSqlError>

namespace tavle {

Repository::Repository(Database& database)
    : m_db(database.connection()), m_returnsInsertedIds(database.engine().returnsInsertedIds())
{}

Repository::~Repository()
{
    qDeleteAll(m_statements);
}

Result<QSqlQuery*> Repository::prepared(const QString& sql)
{
    if (QSqlQuery* query = m_statements.value(sql)) {
        query->finish();
        return query;
    }
    auto* query = new QSqlQuery(m_db);
    // Repositories read each result once, front to back: forward-only spares Qt's row cache.
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        const Error error = failure(tr("prepare a statement"), *query);
        delete query;
        return error;
    }
    m_statements.insert(sql, query);
    return query;
}

Result<QSqlQuery*> Repository::run(const QString& sql, const QVariantList& values)
{
    auto query = prepared(sql);
    if (!query)
        return query;
    for (int i = 0; i < values.size(); ++i)
        query.value()->bindValue(i, values.at(i));
    if (!query.value()->exec())
        return failure(tr("run a query"), *query.value());
    return query;
}

Result<Id> Repository::insertReturningId(const QString& sql, const QVariantList& values)
{
    if (!m_returnsInsertedIds) {
        auto query = run(sql, values);
        if (!query)
            return query.error();
        const QVariant id = query.value()->lastInsertId();
        if (!id.isValid())
            return failure(tr("read the new row's id"), *query.value());
        return id.toLongLong();
    }
    auto query = run(sql + QStringLiteral(" RETURNING id"), values);
    if (!query)
        return query.error();
    if (!query.value()->next())
        return failure(tr("read the new row's id"), *query.value());
    const Id id = query.value()->value(0).toLongLong();
    query.value()->finish();
    return id;
}

Error Repository::failure(const QString& what, const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    if (error.nativeErrorCode() == QLatin1String("42501"))
        return refused(query);
    return Error{tr("Could not %1: %2").arg(what, error.text())};
}

Error Repository::refused(const QSqlQuery& query)
{
    // PostgreSQL names the object: "permission denied for table goal_statuses". A server that
    // answers in another language gives no name; the message does without then.
    static const QRegularExpression object(QStringLiteral(
        R"re(permission denied for (?:table|relation|view|sequence) "?([\w.]+)"?)re"));
    const QString table = object.match(query.lastError().databaseText()).captured(1);
    const bool reading =
        query.lastQuery().trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive);
    QString message;
    if (reading) {
        message =
            table.isEmpty()
                ? tr("The server refused: your database role may not read this.")
                : tr("The server refused: your database role may not read this (%1).").arg(table);
    } else {
        message = table.isEmpty()
                      ? tr("The server refused: your database role may not change this. Nothing "
                           "was saved.")
                      : tr("The server refused: your database role may not change this (%1). "
                           "Nothing was saved.")
                            .arg(table);
    }
    message +=
        QLatin1Char(' ') + tr("Ask the person who manages the Tavle server for the right role.");
    return Error{message, Error::Kind::NotPermitted};
}

Error Repository::changedElsewhere(const QString& what)
{
    return Error::conflict(tr("%1 has been changed or deleted by someone else since it was read. "
                              "Reload it and make your change again.")
                               .arg(what));
}

QVariant dateToDb(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFromDb(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant idToDb(Id id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

Id idFromDb(const QVariant& value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QVariant textToDb(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant plainTextToDb(const QString& text)
{
    return text.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(text);
}

QVariant timeToDb(const QTime& time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm")))
                          : QVariant(QMetaType(QMetaType::QString));
}

QTime timeFromDb(const QVariant& value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QVariant dateTimeToDb(const QDateTime& when)
{
    return when.isValid() ? QVariant(when.toString(QStringLiteral("yyyy-MM-ddTHH:mm")))
                          : QVariant(QMetaType(QMetaType::QString));
}

QDateTime dateTimeFromDb(const QVariant& value)
{
    return value.isNull()
               ? QDateTime()
               : QDateTime::fromString(value.toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
}

} // namespace tavle
