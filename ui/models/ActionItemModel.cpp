#include "ActionItemModel.h"

#include "StatusStyle.h"
#include "i18n/DanishOrder.h"

#include <QCollator>
#include <QFont>
#include <QHash>
#include <QLocale>
#include <QVersionNumber>
#include <algorithm>

namespace tavle::ui {

namespace {

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

/// Action items borrow the deadline board's look: overdue as there, open as upcoming, done as
/// held.
DeadlineStatus lookOf(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Overdue:
        return DeadlineStatus::Overdue;
    case ActionStatus::Open:
        return DeadlineStatus::Upcoming;
    case ActionStatus::Done:
        return DeadlineStatus::Held;
    }
    return DeadlineStatus::Upcoming;
}

/// The order of the status column: what needs doing first.
int statusRank(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Overdue:
        return 0;
    case ActionStatus::Open:
        return 1;
    case ActionStatus::Done:
        return 2;
    }
    return 3;
}

} // namespace

bool ActionItemFilter::operator==(const ActionItemFilter& other) const
{
    return status == other.status && ownerId == other.ownerId && text == other.text;
}

ActionItemModel::ActionItemModel(QObject* parent) : SortedTableModel(DueColumn, parent) {}

void ActionItemModel::setRows(QList<ActionItemView> rows, const QDate& today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    const QCollator collator = danishCollator();
    const size_t n = size_t(m_rows.size());
    m_textKeys.clear();
    m_ownerKeys.clear();
    m_departmentKeys.clear();
    m_typeKeys.clear();
    m_searchText.clear();
    m_textKeys.reserve(n);
    m_ownerKeys.reserve(n);
    m_departmentKeys.reserve(n);
    m_typeKeys.reserve(n);
    m_searchText.reserve(n);
    m_counts = {};
    QHash<Id, QString> owners;
    for (const ActionItemView& row : std::as_const(m_rows)) {
        m_textKeys.push_back(collator.sortKey(row.item.text));
        m_ownerKeys.push_back(collator.sortKey(row.ownerName));
        m_departmentKeys.push_back(collator.sortKey(row.departmentName));
        m_typeKeys.push_back(collator.sortKey(row.meetingTypeName));
        m_searchText.push_back((row.item.text + QLatin1Char('\n') + row.ownerName +
                                QLatin1Char('\n') + meetingText(row))
                                   .toCaseFolded());
        switch (statusOf(row.item)) {
        case ActionStatus::Overdue:
            ++m_counts.overdue;
            ++m_counts.open;
            break;
        case ActionStatus::Open:
            ++m_counts.open;
            break;
        case ActionStatus::Done:
            ++m_counts.done;
            break;
        }
        if (row.item.ownerId)
            owners.insert(row.item.ownerId, row.ownerName);
    }
    m_owners.clear();
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        m_owners.append(OwnerChoice{it.key(), it.value()});
    std::sort(m_owners.begin(), m_owners.end(),
              [&collator](const OwnerChoice& a, const OwnerChoice& b) {
                  const int c = collator.compare(a.name, b.name);
                  return c != 0 ? c < 0 : a.id < b.id;
              });
    applyFilterAndSort();
    endResetModel();
}

void ActionItemModel::setFilter(const ActionItemFilter& filter)
{
    ActionItemFilter wanted = filter;
    wanted.text = filter.text.simplified().toCaseFolded();
    if (wanted == m_filter)
        return;
    beginResetModel();
    m_filter = wanted;
    applyFilterAndSort();
    endResetModel();
}

const ActionItemView* ActionItemModel::rowAt(int row) const
{
    const int source = sourceRow(row);
    return source < 0 ? nullptr : &m_rows.at(source);
}

int ActionItemModel::rowOfItem(Id itemId) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_rows.at(m_visible[i]).item.id == itemId)
            return int(i);
    }
    return -1;
}

ActionStatus ActionItemModel::statusOf(const ActionItem& item) const
{
    return actionStatus(item, m_today);
}

bool ActionItemModel::passes(qsizetype row) const
{
    const ActionItemView& view = m_rows.at(row);
    const ActionStatus status = statusOf(view.item);
    switch (m_filter.status) {
    case ActionItemFilter::Status::NotDone:
        if (status == ActionStatus::Done)
            return false;
        break;
    case ActionItemFilter::Status::Overdue:
        if (status != ActionStatus::Overdue)
            return false;
        break;
    case ActionItemFilter::Status::Done:
        if (status != ActionStatus::Done)
            return false;
        break;
    case ActionItemFilter::Status::Any:
        break;
    }
    if (m_filter.ownerId == ActionItemFilter::kNoOwner && view.item.ownerId != 0)
        return false;
    if (m_filter.ownerId > 0 && view.item.ownerId != m_filter.ownerId)
        return false;
    return m_filter.text.isEmpty() || m_searchText[size_t(row)].contains(m_filter.text);
}

void ActionItemModel::applyFilterAndSort()
{
    m_visible.clear();
    m_visible.reserve(size_t(m_rows.size()));
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (passes(i))
            m_visible.push_back(int(i));
    }
    sortVisible();
}

