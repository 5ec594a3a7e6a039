#include "AttendanceListModel.h"

#include "StatusStyle.h"

#include <algorithm>

namespace tavle::ui {

AttendanceListModel::AttendanceListModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttendanceListModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit attendanceChanged();
}

QList<Attendee> AttendanceListModel::attendees() const
{
    QList<Attendee> list;
    for (const Row& row : m_rows)
        list << Attendee{row.personId, row.status};
    return list;
}

int AttendanceListModel::rowOf(Id personId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).personId == personId)
            return i;
    }
    return -1;
}

bool AttendanceListModel::addPerson(Id personId, const QString& name)
{
    if (!personId || rowOf(personId) >= 0)
        return false;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows << Row{personId, name, Attendance::Present};
    endInsertRows();
    emit attendanceChanged();
    return true;
}

void AttendanceListModel::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit attendanceChanged();
}

void AttendanceListModel::setStatus(int row, Attendance status)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).status == status)
        return;
    m_rows[row].status = status;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit attendanceChanged();
}

void AttendanceListModel::cycleStatus(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    switch (m_rows.at(row).status) {
    case Attendance::Present:
        setStatus(row, Attendance::Absent);
        break;
    case Attendance::Absent:
        setStatus(row, Attendance::Excused);
        break;
    case Attendance::Excused:
        setStatus(row, Attendance::Present);
        break;
    }
}

int AttendanceListModel::count(Attendance status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const Row& row) { return row.status == status; }));
}

int AttendanceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QChar AttendanceListModel::statusKey(Attendance status)
{
    QString key;
    switch (status) {
    case Attendance::Present:
        key = tr("P", "the key that marks a person present; one letter, not A or E's letter");
        break;
    case Attendance::Absent:
        key = tr("A", "the key that marks a person absent; one letter");
        break;
    case Attendance::Excused:
        key = tr("E", "the key that marks a person excused; one letter");
        break;
    }
    return key.isEmpty() ? QChar() : key.at(0).toUpper();
}

QString AttendanceListModel::keyHint()
{
    return tr("%1: present, %2: absent, %3: excused, Space: the next of these")
        .arg(statusKey(Attendance::Present), statusKey(Attendance::Absent),
             statusKey(Attendance::Excused));
}

QVariant AttendanceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == PersonColumn ? row.name : statusText(row.status);
    case Qt::DecorationRole:
        if (index.column() == AttendanceColumn)
            return statusIcon(row.status);
        break;
    case Qt::ToolTipRole:
        return keyHint();
    case PersonIdRole:
        return row.personId;
    case AttendanceRole:
        return int(row.status);
    }
    return {};
}

QVariant AttendanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section == PersonColumn ? tr("Person") : tr("Attendance");
}

QString AttendanceListModel::statusText(Attendance status)
{
    switch (status) {
    case Attendance::Present:
        return tr("Present");
    case Attendance::Absent:
        return tr("Absent");
    case Attendance::Excused:
        return tr("Excused");
    }
    return {};
}

QIcon AttendanceListModel::statusIcon(Attendance status)
{
    switch (status) {
    case Attendance::Present:
        return StatusStyle::icon(DeadlineStatus::Held);
    case Attendance::Absent:
        return StatusStyle::icon(DeadlineStatus::Overdue);
    case Attendance::Excused:
        return StatusStyle::icon(DeadlineStatus::NoDeadline);
    }
    return {};
}

} // namespace tavle::ui
