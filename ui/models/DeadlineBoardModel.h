#pragma once

#include "models/SortedTableModel.h"
#include "services/DeadlineBoard.h"

#include <QCollatorSortKey>
#include <QDate>
#include <optional>
#include <vector>

namespace tavle::ui {

/// What the board shows of the loaded rows.
struct BoardFilter
{
    enum class Status
    {
        Any,
        Open, ///< not held yet: overdue, due soon or upcoming
        Overdue,
        DueSoon,
        Upcoming,
        Held
    };
    static constexpr Id kAnySupervisor = 0;
    static constexpr Id kNoSupervisor = -1;

    std::optional<Level> level;
    Status status = Status::Any;
    Id supervisorId = kAnySupervisor; ///< a person, kAnySupervisor or kNoSupervisor
    QString text;                     ///< matches trainee, e-mail or supervisor, any case

    bool operator==(const BoardFilter& other) const;
};

/// A main supervisor who appears on the board, for the supervisor filter.
struct SupervisorChoice
{
    Id id = 0;
    QString name;
};

/// Everything the board shows, prepared in the loader's worker thread so that the window's
/// thread only swaps it in: the rows, their search texts, the counts and the supervisors.
struct BoardSnapshot
{
    QList<DeadlineRow> rows;
    std::vector<QString> searchText;     ///< per row: folded name, e-mail and supervisor
    QList<SupervisorChoice> supervisors; ///< distinct, in Danish alphabetical order
    DeadlineCounts counts;
    QDate today;

    static BoardSnapshot prepare(QList<DeadlineRow> rows, const QDate& today);
};

/// The deadline board: one row per current or coming placement of the loaded department(s),
/// filtered and sorted in the model itself, so that a keystroke in the search field on
/// 100,000 rows costs one pass over plain structs (see docs/PERFORMANCE.md). The default
/// order is by urgency: overdue first, then due soon, upcoming, and held last; within a status
/// by due date, then trainee name in Danish order.
class DeadlineBoardModel : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TraineeColumn,
        LevelColumn,
        DepartmentColumn,
        StartColumn,
        DueColumn,
        DaysColumn,
        SupervisorColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        PlacementIdRole = Qt::UserRole + 1, ///< Id of the row's placement
        StatusRole                          ///< int(DeadlineStatus)
    };

    explicit DeadlineBoardModel(QObject* parent = nullptr);

    /// Replaces every row (a full reload), keeping filter and sort order.
    void setSnapshot(BoardSnapshot snapshot);
    void setRows(QList<DeadlineRow> rows, const QDate& today);
    const QDate& today() const { return m_today; }

    void setFilter(const BoardFilter& filter);
    const BoardFilter& filter() const { return m_filter; }

    /// Rows loaded, before filtering.
    int totalCount() const { return int(m_rows.size()); }
    /// The counts of the loaded rows, before filtering.
    const DeadlineCounts& counts() const { return m_counts; }
    const QList<DeadlineRow>& allRows() const { return m_rows; }
    const QList<SupervisorChoice>& supervisors() const { return m_supervisors; }

    /// The row behind a visible row; nullptr when out of range.
    const DeadlineRow* rowAt(int row) const;
    /// The visible row of a placement, or -1.
    int rowOfPlacement(Id placementId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The text of a status, e.g. "Overdue" (translated).
    static QString statusText(DeadlineStatus status);
    /// The long name of a level, e.g. "Introductory post" (translated).
    static QString levelName(Level level);

private:
    bool accepts(qsizetype row) const;
    void applyFilterAndSort();
    std::function<int(int, int)> comparison(int column) override;
    const std::vector<QCollatorSortKey>& supervisorKeys();
    const std::vector<QCollatorSortKey>& traineeKeys();
    QString daysText(const DeadlineRow& row) const;

    QList<DeadlineRow> m_rows;
    std::vector<QString> m_searchText;
    QList<SupervisorChoice> m_supervisors;
    std::vector<QCollatorSortKey> m_traineeKeys;
    std::vector<QCollatorSortKey> m_supervisorKeys;
    BoardFilter m_filter;
    DeadlineCounts m_counts;
    QDate m_today;
};

} // namespace tavle::ui
