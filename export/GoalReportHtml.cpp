#include "GoalReportHtml.h"

#include "GoalReport.h"

#include <QLocale>

namespace tavle {

namespace {

const char* const kGreen = "#2e7d32";
const char* const kRed = "#c62828";

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString statusColour(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Achieved:
        return QLatin1String(kGreen);
    case GoalStatus::InProgress:
        return QStringLiteral("#a05a00");
    case GoalStatus::NotStarted:
        return QStringLiteral("#444444");
    case GoalStatus::NotApplicable:
        return QStringLiteral("#777777");
    }
    return {};
}

/// A table with a heading row that repeats on every page it runs over.
QString tableStart(const QStringList& headings, const QList<int>& widths)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                                  "border=\"1\" style=\"border-collapse: collapse; "
                                  "border-color: #999999;\"><thead><tr>");
    for (qsizetype i = 0; i < headings.size(); ++i) {
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\" width=\"%1%\">%2</th>")
                    .arg(widths.value(i))
                    .arg(esc(headings.at(i)));
    }
    return html + QStringLiteral("</tr></thead>");
}

QString cell(const QString& html, const QString& extra = {})
{
    return QStringLiteral("<td valign=\"top\"%1>%2</td>").arg(extra, html);
}

} // namespace

QString GoalReportHtml::statusText(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Achieved:
        return GoalReport::tr("Achieved");
    case GoalStatus::InProgress:
        return GoalReport::tr("In progress");
    case GoalStatus::NotStarted:
        return GoalReport::tr("Not started");
    case GoalStatus::NotApplicable:
        return GoalReport::tr("Not applicable");
    }
    return {};
}

QString GoalReportHtml::percentText(const GoalCount& count)
{
    const auto percent = count.percent();
    if (!percent)
        return QStringLiteral("–");
    return GoalReport::tr("%1 %").arg(QLocale().toString(*percent, 'f', 1));
}

QString GoalReportHtml::subject() const
{
    if (departmentId == 0)
        return GoalReport::tr("Hospital: all departments");
    for (const Department& d : snapshot.departments) {
        if (d.id == departmentId)
            return d.name;
    }
    return {};
}

QString GoalReportHtml::title() const
{
    return GoalReport::tr("%1: %2").arg(snapshot.strategy.name, subject());
}

QString GoalReportHtml::countText(const GoalCount& count) const
{
    return GoalReport::tr("%1 of %2 goals achieved (%3)")
        .arg(count.achieved)
        .arg(count.applicable)
        .arg(percentText(count));
}

QString GoalReportHtml::greenText(const GoalCount& count) const
{
    const bool green = count.isGreen(snapshot.strategy.greenThresholdPercent);
    return QStringLiteral("<span style=\"color: %1; font-weight: bold;\">%2</span>")
        .arg(QLatin1String(green ? kGreen : kRed),
             esc(green ? GoalReport::tr("Green") : GoalReport::tr("Not green")));
}

QString GoalReportHtml::summary() const
{
    const GoalCount count = snapshot.figure(departmentId, date);
    QString html = QStringLiteral("<p style=\"font-size: large;\"><b>%1</b>: %2</p>")
                       .arg(esc(countText(count)), greenText(count));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(GoalReport::tr("The strategy is green when at least %1 % of the goals "
                                        "that apply are achieved. Goals that do not apply and "
                                        "retired goals are left out; a goal without a status "
                                        "counts as not started.")
                             .arg(snapshot.strategy.greenThresholdPercent)));
    return html;
}

QString GoalReportHtml::departmentTable() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(GoalReport::tr("Departments")));
    html += tableStart({GoalReport::tr("Department"), GoalReport::tr("Achieved"),
                        GoalReport::tr("Applicable"), GoalReport::tr("Percent"),
                        GoalReport::tr("Green")},
                       {44, 14, 14, 14, 14});
    auto row = [this](const QString& name, const GoalCount& count, bool bold) {
        const QString b = bold ? QStringLiteral("<b>%1</b>") : QStringLiteral("%1");
        return QStringLiteral("<tr>") + cell(b.arg(esc(name))) +
               cell(QString::number(count.achieved), QStringLiteral(" align=\"right\"")) +
               cell(QString::number(count.applicable), QStringLiteral(" align=\"right\"")) +
               cell(esc(percentText(count)), QStringLiteral(" align=\"right\"")) +
               cell(count.applicable ? greenText(count) : QString()) + QStringLiteral("</tr>");
    };
    for (const Department& d : snapshot.departments)
        html += row(d.name, snapshot.figure(d.id, date), false);
    html += row(GoalReport::tr("Hospital-wide goals"), snapshot.rollup.hospitalGoals(date), false);
    html += row(GoalReport::tr("All (hospital)"), snapshot.figure(0, date), true);
    return html + QStringLiteral("</table>");
}

