#include "PersonAttendanceModel.h"

#include "i18n/DanishOrder.h"

#include <QCollator>
#include <QLocale>
#include <algorithm>
#include <numeric>

namespace tavle::ui {

PersonAttendanceModel::PersonAttendanceModel(QObject* parent) : SortedTableModel(RateColumn, parent)
{}

void PersonAttendanceModel::setRows(QList<PersonAttendanceRow> rows)
{
    beginResetModel();
    // By name first: the order that breaks every tie of a sort.
    const QCollator collator = danishCollator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(rows.size()));
    for (const PersonAttendanceRow& row : rows)
        keys.push_back(collator.sortKey(row.name));
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (const int c = keys[size_t(a)].compare(keys[size_t(b)]); c != 0)
            return c < 0;
        return rows.at(a).counts.personId < rows.at(b).counts.personId;
    });
    m_rows.clear();
    m_nameKeys.clear();
    m_rows.reserve(rows.size());
    m_nameKeys.reserve(order.size());
    for (const int i : order) {
        m_rows.append(std::move(rows[i]));
        m_nameKeys.push_back(std::move(keys[size_t(i)]));
    }
    m_visible.resize(size_t(m_rows.size()));
    std::iota(m_visible.begin(), m_visible.end(), 0);
    sortVisible();
    endResetModel();
}

const PersonAttendanceRow* PersonAttendanceModel::rowAt(int row) const
{
    const int source = sourceRow(row);
    return source < 0 ? nullptr : &m_rows.at(source);
}

int PersonAttendanceModel::rowOfPerson(Id personId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_rows.at(m_visible[i]).counts.personId == personId)
            return int(i);
    }
    return -1;
}

std::function<int(int, int)> PersonAttendanceModel::comparison(int column)
{
    const auto count = [this](int a, int b, int PersonAttendance::*field) {
        return m_rows.at(a).counts.*field - m_rows.at(b).counts.*field;
    };
    switch (column) {
    case NameColumn:
        return [this](int a, int b) {
            return m_nameKeys[size_t(a)].compare(m_nameKeys[size_t(b)]);
        };
    case ExpectedColumn:
        return [this](int a, int b) {
            return m_rows.at(a).counts.expected() - m_rows.at(b).counts.expected();
        };
    case PresentColumn:
        return [count](int a, int b) {
            return count(a, b, &PersonAttendance::present);
        };
    case AbsentColumn:
        return [count](int a, int b) {
            return count(a, b, &PersonAttendance::absent);
        };
    case ExcusedColumn:
        return [count](int a, int b) {
            return count(a, b, &PersonAttendance::excused);
        };
    default:
        return [this](int a, int b) {
            const double ra = m_rows.at(a).counts.rate();
            const double rb = m_rows.at(b).counts.rate();
            return ra < rb ? -1 : (rb < ra ? 1 : 0);
        };
    }
}

int PersonAttendanceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PersonAttendanceModel::rateText(double rate)
{
    return tr("%1 %").arg(QLocale().toString(rate * 100.0, 'f', 0));
}

QVariant PersonAttendanceModel::data(const QModelIndex& index, int role) const
{
    const PersonAttendanceRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const PersonAttendance& c = row->counts;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row->name;
        case ExpectedColumn:
            return c.expected();
        case PresentColumn:
            return c.present;
        case AbsentColumn:
            return c.absent;
        case ExcusedColumn:
            return c.excused;
        case RateColumn:
            return rateText(c.rate());
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == RateColumn)
            return tr("Present at %1 of %n meeting(s) where expected", nullptr, c.expected())
                .arg(c.present);
        break;
    case PersonIdRole:
        return c.personId;
    case RateRole:
        return c.rate();
    }
    return {};
}

QVariant PersonAttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ExpectedColumn:
        return tr("Expected");
    case PresentColumn:
        return tr("Present");
    case AbsentColumn:
        return tr("Absent");
    case ExcusedColumn:
        return tr("Excused");
    case RateColumn:
        return tr("Rate");
    }
    return {};
}

} // namespace tavle::ui
