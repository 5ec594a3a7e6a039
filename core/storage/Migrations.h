#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace tavle {

/// One numbered schema migration, embedded in the library as NNNN_name.sql (or, where an engine
/// needs different syntax, NNNN_name.<engine>.sql beside it).
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/// The embedded migrations for an engine, in order, numbered 1..N without gaps.
Result<QList<Migration>> embeddedMigrations(const QString& engineSuffix);

/// Splits a migration into statements: drops `--` comment lines and splits on ';' outside
/// $$-quoted function bodies. Migrations must not put ';' inside string literals.
QStringList splitSqlStatements(const QString& sql);

} // namespace tavle
