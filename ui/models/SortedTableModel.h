#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <functional>
#include <vector>

namespace tavle::ui {

/// Base of the table models that filter and sort their rows themselves, without a proxy: the
/// visible rows are indexes into the subclass's own list of rows. Sorting is stable, and
/// equal rows keep their index order, which each model makes meaningful (the board's is by
/// due date and name). sort() keeps the persistent indexes, and so the selection, on their
/// rows.
class SortedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex& parent = {}) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    SortedTableModel(int defaultSortColumn, QObject* parent);

    /// How two rows (indexes into the subclass's rows) compare on a column: negative, zero or
    /// positive.
    virtual std::function<int(int, int)> comparison(int column) = 0;

    /// Sorts the visible rows by the current column and order.
    void sortVisible();
    /// The index into the rows behind a visible row, or -1 when out of range.
    int sourceRow(int visibleRow) const;

    /// Dates in order, with the null date (an open end, no deadline) after every real one.
    static int compareDates(const QDate& a, const QDate& b);
    /// Texts with the empty one after every filled one; `filled` orders two filled texts.
    static int compareFilledFirst(const QString& a, const QString& b,
                                  const std::function<int()>& filled);

    std::vector<int> m_visible; ///< visible row -> index into the subclass's rows

private:
    int m_defaultSortColumn;
    int m_sortColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace tavle::ui
