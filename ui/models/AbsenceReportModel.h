#pragma once

#include "models/SortedTableModel.h"
#include "rules/AttendanceStats.h"

#include <QCollatorSortKey>
#include <vector>

namespace tavle::ui {

/// One absence: a person expected at a held meeting who did not come.
struct AbsenceRow
{
    Id personId = 0;
    QString name;
    QDate date;
    Id meetingId = 0;
    QString meetingType;
    QString seriesTitle; ///< empty for a meeting of no series
    QString departmentName;
    Attendance status = Attendance::Absent; ///< Absent or Excused
};

/// The absence report of a period: one row per absence or excused absence, by name, then date.
/// Exported to CSV as shown, in the order shown.
class AbsenceReportModel : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        DateColumn,
        MeetingColumn,
        AbsenceColumn,
        DepartmentColumn,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1, ///< Id of the row's person
        MeetingIdRole                    ///< Id of the meeting missed
    };

    explicit AbsenceReportModel(QObject* parent = nullptr);

    /// Replaces every row, keeping the sort order.
    void setRows(QList<AbsenceRow> rows);
    const AbsenceRow* rowAt(int row) const;
    int absentCount() const { return m_absent; }
    int excusedCount() const { return m_excused; }
    /// How many people the rows name.
    int personCount() const { return m_people; }

    /// The rows as shown, as RFC 4180 CSV (CRLF): name, date (yyyy-mm-dd), meeting_type,
    /// series, department, absence (absent or excused).
    QString toCsv() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The meeting of a row as the report names it: the series' title, else the type.
    static QString meetingText(const AbsenceRow& row);
    static QString absenceText(Attendance status);

private:
    std::function<int(int, int)> comparison(int column) override;

    QList<AbsenceRow> m_rows; ///< by name, date and meeting
    std::vector<QCollatorSortKey> m_nameKeys;
    std::vector<QCollatorSortKey> m_meetingKeys;
    std::vector<QCollatorSortKey> m_departmentKeys;
    int m_absent = 0;
    int m_excused = 0;
    int m_people = 0;
};

} // namespace tavle::ui
