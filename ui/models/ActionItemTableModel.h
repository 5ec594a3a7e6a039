#pragma once

#include "domain/MeetingLog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tavle::ui {

/// The action items of a meeting being logged, edited in place: what is to be done, who does
/// it and by when. Items keep their ids (and done dates), so that saving updates them.
class ActionItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn,
        OwnerColumn,
        DueColumn,
        ColumnCount
    };

    explicit ActionItemTableModel(QObject* parent = nullptr);

    void setItems(QList<ActionItem> items);
    const QList<ActionItem>& items() const { return m_items; }
    /// The names shown for owners.
    void setNames(QHash<Id, QString> names);

    /// Adds an empty item at `row` (at the end when out of range); returns its row.
    int insertItem(int row);
    void removeItem(int row);
    /// Whether a row holds nothing yet: no text, owner or due date.
    bool isBlank(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ActionItem> m_items;
    QHash<Id, QString> m_names;
};

} // namespace tavle::ui
