#pragma once

#include "commands/Changes.h"

#include <QCoreApplication>

namespace tavle::ui {

/// Before an undo or redo writes, it reads what is stored now and checks that it is still
/// what the command itself left there. Then the write goes ahead on the row versions stored
/// now: a later command on the same row (undone meanwhile) moved them on, and that is no
/// conflict. When someone else changed the row, or removed it, the step is refused.
class Freshness
{
    Q_DECLARE_TR_FUNCTIONS(Freshness)

public:
    static Result<MeetingRecord> current(Database& database, const MeetingRecord& stored);
    static Result<Placement> current(Database& database, const Placement& stored);
    static Result<SeriesWithLeaders> current(Database& database, const SeriesWithLeaders& stored);
    static Result<ActionItem> current(Database& database, const ActionItem& stored);
    static Result<LoggedMeeting> current(Database& database, const LoggedMeeting& stored);
};

} // namespace tavle::ui
