#include "GoalDetailPanel.h"

#include "models/GoalHistoryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tavle::ui {

namespace {

QLabel* wrappedLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

GoalDetailPanel::GoalDetailPanel(QWidget* parent)
    : QWidget(parent), m_heading(wrappedLabel(QStringLiteral("goalHeading"), this)),
      m_scope(wrappedLabel(QStringLiteral("goalScope"), this)),
      m_description(wrappedLabel(QStringLiteral("goalDescription"), this)),
      m_target(wrappedLabel(QStringLiteral("goalTarget"), this)),
      m_historyLabel(new QLabel(tr("History"), this)), m_table(new QTableView(this)),
      m_history(new GoalHistoryModel(this))
{
    setObjectName(QStringLiteral("goalDetail"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_heading->setFont(font);
    layout->addWidget(m_heading);
    layout->addWidget(m_scope);
    layout->addWidget(m_description);
    layout->addWidget(m_target);
    QFont bold = m_historyLabel->font();
    bold.setBold(true);
    m_historyLabel->setFont(bold);
    m_historyLabel->setBuddy(m_table);
    layout->addWidget(m_historyLabel);
    m_table->setObjectName(QStringLiteral("goalHistory"));
    m_table->setModel(m_history);
    m_table->setAccessibleName(tr("Status history"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(GoalHistoryModel::NoteColumn,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    setGoal(StrategySnapshot{}, nullptr, 0);
}

QString GoalDetailPanel::target(const Goal& goal)
{
    const QString date = goal.targetDate.toString(QStringLiteral("dd-MM-yyyy"));
    if (goal.targetValue) {
        const QString value =
            goal.targetUnit.isEmpty()
                ? QString::number(*goal.targetValue)
                : QStringLiteral("%1 %2").arg(*goal.targetValue).arg(goal.targetUnit);
        const QString now = goal.currentValue ? tr(" (now %1)").arg(*goal.currentValue) : QString();
        if (goal.targetDate.isValid())
            return tr("Target: %1 by %2%3").arg(value, date, now);
        return tr("Target: %1%2").arg(value, now);
    }
    if (goal.targetDate.isValid())
        return tr("Target date: %1").arg(date);
    return {};
}

void GoalDetailPanel::setGoal(const StrategySnapshot& snapshot, const Goal* goal, Id departmentId)
{
    if (!goal) {
        m_heading->setText(tr("Choose a goal to see its detail and history."));
        m_scope->clear();
        m_description->clear();
        m_target->clear();
        m_history->setHistory({});
        m_historyLabel->hide();
        m_table->hide();
        return;
    }
    m_heading->setText(QStringLiteral("%1 %2").arg(goal->code, goal->title));
    const FocusArea* area = snapshot.focusArea(goal->focusAreaId);
    const QString scope = goal->scope == GoalScope::Hospital ? tr("Holds for the whole hospital")
                                                             : tr("Holds for each department");
    m_scope->setText(area ? tr("%1 · %2").arg(area->title, scope) : scope);
    m_description->setText(goal->description);
    m_description->setVisible(!goal->description.isEmpty());
    QString target = GoalDetailPanel::target(*goal);
    if (goal->retiredOn.isValid())
        target += (target.isEmpty() ? QString() : QStringLiteral("\n")) +
                  tr("Retired on %1").arg(goal->retiredOn.toString(QStringLiteral("dd-MM-yyyy")));
    m_target->setText(target);
    m_target->setVisible(!target.isEmpty());
    m_history->setHistory(snapshot.rollup.history(goal->id, departmentId));
    QString whose = tr("the hospital");
    for (const Department& d : snapshot.departments) {
        if (d.id == departmentId)
            whose = d.name;
    }
    m_historyLabel->setText(m_history->rowCount()
                                ? tr("&History for %1").arg(whose)
                                : tr("&History for %1: no status set yet").arg(whose));
    m_historyLabel->show();
    m_table->setVisible(m_history->rowCount() > 0);
}

QString GoalDetailPanel::heading() const
{
    return m_heading->text();
}

QString GoalDetailPanel::targetText() const
{
    return m_target->text();
}

} // namespace tavle::ui
