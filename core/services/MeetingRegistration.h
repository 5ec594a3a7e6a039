#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tavle {

class Database;

/// What a user asks for when registering a per-placement meeting as held.
struct HeldRequest
{
    QString trainee;     ///< a name (case-insensitive) or an e-mail address
    QString department;  ///< optional: picks the placement when the trainee has several
    QString meetingType; ///< a type's name or code; empty means the expectation meeting
    QDate heldOn;
    QDate today; ///< a meeting cannot be registered as held after today
    QString notes;
};

struct HeldOutcome
{
    enum class Kind
    {
        Created,          ///< a new meeting, registered as held
        ScheduledNowHeld, ///< a scheduled meeting was registered as held
        DateChanged,      ///< it was already held; the held date was corrected
        AlreadyRegistered ///< it was already held on that date: nothing changed
    };
    Kind kind = Kind::Created;
    Id meetingId = 0;
    QString traineeName;
    QString departmentName;
    QString meetingTypeName;
    Level level = Level::Kbu;
    QDate startDate;
    QDate dueDate;      ///< null when the type has no deadline for this placement
    QDate previousDate; ///< with DateChanged: the date it had
};

/// Registers a meeting held for a trainee's placement, in one transaction.
class MeetingRegistration
{
    Q_DECLARE_TR_FUNCTIONS(MeetingRegistration)

public:
    /// Finds the trainee, the placement (the one current on the held date; asks for a
    /// department when several are) and the meeting type, and registers the meeting as held.
    /// The participants default to the trainee and the main supervisor. Errors of kind
    /// InvalidInput name what to correct; the database is unchanged after any error.
    static Result<HeldOutcome> registerHeld(Database& database, const HeldRequest& request);
};

} // namespace tavle
