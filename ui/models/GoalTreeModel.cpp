#include "GoalTreeModel.h"

#include "GoalStyle.h"

#include <QFont>
#include <QHash>

namespace tavle::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

GoalTreeModel::GoalTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

void GoalTreeModel::setSnapshot(const StrategySnapshot& snapshot, Id departmentId,
                                const QDate& today, const QDate& since)
{
    const GoalScope scope = departmentId ? GoalScope::Department : GoalScope::Hospital;
    QHash<Id, tavle::GoalStatusChange> changes;
    for (const tavle::GoalStatusChange& c :
         StrategyGoals::changes(snapshot, departmentId, since, today))
        changes.insert(c.goalId, c);

    QList<GoalTreeArea> areas;
    for (const FocusArea& area : snapshot.focusAreas) {
        GoalTreeArea shown{area, snapshot.figure(departmentId, today, area.id), {}};
        for (const Goal& goal : snapshot.goals) {
            if (goal.focusAreaId != area.id || goal.scope != scope || !goal.countsOn(today))
                continue;
            GoalTreeRow row;
            row.goal = goal;
            const GoalStatusEntry* entry = snapshot.rollup.entryOn(goal.id, departmentId, today);
            if (entry) {
                row.entry = *entry;
                row.status = entry->status;
            }
            if (changes.contains(goal.id))
                row.change = changes.value(goal.id);
            shown.goals.append(row);
        }
        if (!shown.goals.isEmpty())
            areas.append(shown);
    }
    beginResetModel();
    m_areas = std::move(areas);
    m_since = since;
    endResetModel();
}

void GoalTreeModel::clear()
{
    beginResetModel();
    m_areas.clear();
    endResetModel();
}

const GoalTreeRow* GoalTreeModel::goalAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const GoalTreeArea& area = m_areas.at(qsizetype(index.internalId() - 1));
    return &area.goals.at(index.row());
}

const GoalTreeArea* GoalTreeModel::areaAt(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    const qsizetype row = index.internalId() == 0 ? index.row() : qsizetype(index.internalId() - 1);
    return &m_areas.at(row);
}

QModelIndex GoalTreeModel::indexOfGoal(Id goalId, int column) const
{
    for (qsizetype a = 0; a < m_areas.size(); ++a) {
        const QList<GoalTreeRow>& goals = m_areas.at(a).goals;
        for (qsizetype g = 0; g < goals.size(); ++g) {
            if (goals.at(g).goal.id == goalId)
                return createIndex(int(g), column, quintptr(a + 1));
        }
    }
    return {};
}

QModelIndex GoalTreeModel::indexOfArea(Id focusAreaId) const
{
    for (qsizetype a = 0; a < m_areas.size(); ++a) {
        if (m_areas.at(a).area.id == focusAreaId)
            return createIndex(int(a), CodeColumn, quintptr(0));
    }
    return {};
}

QList<const GoalTreeRow*> GoalTreeModel::changedGoals() const
{
    QList<const GoalTreeRow*> changed;
    for (const GoalTreeArea& area : m_areas) {
        for (const GoalTreeRow& row : area.goals) {
            if (row.change)
                changed << &row;
        }
    }
    return changed;
}

int GoalTreeModel::goalCount() const
{
    int count = 0;
    for (const GoalTreeArea& area : m_areas)
        count += int(area.goals.size());
    return count;
}

QModelIndex GoalTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex GoalTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), CodeColumn, quintptr(0));
}

int GoalTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_areas.size());
    if (parent.internalId() != 0 || parent.column() != CodeColumn)
        return 0;
    return int(m_areas.at(parent.row()).goals.size());
}

int GoalTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant GoalTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (const GoalTreeRow* row = goalAt(index))
        return goalData(*row, index.column(), role);
    return areaData(m_areas.at(index.row()), index.column(), role);
}

QVariant GoalTreeModel::areaData(const GoalTreeArea& area, int column, int role) const
{
    if (role == FocusAreaIdRole)
        return area.area.id;
    if (role == GoalIdRole)
        return Id(0);
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case CodeColumn:
        return QString::number(area.area.position);
    case TitleColumn:
        return area.area.title;
    case StatusColumn:
        return GoalStyle::shortFigureText(area.count);
    default:
        break;
    }
    return {};
}

QVariant GoalTreeModel::goalData(const GoalTreeRow& row, int column, int role) const
{
    switch (role) {
    case GoalIdRole:
        return row.goal.id;
    case StatusRole:
        return int(row.status);
    case FocusAreaIdRole:
        return row.goal.focusAreaId;
    case Qt::FontRole:
        if (row.change) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(GoalStyle::icon(row.status)) : QVariant();
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return GoalStyle::foreground(row.status);
        return {};
    case Qt::BackgroundRole:
        if (column == StatusColumn)
            return GoalStyle::background(row.status);
        return {};
    case Qt::ToolTipRole:
        if (column == TitleColumn && !row.goal.description.isEmpty())
            return row.goal.description;
        if (column == ChangeColumn && row.change) {
            const GoalStatusEntry& e = row.change->entry;
            return tr("%1 → %2 on %3 by %4")
                .arg(GoalStyle::text(row.change->before), GoalStyle::text(row.change->after),
                     dateText(e.effectiveOn), e.setBy.isEmpty() ? tr("(unknown)") : e.setBy);
        }
        if (column == NoteColumn && row.entry)
            return row.entry->note;
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case CodeColumn:
        return row.goal.code;
    case TitleColumn:
        return row.goal.title;
    case StatusColumn:
        return GoalStyle::text(row.status);
    case SinceColumn:
        return row.entry ? dateText(row.entry->effectiveOn) : QString();
    case NoteColumn:
        return row.entry ? row.entry->note.simplified() : QString();
    case ChangeColumn:
        if (row.change)
            return tr("● was %1").arg(GoalStyle::text(row.change->before));
        return {};
    default:
        break;
    }
    return {};
}

QVariant GoalTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ChangeColumn)
        return tr("What changed since %1 (a month ago)").arg(dateText(m_since));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Goal");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case SinceColumn:
        return tr("Since");
    case NoteColumn:
        return tr("Note");
    case ChangeColumn:
        return tr("Changed");
    default:
        break;
    }
    return {};
}

Qt::ItemFlags GoalTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace tavle::ui
