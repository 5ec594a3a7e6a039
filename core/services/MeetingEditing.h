#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace tavle {

class Database;

/// A meeting with the people expected at it and whether they came: what an edit stores and
/// an undo restores.
struct MeetingRecord
{
    Meeting meeting;
    QList<Attendee> attendees;
};

/// Scheduling, registering and correcting meetings from the window. Every change runs in one
/// transaction and is refused, with nothing written, when someone else changed the meeting
/// since it was read (the row version).
class MeetingEditing
{
    Q_DECLARE_TR_FUNCTIONS(MeetingEditing)

public:
    /// The built-in expectation-meeting type; an error when the database has lost it.
    static Result<MeetingType> expectationType(Database& database);

    /// The meeting of a type that the board follows for a placement: the first one held, else
    /// the first one scheduled; nullopt when there is neither.
    static Result<std::optional<MeetingRecord>> forPlacement(Database& database, Id placementId,
                                                             Id meetingTypeId);

    /// The rules of a meeting: it has a type and a placement or a department; it is scheduled,
    /// held, or both; it cannot have been held after `today`. A null `today` skips the last
    /// check (undo restores what was stored before). Errors are of kind InvalidInput.
    static Status validate(const MeetingRecord& record, const QDate& today);

    /// Checks and stores a record: a new meeting when its id is 0, else an update of the
    /// meeting as it was read. The attendees are replaced. Returns the record as stored,
    /// with its id and new row version.
    static Result<MeetingRecord> save(Database& database, const MeetingRecord& record,
                                      const QDate& today);

    /// Deletes a meeting as it was read.
    static Status remove(Database& database, const Meeting& meeting);
};

} // namespace tavle
