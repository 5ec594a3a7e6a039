// meetings list, actions list: the meeting log from a terminal. Filled in with the meeting log.

#include "CliContext.h"
#include "Commands.h"

namespace tavle::cli {

int runMeetings(CliContext& context, const QStringList&)
{
    return context.fail(Cli::tr("meetings list is not built yet"), ExitFailure);
}

int runActions(CliContext& context, const QStringList&)
{
    return context.fail(Cli::tr("actions list is not built yet"), ExitFailure);
}

} // namespace tavle::cli
