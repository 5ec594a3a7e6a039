#include "RosterImport.h"

#include <QStringList>

namespace tavle::ui {

QString ImportCounts::placements(const ImportReport& report)
{
    return tr("%1, %2, %3")
        .arg(tr("%n new placement(s)", nullptr, report.placementsCreated),
             tr("%n updated", "placements", report.placementsUpdated),
             tr("%n unchanged", "placements", report.placementsUnchanged));
}

QString ImportCounts::personsAndDepartments(const ImportReport& report)
{
    QStringList parts;
    if (report.personsCreated > 0)
        parts << tr("%n new person(s)", nullptr, report.personsCreated);
    if (report.personsUpdated > 0)
        parts << tr("%n person(s) updated", nullptr, report.personsUpdated);
    if (report.departmentsCreated > 0)
        parts << tr("%n new department(s)", nullptr, report.departmentsCreated);
    return parts.join(QStringLiteral(", "));
}

} // namespace tavle::ui
