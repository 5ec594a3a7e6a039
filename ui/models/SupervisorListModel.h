#pragma once

#include "models/SortedTableModel.h"
#include "storage/PersonRepository.h"

#include <QCollatorSortKey>
#include <vector>

namespace tavle::ui {

/// The supervisors of the people workspace with their load: how many current and coming
/// trainees they are main supervisor for. Sorted in the model (names in Danish order).
class SupervisorListModel : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CurrentColumn,
        ComingColumn,
        EmailColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1 ///< Id of the supervisor
    };

    explicit SupervisorListModel(QObject* parent = nullptr);

    /// Replaces every row (a full reload), keeping the sort order.
    void setRows(QList<SupervisorLoad> rows);

    /// The supervisor behind a visible row; nullptr when out of range.
    const SupervisorLoad* rowAt(int row) const;
    /// The row of a person, or -1.
    int rowOfPerson(Id personId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::function<int(int, int)> comparison(int column) override;

    QList<SupervisorLoad> m_rows;
    std::vector<QCollatorSortKey> m_nameKeys;
};

} // namespace tavle::ui
