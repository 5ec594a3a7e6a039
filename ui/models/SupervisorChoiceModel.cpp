#include "SupervisorChoiceModel.h"

namespace tavle::ui {

SupervisorChoiceModel::SupervisorChoiceModel(QObject* parent) : QAbstractListModel(parent) {}

void SupervisorChoiceModel::setSupervisors(QList<SupervisorChoice> supervisors)
{
    beginResetModel();
    m_supervisors = std::move(supervisors);
    endResetModel();
}

int SupervisorChoiceModel::rowOf(Id id) const
{
    if (id == BoardFilter::kAnySupervisor)
        return 0;
    if (id == BoardFilter::kNoSupervisor)
        return 1;
    for (qsizetype i = 0; i < m_supervisors.size(); ++i) {
        if (m_supervisors.at(i).id == id)
            return int(i) + kFixedRows;
    }
    return -1;
}

int SupervisorChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_supervisors.size()) + kFixedRows;
}

QVariant SupervisorChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (row == 0)
            return tr("All supervisors");
        if (row == 1)
            return tr("Without main supervisor");
        return m_supervisors.at(row - kFixedRows).name;
    }
    if (role == IdRole) {
        if (row == 0)
            return BoardFilter::kAnySupervisor;
        if (row == 1)
            return BoardFilter::kNoSupervisor;
        return m_supervisors.at(row - kFixedRows).id;
    }
    return {};
}

} // namespace tavle::ui
