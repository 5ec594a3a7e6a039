#pragma once

#include "Result.h"
#include "services/StrategyGoals.h"

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;

namespace tavle {

/// The strategy status report a head of department prints: title, date, overall percent and
/// green or not, a table per focus area, the goals not yet achieved with their notes, and the
/// trend chart. For one department, or for the hospital (departmentId 0). Needs a
/// QGuiApplication (fonts); tavle-cli makes one, offscreen, for its report command.
class GoalReport
{
    Q_DECLARE_TR_FUNCTIONS(GoalReport)

public:
    GoalReport(const StrategySnapshot& snapshot, Id departmentId, const QDate& today);

    /// Lays the report out on a paged device: a QPdfWriter, or a QPrinter from the window.
    Status render(QPagedPaintDevice& device) const;
    /// Writes the report as a PDF file; the error names the file.
    Status writePdf(const QString& path) const;

private:
    const StrategySnapshot& m_snapshot;
    Id m_departmentId;
    QDate m_today;
};

} // namespace tavle
