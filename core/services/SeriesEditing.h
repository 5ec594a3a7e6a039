#pragma once

#include "Result.h"
#include "domain/MeetingLog.h"

#include <QCoreApplication>
#include <QList>

namespace tavle {

class Database;

/// Creating and changing recurring meetings and their leaders. Each change runs in one
/// transaction and is refused when the series changed since it was read.
class SeriesEditing
{
    Q_DECLARE_TR_FUNCTIONS(SeriesEditing)

public:
    /// Checks (RecurrenceRules::validate) and stores a series: new when its id is 0, else an
    /// update of the series as read. Returns it as stored.
    static Result<MeetingSeries> save(Database& database, const MeetingSeries& series);
    /// Deletes a series as read, with its leaders; meetings logged for it stay in the log.
    static Status remove(Database& database, const MeetingSeries& series);
    /// Replaces the leader periods of a series. Each needs a person and a start on or before
    /// its end. Bumps the series' row version, so that two people editing leaders do not
    /// overwrite each other; returns the series as stored.
    static Result<MeetingSeries> setLeaders(Database& database, const MeetingSeries& series,
                                            const QList<LeaderPeriod>& periods);
    static Result<QList<LeaderPeriod>> leaders(Database& database, Id seriesId);
};

} // namespace tavle
