#include "demo/DemoStrategy.h"

#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/RoleAssignmentRepository.h"
#include "storage/StrategyRepository.h"
#include "strategy/StrategyTemplate.h"

#include <QDateTime>

namespace tavle {

namespace {
const char* const kProgressNotes[] = {
    "Drøftet på uddannelsesteammødet; plan lagt.",
    "Afventer godkendelse i afdelingsledelsen.",
    "Halvdelen af vejlederne er i gang.",
    "Udkast sendt til høring blandt uddannelseslægerne.",
    "Ny UKYL tager over efter sommerferien.",
};
const char* const kAchievedNotes[] = {
    "Referat fra uddannelsesteammødet.",
    "Godkendt af cheflægen.",
    "Fast punkt på dagsordenen siden foråret.",
    "Evalueret med uddannelseslægerne: fungerer.",
    "",
    "",
};
const char* const kNotApplicableNotes[] = {
    "Afdelingen har ingen vagter.",
    "Dækkes af fællesfunktionen.",
};
} // namespace

DemoStrategy::DemoStrategy(Database& database, Rng& rng, const QDate& today)
    : m_database(database), m_rng(rng), m_today(today)
{}

Result<int> DemoStrategy::write(const std::vector<Id>& departmentIds)
{
    auto found = StrategyTemplates::find(QStringLiteral("mvh"));
    if (!found)
        return found.error();
    StrategyTemplate strategyTemplate = std::move(found).value();
    // The demo's strategy starts about three years before its today.
    m_start = QDate(m_today.year() - 3, 1, 1);
    strategyTemplate.periodFrom = m_start;
    strategyTemplate.periodTo = QDate(m_today.year(), 12, 31);
    const auto strategy = StrategyTemplates::write(m_database, strategyTemplate);
    if (!strategy)
        return strategy.error();
    const auto goals = StrategyRepository(m_database).goals(strategy->id);
    if (!goals)
        return goals.error();

    RoleAssignmentRepository roles(m_database);
    PersonRepository persons(m_database);
    for (const Id departmentId : departmentIds) {
        // The department's head sets its statuses.
        QString head;
        const auto heads = roles.heldOn(TeamRole::HeadOfDepartment, departmentId, m_today);
        if (!heads)
            return heads.error();
        if (!heads->isEmpty()) {
            const auto person = persons.byId(heads->first().personId);
            if (!person)
                return person.error();
            if (person.value())
                head = person.value()->name;
        }
        const int pace = m_rng.between(72, 100);
        for (const Goal& goal : goals.value()) {
            if (goal.scope != GoalScope::Department)
                continue;
            if (const auto done = writeGoal(goal.id, departmentId, pace, head); !done)
                return done.error();
        }
    }
    for (const Goal& goal : goals.value()) {
        if (goal.scope != GoalScope::Hospital)
            continue;
        if (const auto done = writeGoal(goal.id, 0, 85, QStringLiteral("Uddannelsesrådet")); !done)
            return done.error();
    }
    return m_statuses;
}

Status DemoStrategy::writeGoal(Id goalId, Id departmentId, int achievedPercent,
                               const QString& setBy)
{
    StrategyRepository repository(m_database);
    const int span = int(m_start.daysTo(m_today));
    const auto add = [&](GoalStatus status, const QDate& on, const char* note) -> Status {
        GoalStatusEntry entry;
        entry.goalId = goalId;
        entry.departmentId = departmentId;
        entry.status = status;
        entry.effectiveOn = on;
        entry.setBy = setBy;
        entry.note = QString::fromUtf8(note);
        entry.recordedAt = QDateTime(on, QTime(9, 0).addSecs(60 * m_rng.between(0, 480)));
        const auto id = repository.insertStatus(entry);
        if (!id)
            return id.error();
        ++m_statuses;
        return {};
    };

    if (departmentId && m_rng.chance(5))
        return add(GoalStatus::NotApplicable, m_start.addDays(m_rng.between(30, 200)),
                   m_rng.pick(kNotApplicableNotes));
    // Work starts somewhere in the first two years; most goals are reached within a year.
    const QDate started = m_start.addDays(m_rng.between(60, span * 2 / 3));
    if (m_rng.chance(achievedPercent)) {
        const QDate achieved = std::min(started.addDays(m_rng.between(60, 420)), m_today);
        if (const auto done = add(GoalStatus::InProgress, started, m_rng.pick(kProgressNotes));
            !done)
            return done;
        return add(GoalStatus::Achieved, achieved, m_rng.pick(kAchievedNotes));
    }
    if (m_rng.chance(70))
        return add(GoalStatus::InProgress, started, m_rng.pick(kProgressNotes));
    return {};
}

} // namespace tavle
