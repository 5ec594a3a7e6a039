#include "domain/Strategy.h"

#include <QCoreApplication>

namespace tavle {

QString goalStatusText(GoalStatus status)
{
    // The window's context, where these texts were first translated.
    switch (status) {
    case GoalStatus::Achieved:
        return QCoreApplication::translate("GoalStyle", "Achieved");
    case GoalStatus::InProgress:
        return QCoreApplication::translate("GoalStyle", "In progress");
    case GoalStatus::NotStarted:
        return QCoreApplication::translate("GoalStyle", "Not started");
    case GoalStatus::NotApplicable:
        return QCoreApplication::translate("GoalStyle", "Not applicable");
    }
    return {};
}

QString goalStatusCode(GoalStatus status)
{
    switch (status) {
    case GoalStatus::NotStarted:
        return QStringLiteral("not_started");
    case GoalStatus::InProgress:
        return QStringLiteral("in_progress");
    case GoalStatus::Achieved:
        return QStringLiteral("achieved");
    case GoalStatus::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

std::optional<GoalStatus> goalStatusFromCode(const QString& code)
{
    for (const GoalStatus status : {GoalStatus::NotStarted, GoalStatus::InProgress,
                                    GoalStatus::Achieved, GoalStatus::NotApplicable}) {
        if (code == goalStatusCode(status))
            return status;
    }
    return std::nullopt;
}

QString goalScopeCode(GoalScope scope)
{
    return scope == GoalScope::Hospital ? QStringLiteral("hospital") : QStringLiteral("department");
}

std::optional<GoalScope> goalScopeFromCode(const QString& code)
{
    if (code == QLatin1String("department"))
        return GoalScope::Department;
    if (code == QLatin1String("hospital"))
        return GoalScope::Hospital;
    return std::nullopt;
}

bool Goal::countsOn(const QDate& date) const
{
    return (!countsFrom.isValid() || date >= countsFrom) &&
           (!retiredOn.isValid() || date < retiredOn);
}

} // namespace tavle
