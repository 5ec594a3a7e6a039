#include "storage/Database.h"
#include "storage/DatabaseInternals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

// Opening a SQLite file: what the file is is found out read-only before anything is written.

namespace tavle {

namespace {

/// What a file on disk turned out to be, found without writing a byte to it.
struct Inspection
{
    enum class Kind
    {
        Missing,
        Empty,
        Tavle
    };
    Kind kind = Kind::Missing;
    int schemaVersion = 0;
};

/// Looks at a SQLite file read-only and refuses anything that is not a Tavle database this
/// build can handle. The file's bytes are not changed.
Result<Inspection> inspectSqliteFile(const QString& path, const QString& driver)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Inspection{};
    if (info.isDir()) {
        return Error{Database::tr("%1 is a folder, not a database file. Give the path of a "
                                  "Tavle database file.")
                         .arg(path)};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{Database::tr("Cannot read %1: %2. Check that the file exists and that you "
                                  "may read it.")
                         .arg(path, file.errorString())};
    }
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty())
        return Inspection{Inspection::Kind::Empty, 0};
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return Error{Database::tr("%1 is not a Tavle database (it is not an SQLite database "
                                  "file). The file has not been changed; choose a Tavle "
                                  "database, or a new file name to create one.")
                         .arg(path)};
    }

    const QString name = detail::nextConnectionName();
    Result<Inspection> result = Inspection{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            result = Error{Database::tr("Cannot open %1: %2").arg(path, db.lastError().text())};
        } else {
            const QStringList tables = db.tables();
            if (tables.isEmpty()) {
                result = Inspection{Inspection::Kind::Empty, 0};
            } else if (!tables.contains(QStringLiteral("tavle_meta"))) {
                result = Error{Database::tr("%1 is an SQLite database of another program, not a "
                                            "Tavle database. The file has not been changed; "
                                            "choose another file.")
                                   .arg(path)};
            } else {
                QSqlQuery query(db);
                query.exec(
                    QStringLiteral("SELECT value FROM tavle_meta WHERE key = 'application'"));
                if (!query.next() || query.value(0).toString() != QLatin1String("tavle")) {
                    result = Error{Database::tr("%1 is not a Tavle database. The file has not "
                                                "been changed; choose another file.")
                                       .arg(path)};
                } else {
                    query.finish();
                    const auto version = detail::readSchemaVersion(db);
                    if (!version) {
                        result = Error{
                            Database::tr("Cannot read %1: %2").arg(path, version.errorMessage())};
                    } else {
                        result = Inspection{Inspection::Kind::Tavle, version.value()};
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Result<std::unique_ptr<Database>> Database::openFile(const QString& location, OpenMode mode)
{
    auto engine = std::make_unique<SqliteEngine>();
    const auto inspection = inspectSqliteFile(location, engine->driverName());
    if (!inspection)
        return inspection.error();

    const int latest = latestSchemaVersion();
    switch (inspection->kind) {
    case Inspection::Kind::Missing:
        if (mode != OpenMode::CreateOrUpgrade) {
            return Error{tr("There is no Tavle database at %1. Create one first, or choose "
                            "another file.")
                             .arg(location)};
        }
        if (!QDir().mkpath(QFileInfo(location).absolutePath())) {
            return Error{tr("Cannot create the folder for %1. Check the path and your "
                            "permissions.")
                             .arg(location)};
        }
        break;
    case Inspection::Kind::Empty:
        if (mode != OpenMode::CreateOrUpgrade) {
            return Error{
                tr("%1 holds no Tavle data yet. Create the database first.").arg(location)};
        }
        break;
    case Inspection::Kind::Tavle:
        if (inspection->schemaVersion > latest) {
            return Error{tr("%1 was written by a newer version of Tavle (schema version %2; "
                            "this version knows up to %3). The file has not been changed; "
                            "open it with the newer Tavle.")
                             .arg(location)
                             .arg(inspection->schemaVersion)
                             .arg(latest)};
        }
        break;
    }

    const QString name = detail::nextConnectionName();
    std::unique_ptr<Database> database(new Database(location, name, std::move(engine), mode));
    QSqlDatabase db = QSqlDatabase::addDatabase(database->m_engine->driverName(), name);
    db.setDatabaseName(location);
    if (mode == OpenMode::Inspect)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return Error{tr("Cannot open %1: %2").arg(location, db.lastError().text())};

    return finishOpening(std::move(database), inspection->schemaVersion,
                         inspection->kind == Inspection::Kind::Tavle);
}

} // namespace tavle
