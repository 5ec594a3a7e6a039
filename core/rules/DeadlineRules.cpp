#include "rules/DeadlineRules.h"

namespace tavle {

QString deadlineStatusCode(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Held:
        return QStringLiteral("held");
    case DeadlineStatus::Overdue:
        return QStringLiteral("overdue");
    case DeadlineStatus::DueSoon:
        return QStringLiteral("due_soon");
    case DeadlineStatus::Upcoming:
        return QStringLiteral("upcoming");
    case DeadlineStatus::NoDeadline:
        return QStringLiteral("no_deadline");
    }
    return {};
}

QList<DeadlineRule> builtInExpectationRules()
{
    DeadlineRule kbu;
    kbu.level = Level::Kbu;
    kbu.anchor = DeadlineAnchor::Start;
    kbu.offsetDays = 14;
    DeadlineRule others;
    others.anchor = DeadlineAnchor::Start;
    others.offsetDays = 28;
    return {kbu, others};
}

std::optional<DeadlineRule> ruleForLevel(const QList<DeadlineRule>& rules, Level level)
{
    std::optional<DeadlineRule> general;
    for (const DeadlineRule& rule : rules) {
        if (rule.level == level)
            return rule;
        if (!rule.level && !general)
            general = rule;
    }
    return general;
}

QDate dueDate(const DeadlineRule& rule, const QDate& startDate, const QDate& endDate)
{
    switch (rule.anchor) {
    case DeadlineAnchor::Start:
        return startDate.addDays(rule.offsetDays);
    case DeadlineAnchor::End:
        return endDate.isValid() ? endDate.addDays(-rule.offsetDays) : QDate();
    }
    return {};
}

DeadlineStatus deadlineStatus(const QDate& due, const std::optional<QDate>& heldOn,
                              const QDate& today)
{
    if (heldOn)
        return DeadlineStatus::Held;
    if (!due.isValid())
        return DeadlineStatus::NoDeadline;
    if (due < today)
        return DeadlineStatus::Overdue;
    if (due <= today.addDays(kDueSoonDays))
        return DeadlineStatus::DueSoon;
    return DeadlineStatus::Upcoming;
}

bool isCurrentOrComing(const QDate& endDate, const QDate& today)
{
    return !endDate.isValid() || endDate >= today;
}

Deadline computeDeadline(const QList<DeadlineRule>& rules, Level level, const QDate& startDate,
                         const QDate& endDate, const std::optional<QDate>& heldOn,
                         const QDate& today)
{
    Deadline result;
    if (const auto rule = ruleForLevel(rules, level))
        result.due = dueDate(*rule, startDate, endDate);
    result.status = deadlineStatus(result.due, heldOn, today);
    result.daysLeft = result.due.isValid() ? int(today.daysTo(result.due)) : 0;
    return result;
}

} // namespace tavle
