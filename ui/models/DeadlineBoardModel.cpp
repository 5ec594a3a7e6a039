#include "DeadlineBoardModel.h"

#include "StatusStyle.h"
#include "i18n/DanishOrder.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace tavle::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

/// The urgency order of statuses: what needs action first.
int urgency(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Overdue:
        return 0;
    case DeadlineStatus::DueSoon:
        return 1;
    case DeadlineStatus::Upcoming:
        return 2;
    case DeadlineStatus::NoDeadline:
        return 3;
    case DeadlineStatus::Held:
        return 4;
    }
    return 5;
}

} // namespace

bool BoardFilter::operator==(const BoardFilter& other) const
{
    return level == other.level && status == other.status && supervisorId == other.supervisorId &&
           text == other.text;
}

BoardSnapshot BoardSnapshot::prepare(QList<DeadlineRow> rows, const QDate& today)
{
    BoardSnapshot snapshot;
    snapshot.today = today;
    snapshot.counts = DeadlineBoard::count(rows);
    snapshot.searchText.reserve(size_t(rows.size()));
    QHash<Id, QString> supervisors;
    for (const DeadlineRow& row : rows) {
        snapshot.searchText.push_back((row.view.traineeName + QLatin1Char('\n') +
                                       row.view.traineeEmail + QLatin1Char('\n') +
                                       row.view.supervisorName)
                                          .toCaseFolded());
        if (row.view.placement.mainSupervisorId)
            supervisors.insert(row.view.placement.mainSupervisorId, row.view.supervisorName);
    }
    snapshot.supervisors.reserve(supervisors.size());
    for (auto it = supervisors.cbegin(); it != supervisors.cend(); ++it)
        snapshot.supervisors.append(SupervisorChoice{it.key(), it.value()});
    const QCollator collator = danishCollator();
    std::sort(snapshot.supervisors.begin(), snapshot.supervisors.end(),
              [&collator](const SupervisorChoice& a, const SupervisorChoice& b) {
                  const int byName = collator.compare(a.name, b.name);
                  return byName != 0 ? byName < 0 : a.id < b.id;
              });
    snapshot.rows = std::move(rows);
    return snapshot;
}

DeadlineBoardModel::DeadlineBoardModel(QObject* parent) : SortedTableModel(StatusColumn, parent) {}

void DeadlineBoardModel::setRows(QList<DeadlineRow> rows, const QDate& today)
{
    setSnapshot(BoardSnapshot::prepare(std::move(rows), today));
}

void DeadlineBoardModel::setSnapshot(BoardSnapshot snapshot)
{
    beginResetModel();
    m_rows = std::move(snapshot.rows);
    m_searchText = std::move(snapshot.searchText);
    m_supervisors = std::move(snapshot.supervisors);
    m_counts = snapshot.counts;
    m_today = snapshot.today;
    m_traineeKeys.clear();
    m_supervisorKeys.clear();
    applyFilterAndSort();
    endResetModel();
}

void DeadlineBoardModel::setFilter(const BoardFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_filter.text = filter.text.simplified().toCaseFolded();
    applyFilterAndSort();
    endResetModel();
}

const DeadlineRow* DeadlineBoardModel::rowAt(int row) const
{
    const int index = sourceRow(row);
    return index < 0 ? nullptr : &m_rows.at(index);
}

int DeadlineBoardModel::rowOfPlacement(Id placementId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_rows.at(m_visible[i]).view.placement.id == placementId)
            return int(i);
    }
    return -1;
}