QString GoalReportHtml::goalRow(const Goal& goal) const
{
    QString title = QStringLiteral("<b>%1</b>").arg(esc(goal.title));
    if (goal.targetDate.isValid()) {
        title += QStringLiteral("<br/><small>%1</small>")
                     .arg(esc(GoalReport::tr("Target date: %1").arg(dateText(goal.targetDate))));
    }
    if (goal.targetValue) {
        title += QStringLiteral("<br/><small>%1</small>")
                     .arg(esc(GoalReport::tr("Target: %1 %2; now: %3")
                                  .arg(*goal.targetValue)
                                  .arg(goal.targetUnit, goal.currentValue
                                                            ? QString::number(*goal.currentValue)
                                                            : GoalReport::tr("not counted"))));
    }
    QString status;
    QString since;
    QString note;
    if (departmentId == 0 && goal.scope == GoalScope::Department) {
        // The hospital report sums a department goal up over the departments.
        GoalCount count;
        for (const Department& d : snapshot.departments) {
            const GoalStatus s = snapshot.rollup.statusOn(goal.id, d.id, date);
            if (s == GoalStatus::NotApplicable)
                continue;
            ++count.applicable;
            count.achieved += s == GoalStatus::Achieved ? 1 : 0;
        }
        status = esc(GoalReport::tr("Achieved in %1 of %2 departments")
                         .arg(count.achieved)
                         .arg(count.applicable));
    } else {
        const GoalStatusEntry* entry = snapshot.rollup.entryOn(goal.id, departmentId, date);
        const GoalStatus s = entry ? entry->status : GoalStatus::NotStarted;
        status = QStringLiteral("<span style=\"color: %1;\">%2</span>")
                     .arg(statusColour(s), esc(statusText(s)));
        if (entry) {
            since = esc(dateText(entry->effectiveOn));
            note = esc(entry->note).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        }
    }
    return QStringLiteral("<tr>") + cell(esc(goal.code)) + cell(title) + cell(status) +
           cell(since, QStringLiteral(" nowrap")) + cell(note) + QStringLiteral("</tr>");
}

QString GoalReportHtml::focusAreaSection(const FocusArea& area) const
{
    QString rows;
    for (const Goal& goal : snapshot.goals) {
        if (goal.focusAreaId != area.id || !goal.countsOn(date))
            continue;
        if (departmentId != 0 && goal.scope != GoalScope::Department)
            continue;
        rows += goalRow(goal);
    }
    if (rows.isEmpty())
        return {};
    const GoalCount count = snapshot.figure(departmentId, date, area.id);
    QString html = QStringLiteral("<h3>%1 <span style=\"font-weight: normal;\">(%2)</span></h3>")
                       .arg(esc(area.title), esc(countText(count)));
    html += tableStart({GoalReport::tr("Goal"), GoalReport::tr("Title"), GoalReport::tr("Status"),
                        GoalReport::tr("Since"), GoalReport::tr("Note")},
                       {6, 36, 19, 13, 26});
    return html + rows + QStringLiteral("</table>");
}

QString GoalReportHtml::notAchievedSection() const
{
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(GoalReport::tr("Goals not yet achieved")));
    const GoalScope scope = departmentId ? GoalScope::Department : GoalScope::Hospital;
    QString rows;
    for (const Goal& goal : snapshot.goals) {
        if (goal.scope != scope || !goal.countsOn(date))
            continue;
        const GoalStatusEntry* entry = snapshot.rollup.entryOn(goal.id, departmentId, date);
        const GoalStatus s = entry ? entry->status : GoalStatus::NotStarted;
        if (s == GoalStatus::Achieved || s == GoalStatus::NotApplicable)
            continue;
        QString note = entry && !entry->note.isEmpty()
                           ? esc(entry->note).replace(QLatin1Char('\n'), QStringLiteral("<br/>"))
                           : QStringLiteral("<i>%1</i>").arg(esc(GoalReport::tr("No note.")));
        QString status = QStringLiteral("<span style=\"color: %1;\">%2</span>")
                             .arg(statusColour(s), esc(statusText(s)));
        if (entry)
            status += QStringLiteral("<br/><small>%1</small>")
                          .arg(esc(GoalReport::tr("since %1").arg(dateText(entry->effectiveOn))));
        if (goal.targetDate.isValid()) {
            status +=
                QStringLiteral("<br/><small>%1</small>")
                    .arg(esc(GoalReport::tr("target date %1").arg(dateText(goal.targetDate))));
        }
        rows += QStringLiteral("<tr>") + cell(esc(goal.code)) +
                cell(QStringLiteral("<b>%1</b>").arg(esc(goal.title))) + cell(status) + cell(note) +
                QStringLiteral("</tr>");
    }
    if (rows.isEmpty()) {
        return html + QStringLiteral("<p>%1</p>")
                          .arg(esc(departmentId ? GoalReport::tr("Every goal is achieved.")
                                                : GoalReport::tr("Every hospital-wide goal is "
                                                                 "achieved.")));
    }
    if (departmentId == 0) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(GoalReport::tr("The hospital-wide goals; each department's report "
                                            "lists its own.")));
    }
    html += tableStart({GoalReport::tr("Goal"), GoalReport::tr("Title"), GoalReport::tr("Status"),
                        GoalReport::tr("Note")},
                       {6, 38, 20, 36});
    return html + rows + QStringLiteral("</table>");
}

QString GoalReportHtml::html(const QString& chartSource, const QSize& chartSize) const
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title></head>"
                                  "<body>")
                       .arg(esc(title()));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(snapshot.strategy.name));
    html += QStringLiteral("<h2>%1</h2>").arg(esc(subject()));
    html +=
        QStringLiteral("<p>%1</p>").arg(esc(GoalReport::tr("Status on %1").arg(dateText(date))));
    html += summary();
    if (departmentId == 0)
        html += departmentTable();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(GoalReport::tr("Goals by focus area")));
    for (const FocusArea& area : snapshot.focusAreas)
        html += focusAreaSection(area);
    html += notAchievedSection();
    html += QStringLiteral("<h2>%1</h2>").arg(esc(GoalReport::tr("Trend")));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(GoalReport::tr("Percent of the goals achieved at the end of each month, "
                                        "and on %1.")
                             .arg(dateText(date))));
    html += QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                .arg(esc(chartSource))
                .arg(chartSize.width())
                .arg(chartSize.height());
    return html + QStringLiteral("</body></html>");
}

} // namespace tavle
