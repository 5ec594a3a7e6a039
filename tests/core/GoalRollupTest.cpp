#include "rules/GoalRollup.h"

#include "support/CatchQt.h"

using namespace tavle;

namespace {

constexpr Id kAreaA = 1;
constexpr Id kAreaB = 2;

Goal goal(Id id, Id area, GoalScope scope, QDate countsFrom = QDate(2024, 1, 1),
          QDate retiredOn = {})
{
    Goal g;
    g.id = id;
    g.focusAreaId = area;
    g.code = QStringLiteral("%1.%2").arg(area).arg(id);
    g.title = QStringLiteral("Goal %1").arg(id);
    g.scope = scope;
    g.countsFrom = countsFrom;
    g.retiredOn = retiredOn;
    return g;
}

GoalStatusEntry entry(Id id, Id goalId, Id department, GoalStatus status, QDate on)
{
    GoalStatusEntry e;
    e.id = id;
    e.goalId = goalId;
    e.departmentId = department;
    e.status = status;
    e.effectiveOn = on;
    return e;
}

// n department goals in focus area A, the first `achieved` of them achieved in department 7.
GoalRollup departmentWith(int n, int achieved)
{
    QList<Goal> goals;
    QList<GoalStatusEntry> history;
    for (int i = 1; i <= n; ++i) {
        goals << goal(i, kAreaA, GoalScope::Department);
        if (i <= achieved)
            history << entry(i, i, 7, GoalStatus::Achieved, QDate(2025, 1, 1));
    }
    return GoalRollup(goals, history);
}

} // namespace

TEST_CASE("goal count: green is decided on exact counts at the threshold")
{
    CHECK(GoalCount{9, 10}.isGreen(90));
    CHECK_FALSE(GoalCount{8, 10}.isGreen(90));
    CHECK_FALSE(GoalCount{43, 50}.isGreen(90));
    CHECK(GoalCount{45, 50}.isGreen(90));
    CHECK_FALSE(GoalCount{44, 50}.isGreen(90));
    // 26 of 29 is 89.66 %: rounding to 90 % for display must not make it green.
    CHECK_FALSE(GoalCount{26, 29}.isGreen(90));
    CHECK(GoalCount{27, 29}.isGreen(90));
    CHECK(GoalCount{10, 10}.isGreen(100));
    CHECK_FALSE(GoalCount{9, 10}.isGreen(100));
    CHECK(GoalCount{1, 100}.isGreen(1));
    CHECK_FALSE(GoalCount{0, 100}.isGreen(1));
}

TEST_CASE("goal count: percent, and nothing to measure without applicable goals")
{
    CHECK(GoalCount{43, 50}.percent().value() == Approx(86.0));
    CHECK(GoalCount{2, 3}.percent().value() == Approx(66.6667).epsilon(1e-4));
    CHECK(GoalCount{0, 4}.percent().value() == 0.0);
    CHECK_FALSE(GoalCount{0, 0}.percent().has_value());
    CHECK_FALSE(GoalCount{0, 0}.isGreen(90));
    GoalCount sum{1, 2};
    sum += GoalCount{3, 4};
    CHECK(sum == GoalCount{4, 6});
}

TEST_CASE("goal roll-up: 9 of 10 is green, 43 of 50 is 86 % and not green")
{
    const QDate day(2026, 6, 1);
    const GoalCount nine = departmentWith(10, 9).department(7, day);
    CHECK(nine == GoalCount{9, 10});
    CHECK(nine.isGreen(90));

    const GoalCount fortyThree = departmentWith(50, 43).department(7, day);
    CHECK(fortyThree == GoalCount{43, 50});
    CHECK(fortyThree.percent().value() == Approx(86.0));
    CHECK_FALSE(fortyThree.isGreen(90));

    // Another department has set nothing: every goal counts as not started.
    CHECK(departmentWith(10, 9).department(8, day) == GoalCount{0, 10});
}

