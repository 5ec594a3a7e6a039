#include "rules/DeadlineRules.h"

#include "support/CatchQt.h"

using namespace tavle;

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

TEST_CASE("expectation meeting is due 14 days after the start for KBU, 28 for the others")
{
    const auto rules = builtInExpectationRules();
    const QDate start = d(2027, 3, 1);
    CHECK(dueDate(*ruleForLevel(rules, Level::Kbu), start, {}) == d(2027, 3, 15));
    CHECK(dueDate(*ruleForLevel(rules, Level::Intro), start, {}) == d(2027, 3, 29));
    CHECK(dueDate(*ruleForLevel(rules, Level::Hu), start, {}) == d(2027, 3, 29));
}

TEST_CASE("due today is due soon, not overdue, and the day after it is overdue")
{
    const QDate due = d(2027, 3, 15);
    CHECK(deadlineStatus(due, std::nullopt, d(2027, 3, 15)) == DeadlineStatus::DueSoon);
    CHECK(deadlineStatus(due, std::nullopt, d(2027, 3, 16)) == DeadlineStatus::Overdue);
    CHECK(deadlineStatus(due, std::nullopt, d(2028, 3, 16)) == DeadlineStatus::Overdue);
}

TEST_CASE("due soon covers today up to and including seven days ahead")
{
    const QDate due = d(2027, 3, 15);
    CHECK(deadlineStatus(due, std::nullopt, d(2027, 3, 8)) == DeadlineStatus::DueSoon);
    CHECK(deadlineStatus(due, std::nullopt, d(2027, 3, 7)) == DeadlineStatus::Upcoming);
    CHECK(deadlineStatus(due, std::nullopt, d(2026, 1, 1)) == DeadlineStatus::Upcoming);
}

TEST_CASE("a held meeting is held whatever the date, even when held late or early")
{
    const QDate due = d(2027, 3, 15);
    CHECK(deadlineStatus(due, d(2027, 4, 30), d(2027, 5, 1)) == DeadlineStatus::Held);
    CHECK(deadlineStatus(due, d(2027, 2, 20), d(2027, 3, 1)) == DeadlineStatus::Held);
}

TEST_CASE("deadlines cross the year end")
{
    const auto rules = builtInExpectationRules();
    CHECK(dueDate(*ruleForLevel(rules, Level::Kbu), d(2026, 12, 20), {}) == d(2027, 1, 3));
    CHECK(dueDate(*ruleForLevel(rules, Level::Hu), d(2026, 12, 20), {}) == d(2027, 1, 17));
    const auto deadline =
        computeDeadline(rules, Level::Kbu, d(2026, 12, 20), {}, std::nullopt, d(2026, 12, 31));
    CHECK(deadline.status == DeadlineStatus::DueSoon);
    CHECK(deadline.daysLeft == 3);
}

TEST_CASE("deadlines count the leap day")
{
    const auto rules = builtInExpectationRules();
    // 2028 is a leap year: 15 February + 14 days is 29 February.
    CHECK(dueDate(*ruleForLevel(rules, Level::Kbu), d(2028, 2, 15), {}) == d(2028, 2, 29));
    CHECK(dueDate(*ruleForLevel(rules, Level::Kbu), d(2027, 2, 15), {}) == d(2027, 3, 1));
    CHECK(dueDate(*ruleForLevel(rules, Level::Intro), d(2028, 2, 1), {}) == d(2028, 2, 29));
    CHECK(dueDate(*ruleForLevel(rules, Level::Kbu), d(2028, 2, 29), {}) == d(2028, 3, 14));
}

TEST_CASE("a placement that starts in the future is upcoming")
{
    const auto rules = builtInExpectationRules();
    const QDate today = d(2027, 3, 1);
    const auto deadline =
        computeDeadline(rules, Level::Kbu, d(2027, 3, 2), {}, std::nullopt, today);
    CHECK(deadline.due == d(2027, 3, 16));
    CHECK(deadline.status == DeadlineStatus::Upcoming);
    CHECK(deadline.daysLeft == 15);
    CHECK(isCurrentOrComing({}, today));
}

TEST_CASE("a placement is on the board until the day it ends, not after")
{
    const QDate today = d(2027, 3, 10);
    CHECK(isCurrentOrComing({}, today));
    CHECK(isCurrentOrComing(d(2027, 3, 10), today));
    CHECK(isCurrentOrComing(d(2027, 3, 11), today));
    CHECK_FALSE(isCurrentOrComing(d(2027, 3, 9), today));
}

TEST_CASE("days left are negative when overdue")
{
    const auto deadline = computeDeadline(builtInExpectationRules(), Level::Hu, d(2027, 1, 1), {},
                                          std::nullopt, d(2027, 2, 3));
    CHECK(deadline.due == d(2027, 1, 29));
    CHECK(deadline.status == DeadlineStatus::Overdue);
    CHECK(deadline.daysLeft == -5);
}

TEST_CASE("a level-specific rule wins over a general one, and no rule means no deadline")
{
    QList<DeadlineRule> rules;
    DeadlineRule general;
    general.offsetDays = 30;
    DeadlineRule hu;
    hu.level = Level::Hu;
    hu.offsetDays = 60;
    rules << hu << general;
    CHECK(ruleForLevel(rules, Level::Hu)->offsetDays == 60);
    CHECK(ruleForLevel(rules, Level::Kbu)->offsetDays == 30);

    QList<DeadlineRule> onlyHu{hu};
    CHECK_FALSE(ruleForLevel(onlyHu, Level::Kbu).has_value());
    const auto none =
        computeDeadline(onlyHu, Level::Kbu, d(2027, 1, 1), {}, std::nullopt, d(2027, 1, 1));
    CHECK(none.status == DeadlineStatus::NoDeadline);
    CHECK(none.due.isNull());
}

TEST_CASE("a rule counted before the end needs an end date")
{
    DeadlineRule finalTalk;
    finalTalk.anchor = DeadlineAnchor::End;
    finalTalk.offsetDays = 14;
    CHECK(dueDate(finalTalk, d(2027, 1, 1), d(2027, 6, 30)) == d(2027, 6, 16));
    CHECK(dueDate(finalTalk, d(2027, 1, 1), {}).isNull());
    const auto open =
        computeDeadline({finalTalk}, Level::Hu, d(2027, 1, 1), {}, std::nullopt, d(2027, 3, 1));
    CHECK(open.status == DeadlineStatus::NoDeadline);
}

TEST_CASE("status codes are the CLI contract")
{
    CHECK(deadlineStatusCode(DeadlineStatus::Held) == "held");
    CHECK(deadlineStatusCode(DeadlineStatus::Overdue) == "overdue");
    CHECK(deadlineStatusCode(DeadlineStatus::DueSoon) == "due_soon");
    CHECK(deadlineStatusCode(DeadlineStatus::Upcoming) == "upcoming");
    CHECK(deadlineStatusCode(DeadlineStatus::NoDeadline) == "no_deadline");
}
