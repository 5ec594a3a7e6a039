#pragma once

#include "domain/Entities.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace tavle {

/// Where a goal stands for a department (or for the hospital).
enum class GoalStatus
{
    NotStarted,
    InProgress,
    Achieved,
    NotApplicable ///< left out of the department's denominator
};

QString goalStatusCode(GoalStatus status); ///< achieved, in_progress, not_started, not_applicable
/// The status as users read it, translated: "Achieved", "In progress", ...
QString goalStatusText(GoalStatus status);
std::optional<GoalStatus> goalStatusFromCode(const QString& code);

/// Whether a goal holds per department or once for the whole hospital.
enum class GoalScope
{
    Department,
    Hospital
};

QString goalScopeCode(GoalScope scope); ///< department, hospital
std::optional<GoalScope> goalScopeFromCode(const QString& code);

/// An education strategy: its goals are green when at least the threshold share is achieved.
struct Strategy
{
    Id id = 0;
    QString name;
    QDate periodFrom;
    QDate periodTo;
    int greenThresholdPercent = 90;
    QString templateCode; ///< the built-in template it came from; empty when made by hand
    int rowVersion = 1;
};

/// A focus area (indsatsområde) of a strategy.
struct FocusArea
{
    Id id = 0;
    Id strategyId = 0;
    int position = 0;
    QString title;
};

/// A goal (mål) of a focus area.
struct Goal
{
    Id id = 0;
    Id strategyId = 0;
    Id focusAreaId = 0;
    QString code; ///< such as "3.2"; unique in the strategy
    QString title;
    QString description;
    GoalScope scope = GoalScope::Department;
    int position = 0;               ///< order within the focus area
    QDate targetDate;               ///< null without one
    std::optional<int> targetValue; ///< such as 10 trained facilitators
    QString targetUnit;             ///< such as "facilitatorer"
    std::optional<int> currentValue;
    QDate countsFrom; ///< the goal counts from this day
    QDate retiredOn;  ///< null while the goal counts; it stops counting on this day
    int rowVersion = 1;

    /// Whether the goal counts on `date`: from countsFrom, and before retiredOn.
    bool countsOn(const QDate& date) const;
};

/// One status a goal was given for a department (departmentId 0: for the hospital). Never
/// changed once written: a new status is a new row.
struct GoalStatusEntry
{
    Id id = 0;
    Id goalId = 0;
    Id departmentId = 0;
    GoalStatus status = GoalStatus::NotStarted;
    QDate effectiveOn; ///< the status holds from this day
    QString setBy;     ///< who set it
    QString note;      ///< a note or the evidence
    QDateTime recordedAt;
};

} // namespace tavle
