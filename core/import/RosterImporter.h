#pragma once

#include "Result.h"
#include "import/RosterParser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tavle {

class Database;

struct ImportOptions
{
    bool dryRun = false;      ///< check and report what would change; write nothing
    bool skipInvalid = false; ///< import the valid rows even when some rows are bad
};

/// One change an import makes (or would make), on the roster line that causes it.
struct ImportChange
{
    int line = 0;
    QString description;
};

struct ImportReport
{
    QList<FileProblem> problems; ///< every problem found, on its line
    QList<ImportChange> changes;
    int rowsRead = 0;
    int rowsImported = 0; ///< valid rows applied (or, in a dry run, that would be)
    int departmentsCreated = 0;
    int personsCreated = 0; ///< trainees and supervisors
    int personsUpdated = 0;
    int placementsCreated = 0;
    int placementsUpdated = 0;
    int placementsUnchanged = 0;
    bool written = false; ///< true when the database was changed
};

/// Brings a roster into the database. The same person is found by e-mail when the row gives
/// one (else, or when that e-mail is new, by name among persons without an e-mail); the same
/// placement by trainee, department and start date; changed fields are updated. Departments
/// and supervisors named in the file are created when new.
///
/// All or nothing: when any row is bad and skipInvalid is off, nothing is written. A dry run
/// applies the changes inside a transaction and rolls it back, so it reports exactly what an
/// import would do.
class RosterImporter
{
    Q_DECLARE_TR_FUNCTIONS(RosterImporter)

public:
    /// Reads and imports a file. The error is for what stops the import before any row is
    /// considered (the file cannot be read, the database fails); row problems are in the report.
    static Result<ImportReport> importFile(Database& database, const QString& path,
                                           const ImportOptions& options);

    static Result<ImportReport> importRoster(Database& database, const ParsedRoster& roster,
                                             const ImportOptions& options);
};

} // namespace tavle
