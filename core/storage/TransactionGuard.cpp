#include "storage/TransactionGuard.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace tavle {

TransactionGuard::TransactionGuard(QSqlDatabase db) : m_db(std::move(db)) {}

TransactionGuard::~TransactionGuard()
{
    rollback();
}

TransactionGuard::TransactionGuard(TransactionGuard&& other) noexcept
    : m_db(other.m_db), m_active(other.m_active)
{
    other.m_active = false;
}

Status TransactionGuard::commit()
{
    if (!m_active) {
        return Error{QCoreApplication::translate("Database", "The transaction has already ended.")};
    }
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        const QString reason = query.lastError().text();
        rollback();
        return Error{
            QCoreApplication::translate("Database", "Could not save the changes: %1").arg(reason)};
    }
    m_active = false;
    return {};
}

void TransactionGuard::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK")); // nothing more to do if even this fails
}

} // namespace tavle
