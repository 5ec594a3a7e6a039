#include "GoalHistoryModel.h"

#include "GoalStyle.h"

#include <algorithm>

namespace tavle::ui {

GoalHistoryModel::GoalHistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

void GoalHistoryModel::setHistory(const QList<GoalStatusEntry>& history)
{
    beginResetModel();
    m_entries = history;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

const GoalStatusEntry* GoalHistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int GoalHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int GoalHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GoalStatusEntry& e = m_entries.at(index.row());
    if (index.column() == StatusColumn) {
        if (role == Qt::DecorationRole)
            return GoalStyle::icon(e.status);
        if (role == Qt::ForegroundRole)
            return GoalStyle::foreground(e.status);
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return e.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return e.effectiveOn.toString(QStringLiteral("dd-MM-yyyy"));
    case StatusColumn:
        return GoalStyle::text(e.status);
    case SetByColumn:
        return e.setBy;
    case NoteColumn:
        return e.note.simplified();
    default:
        break;
    }
    return {};
}

QVariant GoalHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    case SetByColumn:
        return tr("Set by");
    case NoteColumn:
        return tr("Note");
    default:
        break;
    }
    return {};
}

} // namespace tavle::ui
