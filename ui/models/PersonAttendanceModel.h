#pragma once

#include "models/SortedTableModel.h"
#include "rules/AttendanceStats.h"

#include <QCollatorSortKey>
#include <vector>

namespace tavle::ui {

/// One person's attendance over a period, with their name.
struct PersonAttendanceRow
{
    QString name;
    PersonAttendance counts;
};

/// Each person's attendance at the held meetings of a period: expected, present, absent,
/// excused and the rate (present of expected; excused absence is absence too). Sorted by rate,
/// lowest first, so that those who need a reminder come first; names in Danish order.
class PersonAttendanceModel : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ExpectedColumn,
        PresentColumn,
        AbsentColumn,
        ExcusedColumn,
        RateColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1, ///< Id of the row's person
        RateRole                         ///< double, 0 to 1
    };

    explicit PersonAttendanceModel(QObject* parent = nullptr);

    /// Replaces every row, keeping the sort order.
    void setRows(QList<PersonAttendanceRow> rows);
    /// The row shown at a visible position; nullptr when out of range.
    const PersonAttendanceRow* rowAt(int row) const;
    /// The visible row of a person, or -1.
    int rowOfPerson(Id personId) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// A rate as the window shows it: "75 %".
    static QString rateText(double rate);

private:
    std::function<int(int, int)> comparison(int column) override;

    QList<PersonAttendanceRow> m_rows; ///< by name in Danish order
    std::vector<QCollatorSortKey> m_nameKeys;
};

} // namespace tavle::ui
