#include "services/StrategyGoals.h"

#include "services/MeetingLog.h"
#include "storage/ActionItemRepository.h"
#include "storage/DepartmentRepository.h"
#include "strategy/StrategyTemplate.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

using namespace tavle;

namespace {

const QDate kToday(2026, 11, 24);

int rowCount(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

StrategySnapshot loadTemplate(Database& db)
{
    const auto t = StrategyTemplates::find(QStringLiteral("mvh"));
    REQUIRE(t.ok());
    const auto loaded = StrategyTemplates::load(db, t.value());
    INFO((loaded ? QString() : loaded.errorMessage()).toStdString());
    REQUIRE(loaded.ok());
    auto snapshot = StrategyGoals::load(db);
    REQUIRE(snapshot.ok());
    REQUIRE(snapshot.value().has_value());
    return *snapshot.value();
}

Id addDepartment(Database& db, const QString& name)
{
    const auto id = DepartmentRepository(db).insert(name);
    REQUIRE(id.ok());
    return id.value();
}

GoalStatusEntry set(Database& db, Id goalId, Id departmentId, GoalStatus status, QDate on,
                    const QString& note = {})
{
    const auto entry = StrategyGoals::setStatus(
        db, {goalId, departmentId, status, on, note, QStringLiteral("ak"), {}}, kToday);
    INFO((entry ? QString() : entry.errorMessage()).toStdString());
    REQUIRE(entry.ok());
    return entry.value();
}

} // namespace

TEST_CASE("strategy template: the hospital strategy loads completely")
{
    TempDatabase db;
    const auto templates = StrategyTemplates::all();
    REQUIRE(templates.ok());
    REQUIRE(templates->size() == 1);
    const StrategyTemplate& t = templates->first();
    CHECK(t.code == QStringLiteral("mvh"));
    CHECK(t.greenThresholdPercent == 90);

    const StrategySnapshot s = loadTemplate(*db);
    CHECK(s.strategy.name == QStringLiteral("Sammen om lægelig videreuddannelse"));
    CHECK(s.strategy.greenThresholdPercent == 90);
    REQUIRE(s.focusAreas.size() == 6);
    CHECK(s.focusAreas[0].title == QStringLiteral("Uddannelsesledelse"));
    CHECK(s.focusAreas[4].title == QStringLiteral("Trivsel og tryghed"));
    CHECK(s.focusAreas[5].title == QStringLiteral("Implementering af strategien"));
    CHECK(s.goals.size() == t.goalCount());
    CHECK(s.goals.size() == 29);
    int hospitalGoals = 0;
    for (const Goal& g : s.goals) {
        hospitalGoals += g.scope == GoalScope::Hospital;
        CHECK(g.countsFrom == QDate(2023, 1, 1));
        CHECK(s.focusArea(g.focusAreaId) != nullptr);
    }
    CHECK(hospitalGoals == 11);
    // In order: focus area, then position; codes follow.
    CHECK(s.goals.first().code == QStringLiteral("1.1"));
    CHECK(s.goals.last().code == QStringLiteral("6.4"));
    const Goal* facilitators = s.goalByCode(QStringLiteral("4.4"));
    REQUIRE(facilitators);
    CHECK(facilitators->scope == GoalScope::Hospital);
    CHECK(facilitators->targetValue == 10);
    CHECK(facilitators->targetDate == QDate(2026, 8, 1));
}

TEST_CASE("strategy template: loading it twice is refused and changes nothing")
{
    TempDatabase db;
    loadTemplate(*db);
    const int goals = rowCount(*db, QStringLiteral("goals"));
    const auto again =
        StrategyTemplates::load(*db, StrategyTemplates::find(QStringLiteral("mvh")).value());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::InvalidInput);
    CHECK(again.errorMessage().contains(QStringLiteral("mvh")));
    CHECK(rowCount(*db, QStringLiteral("strategies")) == 1);
    CHECK(rowCount(*db, QStringLiteral("goals")) == goals);

