#pragma once

#include "Result.h"
#include "domain/MeetingLog.h"
#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace tavle {

/// An action item with the names a list shows.
struct ActionItemView
{
    ActionItem item;
    QString ownerName;
    QString departmentName;
    QDate meetingDate;       ///< the date of the meeting it came from; null without one
    QString meetingTypeName; ///< empty without a meeting
    QString goalCode;        ///< the strategy goal it serves, such as "3.2"; empty without one
    QString goalTitle;
};

class ActionItemRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(ActionItemRepository)

public:
    using Repository::Repository;
    Result<Id> insert(const ActionItem& item);
    /// Saves every field if nobody changed the row since it was read; the new row version.
    Result<int> update(const ActionItem& item);
    Status remove(const ActionItem& item);
    Result<std::optional<ActionItem>> byId(Id id);
    /// The items of a meeting, in the order they were added.
    Result<QList<ActionItem>> forMeeting(Id meetingId);
    /// Every item of a department (0: of all departments), open ones only when asked; by due
    /// date (none last), then id.
    Result<QList<ActionItemView>> list(Id departmentId, bool openOnly);
};

} // namespace tavle
