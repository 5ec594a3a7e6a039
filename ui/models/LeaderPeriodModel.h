#pragma once

#include "domain/MeetingLog.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tavle::ui {

/// The meeting leaders of a series, edited in place: who leads from one date to another.
class LeaderPeriodModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PersonColumn,
        FromColumn,
        ToColumn,
        ColumnCount
    };

    explicit LeaderPeriodModel(QObject* parent = nullptr);

    void setPeriods(QList<LeaderPeriod> periods);
    const QList<LeaderPeriod>& periods() const { return m_periods; }
    void setNames(QHash<Id, QString> names);
    QString name(Id personId) const { return m_names.value(personId); }

    /// Adds a period at the end, from `from` to `to`, without a person yet; returns its row.
    int appendPeriod(const QDate& from, const QDate& to);
    void removePeriod(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    /// Any period changed, was added or removed.
    void periodsChanged();

private:
    QList<LeaderPeriod> m_periods;
    QHash<Id, QString> m_names;
};

} // namespace tavle::ui