    const auto unknown = StrategyTemplates::find(QStringLiteral("nope"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.errorMessage().contains(QStringLiteral("mvh")));
}

TEST_CASE("strategy goals: no strategy yet")
{
    TempDatabase db;
    const auto snapshot = StrategyGoals::load(*db);
    REQUIRE(snapshot.ok());
    CHECK_FALSE(snapshot.value().has_value());
}

TEST_CASE("strategy goals: statuses set in the database roll up as counted by hand")
{
    TempDatabase db;
    const Id medicine = addDepartment(*db, QStringLiteral("Medicinsk afdeling"));
    const Id surgery = addDepartment(*db, QStringLiteral("Kirurgisk afdeling"));
    StrategySnapshot s = loadTemplate(*db);
    QList<Id> departmentGoals;
    QList<Id> hospitalGoals;
    for (const Goal& g : s.goals)
        (g.scope == GoalScope::Department ? departmentGoals : hospitalGoals).append(g.id);
    REQUIRE(departmentGoals.size() == 18);
    REQUIRE(hospitalGoals.size() == 11);

    // Medicine: 16 achieved, 1 not applicable, 1 in progress: 16 of 17, green (94.1 %).
    for (int i = 0; i < 16; ++i)
        set(*db, departmentGoals[i], medicine, GoalStatus::Achieved, QDate(2026, 3, 1));
    set(*db, departmentGoals[16], medicine, GoalStatus::NotApplicable, QDate(2026, 3, 1));
    set(*db, departmentGoals[17], medicine, GoalStatus::InProgress, QDate(2026, 3, 1));
    // Surgery: 15 achieved of 18: 83.3 %, not green. Hospital: 9 of 11 achieved.
    for (int i = 0; i < 15; ++i)
        set(*db, departmentGoals[i], surgery, GoalStatus::Achieved, QDate(2026, 5, 1));
    for (int i = 0; i < 9; ++i)
        set(*db, hospitalGoals[i], 0, GoalStatus::Achieved, QDate(2026, 2, 1));

    s = *StrategyGoals::load(*db).value();
    const GoalCount m = s.figure(medicine, kToday);
    CHECK(m == GoalCount{16, 17});
    CHECK(m.isGreen(s.strategy.greenThresholdPercent));
    const GoalCount k = s.figure(surgery, kToday);
    CHECK(k == GoalCount{15, 18});
    CHECK_FALSE(k.isGreen(90));
    // Hospital-wide: 16 + 15 + 9 of 17 + 18 + 11 = 40 of 46 = 87.0 %, not green.
    const GoalCount all = s.figure(0, kToday);
    CHECK(all == GoalCount{40, 46});
    CHECK_FALSE(all.isGreen(90));

    // At a past date, from the history: before surgery's statuses of 1 May.
    CHECK(s.figure(surgery, QDate(2026, 4, 30)) == GoalCount{0, 18});
    CHECK(s.figure(0, QDate(2026, 4, 30)) == GoalCount{25, 46});
    CHECK(s.figure(0, QDate(2026, 1, 31)) == GoalCount{0, 47});

    // The trend: month ends from March, then today.
    const QList<QDate> dates = StrategyGoals::trendDates(QDate(2026, 3, 15), kToday);
    REQUIRE(dates.size() == 9);
    CHECK(dates.first() == QDate(2026, 3, 31));
    CHECK(dates[7] == QDate(2026, 10, 31));
    CHECK(dates.last() == kToday);
    const QList<TrendPoint> trend = StrategyGoals::trend(s, surgery, dates);
    CHECK(trend[0].count == GoalCount{0, 18});
    CHECK(trend[1].count == GoalCount{0, 18});
    CHECK(trend[2].count == GoalCount{15, 18});
    CHECK(trend.last().count == GoalCount{15, 18});
}

TEST_CASE("strategy goals: what changed since last month")
{
    TempDatabase db;
    const Id medicine = addDepartment(*db, QStringLiteral("Medicinsk afdeling"));
    StrategySnapshot s = loadTemplate(*db);
    const Goal g1 = *s.goalByCode(QStringLiteral("1.2"));
    const Goal g2 = *s.goalByCode(QStringLiteral("3.2"));
    const Goal g3 = *s.goalByCode(QStringLiteral("5.7"));
    set(*db, g1.id, medicine, GoalStatus::InProgress, QDate(2026, 9, 1));
    set(*db, g1.id, medicine, GoalStatus::Achieved, QDate(2026, 11, 2), QStringLiteral("Referat"));
    set(*db, g2.id, medicine, GoalStatus::InProgress, QDate(2026, 11, 10));
    // Set and set back within the month: no change.
    set(*db, g3.id, medicine, GoalStatus::InProgress, QDate(2026, 11, 3));
    set(*db, g3.id, medicine, GoalStatus::NotStarted, QDate(2026, 11, 4));
    s = *StrategyGoals::load(*db).value();

    const QList<GoalStatusChange> changes =
        StrategyGoals::changes(s, medicine, kToday.addMonths(-1), kToday);
    REQUIRE(changes.size() == 2);
    CHECK(changes[0].goalId == g1.id);
    CHECK(changes[0].before == GoalStatus::InProgress);
    CHECK(changes[0].after == GoalStatus::Achieved);
    CHECK(changes[0].entry.note == QStringLiteral("Referat"));
    CHECK(changes[0].entry.setBy == QStringLiteral("ak"));
    CHECK(changes[1].goalId == g2.id);
    CHECK(changes[1].before == GoalStatus::NotStarted);
}

TEST_CASE("strategy goals: a wrong status is refused and nothing is written")
{
    TempDatabase db;
    const Id medicine = addDepartment(*db, QStringLiteral("Medicinsk afdeling"));
    const StrategySnapshot s = loadTemplate(*db);
    const Goal hospitalGoal = *s.goalByCode(QStringLiteral("1.1"));
    const Goal departmentGoal = *s.goalByCode(QStringLiteral("1.2"));

    const auto forDepartment = StrategyGoals::setStatus(
        *db, {hospitalGoal.id, medicine, GoalStatus::Achieved, kToday, {}, {}, {}}, kToday);
    REQUIRE_FALSE(forDepartment.ok());
    CHECK(forDepartment.error().kind == Error::Kind::InvalidInput);
    CHECK(forDepartment.errorMessage().contains(QStringLiteral("1.1")));

    const auto forHospital = StrategyGoals::setStatus(
        *db, {departmentGoal.id, 0, GoalStatus::Achieved, kToday, {}, {}, {}}, kToday);
    REQUIRE_FALSE(forHospital.ok());
    CHECK(forHospital.errorMessage().contains(QStringLiteral("1.2")));

    const auto future = StrategyGoals::setStatus(
        *db, {departmentGoal.id, medicine, GoalStatus::Achieved, kToday.addDays(1), {}, {}, {}},
        kToday);
    REQUIRE_FALSE(future.ok());
    CHECK(future.errorMessage().contains(QStringLiteral("25-11-2026")));
    CHECK(rowCount(*db, QStringLiteral("goal_statuses")) == 0);

    // Today itself is fine, and the row can be removed again (undo).
    const GoalStatusEntry entry =
        set(*db, departmentGoal.id, medicine, GoalStatus::Achieved, kToday);
    CHECK(rowCount(*db, QStringLiteral("goal_statuses")) == 1);
    REQUIRE(StrategyGoals::removeStatus(*db, entry.id).ok());
    CHECK(rowCount(*db, QStringLiteral("goal_statuses")) == 0);
}

TEST_CASE("strategy goals: add, rename, reorder and retire a goal")
{
    TempDatabase db;
    const Id medicine = addDepartment(*db, QStringLiteral("Medicinsk afdeling"));
    StrategySnapshot s = loadTemplate(*db);
    const FocusArea area = s.focusAreas[0]; // goals 1.1, 1.2, 1.3

    Goal added;
    added.strategyId = s.strategy.id;
    added.focusAreaId = area.id;
    added.code = QStringLiteral("1.4");
    added.title = QStringLiteral("  Årshjul for   uddannelsesteamet ");
    added.countsFrom = QDate(2026, 6, 1);
    const auto saved = StrategyGoals::saveGoal(*db, added);
    REQUIRE(saved.ok());
    CHECK(saved->title == QStringLiteral("Årshjul for uddannelsesteamet"));
    CHECK(saved->position == 4);

    Goal duplicate = added;
    duplicate.code = QStringLiteral("1.2");
    const auto refused = StrategyGoals::saveGoal(*db, duplicate);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("1.2")));
    CHECK(rowCount(*db, QStringLiteral("goals")) == 30);

    // Rename, then a stale copy is refused.
    Goal renamed = saved.value();
    renamed.title = QStringLiteral("Årshjul");
    const auto afterRename = StrategyGoals::saveGoal(*db, renamed);
    REQUIRE(afterRename.ok());
    const auto stale = StrategyGoals::saveGoal(*db, saved.value());
    REQUIRE_FALSE(stale.ok());

    // Move 1.4 up twice: 1.1, 1.4, 1.2, 1.3.
    Goal moving = afterRename.value();
    REQUIRE(StrategyGoals::moveGoal(*db, moving, -1).ok());
    s = *StrategyGoals::load(*db).value();
    moving = *s.goal(moving.id);
    REQUIRE(StrategyGoals::moveGoal(*db, moving, -1).ok());
    s = *StrategyGoals::load(*db).value();
    QStringList order;
    for (const Goal& g : s.goals) {
        if (g.focusAreaId == area.id)
            order << g.code;
    }
    CHECK(order == QStringList{QStringLiteral("1.1"), QStringLiteral("1.4"), QStringLiteral("1.2"),
                               QStringLiteral("1.3")});

    // Retire 1.4 on 1 October: it counts in September, not in October.
    set(*db, moving.id, medicine, GoalStatus::Achieved, QDate(2026, 6, 1));
    const int applicableBefore = s.figure(medicine, QDate(2026, 9, 30)).applicable;
    Goal retiring = *s.goal(moving.id);
    retiring.retiredOn = QDate(2026, 10, 1);
    REQUIRE(StrategyGoals::saveGoal(*db, retiring).ok());
    s = *StrategyGoals::load(*db).value();
    CHECK(s.figure(medicine, QDate(2026, 9, 30)).applicable == applicableBefore);
    CHECK(s.figure(medicine, QDate(2026, 10, 1)).applicable == applicableBefore - 1);
    CHECK(s.figure(medicine, QDate(2026, 10, 1)).achieved == 0);

    Goal early = *s.goal(moving.id);
    early.retiredOn = early.countsFrom;
    REQUIRE_FALSE(StrategyGoals::saveGoal(*db, early).ok());
}

