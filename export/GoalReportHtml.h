#pragma once

#include "services/StrategyGoals.h"

#include <QDate>
#include <QSize>
#include <QString>

namespace tavle {

/// The text of the strategy status report as HTML for QTextDocument, every data string
/// escaped. Texts are translated in the GoalReport context. `chartSource` is the resource name
/// of the trend chart image, `chartSize` its size on paper in 96 dpi pixels.
struct GoalReportHtml
{
    const StrategySnapshot& snapshot;
    Id departmentId = 0; ///< 0: the hospital report
    QDate date;

    QString html(const QString& chartSource, const QSize& chartSize) const;
    /// "Sammen om lægelig videreuddannelse: Akutafdelingen" (or: all departments).
    QString title() const;
    /// The department's name, or the words for the whole hospital.
    QString subject() const;

    /// The status word a reader sees: Achieved, In progress, ...
    static QString statusText(GoalStatus status);
    /// "94.1 %" in the current locale, one decimal; "–" when there is nothing to measure.
    static QString percentText(const GoalCount& count);

private:
    QString summary() const;
    QString departmentTable() const;
    QString focusAreaSection(const FocusArea& area) const;
    QString goalRow(const Goal& goal) const;
    QString notAchievedSection() const;
    QString countText(const GoalCount& count) const;
    QString greenText(const GoalCount& count) const;
};

} // namespace tavle
