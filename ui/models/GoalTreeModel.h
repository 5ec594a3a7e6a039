#pragma once

#include "services/StrategyGoals.h"

#include <QAbstractItemModel>
#include <QDate>
#include <optional>

namespace tavle::ui {

/// A goal as the department view shows it: its status on the day, the row it comes from, and
/// how it changed since the day compared with.
struct GoalTreeRow
{
    Goal goal;
    GoalStatus status = GoalStatus::NotStarted;
    std::optional<GoalStatusEntry> entry; ///< nullopt: never set (counts as not started)
    std::optional<tavle::GoalStatusChange> change;
};

/// A focus area with its figure and its goals.
struct GoalTreeArea
{
    FocusArea area;
    GoalCount count;
    QList<GoalTreeRow> goals;
};

/// The department view: focus areas in order, each with its own figure, and under each its
/// goals that count on the day (code, title, status, since, note, what changed). For a
/// department the department-scope goals with that department's statuses; for the hospital
/// (department 0) the hospital-scope goals, with the hospital-wide figure per focus area.
class GoalTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        StatusColumn,
        SinceColumn,
        ChangeColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role
    {
        GoalIdRole = Qt::UserRole, ///< 0 on a focus area's row
        StatusRole,                ///< the GoalStatus as int on a goal's row
        FocusAreaIdRole
    };

    explicit GoalTreeModel(QObject* parent = nullptr);

    /// Shows `departmentId` (0: the hospital) on `today`, marking what changed since `since`.
    void setSnapshot(const StrategySnapshot& snapshot, Id departmentId, const QDate& today,
                     const QDate& since);
    void clear();

    const GoalTreeRow* goalAt(const QModelIndex& index) const;
    const GoalTreeArea* areaAt(const QModelIndex& index) const;
    QModelIndex indexOfGoal(Id goalId, int column = CodeColumn) const;
    QModelIndex indexOfArea(Id focusAreaId) const;
    /// The goals that changed since the day compared with, in order.
    QList<const GoalTreeRow*> changedGoals() const;
    int goalCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QVariant areaData(const GoalTreeArea& area, int column, int role) const;
    QVariant goalData(const GoalTreeRow& row, int column, int role) const;

    QList<GoalTreeArea> m_areas;
    QDate m_since;
};

} // namespace tavle::ui
