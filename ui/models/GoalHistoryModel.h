#pragma once

#include "domain/Strategy.h"

#include <QAbstractTableModel>

namespace tavle::ui {

/// A goal's status history for a department (or the hospital), newest first: the day it holds
/// from, the status, who set it and the note.
class GoalHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        StatusColumn,
        SetByColumn,
        NoteColumn,
        ColumnCount
    };

    explicit GoalHistoryModel(QObject* parent = nullptr);

    /// `history` oldest first, as GoalRollup::history() gives it.
    void setHistory(const QList<GoalStatusEntry>& history);
    const GoalStatusEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<GoalStatusEntry> m_entries; ///< newest first
};

} // namespace tavle::ui