TEST_CASE("strategy goals: an action item can serve a goal")
{
    TempDatabase db;
    const Id medicine = addDepartment(*db, QStringLiteral("Medicinsk afdeling"));
    const StrategySnapshot s = loadTemplate(*db);
    Goal goal = *s.goalByCode(QStringLiteral("5.3"));

    ActionItem item;
    item.departmentId = medicine;
    item.text = QStringLiteral("Planlæg trivselsmøder for foråret");
    item.goalId = goal.id;
    const auto saved = MeetingLog::saveActionItem(*db, item);
    REQUIRE(saved.ok());
    const auto read = ActionItemRepository(*db).byId(saved->id);
    REQUIRE(read.ok());
    CHECK(read.value()->goalId == goal.id);

    // Unlinking is a change; removing the goal leaves the item without one.
    ActionItem unlinked = *read.value();
    unlinked.goalId = 0;
    const auto afterUnlink = MeetingLog::saveActionItem(*db, unlinked);
    REQUIRE(afterUnlink.ok());
    CHECK(afterUnlink->rowVersion == 2);
    ActionItem relinked = afterUnlink.value();
    relinked.goalId = goal.id;
    REQUIRE(MeetingLog::saveActionItem(*db, relinked).ok());
    REQUIRE(StrategyGoals::removeGoal(*db, goal).ok());
    CHECK(ActionItemRepository(*db).byId(saved->id).value()->goalId == 0);
}