TEST_CASE("goal roll-up: not applicable leaves the goal out of the denominator")
{
    // Goals 1-4. Department 7: 1 achieved, 2 not applicable, 3 in progress, 4 nothing.
    const GoalRollup rollup(
        {goal(1, kAreaA, GoalScope::Department), goal(2, kAreaA, GoalScope::Department),
         goal(3, kAreaA, GoalScope::Department), goal(4, kAreaA, GoalScope::Department)},
        {entry(1, 1, 7, GoalStatus::Achieved, QDate(2025, 1, 1)),
         entry(2, 2, 7, GoalStatus::NotApplicable, QDate(2025, 1, 1)),
         entry(3, 3, 7, GoalStatus::InProgress, QDate(2025, 1, 1))});
    CHECK(rollup.department(7, QDate(2025, 6, 1)) == GoalCount{1, 3});
    CHECK(rollup.statusOn(4, 7, QDate(2025, 6, 1)) == GoalStatus::NotStarted);
    CHECK(rollup.entryOn(4, 7, QDate(2025, 6, 1)) == nullptr);
    // 3 of 3 applicable when the rest is achieved or not applicable.
    const GoalRollup all(
        {goal(1, kAreaA, GoalScope::Department), goal(2, kAreaA, GoalScope::Department)},
        {entry(1, 1, 7, GoalStatus::NotApplicable, QDate(2025, 1, 1)),
         entry(2, 2, 7, GoalStatus::NotApplicable, QDate(2025, 1, 1))});
    CHECK(all.department(7, QDate(2025, 6, 1)) == GoalCount{0, 0});
}

TEST_CASE("goal roll-up: the status at a past date comes from the history")
{
    // Goal 1 in department 7: in progress from 1 March, achieved from 1 May, set back to in
    // progress on 1 September, and twice on 1 October (the later row wins).
    const QList<GoalStatusEntry> history = {
        entry(10, 1, 7, GoalStatus::InProgress, QDate(2025, 3, 1)),
        entry(11, 1, 7, GoalStatus::Achieved, QDate(2025, 5, 1)),
        entry(12, 1, 7, GoalStatus::InProgress, QDate(2025, 9, 1)),
        entry(14, 1, 7, GoalStatus::Achieved, QDate(2025, 10, 1)),
        entry(13, 1, 7, GoalStatus::NotApplicable, QDate(2025, 10, 1)),
    };
    const GoalRollup rollup({goal(1, kAreaA, GoalScope::Department)}, history);
    CHECK(rollup.statusOn(1, 7, QDate(2025, 2, 28)) == GoalStatus::NotStarted);
    CHECK(rollup.statusOn(1, 7, QDate(2025, 3, 1)) == GoalStatus::InProgress);
    CHECK(rollup.statusOn(1, 7, QDate(2025, 4, 30)) == GoalStatus::InProgress);
    CHECK(rollup.statusOn(1, 7, QDate(2025, 5, 1)) == GoalStatus::Achieved);
    CHECK(rollup.statusOn(1, 7, QDate(2025, 8, 31)) == GoalStatus::Achieved);
    CHECK(rollup.statusOn(1, 7, QDate(2025, 9, 1)) == GoalStatus::InProgress);
    CHECK(rollup.statusOn(1, 7, QDate(2025, 10, 1)) == GoalStatus::Achieved);
    CHECK(rollup.entryOn(1, 7, QDate(2026, 1, 1))->id == 14);
    CHECK(rollup.department(7, QDate(2025, 6, 1)) == GoalCount{1, 1});
    CHECK(rollup.department(7, QDate(2025, 9, 15)) == GoalCount{0, 1});
    // The history is kept in date order whatever order the rows came in.
    const QList<GoalStatusEntry> kept = rollup.history(1, 7);
    REQUIRE(kept.size() == 5);
    CHECK(kept.first().id == 10);
    CHECK(kept.last().id == 14);
    CHECK(rollup.history(1, 8).isEmpty());
}

