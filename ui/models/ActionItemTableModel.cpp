#include "ActionItemTableModel.h"

#include <QFont>

namespace tavle::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

} // namespace

ActionItemTableModel::ActionItemTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ActionItemTableModel::setItems(QList<ActionItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void ActionItemTableModel::setNames(QHash<Id, QString> names)
{
    m_names = std::move(names);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, OwnerColumn), index(rowCount() - 1, OwnerColumn));
}

int ActionItemTableModel::insertItem(int row)
{
    if (row < 0 || row > m_items.size())
        row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.insert(row, ActionItem{});
    endInsertRows();
    return row;
}

void ActionItemTableModel::removeItem(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

bool ActionItemTableModel::isBlank(int row) const
{
    const ActionItem& item = m_items.at(row);
    return item.text.trimmed().isEmpty() && !item.ownerId && !item.dueDate.isValid();
}

int ActionItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ActionItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return item.text;
        case OwnerColumn:
            return m_names.value(item.ownerId);
        case DueColumn:
            return dateText(item.dueDate);
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case TextColumn:
            return item.text;
        case OwnerColumn:
            return item.ownerId;
        case DueColumn:
            return item.dueDate;
        }
        break;
    case Qt::FontRole:
        if (item.doneOn.isValid()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (item.doneOn.isValid())
            return tr("Done on %1").arg(dateText(item.doneOn));
        break;
    }
    return {};
}

bool ActionItemTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_items.size())
        return false;
    ActionItem& item = m_items[index.row()];
    switch (index.column()) {
    case TextColumn:
        item.text = value.toString().simplified();
        break;
    case OwnerColumn:
        item.ownerId = value.toLongLong();
        break;
    case DueColumn:
        item.dueDate = value.toDate();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags ActionItemTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant ActionItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Action item");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    }
    return {};
}

} // namespace tavle::ui
