#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QList>
#include <optional>

namespace tavle {

/// Deadline status of one meeting for one placement. Pure rules: no clock, no database;
/// "today" is always passed in.
enum class DeadlineStatus
{
    Held,      ///< a meeting of the type is registered as held
    Overdue,   ///< not held and the due date is before today
    DueSoon,   ///< not held, due today or within the next kDueSoonDays days
    Upcoming,  ///< not held, due later than that
    NoDeadline ///< no rule gives a due date (e.g. counted from an end date that is still open)
};

/// How many days ahead "due soon" looks: due today up to and including today + 7.
constexpr int kDueSoonDays = 7;

/// The stable code printed by the CLI: held, overdue, due_soon, upcoming, no_deadline.
QString deadlineStatusCode(DeadlineStatus status);

/// The built-in expectation-meeting rules: start + 14 days for KBU, start + 28 days otherwise.
QList<DeadlineRule> builtInExpectationRules();

/// The rule that applies to a level: a rule naming the level wins over one that names none.
/// Returns nullopt when no rule applies.
std::optional<DeadlineRule> ruleForLevel(const QList<DeadlineRule>& rules, Level level);

/// The due date a rule gives a placement; a null date when the rule counts from an end date
/// the placement does not have.
QDate dueDate(const DeadlineRule& rule, const QDate& startDate, const QDate& endDate);

/// Status of a deadline on `today`. `heldOn` is the date the meeting was held, if it was.
DeadlineStatus deadlineStatus(const QDate& due, const std::optional<QDate>& heldOn,
                              const QDate& today);

/// Whether a placement belongs on the board on `today`: it has not ended before today
/// (it may start in the future).
bool isCurrentOrComing(const QDate& endDate, const QDate& today);

/// One placement's deadline, computed.
struct Deadline
{
    QDate due; ///< null when status is NoDeadline
    DeadlineStatus status = DeadlineStatus::NoDeadline;
    int daysLeft = 0; ///< due - today; negative when overdue; 0 when there is no due date
};

/// Applies the rules to one placement on `today`.
Deadline computeDeadline(const QList<DeadlineRule>& rules, Level level, const QDate& startDate,
                         const QDate& endDate, const std::optional<QDate>& heldOn,
                         const QDate& today);

} // namespace tavle
