#include "PlacementListModel.h"

#include "StatusStyle.h"
#include "i18n/DanishOrder.h"
#include "models/DeadlineBoardModel.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>
#include <functional>
#include <numeric>

namespace tavle::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

/// The grey of a placement that has ended.
QColor endedColor()
{
    return QColor(0x6b, 0x72, 0x80);
}

} // namespace

bool PlacementFilter::operator==(const PlacementFilter& other) const
{
    return showEnded == other.showEnded && text == other.text;
}

PlacementListModel::PlacementListModel(QObject* parent) : SortedTableModel(TraineeColumn, parent) {}

void PlacementListModel::setRows(QList<PlacementView> rows, const QDate& today)
{
    beginResetModel();
    // The order the rows arrive in breaks every tie of a sort: by trainee in Danish order,
    // then start date, then id, so that equal names keep a stable, sensible order.
    const QCollator collator = danishCollator();
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(rows.size()));
    for (const PlacementView& row : rows)
        keys.push_back(collator.sortKey(row.traineeName));
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (const int c = keys[size_t(a)].compare(keys[size_t(b)]); c != 0)
            return c < 0;
        const Placement& pa = rows.at(a).placement;
        const Placement& pb = rows.at(b).placement;
        if (const int c = compareDates(pa.startDate, pb.startDate); c != 0)
            return c < 0;
        return pa.id < pb.id;
    });

    m_rows.clear();
    m_rows.reserve(rows.size());
    m_traineeKeys.clear();
    m_traineeKeys.reserve(order.size());
    m_supervisorKeys.clear();
    m_supervisorKeys.reserve(order.size());
    m_searchText.clear();
    m_searchText.reserve(order.size());
    for (const int i : order) {
        PlacementView& row = rows[i];
        m_traineeKeys.push_back(std::move(keys[size_t(i)]));
        m_supervisorKeys.push_back(collator.sortKey(row.supervisorName));
        m_searchText.push_back((row.traineeName + QLatin1Char('\n') + row.traineeEmail +
                                QLatin1Char('\n') + row.supervisorName)
                                   .toCaseFolded());
        m_rows.append(std::move(row));
    }
    m_today = today;
    applyFilterAndSort();
    endResetModel();
}

void PlacementListModel::setFilter(const PlacementFilter& filter)
{
    PlacementFilter wanted = filter;
    wanted.text = filter.text.simplified().toCaseFolded();
    if (wanted == m_filter)
        return;
    beginResetModel();
    m_filter = wanted;
    applyFilterAndSort();
    endResetModel();
}

const PlacementView* PlacementListModel::rowAt(int row) const
{
    if (row < 0 || size_t(row) >= m_visible.size())
        return nullptr;
    return &m_rows.at(m_visible[size_t(row)]);
}

int PlacementListModel::rowOfPlacement(Id placementId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_rows.at(m_visible[i]).placement.id == placementId)
            return int(i);
    }
    return -1;
}

bool PlacementListModel::isEnded(const Placement& placement) const
{
    return placement.endDate.isValid() && placement.endDate < m_today;
}

bool PlacementListModel::passesEnded(qsizetype row) const
{
    return m_filter.showEnded || !isEnded(m_rows.at(row).placement);
}

void PlacementListModel::applyFilterAndSort()
{
    m_visible.clear();
    m_visible.reserve(size_t(m_rows.size()));
    m_withoutSearch = 0;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (!passesEnded(i))
            continue;
        ++m_withoutSearch;
        if (m_filter.text.isEmpty() || m_searchText[size_t(i)].contains(m_filter.text))
            m_visible.push_back(int(i));
    }
    sortVisible();
}

