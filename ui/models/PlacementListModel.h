#pragma once

#include "models/SortedTableModel.h"
#include "storage/PlacementRepository.h"

#include <QCollatorSortKey>
#include <QDate>
#include <vector>

namespace tavle::ui {

/// What the trainee list shows of the loaded placements.
struct PlacementFilter
{
    bool showEnded = false; ///< also placements that ended before today
    QString text;           ///< matches trainee, e-mail or main supervisor, any case

    bool operator==(const PlacementFilter& other) const;
};

/// The trainees of the people workspace: one row per placement of the loaded department(s),
/// filtered and sorted in the model itself (names in Danish order: æ, ø, å last). Without
/// showEnded only current and coming placements are shown, counted from today.
class PlacementListModel : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TraineeColumn,
        EmailColumn,
        LevelColumn,
        DepartmentColumn,
        StartColumn,
        EndColumn,
        SupervisorColumn,
        ColumnCount
    };
    enum Role
    {
        PlacementIdRole = Qt::UserRole + 1, ///< Id of the row's placement
        TraineeIdRole,                      ///< Id of the trainee
        EndedRole                           ///< bool: the placement ended before today
    };

    explicit PlacementListModel(QObject* parent = nullptr);

    /// Replaces every row (a full reload), keeping filter and sort order.
    void setRows(QList<PlacementView> rows, const QDate& today);
    const QDate& today() const { return m_today; }

    void setFilter(const PlacementFilter& filter);
    const PlacementFilter& filter() const { return m_filter; }

    /// Rows loaded, before filtering.
    int totalCount() const { return int(m_rows.size()); }
    /// Rows that pass the showEnded choice, before the search text.
    int shownWithoutSearch() const { return m_withoutSearch; }

    /// The placement behind a visible row; nullptr when out of range.
    const PlacementView* rowAt(int row) const;
    /// The visible row of a placement, or -1.
    int rowOfPlacement(Id placementId) const;
    /// Whether a placement ended before today.
    bool isEnded(const Placement& placement) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The text of the end column: the date, marked when the placement has ended.
    static QString endText(const QDate& end, bool ended);

private:
    bool passesEnded(qsizetype row) const;
    void applyFilterAndSort();
    std::function<int(int, int)> comparison(int column) override;

    QList<PlacementView> m_rows;       ///< by trainee name, start date and id
    std::vector<QString> m_searchText; ///< per row: folded name, e-mail and supervisor
    std::vector<QCollatorSortKey> m_traineeKeys;
    std::vector<QCollatorSortKey> m_supervisorKeys;
    PlacementFilter m_filter;
    QDate m_today;
    int m_withoutSearch = 0;
};

} // namespace tavle::ui
