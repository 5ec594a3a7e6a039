#include "demo/DemoMeetingLog.h"

#include "rules/Recurrence.h"
#include "storage/ActionItemRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleAssignmentRepository.h"

#include <QSet>

namespace tavle {

namespace {

const char* const kTeamDecisions[] = {
    "Introduktionsprogrammet opdateres inden næste hold",
    "Forventningsafstemninger planlægges senest i første uge",
    "Vejledere uden uddannelse tilbydes kursus",
    "Ventil fortsætter tirsdage 14.50",
    "Status på uddannelsesstrategien tages op hver måned",
    "Nye uddannelseslæger får en fast kontaktperson",
};

const char* const kActions[] = {
    "Opdatér introduktionsprogrammet",
    "Book lokale til uddannelsesforum",
    "Send påmindelse om Ventil til alle uddannelseslæger",
    "Følg op på manglende forventningsafstemninger",
    "Find hovedvejledere til de nye KBU-læger",
    "Planlæg tema om feedback på næste møde",
    "Indsend status på uddannelsesstrategien",
};

const char* const kForumDecisions[] = {
    "Uhensigtsmæssigt forløb drøftet; plan for ekstra supervision aftalt",
    "Ingen uhensigtsmæssige forløb denne måned",
    "Vejledningssamtaler skal dokumenteres i uddannelsesplanen",
};

/// No meeting in the weeks of Christmas and the summer holiday: those occurrences are cancelled.
bool holiday(const QDate& date)
{
    const int week = date.weekNumber();
    return week == 52 || week == 1 || week == 29 || week == 30;
}

/// The nth weekday (1 = Monday) of a month.
QDate nthWeekday(int year, int month, int weekday, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

} // namespace

DemoMeetingLog::DemoMeetingLog(Database& database, Rng& rng, const QDate& today)
    : m_database(database), m_rng(rng), m_today(today)
{}

Result<DemoMeetingLogSummary> DemoMeetingLog::write(const std::vector<Id>& departmentIds)
{
    for (const Id department : departmentIds) {
        if (const auto written = writeDepartment(department); !written)
            return written.error();
    }
    return m_summary;
}

Status DemoMeetingLog::writeDepartment(Id departmentId)
{
    MeetingTypeRepository types(m_database);
    MeetingSeriesRepository seriesRepository(m_database);
    MeetingRepository meetings(m_database);
    ActionItemRepository actions(m_database);
    RoleAssignmentRepository roles(m_database);

    QList<Id> team;
    for (const TeamRole role : {TeamRole::HeadOfDepartment, TeamRole::Uao, TeamRole::Ukyl}) {
        const auto held = roles.heldOn(role, departmentId, m_today);
        if (!held)
            return held.error();
        for (const RoleAssignment& a : held.value())
            team << a.personId;
    }
    const auto placements = PlacementRepository(m_database).inDepartment(departmentId, 0);
    if (!placements)
        return placements.error();
    QList<Id> supervisors;
    QSet<Id> seenSupervisors;
    for (const PlacementView& v : placements.value()) {
        const Id s = v.placement.mainSupervisorId;
        if (s && !seenSupervisors.contains(s) && supervisors.size() < 6) {
            seenSupervisors.insert(s);
            supervisors << s;
        }
    }
    auto traineesOn = [&placements](const QDate& date) {
        QList<Id> ids;
        for (const PlacementView& v : placements.value()) {
            const Placement& p = v.placement;
            if (p.startDate <= date && (!p.endDate.isValid() || p.endDate >= date))
                ids << p.traineeId;
        }
        return ids;
    };
    auto status = [this](int present, int excused) {
        const int roll = m_rng.between(0, 99);
        return roll < present             ? Attendance::Present
               : roll < present + excused ? Attendance::Excused
                                          : Attendance::Absent;
    };

    const QDate start = m_today.addMonths(-6);
    struct Plan
    {
        const char* code;
        Recurrence recurrence;
        QDate first;
        QTime time;
    };
    const Plan plans[] = {
        {"ventil", Recurrence::Weekly, start.addDays((2 - start.dayOfWeek() + 7) % 7),
         QTime(14, 50)},
        {"education_team", Recurrence::MonthlyWeekday,
         nthWeekday(start.year(), start.month(), 4, 2), QTime(14, 0)},
        {"supervisor_forum", Recurrence::MonthlyWeekday,
         nthWeekday(start.year(), start.month(), 3, 4), QTime(14, 0)},
    };
    for (const Plan& plan : plans) {
        const auto type = types.byCode(QString::fromLatin1(plan.code));
        if (!type)
            return type.error();
        if (!type.value())
            continue;
        MeetingSeries series;
        series.meetingTypeId = type.value()->id;
        series.departmentId = departmentId;
        series.title = type.value()->name;
        series.recurrence = plan.recurrence;
        series.startDate = plan.first;
        series.startTime = plan.time;
        series.durationMinutes = type.value()->defaultDurationMinutes;
        const auto seriesId = seriesRepository.insert(series);
        if (!seriesId)
            return seriesId.error();
        series.id = seriesId.value();
        ++m_summary.series;

        QList<LeaderPeriod> leaders;
        const bool ventil = type.value()->code == QLatin1String("ventil");
        if (ventil) {
            // Three trainees who are there now take turns, two months each.
            const QList<Id> present = traineesOn(m_today);
            QList<Id> turn;
            for (int i = 0; i < 3 && !present.isEmpty(); ++i)
                turn << present.at(qsizetype(m_rng.below(quint64(present.size()))));
            leaders =
                RecurrenceRules::rotateLeaders(turn, series.startDate, m_today.addMonths(6), 2);
        } else if (!team.isEmpty()) {
            leaders = {LeaderPeriod{0, series.id, team.constLast(), series.startDate,
                                    m_today.addMonths(6)}};
        }
        if (const auto set = seriesRepository.setLeaders(series.id, leaders); !set)
            return set;

        for (const QDate& date :
             RecurrenceRules::occurrences(series, series.startDate, m_today.addDays(-1))) {
            Meeting m;
            m.meetingTypeId = series.meetingTypeId;
            m.departmentId = departmentId;
            m.seriesId = series.id;
            m.occurrenceOn = date;
            m.scheduledAt = QDateTime(date, series.startTime);
            m.durationMinutes = series.durationMinutes;
            m.leaderId = RecurrenceRules::leaderOn(leaders, date);
            QList<Attendee> attendees;
            if (holiday(date)) {
                m.cancelled = true;
            } else {
                m.heldOn = date;
                QList<Id> people = ventil ? traineesOn(date)
                                   : type.value()->code == QLatin1String("education_team")
                                       ? team
                                       : supervisors;
                // A Ventil session is the trainees who can come: at most 30 of them.
                while (people.size() > 30)
                    people.removeAt(qsizetype(m_rng.below(quint64(people.size()))));
                for (const Id person : people) {
                    attendees << Attendee{person, ventil ? status(60, 25) : status(85, 12)};
                }
                if (type.value()->code == QLatin1String("education_team"))
                    m.decisions = QString::fromUtf8(m_rng.pick(kTeamDecisions));
                else if (!ventil)
                    m.decisions = QString::fromUtf8(m_rng.pick(kForumDecisions));
            }
            const auto meetingId = meetings.insert(m, attendees);
            if (!meetingId)
                return meetingId.error();
            ++m_summary.meetings;
            m_summary.attendances += int(attendees.size());

            if (m.cancelled || type.value()->code != QLatin1String("education_team") ||
                team.isEmpty())
                continue;
            const int count = m_rng.between(1, 2);
            for (int i = 0; i < count; ++i) {
                ActionItem item;
                item.meetingId = meetingId.value();
                item.departmentId = departmentId;
                item.text = QString::fromUtf8(m_rng.pick(kActions));
                item.ownerId = team.at(qsizetype(m_rng.below(quint64(team.size()))));
                item.dueDate = date.addDays(m_rng.between(14, 35));
                const bool due = item.dueDate < m_today;
                const QDate last = std::min(item.dueDate, m_today.addDays(-1));
                const bool done = (due && m_rng.chance(70)) || (!due && m_rng.chance(20));
                if (done && date.daysTo(last) >= 1)
                    item.doneOn = date.addDays(m_rng.between(1, int(date.daysTo(last))));
                const auto itemId = actions.insert(item);
                if (!itemId)
                    return itemId.error();
                ++m_summary.actionItems;
            }
        }
    }
    return {};
}

} // namespace tavle
