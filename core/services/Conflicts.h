#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "services/MeetingEditing.h"

#include <QCoreApplication>

namespace tavle {

class Database;

/// Explains a refused save: someone else changed the row since the user read it. The message
/// names what they changed, field by field (as read → as stored now), or says it was deleted,
/// and what to do: reload and make the change again. The error's kind is Conflict.
class Conflicts
{
    Q_DECLARE_TR_FUNCTIONS(Conflicts)

public:
    /// `asRead` is the placement as the user's dialog read it.
    static Error placement(Database& database, const Placement& asRead);
    /// `asRead` is the meeting (with its people) as the user's dialog read it.
    static Error meeting(Database& database, const MeetingRecord& asRead);
    /// The text every conflict ends with.
    static QString whatToDo();
};

} // namespace tavle