bool DeadlineBoardModel::accepts(qsizetype index) const
{
    const DeadlineRow& row = m_rows.at(index);
    if (m_filter.level && row.view.placement.level != *m_filter.level)
        return false;
    const DeadlineStatus status = row.deadline.status;
    switch (m_filter.status) {
    case BoardFilter::Status::Any:
        break;
    case BoardFilter::Status::Open:
        if (status == DeadlineStatus::Held)
            return false;
        break;
    case BoardFilter::Status::Overdue:
        if (status != DeadlineStatus::Overdue)
            return false;
        break;
    case BoardFilter::Status::DueSoon:
        if (status != DeadlineStatus::DueSoon)
            return false;
        break;
    case BoardFilter::Status::Upcoming:
        if (status != DeadlineStatus::Upcoming)
            return false;
        break;
    case BoardFilter::Status::Held:
        if (status != DeadlineStatus::Held)
            return false;
        break;
    }
    if (m_filter.supervisorId == BoardFilter::kNoSupervisor) {
        if (row.view.placement.mainSupervisorId != 0)
            return false;
    } else if (m_filter.supervisorId != BoardFilter::kAnySupervisor &&
               row.view.placement.mainSupervisorId != m_filter.supervisorId) {
        return false;
    }
    return m_filter.text.isEmpty() || m_searchText[size_t(index)].contains(m_filter.text);
}

void DeadlineBoardModel::applyFilterAndSort()
{
    m_visible.clear();
    m_visible.reserve(size_t(m_rows.size()));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (accepts(i))
            m_visible.push_back(int(i));
    }
    sortVisible();
}

const std::vector<QCollatorSortKey>& DeadlineBoardModel::traineeKeys()
{
    if (m_traineeKeys.empty() && !m_rows.isEmpty()) {
        const QCollator collator = danishCollator();
        m_traineeKeys.reserve(size_t(m_rows.size()));
        for (const DeadlineRow& row : m_rows)
            m_traineeKeys.push_back(collator.sortKey(row.view.traineeName));
    }
    return m_traineeKeys;
}

const std::vector<QCollatorSortKey>& DeadlineBoardModel::supervisorKeys()
{
    if (m_supervisorKeys.empty() && !m_rows.isEmpty()) {
        const QCollator collator = danishCollator();
        m_supervisorKeys.reserve(size_t(m_rows.size()));
        for (const DeadlineRow& row : m_rows)
            m_supervisorKeys.push_back(collator.sortKey(row.view.supervisorName));
    }
    return m_supervisorKeys;
}

std::function<int(int, int)> DeadlineBoardModel::comparison(int column)
{
    // Rows arrive from the core by due date, then trainee name: the row index is that order,
    // and breaks every tie below, so each column sorts stably on top of it.
    switch (column) {
    case TraineeColumn: {
        const auto& keys = traineeKeys();
        return [&keys](int a, int b) {
            return keys[size_t(a)].compare(keys[size_t(b)]);
        };
    }
    case LevelColumn:
        return [this](int a, int b) {
            return int(m_rows.at(a).view.placement.level) - int(m_rows.at(b).view.placement.level);
        };
    case DepartmentColumn: {
        QHash<Id, int> rank;
        QList<std::pair<QString, Id>> names;
        for (const DeadlineRow& row : m_rows) {
            if (!rank.contains(row.view.placement.departmentId)) {
                rank.insert(row.view.placement.departmentId, 0);
                names.append({row.view.departmentName, row.view.placement.departmentId});
            }
        }
        const QCollator collator = danishCollator();
        std::sort(names.begin(), names.end(), [&collator](const auto& a, const auto& b) {
            return collator.compare(a.first, b.first) < 0;
        });
        for (int i = 0; i < names.size(); ++i)
            rank[names.at(i).second] = i;
        return [this, rank](int a, int b) {
            return rank.value(m_rows.at(a).view.placement.departmentId) -
                   rank.value(m_rows.at(b).view.placement.departmentId);
        };
    }
    case StartColumn:
        return [this](int a, int b) {
            return compareDates(m_rows.at(a).view.placement.startDate,
                                m_rows.at(b).view.placement.startDate);
        };
    case DueColumn:
    case DaysColumn:
        return [this](int a, int b) {
            return compareDates(m_rows.at(a).deadline.due, m_rows.at(b).deadline.due);
        };
    case SupervisorColumn: {
        const auto& keys = supervisorKeys();
        return [this, &keys](int a, int b) {
            return compareFilledFirst(m_rows.at(a).view.supervisorName,
                                      m_rows.at(b).view.supervisorName,
                                      [&] { return keys[size_t(a)].compare(keys[size_t(b)]); });
        };
    }
    default:
        return [this](int a, int b) {
            return urgency(m_rows.at(a).deadline.status) - urgency(m_rows.at(b).deadline.status);
        };
    }
}

int DeadlineBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeadlineBoardModel::statusText(DeadlineStatus status)
{
    switch (status) {
    case DeadlineStatus::Overdue:
        return tr("Overdue");
    case DeadlineStatus::DueSoon:
        return tr("Due within a week");
    case DeadlineStatus::Upcoming:
        return tr("Upcoming");
    case DeadlineStatus::Held:
        return tr("Held");
    case DeadlineStatus::NoDeadline:
        return tr("No deadline");
    }
    return {};
}

QString DeadlineBoardModel::levelName(Level level)
{
    switch (level) {
    case Level::Kbu:
        return tr("KBU (foundation year)");
    case Level::Intro:
        return tr("Introductory post");
    case Level::Hu:
        return tr("Specialist training (HU)");
    }
    return {};
}

QString DeadlineBoardModel::daysText(const DeadlineRow& row) const
{
    const Deadline& d = row.deadline;
    if (d.status == DeadlineStatus::Held || !d.due.isValid())
        return {};
    if (d.daysLeft == 0)
        return tr("today");
    if (d.daysLeft > 0)
        return tr("in %n day(s)", nullptr, d.daysLeft);
    return tr("%n day(s) overdue", nullptr, -d.daysLeft);
}

QVariant DeadlineBoardModel::data(const QModelIndex& index, int role) const
{
    const DeadlineRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const PlacementView& v = row->view;
    const Deadline& d = row->deadline;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TraineeColumn:
            return v.traineeName;
        case LevelColumn:
            return levelCode(v.placement.level);
        case DepartmentColumn:
            return v.departmentName;
        case StartColumn:
            return dateText(v.placement.startDate);
        case DueColumn:
            return d.due.isValid() ? tr("%1 (week %2)").arg(dateText(d.due)).arg(d.due.weekNumber())
                                   : QString();
        case DaysColumn:
            return daysText(*row);
        case SupervisorColumn:
            return v.supervisorName.isEmpty() ? tr("(none)") : v.supervisorName;
        case StatusColumn:
            if (d.status == DeadlineStatus::Held && v.heldOn)
                return tr("Held %1").arg(dateText(*v.heldOn));
            return statusText(d.status);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusStyle::icon(d.status);
        break;
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn || index.column() == DaysColumn) {
            const QColor color = StatusStyle::background(d.status);
            if (color.isValid())
                return color;
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn || index.column() == DaysColumn) {
            const QColor color = StatusStyle::foreground(d.status);
            if (color.isValid())
                return color;
        }
        if (index.column() == SupervisorColumn && v.supervisorName.isEmpty())
            return StatusStyle::warning();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TraineeColumn:
            return v.traineeEmail.isEmpty() ? v.traineeName
                                            : tr("%1 <%2>").arg(v.traineeName, v.traineeEmail);
        case LevelColumn:
            return levelName(v.placement.level);
        case DueColumn:
            return d.due.isValid() ? QLocale().toString(d.due, QLocale::LongFormat) : QVariant();
        case SupervisorColumn:
            if (v.supervisorName.isEmpty())
                return tr("No main supervisor: open the placement to assign one.");
            break;
        }
        break;
    case PlacementIdRole:
        return v.placement.id;
    case StatusRole:
        return int(d.status);
    }
    return {};
}

QVariant DeadlineBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TraineeColumn:
        return tr("Trainee");
    case LevelColumn:
        return tr("Level");
    case DepartmentColumn:
        return tr("Department");
    case StartColumn:
        return tr("Start");
    case DueColumn:
        return tr("Due");
    case DaysColumn:
        return tr("Days");
    case SupervisorColumn:
        return tr("Main supervisor");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace tavle::ui
