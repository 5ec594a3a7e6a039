#pragma once

#include "models/SortedTableModel.h"
#include "storage/ActionItemRepository.h"

#include <QCollatorSortKey>
#include <QDate>
#include <vector>

namespace tavle::ui {

/// What the action item list shows of the loaded items.
struct ActionItemFilter
{
    enum class Status
    {
        NotDone, ///< open and overdue: what is left to do (the default)
        Overdue,
        Done,
        Any
    };
    static constexpr Id kAnyOwner = 0;
    static constexpr Id kNoOwner = -1;

    Status status = Status::NotDone;
    Id ownerId = kAnyOwner; ///< a person, kAnyOwner or kNoOwner
    QString text;           ///< matches the text, the owner or the meeting, any case

    bool operator==(const ActionItemFilter& other) const;
};

/// How many of the loaded items are left to do.
struct ActionItemCounts
{
    int open = 0;    ///< not done, overdue ones included
    int overdue = 0; ///< not done and past the due date
    int done = 0;
};

/// An owner who appears in the list, for the owner filter.
struct OwnerChoice
{
    Id id = 0;
    QString name;
};

/// The action items of every meeting of the loaded department(s), filtered and sorted in the
/// model itself. The default order is by due date (none last); names sort in Danish order.
/// The status is counted from the day given with the rows: overdue when not done and due
/// before that day.
class ActionItemModel : public SortedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TextColumn,
        OwnerColumn,
        DueColumn,
        StatusColumn,
        DoneColumn,
        MeetingColumn,
        GoalColumn,
        DepartmentColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1, ///< Id of the row's action item
        StatusRole                     ///< int(ActionStatus)
    };

    explicit ActionItemModel(QObject* parent = nullptr);

    /// Replaces every row (a full reload), keeping filter and sort order.
    void setRows(QList<ActionItemView> rows, const QDate& today);
    const QDate& today() const { return m_today; }

    void setFilter(const ActionItemFilter& filter);
    const ActionItemFilter& filter() const { return m_filter; }

    /// Counted over every loaded row, whatever the filter.
    const ActionItemCounts& counts() const { return m_counts; }
    /// The distinct owners of the loaded rows, in Danish order.
    const QList<OwnerChoice>& owners() const { return m_owners; }
    int totalCount() const { return int(m_rows.size()); }

    /// The item behind a visible row; nullptr when out of range.
    const ActionItemView* rowAt(int row) const;
    /// The visible row of an item, or -1.
    int rowOfItem(Id itemId) const;
    ActionStatus statusOf(const ActionItem& item) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString statusText(ActionStatus status);
    /// The meeting an item came from as the list shows it: "Ventil 12-01-2027".
    static QString meetingText(const ActionItemView& row);
    /// The due column of an overdue item: "05-03-2027 (5 days overdue)".
    static QString overdueText(const QDate& due, int daysLate);
    /// An item's text on one line, shortened for the undo menu.
    static QString shortText(const QString& text);

private:
    bool passes(qsizetype row) const;
    void applyFilterAndSort();
    std::function<int(int, int)> comparison(int column) override;

    QList<ActionItemView> m_rows;
    std::vector<QString> m_searchText; ///< per row: folded text, owner and meeting
    std::vector<QCollatorSortKey> m_textKeys;
    std::vector<QCollatorSortKey> m_ownerKeys;
    std::vector<QCollatorSortKey> m_departmentKeys;
    std::vector<QCollatorSortKey> m_typeKeys;
    QList<OwnerChoice> m_owners;
    ActionItemFilter m_filter;
    ActionItemCounts m_counts;
    QDate m_today;
};

} // namespace tavle::ui
