#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

// Shared by the parts of Database that open a file and a server; not for other code.

namespace tavle::detail {

/// A connection name no other Database uses.
QString nextConnectionName();
/// The schema version recorded in tavle_meta; 0 when there is no tavle_meta yet.
Result<int> readSchemaVersion(QSqlDatabase& db);

} // namespace tavle::detail
