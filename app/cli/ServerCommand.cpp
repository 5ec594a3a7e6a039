#include "CliContext.h"
#include "Commands.h"

namespace tavle::cli {

int runServer(CliContext& context, const QStringList&)
{
    return context.fail(Cli::tr("server is not available yet"), ExitFailure);
}

} // namespace tavle::cli
