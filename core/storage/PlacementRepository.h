#pragma once

#include "Result.h"
#include "domain/Entities.h"
#include "storage/Repository.h"

#include <QList>
#include <optional>

namespace tavle {

/// A placement with the names a board shows, and the date its meeting of the asked type was
/// first held (if it was).
struct PlacementView
{
    Placement placement;
    QString traineeName;
    QString traineeEmail;
    QString departmentName;
    QString supervisorName;
    std::optional<QDate> heldOn;
};

class PlacementRepository : public Repository
{
    Q_DECLARE_TR_FUNCTIONS(PlacementRepository)

public:
    using Repository::Repository;
    Result<QList<Placement>> all();
    Result<QList<Placement>> forTrainee(Id traineeId);
    Result<std::optional<Placement>> byId(Id id);
    Result<Id> insert(const Placement& placement);
    /// Saves level, dates and main supervisor if nobody changed the row since it was read
    /// (rowVersion); the error says so otherwise. Returns the new row version.
    Result<int> update(const Placement& placement);
    /// Placements that have not ended before `today`, optionally in one department, each with
    /// the first held meeting of `meetingTypeId`.
    Result<QList<PlacementView>> currentAndComing(const QDate& today, Id departmentId,
                                                  Id meetingTypeId);
    /// The same for a set of departments; an empty set means every department.
    Result<QList<PlacementView>> currentAndComing(const QDate& today,
                                                  const QList<Id>& departmentIds, Id meetingTypeId);
    /// Every placement of a department (0: of all departments), ended ones too, in no order.
    Result<QList<PlacementView>> inDepartment(Id departmentId, Id meetingTypeId);
    /// Deletes a placement (and its meetings) if nobody changed it since it was read.
    Status remove(const Placement& placement);

private:
    Result<QList<PlacementView>> views(const QString& where, QVariantList values, Id meetingTypeId);
};

} // namespace tavle
