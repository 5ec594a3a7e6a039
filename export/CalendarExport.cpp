#include "CalendarExport.h"

namespace tavle {

Result<QByteArray> CalendarExport::build(Database&, const CalendarOptions&)
{
    return Error{tr("The calendar export is not built yet.")};
}

Status CalendarExport::write(Database& database, const CalendarOptions& options,
                             const QString& /*path*/)
{
    const auto built = build(database, options);
    if (!built)
        return built.error();
    return {};
}

} // namespace tavle
