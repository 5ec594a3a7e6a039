#include "GoalMatrixModel.h"

#include "GoalStyle.h"

#include <QFont>

namespace tavle::ui {

GoalMatrixModel::GoalMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void GoalMatrixModel::setSnapshot(const StrategySnapshot& snapshot, const QDate& today)
{
    QList<Goal> goals;
    for (const Goal& goal : snapshot.goals) {
        if (goal.countsOn(today))
            goals.append(goal);
    }
    QList<Row> rows;
    auto makeRow = [&](Id departmentId, const QString& name) {
        Row row{departmentId, name, snapshot.figure(departmentId, today), {}};
        const GoalScope scope = departmentId ? GoalScope::Department : GoalScope::Hospital;
        for (const Goal& goal : goals) {
            Cell cell;
            cell.applies = goal.scope == scope;
            if (cell.applies) {
                if (const GoalStatusEntry* e =
                        snapshot.rollup.entryOn(goal.id, departmentId, today)) {
                    cell.entry = *e;
                    cell.status = e->status;
                }
            }
            row.cells.append(cell);
        }
        rows.append(row);
    };
    for (const Department& d : snapshot.departments)
        makeRow(d.id, d.name);
    makeRow(0, tr("Hospital"));

    beginResetModel();
    m_goals = std::move(goals);
    m_rows = std::move(rows);
    m_threshold = snapshot.strategy.greenThresholdPercent;
    endResetModel();
}

void GoalMatrixModel::clear()
{
    beginResetModel();
    m_goals.clear();
    m_rows.clear();
    endResetModel();
}

int GoalMatrixModel::rowOf(Id departmentId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).departmentId == departmentId)
            return int(i);
    }
    return -1;
}

int GoalMatrixModel::columnOf(Id goalId) const
{
    for (qsizetype i = 0; i < m_goals.size(); ++i) {
        if (m_goals.at(i).id == goalId)
            return int(i) + FirstGoalColumn;
    }
    return -1;
}

int GoalMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GoalMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstGoalColumn + int(m_goals.size());
}

QVariant GoalMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == DepartmentIdRole)
        return row.departmentId;
    if (index.column() >= FirstGoalColumn)
        return cellData(row, index.column() - FirstGoalColumn, role);
    const GoalStyle::Light light = GoalStyle::light(row.count, m_threshold);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return row.name;
        if (index.column() == PercentColumn)
            return GoalStyle::percentText(row.count);
        return QStringLiteral("%1 %2").arg(GoalStyle::lightSymbol(light),
                                           GoalStyle::lightText(light));
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && row.departmentId == 0)
            return tr("The hospital-scope goals; its figure is the hospital-wide one: every "
                      "department's goals and the hospital-scope goals.");
        if (index.column() != NameColumn)
            return GoalStyle::figureText(row.count);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == LightColumn)
            return GoalStyle::lightColor(light).darker(130);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PercentColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (row.departmentId == 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        break;
    }
    return {};
}

QVariant GoalMatrixModel::cellData(const Row& row, int goalColumn, int role) const
{
    const Goal& goal = m_goals.at(goalColumn);
    const Cell& cell = row.cells.at(goalColumn);
    if (role == GoalIdRole)
        return goal.id;
    if (!cell.applies) {
        if (role == Qt::ToolTipRole) {
            return goal.scope == GoalScope::Hospital
                       ? tr("%1 holds for the whole hospital: see the hospital row.").arg(goal.code)
                       : tr("%1 holds for each department.").arg(goal.code);
        }
        return {};
    }
    switch (role) {
    case StatusRole:
        return int(cell.status);
    case Qt::DisplayRole:
        return GoalStyle::symbol(cell.status);
    case Qt::AccessibleTextRole:
        return GoalStyle::text(cell.status);
    case Qt::ForegroundRole:
        return GoalStyle::foreground(cell.status);
    case Qt::BackgroundRole:
        return GoalStyle::background(cell.status);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        QString tip =
            tr("%1 %2\n%3: %4").arg(goal.code, goal.title, row.name, GoalStyle::text(cell.status));
        if (cell.entry) {
            tip += QLatin1Char('\n') +
                   tr("Since %1, set by %2")
                       .arg(cell.entry->effectiveOn.toString(QStringLiteral("dd-MM-yyyy")),
                            cell.entry->setBy.isEmpty() ? tr("(unknown)") : cell.entry->setBy);
            if (!cell.entry->note.isEmpty())
                tip += QLatin1Char('\n') + cell.entry->note;
        } else {
            tip += QLatin1Char('\n') + tr("No status set yet.");
        }
        return tip;
    }
    default:
        break;
    }
    return {};
}

QVariant GoalMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section >= FirstGoalColumn && section < columnCount()) {
        const Goal& goal = m_goals.at(section - FirstGoalColumn);
        if (role == Qt::DisplayRole)
            return goal.code;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("%1 %2").arg(goal.code, goal.title);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Department");
    case PercentColumn:
        return tr("Achieved");
    case LightColumn:
        return tr("Traffic light");
    default:
        break;
    }
    return {};
}

} // namespace tavle::ui
