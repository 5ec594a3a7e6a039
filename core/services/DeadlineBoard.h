#pragma once

#include "Result.h"
#include "rules/DeadlineRules.h"
#include "storage/PlacementRepository.h"

#include <QCoreApplication>
#include <QList>

namespace tavle {

class Database;

/// One line of the deadline board: a placement with its expectation-meeting deadline.
struct DeadlineRow
{
    PlacementView view;
    Deadline deadline;
};

struct DeadlineCounts
{
    int overdue = 0;
    int dueSoon = 0;
    int upcoming = 0;
    int held = 0;
    int withoutMainSupervisor = 0;
};

/// The expectation-meeting deadlines of every placement that has not ended before `today`,
/// optionally in one department (0 for all), sorted by due date, then trainee name in Danish
/// alphabetical order (æ, ø, å last).
class DeadlineBoard
{
    Q_DECLARE_TR_FUNCTIONS(DeadlineBoard)

public:
    static Result<QList<DeadlineRow>> load(Database& database, const QDate& today, Id departmentId);
    /// The board of a set of departments (empty: every department). Boards of disjoint sets,
    /// loaded on connections of their own, can be joined with merge(): a large board loads in
    /// parallel that way.
    static Result<QList<DeadlineRow>> load(Database& database, const QDate& today,
                                           const QList<Id>& departmentIds);
    /// Joins two sorted boards into one sorted board, as one load would have given.
    static QList<DeadlineRow> merge(QList<DeadlineRow> first, QList<DeadlineRow> second);
    static DeadlineCounts count(const QList<DeadlineRow>& rows);
    /// Sorts rows by due date (no due date last), then trainee name, then placement id.
    static void sort(QList<DeadlineRow>& rows);
};

} // namespace tavle