std::function<int(int, int)> ActionItemModel::comparison(int column)
{
    const auto byKeys = [](const std::vector<QCollatorSortKey>& keys, const QString& a,
                           const QString& b, int ia, int ib) {
        return compareFilledFirst(a, b, [&] { return keys[size_t(ia)].compare(keys[size_t(ib)]); });
    };
    switch (column) {
    case TextColumn:
        return [this](int a, int b) {
            return m_textKeys[size_t(a)].compare(m_textKeys[size_t(b)]);
        };
    case OwnerColumn:
        return [this, byKeys](int a, int b) {
            return byKeys(m_ownerKeys, m_rows.at(a).ownerName, m_rows.at(b).ownerName, a, b);
        };
    case StatusColumn:
        return [this](int a, int b) {
            return statusRank(statusOf(m_rows.at(a).item)) -
                   statusRank(statusOf(m_rows.at(b).item));
        };
    case DoneColumn:
        return [this](int a, int b) {
            return compareDates(m_rows.at(a).item.doneOn, m_rows.at(b).item.doneOn);
        };
    case MeetingColumn:
        return [this, byKeys](int a, int b) {
            const ActionItemView& ra = m_rows.at(a);
            const ActionItemView& rb = m_rows.at(b);
            if (const int c = compareDates(ra.meetingDate, rb.meetingDate); c != 0)
                return c;
            return byKeys(m_typeKeys, ra.meetingTypeName, rb.meetingTypeName, a, b);
        };
    case GoalColumn:
        return [this](int a, int b) {
            return compareFilledFirst(m_rows.at(a).goalCode, m_rows.at(b).goalCode, [&] {
                // 3.2 before 3.10.
                const QString& ca = m_rows.at(a).goalCode;
                const QString& cb = m_rows.at(b).goalCode;
                const int c = QVersionNumber::compare(QVersionNumber::fromString(ca),
                                                      QVersionNumber::fromString(cb));
                return c != 0 ? c : ca.compare(cb);
            });
        };
    case DepartmentColumn:
        return [this, byKeys](int a, int b) {
            return byKeys(m_departmentKeys, m_rows.at(a).departmentName,
                          m_rows.at(b).departmentName, a, b);
        };
    default: // DueColumn, and the rows' own order (due date, then id) on a tie
        return [this](int a, int b) {
            return compareDates(m_rows.at(a).item.dueDate, m_rows.at(b).item.dueDate);
        };
    }
}

int ActionItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActionItemModel::statusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Open:
        return tr("Open");
    case ActionStatus::Overdue:
        return tr("Overdue");
    case ActionStatus::Done:
        return tr("Done");
    }
    return {};
}

QString ActionItemModel::meetingText(const ActionItemView& row)
{
    if (row.meetingTypeName.isEmpty() && !row.meetingDate.isValid())
        return {};
    return tr("%1 %2").arg(row.meetingTypeName, dateText(row.meetingDate)).trimmed();
}

QString ActionItemModel::overdueText(const QDate& due, int daysLate)
{
    return tr("%1 (%n day(s) overdue)", nullptr, daysLate).arg(dateText(due));
}

QString ActionItemModel::shortText(const QString& text)
{
    const QString simple = text.simplified();
    return simple.size() <= 40 ? simple : simple.left(39) + QChar(0x2026);
}

QVariant ActionItemModel::data(const QModelIndex& index, int role) const
{
    const ActionItemView* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const ActionItem& item = row->item;
    const ActionStatus status = statusOf(item);
    const bool overdue = status == ActionStatus::Overdue;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn:
            return item.text.simplified();
        case OwnerColumn:
            return row->ownerName.isEmpty() ? tr("(nobody)") : row->ownerName;
        case DueColumn:
            if (overdue)
                return overdueText(item.dueDate, int(item.dueDate.daysTo(m_today)));
            return dateText(item.dueDate);
        case StatusColumn:
            return statusText(status);
        case DoneColumn:
            return dateText(item.doneOn);
        case MeetingColumn:
            return meetingText(*row);
        case GoalColumn:
            return row->goalCode;
        case DepartmentColumn:
            return row->departmentName;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusStyle::icon(lookOf(status));
        break;
    case Qt::BackgroundRole:
        if (overdue && (index.column() == StatusColumn || index.column() == DueColumn))
            return StatusStyle::background(DeadlineStatus::Overdue);
        break;
    case Qt::ForegroundRole:
        if (overdue && (index.column() == StatusColumn || index.column() == DueColumn))
            return StatusStyle::foreground(DeadlineStatus::Overdue);
        if (index.column() == OwnerColumn && row->ownerName.isEmpty())
            return StatusStyle::warning();
        break;
    case Qt::FontRole:
        if (overdue && index.column() == StatusColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TextColumn:
            return item.text;
        case GoalColumn:
            return row->goalCode.isEmpty()
                       ? QVariant()
                       : tr("Strategy goal %1: %2").arg(row->goalCode, row->goalTitle);
        case DueColumn:
            return item.dueDate.isValid() ? QLocale().toString(item.dueDate, QLocale::LongFormat)
                                          : tr("No due date");
        case DoneColumn:
            return item.doneOn.isValid()
                       ? tr("Closed on %1")
                             .arg(QLocale().toString(item.doneOn, QLocale::LongFormat))
                       : QVariant();
        case OwnerColumn:
            if (row->ownerName.isEmpty())
                return tr("Nobody is named yet: choose Edit to give it an owner.");
            break;
        }
        break;
    case ItemIdRole:
        return item.id;
    case StatusRole:
        return int(status);
    }
    return {};
}

QVariant ActionItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TextColumn:
        return tr("Action item");
    case OwnerColumn:
        return tr("Owner");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case DoneColumn:
        return tr("Closed");
    case MeetingColumn:
        return tr("Meeting");
    case GoalColumn:
        return tr("Goal");
    case DepartmentColumn:
        return tr("Department");
    }
    return {};
}

} // namespace tavle::ui