std::function<int(int, int)> PlacementListModel::comparison(int column)
{
    switch (column) {
    case EmailColumn:
        return [this](int a, int b) {
            const QString& ea = m_rows.at(a).traineeEmail;
            const QString& eb = m_rows.at(b).traineeEmail;
            return compareFilledFirst(ea, eb, [&] { return ea.compare(eb, Qt::CaseInsensitive); });
        };
    case LevelColumn:
        return [this](int a, int b) {
            return int(m_rows.at(a).placement.level) - int(m_rows.at(b).placement.level);
        };
    case DepartmentColumn: {
        QHash<Id, QString> names;
        for (const PlacementView& row : m_rows)
            names.insert(row.placement.departmentId, row.departmentName);
        QList<std::pair<QString, Id>> sorted;
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            sorted.append({it.value(), it.key()});
        const QCollator collator = danishCollator();
        std::sort(sorted.begin(), sorted.end(), [&collator](const auto& a, const auto& b) {
            return collator.compare(a.first, b.first) < 0;
        });
        QHash<Id, int> rank;
        for (int i = 0; i < sorted.size(); ++i)
            rank.insert(sorted.at(i).second, i);
        return [this, rank](int a, int b) {
            return rank.value(m_rows.at(a).placement.departmentId) -
                   rank.value(m_rows.at(b).placement.departmentId);
        };
    }
    case StartColumn:
        return [this](int a, int b) {
            return compareDates(m_rows.at(a).placement.startDate, m_rows.at(b).placement.startDate);
        };
    case EndColumn:
        return [this](int a, int b) {
            return compareDates(m_rows.at(a).placement.endDate, m_rows.at(b).placement.endDate);
        };
    case SupervisorColumn:
        return [this](int a, int b) {
            return compareFilledFirst(
                m_rows.at(a).supervisorName, m_rows.at(b).supervisorName,
                [&] { return m_supervisorKeys[size_t(a)].compare(m_supervisorKeys[size_t(b)]); });
        };
    default:
        return [this](int a, int b) {
            return m_traineeKeys[size_t(a)].compare(m_traineeKeys[size_t(b)]);
        };
    }
}

int PlacementListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacementListModel::data(const QModelIndex& index, int role) const
{
    const PlacementView* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const Placement& p = row->placement;
    const bool ended = isEnded(p);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TraineeColumn:
            return row->traineeName;
        case EmailColumn:
            return row->traineeEmail;
        case LevelColumn:
            return levelCode(p.level);
        case DepartmentColumn:
            return row->departmentName;
        case StartColumn:
            return dateText(p.startDate);
        case EndColumn:
            return endText(p.endDate, ended);
        case SupervisorColumn:
            return row->supervisorName.isEmpty() ? tr("(none)") : row->supervisorName;
        }
        break;
    case Qt::ForegroundRole:
        if (ended)
            return endedColor();
        if (index.column() == SupervisorColumn && row->supervisorName.isEmpty())
            return StatusStyle::warning();
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TraineeColumn:
            return row->traineeEmail.isEmpty()
                       ? row->traineeName
                       : tr("%1 <%2>").arg(row->traineeName, row->traineeEmail);
        case LevelColumn:
            return DeadlineBoardModel::levelName(p.level);
        case StartColumn:
            return QLocale().toString(p.startDate, QLocale::LongFormat);
        case EndColumn:
            return p.endDate.isValid() ? QLocale().toString(p.endDate, QLocale::LongFormat)
                                       : tr("No end date yet");
        case SupervisorColumn:
            if (row->supervisorName.isEmpty())
                return tr("No main supervisor: choose Assign main supervisor to give one.");
            break;
        }
        break;
    case PlacementIdRole:
        return p.id;
    case TraineeIdRole:
        return p.traineeId;
    case EndedRole:
        return ended;
    }
    return {};
}

QString PlacementListModel::endText(const QDate& end, bool ended)
{
    return ended ? tr("%1 (ended)").arg(dateText(end)) : dateText(end);
}

QVariant PlacementListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TraineeColumn:
        return tr("Trainee");
    case EmailColumn:
        return tr("E-mail");
    case LevelColumn:
        return tr("Level");
    case DepartmentColumn:
        return tr("Department");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case SupervisorColumn:
        return tr("Main supervisor");
    }
    return {};
}

} // namespace tavle::ui
