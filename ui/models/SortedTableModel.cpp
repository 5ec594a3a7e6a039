#include "SortedTableModel.h"

#include <QHash>
#include <algorithm>

namespace tavle::ui {

SortedTableModel::SortedTableModel(int defaultSortColumn, QObject* parent)
    : QAbstractTableModel(parent), m_defaultSortColumn(defaultSortColumn),
      m_sortColumn(defaultSortColumn)
{}

int SortedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int SortedTableModel::sourceRow(int visibleRow) const
{
    if (visibleRow < 0 || size_t(visibleRow) >= m_visible.size())
        return -1;
    return m_visible[size_t(visibleRow)];
}

void SortedTableModel::sortVisible()
{
    const std::function<int(int, int)> compare = comparison(m_sortColumn);
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_visible.begin(), m_visible.end(), [&](int a, int b) {
        const int c = compare(a, b);
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return a < b;
    });
}

void SortedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount())
        column = m_defaultSortColumn;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> rows;
    rows.reserve(size_t(before.size()));
    for (const QModelIndex& index : before)
        rows.push_back(m_visible[size_t(index.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    sortVisible();
    QHash<int, int> positionOf;
    if (!before.isEmpty()) {
        for (size_t i = 0; i < m_visible.size(); ++i)
            positionOf.insert(m_visible[i], int(i));
    }
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(index(positionOf.value(rows[size_t(i)]), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int SortedTableModel::compareDates(const QDate& a, const QDate& b)
{
    if (a == b)
        return 0;
    if (!a.isValid())
        return 1;
    if (!b.isValid())
        return -1;
    return a < b ? -1 : 1;
}

int SortedTableModel::compareFilledFirst(const QString& a, const QString& b,
                                         const std::function<int()>& filled)
{
    if (a.isEmpty() != b.isEmpty())
        return a.isEmpty() ? 1 : -1;
    return filled();
}

} // namespace tavle::ui
