#include "domain/MeetingLog.h"

namespace tavle {

QString recurrenceCode(Recurrence recurrence)
{
    switch (recurrence) {
    case Recurrence::Weekly:
        return QStringLiteral("weekly");
    case Recurrence::MonthlyWeekday:
        return QStringLiteral("monthly_weekday");
    case Recurrence::MonthlyDay:
        return QStringLiteral("monthly_day");
    }
    return {};
}

std::optional<Recurrence> recurrenceFromCode(const QString& code)
{
    for (const auto r : {Recurrence::Weekly, Recurrence::MonthlyWeekday, Recurrence::MonthlyDay}) {
        if (recurrenceCode(r) == code)
            return r;
    }
    return std::nullopt;
}

ActionStatus actionStatus(const ActionItem& item, const QDate& today)
{
    if (item.doneOn.isValid())
        return ActionStatus::Done;
    if (item.dueDate.isValid() && item.dueDate < today)
        return ActionStatus::Overdue;
    return ActionStatus::Open;
}

QString actionStatusCode(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return QStringLiteral("open");
    case ActionStatus::Overdue:
        return QStringLiteral("overdue");
    case ActionStatus::Done:
        return QStringLiteral("done");
    }
    return {};
}

} // namespace tavle
