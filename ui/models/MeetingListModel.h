#pragma once

#include "models/SortedTableModel.h"
#include "services/MeetingLog.h"

#include <QCollatorSortKey>
#include <QIcon>
#include <vector>

namespace tavle::ui {

/// What the meeting list shows of the loaded meetings.
struct MeetingListFilter
{
    Id meetingTypeId = 0; ///< 0 for every type
    QString text;         ///< matches series title, type or meeting leader, any case

    bool operator==(const MeetingListFilter& other) const;
};

/// Names one line of the meeting list across reloads: a series occurrence by its series and
/// date (it keeps its place when it is logged), any other meeting by its id.
struct MeetingKey
{
    Id meetingId = 0;
    Id seriesId = 0;
    QDate occurrenceOn;

    static MeetingKey of(const MeetingEntry& entry);
    bool isNull() const { return !meetingId && !seriesId; }
    bool operator==(const MeetingKey& other) const;
};

/// The meetings of the Møder workspace: one row per MeetingEntry of the loaded period (stored
/// meetings and series occurrences not logged yet), filtered and sorted in the model itself.
/// The tie of every sort is the order the entries arrive in: by date and time.
class MeetingListModel : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        TimeColumn,
        TypeColumn,
        SeriesColumn,
        LeaderColumn,
        StateColumn,
        AttendanceColumn,
        DepartmentColumn,
        ColumnCount
    };
    enum Role
    {
        MeetingIdRole = Qt::UserRole + 1, ///< Id of the stored meeting; 0 for an occurrence
        SeriesIdRole,                     ///< Id of the series; 0 for none
        OccurrenceRole,                   ///< QDate of the series occurrence
        StateRole                         ///< int(MeetingState)
    };

    explicit MeetingListModel(QObject* parent = nullptr);

    /// Replaces every row (a full reload), keeping filter and sort order.
    void setEntries(QList<MeetingEntry> entries);
    void setFilter(const MeetingListFilter& filter);
    const MeetingListFilter& filter() const { return m_filter; }

    /// Rows loaded, before filtering.
    int totalCount() const { return int(m_entries.size()); }
    /// The entry behind a visible row; nullptr when out of range.
    const MeetingEntry* entryAt(int row) const;
    /// The visible row of a meeting, or -1.
    int rowOf(const MeetingKey& key) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "Tue 12-01-2027 · week 2": the weekday in the window's language.
    static QString dateText(const QDate& date);
    /// "14:50–15:24", or the start alone without a length; empty without a time.
    static QString timeText(const Meeting& meeting);
    static QString stateText(MeetingState state);
    static QIcon stateIcon(MeetingState state);
    /// "4 of 5" for a held meeting; empty for one not held.
    static QString attendanceText(const MeetingEntry& entry);

private:
    void applyFilterAndSort();
    std::function<int(int, int)> comparison(int column) override;

    QList<MeetingEntry> m_entries;
    std::vector<QString> m_searchText; ///< per row: folded series title, type and leader
    std::vector<QCollatorSortKey> m_typeKeys;
    std::vector<QCollatorSortKey> m_seriesKeys;
    std::vector<QCollatorSortKey> m_leaderKeys;
    std::vector<QCollatorSortKey> m_departmentKeys;
    MeetingListFilter m_filter;
    mutable QIcon m_cancelledIcon; ///< drawn once, on first use
};

} // namespace tavle::ui
