#pragma once

#include <QStringList>

namespace tavle::cli {

class CliContext;

// Each command parses its own options from `arguments` (what follows the command name) and
// returns the process exit status.
int runInit(CliContext& context, const QStringList& arguments);
int runCheck(CliContext& context, const QStringList& arguments);
int runDemo(CliContext& context, const QStringList& arguments);
int runImport(CliContext& context, const QStringList& arguments);
int runDeadlines(CliContext& context, const QStringList& arguments);
int runMeeting(CliContext& context, const QStringList& arguments);
int runMeetings(CliContext& context, const QStringList& arguments); ///< meetings list
int runActions(CliContext& context, const QStringList& arguments);  ///< actions list
int runExport(CliContext& context, const QStringList& arguments);   ///< export ics
int runGoals(CliContext& context, const QStringList& arguments); ///< goals template|list|set|status
int runReport(CliContext& context, const QStringList& arguments); ///< report goals
int runCopy(CliContext& context, const QStringList& arguments);   ///< copy --from --to
int runServer(CliContext& context, const QStringList& arguments); ///< server roles|whoami

} // namespace tavle::cli
