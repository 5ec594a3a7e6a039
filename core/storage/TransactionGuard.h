#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace tavle {

/// A write transaction that rolls back unless commit() was called. Move-only; obtained from
/// Database::begin(). Not thread-safe: use it on the thread that owns the connection.
class TransactionGuard
{
public:
    TransactionGuard(QSqlDatabase db);
    ~TransactionGuard();
    TransactionGuard(TransactionGuard&& other) noexcept;
    TransactionGuard& operator=(TransactionGuard&&) = delete;
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;

    /// Commits. On failure the transaction is rolled back and the error says why.
    Status commit();
    /// Rolls back now (the destructor does the same for an uncommitted guard).
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = true;
};

} // namespace tavle
