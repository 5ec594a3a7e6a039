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

    /// The refresh of a change before it writes: the first step writes on what the dialog
    /// read (its row versions decide); every later step first checks that the row is still as
    /// the change left it, and takes the row as stored now. `moved` records that a step ran.
    template <typename Row>
    static Status refresh(Database& database, std::optional<Row>& stored, bool& moved)
    {
        if (moved && stored) {
            auto now = current(database, *stored);
            if (!now)
                return now.error();
            stored = now.value();
        }
        moved = true;
        return {};
    }
};

} // namespace tavle::ui
