#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace tavle {

class MeetingTypeRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(MeetingTypeRepository)

public:
    using Repository::Repository;
    /// Every type, in their listing order (position, then name).
    Result<QList<MeetingType>> all();
    Result<std::optional<MeetingType>> byId(Id id);
    Result<std::optional<MeetingType>> byCode(const QString& code);
    Result<QList<DeadlineRule>> rules(Id meetingTypeId);
    /// Adds a type with its deadline rules.
    Result<Id> insert(const MeetingType& type, const QList<DeadlineRule>& rules);
};

} // namespace tavle
