#include "GoalSummaryHeader.h"

#include "GoalStyle.h"
#include "widgets/TrafficLight.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace tavle::ui {

GoalSummaryHeader::GoalSummaryHeader(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_figure(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_light(new TrafficLight(this)),
      m_changes(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading->setObjectName(QStringLiteral("goalsHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);

    auto* row = new QHBoxLayout;
    m_figure->setObjectName(QStringLiteral("goalsFigure"));
    QFont bold = m_figure->font();
    bold.setBold(true);
    m_figure->setFont(bold);
    row->addWidget(m_figure);
    m_progress->setObjectName(QStringLiteral("goalsProgress"));
    m_progress->setAccessibleName(tr("Goals achieved"));
    m_progress->setMaximumWidth(320);
    m_progress->setMinimumWidth(180);
    row->addWidget(m_progress, 1);
    row->addSpacing(12);
    row->addWidget(m_light, 2);
    layout->addLayout(row);

    m_changes->setObjectName(QStringLiteral("goalsChanges"));
    m_changes->setWordWrap(true);
    layout->addWidget(m_changes);
}

void GoalSummaryHeader::show(const StrategySnapshot& snapshot, Id departmentId,
                             const QString& departmentName, const QDate& today, const QDate& since,
                             const QList<tavle::GoalStatusChange>& changed)
{
    const GoalCount count = snapshot.figure(departmentId, today);
    m_heading->setText(departmentId
                           ? tr("%1 · %2").arg(departmentName, snapshot.strategy.name)
                           : tr("The hospital, all departments · %1").arg(snapshot.strategy.name));
    m_figure->setText(GoalStyle::figureText(count));
    m_progress->setRange(0, std::max(1, count.applicable));
    m_progress->setValue(count.achieved);
    m_progress->setFormat(GoalStyle::percentText(count));
    m_progress->setAccessibleDescription(m_figure->text());
    m_light->setFigure(count, snapshot.strategy.greenThresholdPercent);

    const QString sinceText = since.toString(QStringLiteral("dd-MM-yyyy"));
    if (changed.isEmpty()) {
        m_changes->setText(tr("No status changed since %1.").arg(sinceText));
        return;
    }
    QStringList items;
    for (const tavle::GoalStatusChange& c : changed) {
        const Goal* goal = snapshot.goal(c.goalId);
        items << tr("%1 %2 → %3")
                     .arg(goal ? goal->code : QString(), GoalStyle::text(c.before),
                          GoalStyle::text(c.after));
    }
    m_changes->setText(tr("Changed since %1 (marked ● in the list): %2")
                           .arg(sinceText, items.join(QStringLiteral("; "))));
}

} // namespace tavle::ui
