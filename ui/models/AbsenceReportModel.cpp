#include "AbsenceReportModel.h"

#include "i18n/DanishOrder.h"
#include "output/TableWriter.h"

#include <QCollator>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <numeric>

namespace tavle::ui {

AbsenceReportModel::AbsenceReportModel(QObject* parent) : SortedTableModel(NameColumn, parent) {}

void AbsenceReportModel::setRows(QList<AbsenceRow> rows)
{
    beginResetModel();
    const QCollator collator = danishCollator();
    std::vector<QCollatorSortKey> names;
    names.reserve(size_t(rows.size()));
    for (const AbsenceRow& row : rows)
        names.push_back(collator.sortKey(row.name));
    std::vector<int> order(size_t(rows.size()));
    std::iota(order.begin(), order.end(), 0);
    // By name, then date: the order that breaks every tie of a sort.
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (const int c = names[size_t(a)].compare(names[size_t(b)]); c != 0)
            return c < 0;
        const AbsenceRow& ra = rows.at(a);
        const AbsenceRow& rb = rows.at(b);
        if (ra.personId != rb.personId)
            return ra.personId < rb.personId;
        if (ra.date != rb.date)
            return ra.date < rb.date;
        return ra.meetingId < rb.meetingId;
    });
    m_rows.clear();
    m_nameKeys.clear();
    m_meetingKeys.clear();
    m_departmentKeys.clear();
    m_absent = m_excused = 0;
    QSet<Id> people;
    for (const int i : order) {
        AbsenceRow& row = rows[i];
        m_nameKeys.push_back(std::move(names[size_t(i)]));
        m_meetingKeys.push_back(collator.sortKey(meetingText(row)));
        m_departmentKeys.push_back(collator.sortKey(row.departmentName));
        (row.status == Attendance::Excused ? m_excused : m_absent) += 1;
        people.insert(row.personId);
        m_rows.append(std::move(row));
    }
    m_people = int(people.size());
    m_visible.resize(size_t(m_rows.size()));
    std::iota(m_visible.begin(), m_visible.end(), 0);
    sortVisible();
    endResetModel();
}

const AbsenceRow* AbsenceReportModel::rowAt(int row) const
{
    const int source = sourceRow(row);
    return source < 0 ? nullptr : &m_rows.at(source);
}

QString AbsenceReportModel::meetingText(const AbsenceRow& row)
{
    return row.seriesTitle.isEmpty() ? row.meetingType : row.seriesTitle;
}

QString AbsenceReportModel::absenceText(Attendance status)
{
    switch (status) {
    case Attendance::Excused:
        return tr("Excused");
    case Attendance::Absent:
        return tr("Absent");
    case Attendance::Present:
        return tr("Present");
    }
    return {};
}

QString AbsenceReportModel::toCsv() const
{
    TableWriter writer({QStringLiteral("name"), QStringLiteral("date"),
                        QStringLiteral("meeting_type"), QStringLiteral("series"),
                        QStringLiteral("department"), QStringLiteral("absence")});
    for (const int i : m_visible) {
        const AbsenceRow& row = m_rows.at(i);
        writer.addRow({row.name, row.date.toString(Qt::ISODate), row.meetingType, row.seriesTitle,
                       row.departmentName, attendanceCode(row.status)});
    }
    return writer.toCsv();
}

std::function<int(int, int)> AbsenceReportModel::comparison(int column)
{
    switch (column) {
    case DateColumn:
        return [this](int a, int b) {
            return compareDates(m_rows.at(a).date, m_rows.at(b).date);
        };
    case MeetingColumn:
        return [this](int a, int b) {
            return m_meetingKeys[size_t(a)].compare(m_meetingKeys[size_t(b)]);
        };
    case AbsenceColumn:
        return [this](int a, int b) {
            return int(m_rows.at(a).status) - int(m_rows.at(b).status);
        };
    case DepartmentColumn:
        return [this](int a, int b) {
            return m_departmentKeys[size_t(a)].compare(m_departmentKeys[size_t(b)]);
        };
    default:
        return [this](int a, int b) {
            return m_nameKeys[size_t(a)].compare(m_nameKeys[size_t(b)]);
        };
    }
}

int AbsenceReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbsenceReportModel::data(const QModelIndex& index, int role) const
{
    const AbsenceRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row->name;
        case DateColumn:
            return row->date.toString(QStringLiteral("dd-MM-yyyy"));
        case MeetingColumn:
            return meetingText(*row);
        case AbsenceColumn:
            return absenceText(row->status);
        case DepartmentColumn:
            return row->departmentName;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == DateColumn)
            return QLocale().toString(row->date, QLocale::LongFormat);
        if (index.column() == AbsenceColumn) {
            return row->status == Attendance::Excused ? tr("Did not come, with notice")
                                                      : tr("Did not come, without notice");
        }
        break;
    case PersonIdRole:
        return row->personId;
    case MeetingIdRole:
        return row->meetingId;
    }
    return {};
}

QVariant AbsenceReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DateColumn:
        return tr("Date");
    case MeetingColumn:
        return tr("Meeting");
    case AbsenceColumn:
        return tr("Absence");
    case DepartmentColumn:
        return tr("Department");
    }
    return {};
}

} // namespace tavle::ui
