#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>

namespace tavle {

class Database;

/// What the demo generator makes. The same options give the same database contents on every
/// platform: the generator has its own random numbers and never reads the clock.
struct DemoOptions
{
    int trainees = 250; ///< 1 to DemoGenerator::kMaxTrainees
    quint64 seed = 1;   ///< any value; another seed gives other (equally realistic) data
    QDate today;        ///< the day the data is built around; must be valid
};

/// What the demo generator wrote.
struct DemoSummary
{
    int departments = 0;
    int trainees = 0;
    int supervisors = 0; ///< main supervisors (persons with a SUPERVISOR role)
    int placements = 0;
    int meetings = 0;       ///< expectation meetings, held or scheduled
    int series = 0;         ///< recurring meetings: Ventil, education team, supervisor forum
    int loggedMeetings = 0; ///< their past occurrences, held or cancelled
    int actionItems = 0;
    int roleAssignments = 0; ///< team roles (UAO, UKYL, UKS, cheflæge) and supervisor roles
    int goalStatuses = 0;    ///< status rows of the hospital strategy's goals (DemoStrategy)
};

/// Realistic demo data for trying Tavle out and for measuring it at scale.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr int kMaxTrainees = 1000000;

    /// Fills an EMPTY Tavle database (no departments and no persons) with realistic demo data,
    /// in one transaction: departments, each with a UAO, UKYL, UKS and cheflæge; about one
    /// main supervisor per three trainees; one placement per trainee in the KBU/INTRO/HU mix of
    /// the hospital, most of them current on `today`; and expectation meetings held, held late,
    /// scheduled or missing; the meeting log (DemoMeetingLog); and the hospital strategy with a
    /// status history (DemoStrategy). Refuses, with an Error and
    /// nothing written, a database that already holds departments or persons, a trainee count
    /// outside 1 to kMaxTrainees, or an invalid `today` (all three of kind InvalidInput); a
    /// database failure rolls everything back.
    static Result<DemoSummary> generate(Database& database, const DemoOptions& options);
};

} // namespace tavle
