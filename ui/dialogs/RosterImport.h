#pragma once

#include "import/RosterImporter.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tavle::ui {

/// What the pages of the import wizard share: the file as the file page read it, and the
/// outcome of the import once the preview page has run it.
struct RosterImport
{
    QString path;
    ParsedRoster roster;
    std::optional<ImportReport> result; ///< set when the import was done (written or not)
    bool skippedInvalid = false;        ///< the user chose to import only the valid rows
};

/// The counts of an import (or of its dry run) as the wizard's pages word them.
class ImportCounts
{
    Q_DECLARE_TR_FUNCTIONS(ImportCounts)

public:
    /// "2 new placements, 1 updated, 3 unchanged"
    static QString placements(const ImportReport& report);
    /// "3 new persons, 1 new department"; empty when no person or department changes.
    static QString personsAndDepartments(const ImportReport& report);
};

} // namespace tavle::ui
