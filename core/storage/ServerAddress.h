#pragma once

#include "Result.h"

#include <QString>

namespace tavle {

/// Where a shared Tavle database lives on a PostgreSQL server, read from a location such as
/// postgresql://anna@db.hospital.local:5432/tavle. The password is not part of it: libpq finds
/// it in PGPASSWORD or ~/.pgpass, or the window asks for it and keeps it only in memory.
struct ServerAddress
{
    QString user;
    QString host;
    int port = 5432;
    QString databaseName;
    /// Further libpq settings from the URL's query, e.g. "sslmode=require".
    QString options;
    /// Given only in the URL itself (discouraged); never shown or remembered.
    QString password;

    /// Whether `location` names a server database rather than a SQLite file.
    static bool isServerLocation(const QString& location);
    /// Reads a postgresql:// (or postgres://) URL; the error names what is missing.
    static Result<ServerAddress> parse(const QString& location);

    /// The URL without a password: what is shown and remembered.
    QString displayLocation() const;
};

} // namespace tavle
