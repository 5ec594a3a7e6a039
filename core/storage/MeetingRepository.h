#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace tavle {

class MeetingRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRepository)

public:
    using Repository::Repository;
    /// Adds a meeting and its participants.
    Result<Id> insert(const Meeting& meeting, const QList<Id>& participantIds);
    Result<QList<Meeting>> forPlacement(Id placementId, Id meetingTypeId);
    Result<QList<Id>> participants(Id meetingId);
    Result<std::optional<Meeting>> byId(Id id);
    /// Saves schedule, held date and notes if nobody changed the row since it was read.
    Result<int> update(const Meeting& meeting);
    /// Replaces the participants of a meeting.
    Status setParticipants(Id meetingId, const QList<Id>& participantIds);
    /// Deletes a meeting if nobody changed it since it was read.
    Status remove(const Meeting& meeting);

private:
    Status addParticipants(Id meetingId, const QList<Id>& participantIds);
};

} // namespace tavle
