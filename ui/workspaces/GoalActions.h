#pragma once

#include "Result.h"
#include "services/StrategyGoals.h"

#include <QCoreApplication>

class QWidget;

namespace tavle::ui {

class Session;

/// The actions of the goals workspace that do not depend on its view: each edit as one
/// undoable command, and the status report as a PDF file or on paper.
class GoalActions
{
    Q_DECLARE_TR_FUNCTIONS(GoalActions)

public:
    /// Records a goal's status for a department (0: the hospital) from today. `seenLatestId`
    /// is the newest status row the user was shown (0: none); the status is refused as a
    /// Conflict when someone else has set one since.
    static Status setStatus(Session& session, const Goal& goal, Id departmentId,
                            const QString& departmentName, GoalStatus status, const QString& note,
                            Id seenLatestId);
    /// Moves a goal `places` positions up (step -1) or down (+1) in its focus area.
    static Status move(Session& session, const Goal& goal, int step, int places);
    /// Asks, then retires the goal from today. False when the user said no.
    static Result<bool> retire(Session& session, const Goal& goal, QWidget* parent);

    /// Writes the report of a department (0: the hospital) to a PDF file; the error names it.
    static Status writeReport(const StrategySnapshot& snapshot, Id departmentId, const QDate& today,
                              const QString& path);
    /// Asks for a file and writes the report there: the path written, empty when the user
    /// cancelled.
    static Result<QString> exportReport(const StrategySnapshot& snapshot, Id departmentId,
                                        const QString& departmentName, const QDate& today,
                                        QWidget* parent);
    /// Asks for a printer and prints the report.
    static Status printReport(const StrategySnapshot& snapshot, Id departmentId,
                              const QString& departmentName, const QDate& today, QWidget* parent);
};

} // namespace tavle::ui
