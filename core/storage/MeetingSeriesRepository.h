#pragma once

#include "Result.h"
#include "domain/MeetingLog.h"
#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace tavle {

class MeetingSeriesRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingSeriesRepository)

public:
    using Repository::Repository;
    /// The series of a department (0: of every department), by title.
    Result<QList<MeetingSeries>> all(Id departmentId);
    Result<std::optional<MeetingSeries>> byId(Id id);
    Result<Id> insert(const MeetingSeries& series);
    /// Saves every field if nobody changed the row since it was read; the new row version.
    Result<int> update(const MeetingSeries& series);
    /// Deletes a series as it was read, with its leaders; its logged meetings stay.
    Status remove(const MeetingSeries& series);

    /// The leader periods of a series, by start.
    Result<QList<LeaderPeriod>> leaders(Id seriesId);
    /// Replaces the leader periods of a series.
    Status setLeaders(Id seriesId, const QList<LeaderPeriod>& periods);
};

} // namespace tavle
