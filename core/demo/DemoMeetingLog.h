#pragma once

#include "Result.h"
#include "demo/DemoRandom.h"
#include "domain/Entities.h"

#include <QDate>
#include <vector>

namespace tavle {

class Database;

/// What the demo meeting log wrote.
struct DemoMeetingLogSummary
{
    int series = 0;
    int meetings = 0; ///< logged department meetings, held or cancelled
    int attendances = 0;
    int actionItems = 0;
};

/// The meeting log of the demo departments: per department a weekly Ventil series (14:50,
/// leaders rotating every two months among three trainees), a monthly education-team meeting
/// and a monthly supervisor forum, each from six months back; their past occurrences logged
/// with attendance (held, or cancelled in the holidays), the team meetings with decisions and
/// action items (most done, some open, some overdue). Runs inside the demo generator's
/// transaction, with its random numbers, after the roster is written.
class DemoMeetingLog
{
public:
    DemoMeetingLog(Database& database, Rng& rng, const QDate& today);
    Result<DemoMeetingLogSummary> write(const std::vector<Id>& departmentIds);

private:
    Status writeDepartment(Id departmentId);

    Database& m_database;
    Rng& m_rng;
    const QDate m_today;
    DemoMeetingLogSummary m_summary;
};

} // namespace tavle