TEST_CASE("goal roll-up: a goal counts from its start and stops on its retirement day")
{
    // Goal 1 counts from 2025-01-01 and is retired on 2025-07-01; goal 2 counts from
    // 2025-04-01. Both achieved in department 7 from 2025-01-01.
    const GoalRollup rollup(
        {goal(1, kAreaA, GoalScope::Department, QDate(2025, 1, 1), QDate(2025, 7, 1)),
         goal(2, kAreaA, GoalScope::Department, QDate(2025, 4, 1))},
        {entry(1, 1, 7, GoalStatus::Achieved, QDate(2025, 1, 1)),
         entry(2, 2, 7, GoalStatus::Achieved, QDate(2025, 1, 1))});
    CHECK(rollup.department(7, QDate(2024, 12, 31)) == GoalCount{0, 0});
    CHECK(rollup.department(7, QDate(2025, 1, 1)) == GoalCount{1, 1});
    CHECK(rollup.department(7, QDate(2025, 3, 31)) == GoalCount{1, 1});
    CHECK(rollup.department(7, QDate(2025, 4, 1)) == GoalCount{2, 2});
    CHECK(rollup.department(7, QDate(2025, 6, 30)) == GoalCount{2, 2});
    CHECK(rollup.department(7, QDate(2025, 7, 1)) == GoalCount{1, 1});

    Goal retired = goal(1, kAreaA, GoalScope::Department, QDate(2025, 1, 1), QDate(2025, 7, 1));
    CHECK_FALSE(retired.countsOn(QDate(2024, 12, 31)));
    CHECK(retired.countsOn(QDate(2025, 1, 1)));
    CHECK(retired.countsOn(QDate(2025, 6, 30)));
    CHECK_FALSE(retired.countsOn(QDate(2025, 7, 1)));
}

TEST_CASE("goal roll-up: per focus area and hospital-wide, counted by hand")
{
    // Departments 7 and 8. Focus area A: department goals 1, 2 and hospital goal 3. Focus
    // area B: department goal 4 and hospital goal 5.
    //
    //              goal 1     goal 2          goal 4          | hospital: goal 3  goal 5
    //   dept 7     achieved   achieved        not applicable  |           achieved  in progress
    //   dept 8     achieved   in progress     achieved        |
    //
    // Dept 7: A 2/2, B 0/0, all 2/2. Dept 8: A 1/2, B 1/1, all 2/3.
    // Hospital goals: A 1/1, B 0/1. Hospital-wide: A 2+1+1 = 4/5, B 0+1+0 = 1/2, all 5/7.
    const QDate on(2025, 1, 1);
    const GoalRollup rollup(
        {goal(1, kAreaA, GoalScope::Department), goal(2, kAreaA, GoalScope::Department),
         goal(3, kAreaA, GoalScope::Hospital), goal(4, kAreaB, GoalScope::Department),
         goal(5, kAreaB, GoalScope::Hospital)},
        {entry(1, 1, 7, GoalStatus::Achieved, on), entry(2, 2, 7, GoalStatus::Achieved, on),
         entry(3, 4, 7, GoalStatus::NotApplicable, on), entry(4, 1, 8, GoalStatus::Achieved, on),
         entry(5, 2, 8, GoalStatus::InProgress, on), entry(6, 4, 8, GoalStatus::Achieved, on),
         entry(7, 3, 0, GoalStatus::Achieved, on), entry(8, 5, 0, GoalStatus::InProgress, on),
         // A hospital status on a department goal, and a department status on a hospital
         // goal, are not part of any figure.
         entry(9, 1, 0, GoalStatus::NotApplicable, on),
         entry(10, 3, 7, GoalStatus::NotApplicable, on)});
    const QDate day(2025, 6, 1);
    CHECK(rollup.department(7, day, kAreaA) == GoalCount{2, 2});
    CHECK(rollup.department(7, day, kAreaB) == GoalCount{0, 0});
    CHECK(rollup.department(7, day) == GoalCount{2, 2});
    CHECK(rollup.department(8, day, kAreaA) == GoalCount{1, 2});
    CHECK(rollup.department(8, day, kAreaB) == GoalCount{1, 1});
    CHECK(rollup.department(8, day) == GoalCount{2, 3});
    CHECK(rollup.hospitalGoals(day, kAreaA) == GoalCount{1, 1});
    CHECK(rollup.hospitalGoals(day, kAreaB) == GoalCount{0, 1});
    CHECK(rollup.hospital({7, 8}, day, kAreaA) == GoalCount{4, 5});
    CHECK(rollup.hospital({7, 8}, day, kAreaB) == GoalCount{1, 2});
    CHECK(rollup.hospital({7, 8}, day) == GoalCount{5, 7});
    CHECK_FALSE(rollup.hospital({7, 8}, day).isGreen(90));
    // Before anything was set every goal is not started.
    CHECK(rollup.hospital({7, 8}, QDate(2024, 12, 31)) == GoalCount{0, 8});
}
