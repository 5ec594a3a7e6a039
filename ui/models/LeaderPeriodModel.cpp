#include "LeaderPeriodModel.h"

namespace tavle::ui {

LeaderPeriodModel::LeaderPeriodModel(QObject* parent) : QAbstractTableModel(parent) {}

void LeaderPeriodModel::setPeriods(QList<LeaderPeriod> periods)
{
    beginResetModel();
    m_periods = std::move(periods);
    endResetModel();
    emit periodsChanged();
}

void LeaderPeriodModel::setNames(QHash<Id, QString> names)
{
    m_names = std::move(names);
    if (!m_periods.isEmpty())
        emit dataChanged(index(0, PersonColumn), index(rowCount() - 1, PersonColumn));
}

int LeaderPeriodModel::appendPeriod(const QDate& from, const QDate& to)
{
    const int row = int(m_periods.size());
    beginInsertRows({}, row, row);
    LeaderPeriod period;
    period.from = from;
    period.to = to;
    m_periods << period;
    endInsertRows();
    emit periodsChanged();
    return row;
}

void LeaderPeriodModel::removePeriod(int row)
{
    if (row < 0 || row >= m_periods.size())
        return;
    beginRemoveRows({}, row, row);
    m_periods.removeAt(row);
    endRemoveRows();
    emit periodsChanged();
}

int LeaderPeriodModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int LeaderPeriodModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderPeriodModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_periods.size())
        return {};
    const LeaderPeriod& p = m_periods.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PersonColumn:
            return p.personId ? m_names.value(p.personId) : tr("(choose a person)");
        case FromColumn:
            return p.from.toString(QStringLiteral("dd-MM-yyyy"));
        case ToColumn:
            return p.to.toString(QStringLiteral("dd-MM-yyyy"));
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case PersonColumn:
            return p.personId;
        case FromColumn:
            return p.from;
        case ToColumn:
            return p.to;
        }
    }
    return {};
}

bool LeaderPeriodModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_periods.size())
        return false;
    LeaderPeriod& p = m_periods[index.row()];
    switch (index.column()) {
    case PersonColumn:
        p.personId = value.toLongLong();
        break;
    case FromColumn:
        p.from = value.toDate();
        break;
    case ToColumn:
        p.to = value.toDate();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    emit periodsChanged();
    return true;
}

Qt::ItemFlags LeaderPeriodModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant LeaderPeriodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PersonColumn:
        return tr("Meeting leader");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    }
    return {};
}

} // namespace tavle::ui
