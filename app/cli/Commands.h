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

} // namespace tavle::cli
