#pragma once

#include "services/StrategyGoals.h"

#include <QAbstractTableModel>
#include <QDate>

namespace tavle::ui {

/// The hospital matrix: a row per department and a last row for the hospital, a column per
/// goal that counts on the day. Each cell is a status symbol (✓ ◐ ○ –) with its colour and a
/// tooltip with the date, who set it and the note; department rows fill the department-scope
/// goals, the hospital row the hospital-scope goals. The first columns give each row's
/// figure (the hospital row: the hospital-wide figure) and its traffic light in words.
class GoalMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        PercentColumn,
        LightColumn,
        FirstGoalColumn
    };
    enum Role
    {
        DepartmentIdRole = Qt::UserRole, ///< 0 on the hospital row
        GoalIdRole,                      ///< on goal columns
        StatusRole                       ///< the GoalStatus as int; invalid for an empty cell
    };

    explicit GoalMatrixModel(QObject* parent = nullptr);

    void setSnapshot(const StrategySnapshot& snapshot, const QDate& today);
    void clear();

    /// The row of a department (0: the hospital), -1 when not shown.
    int rowOf(Id departmentId) const;
    /// The column of a goal, -1 when not shown.
    int columnOf(Id goalId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        bool applies = false; ///< the goal's scope matches the row
        GoalStatus status = GoalStatus::NotStarted;
        std::optional<GoalStatusEntry> entry;
    };
    struct Row
    {
        Id departmentId = 0;
        QString name;
        GoalCount count;
        QList<Cell> cells;
    };

    QVariant cellData(const Row& row, int goalColumn, int role) const;

    QList<Goal> m_goals;
    QList<Row> m_rows;
    int m_threshold = 90;
};

} // namespace tavle::ui
