#include "SupervisorListModel.h"

#include "i18n/DanishOrder.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <functional>
#include <numeric>

namespace tavle::ui {

SupervisorListModel::SupervisorListModel(QObject* parent) : SortedTableModel(NameColumn, parent) {}

void SupervisorListModel::setRows(QList<SupervisorLoad> rows)
{
    beginResetModel();
    // The base order, which breaks every tie of a sort, is by name in Danish order (the
    // database orders by code points, which puts Å before Æ and Ø).
    const QCollator collator = danishCollator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(rows.size()));
    for (const SupervisorLoad& row : rows)
        keys.push_back(collator.sortKey(row.person.name));
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) {
        return keys[size_t(a)].compare(keys[size_t(b)]) < 0;
    });
    m_rows.clear();
    m_rows.reserve(rows.size());
    m_nameKeys.clear();
    m_nameKeys.reserve(order.size());
    for (const int i : order) {
        m_rows.append(std::move(rows[i]));
        m_nameKeys.push_back(std::move(keys[size_t(i)]));
    }
    m_visible.resize(order.size());
    std::iota(m_visible.begin(), m_visible.end(), 0);
    sortVisible();
    endResetModel();
}

const SupervisorLoad* SupervisorListModel::rowAt(int row) const
{
    if (row < 0 || size_t(row) >= m_visible.size())
        return nullptr;
    return &m_rows.at(m_visible[size_t(row)]);
}

int SupervisorListModel::rowOfPerson(Id personId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_rows.at(m_visible[i]).person.id == personId)
            return int(i);
    }
    return -1;
}

std::function<int(int, int)> SupervisorListModel::comparison(int column)
{
    switch (column) {
    case EmailColumn:
        return [this](int a, int b) {
            const QString& ea = m_rows.at(a).person.email;
            const QString& eb = m_rows.at(b).person.email;
            return compareFilledFirst(ea, eb, [&] { return ea.compare(eb, Qt::CaseInsensitive); });
        };
    case CurrentColumn:
        return [this](int a, int b) {
            return m_rows.at(a).currentTrainees - m_rows.at(b).currentTrainees;
        };
    case ComingColumn:
        return [this](int a, int b) {
            return m_rows.at(a).comingTrainees - m_rows.at(b).comingTrainees;
        };
    default:
        return [this](int a, int b) {
            return m_nameKeys[size_t(a)].compare(m_nameKeys[size_t(b)]);
        };
    }
}

int SupervisorListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupervisorListModel::data(const QModelIndex& index, int role) const
{
    const SupervisorLoad* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row->person.name;
        case EmailColumn:
            return row->person.email;
        case CurrentColumn:
            return QLocale().toString(row->currentTrainees);
        case ComingColumn:
            return QLocale().toString(row->comingTrainees);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CurrentColumn || index.column() == ComingColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CurrentColumn:
            return tr("Main supervisor of %n current trainee(s)", nullptr, row->currentTrainees);
        case ComingColumn:
            return tr("Main supervisor of %n trainee(s) who have not started yet", nullptr,
                      row->comingTrainees);
        }
        break;
    case PersonIdRole:
        return row->person.id;
    }
    return {};
}

QVariant SupervisorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Supervisor");
    case EmailColumn:
        return tr("E-mail");
    case CurrentColumn:
        return tr("Current trainees");
    case ComingColumn:
        return tr("Coming trainees");
    }
    return {};
}

} // namespace tavle::ui
