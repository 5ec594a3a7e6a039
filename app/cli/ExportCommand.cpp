// export ics: the team's calendar for Outlook or Thunderbird. Filled in with the calendar export.

#include "CliContext.h"
#include "Commands.h"

namespace tavle::cli {

int runExport(CliContext& context, const QStringList&)
{
    return context.fail(Cli::tr("export ics is not built yet"), ExitFailure);
}

} // namespace tavle::cli
