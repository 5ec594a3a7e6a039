#include "CliContext.h"
#include "Commands.h"

namespace tavle::cli {

int runCopy(CliContext& context, const QStringList&)
{
    return context.fail(Cli::tr("copy is not available yet"), ExitFailure);
}

} // namespace tavle::cli
