#pragma once

#include "Result.h"
#include "demo/DemoRandom.h"
#include "domain/Entities.h"

#include <QDate>
#include <vector>

namespace tavle {

class Database;

/// The hospital strategy of the demo: the built-in template, with a status history per
/// department from the strategy's start to today. Each department has its own pace, so some
/// are green and some are not, and the hospital-wide figure sits just under 90 % as in the
/// seed. Runs inside the demo generator's transaction, with its random numbers.
class DemoStrategy
{
public:
    DemoStrategy(Database& database, Rng& rng, const QDate& today);
    /// The number of status rows written.
    Result<int> write(const std::vector<Id>& departmentIds);

private:
    Status writeGoal(Id goalId, Id departmentId, int achievedPercent, const QString& setBy);

    Database& m_database;
    Rng& m_rng;
    const QDate m_today;
    QDate m_start;
    int m_statuses = 0;
};

} // namespace tavle
