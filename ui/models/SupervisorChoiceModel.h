#pragma once

#include "models/DeadlineBoardModel.h"

#include <QAbstractListModel>

namespace tavle::ui {

/// The choices of the board's supervisor filter: "all supervisors", "without main
/// supervisor", then every main supervisor on the board. A list model, so that tens of
/// thousands of names go into the combo box in one reset instead of one insert each.
class SupervisorChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole ///< BoardFilter::kAnySupervisor, kNoSupervisor or a person's id
    };

    explicit SupervisorChoiceModel(QObject* parent = nullptr);
    void setSupervisors(QList<SupervisorChoice> supervisors);
    /// The row of a choice, or -1.
    int rowOf(Id id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    static constexpr int kFixedRows = 2;
    QList<SupervisorChoice> m_supervisors;
};

} // namespace tavle::ui
