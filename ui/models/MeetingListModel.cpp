#include "MeetingListModel.h"

#include "StatusStyle.h"
#include "i18n/DanishOrder.h"

#include <QCollator>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace tavle::ui {

namespace {

/// A grey circle with a white cross: drawn here, as no icon file says "cancelled".
QIcon cancelledIcon()
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        painter.setPen(QPen(QColor(0x61, 0x61, 0x61), 0.8 * unit));
        painter.setBrush(QColor(0x9e, 0x9e, 0x9e));
        painter.drawEllipse(QRectF(1.2 * unit, 1.2 * unit, 13.6 * unit, 13.6 * unit));
        painter.setPen(QPen(Qt::white, 1.8 * unit, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(5.3 * unit, 5.3 * unit), QPointF(10.7 * unit, 10.7 * unit));
        painter.drawLine(QPointF(10.7 * unit, 5.3 * unit), QPointF(5.3 * unit, 10.7 * unit));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QDateTime startOf(const MeetingEntry& entry)
{
    const QTime time =
        entry.meeting.scheduledAt.isValid() ? entry.meeting.scheduledAt.time() : QTime(0, 0);
    return QDateTime(entry.date(), time);
}

int expectedCount(const MeetingEntry& entry)
{
    return entry.present + entry.absent + entry.excused;
}

} // namespace

bool MeetingListFilter::operator==(const MeetingListFilter& other) const
{
    return meetingTypeId == other.meetingTypeId && text == other.text;
}

MeetingKey MeetingKey::of(const MeetingEntry& entry)
{
    if (entry.meeting.seriesId && entry.meeting.occurrenceOn.isValid())
        return MeetingKey{0, entry.meeting.seriesId, entry.meeting.occurrenceOn};
    return MeetingKey{entry.meeting.id, 0, {}};
}

bool MeetingKey::operator==(const MeetingKey& other) const
{
    return meetingId == other.meetingId && seriesId == other.seriesId &&
           occurrenceOn == other.occurrenceOn;
}

MeetingListModel::MeetingListModel(QObject* parent) : SortedTableModel(DateColumn, parent) {}

void MeetingListModel::setEntries(QList<MeetingEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    const QCollator collator = danishCollator();
    m_searchText.clear();
    m_typeKeys.clear();
    m_seriesKeys.clear();
    m_leaderKeys.clear();
    m_departmentKeys.clear();
    for (const MeetingEntry& e : std::as_const(m_entries)) {
        m_searchText.push_back(
            (e.seriesTitle + QLatin1Char('\n') + e.typeName + QLatin1Char('\n') + e.leaderName)
                .toCaseFolded());
        m_typeKeys.push_back(collator.sortKey(e.typeName));
        m_seriesKeys.push_back(collator.sortKey(e.seriesTitle));
        m_leaderKeys.push_back(collator.sortKey(e.leaderName));
        m_departmentKeys.push_back(collator.sortKey(e.departmentName));
    }
    applyFilterAndSort();
    endResetModel();
}

void MeetingListModel::setFilter(const MeetingListFilter& filter)
{
    MeetingListFilter wanted = filter;
    wanted.text = filter.text.simplified().toCaseFolded();
    if (wanted == m_filter)
        return;
    beginResetModel();
    m_filter = wanted;
    applyFilterAndSort();
    endResetModel();
}

void MeetingListModel::applyFilterAndSort()
{
    m_visible.clear();
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const MeetingEntry& e = m_entries.at(i);
        if (m_filter.meetingTypeId && e.meeting.meetingTypeId != m_filter.meetingTypeId)
            continue;
        if (!m_filter.text.isEmpty() && !m_searchText[size_t(i)].contains(m_filter.text))
            continue;
        m_visible.push_back(int(i));
    }
    sortVisible();
}

const MeetingEntry* MeetingListModel::entryAt(int row) const
{
    const int source = sourceRow(row);
    return source < 0 ? nullptr : &m_entries.at(source);
}

int MeetingListModel::rowOf(const MeetingKey& key) const
{
    if (key.isNull())
        return -1;
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (MeetingKey::of(m_entries.at(m_visible[i])) == key)
            return int(i);
    }
    return -1;
}

std::function<int(int, int)> MeetingListModel::comparison(int column)
{
    auto byKeys = [this](const std::vector<QCollatorSortKey>& keys, auto text) {
        return [this, &keys, text](int a, int b) {
            return compareFilledFirst(text(m_entries.at(a)), text(m_entries.at(b)),
                                      [&] { return keys[size_t(a)].compare(keys[size_t(b)]); });
        };
    };
    switch (column) {
    case TimeColumn:
        return [this](int a, int b) {
            const QDateTime& ta = m_entries.at(a).meeting.scheduledAt;
            const QDateTime& tb = m_entries.at(b).meeting.scheduledAt;
            if (ta.isValid() != tb.isValid())
                return ta.isValid() ? -1 : 1;
            if (ta.isValid() && ta.time() != tb.time())
                return ta.time() < tb.time() ? -1 : 1;
            return 0;
        };
    case TypeColumn:
        return [this](int a, int b) {
            return m_typeKeys[size_t(a)].compare(m_typeKeys[size_t(b)]);
        };
    case SeriesColumn:
        return byKeys(m_seriesKeys, [](const MeetingEntry& e) { return e.seriesTitle; });
    case LeaderColumn:
        return byKeys(m_leaderKeys, [](const MeetingEntry& e) { return e.leaderName; });
    case DepartmentColumn:
        return byKeys(m_departmentKeys, [](const MeetingEntry& e) { return e.departmentName; });
    case StateColumn:
        return [this](int a, int b) {
            return int(m_entries.at(a).state) - int(m_entries.at(b).state);
        };
    case AttendanceColumn:
        // Held meetings by how many came (then how many were expected); the others after.
        return [this](int a, int b) {
            const MeetingEntry& ea = m_entries.at(a);
            const MeetingEntry& eb = m_entries.at(b);
            const bool ha = ea.state == MeetingState::Held;
            const bool hb = eb.state == MeetingState::Held;
            if (ha != hb)
                return ha ? -1 : 1;
            if (!ha || ea.present != eb.present)
                return ea.present - eb.present;
            return expectedCount(ea) - expectedCount(eb);
        };
    default:
        return [this](int a, int b) {
            const QDateTime ta = startOf(m_entries.at(a));
            const QDateTime tb = startOf(m_entries.at(b));
            return ta == tb ? 0 : (ta < tb ? -1 : 1);
        };
    }
}

int MeetingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex& index, int role) const
{
    const MeetingEntry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return dateText(e->date());
        case TimeColumn:
            return timeText(e->meeting);
        case TypeColumn:
            return e->typeName;
        case SeriesColumn:
            return e->seriesTitle;
        case LeaderColumn:
            return e->leaderName;
        case StateColumn:
            return stateText(e->state);
        case AttendanceColumn:
            return attendanceText(*e);
        case DepartmentColumn:
            return e->departmentName;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            if (e->state == MeetingState::Cancelled) {
                if (m_cancelledIcon.isNull())
                    m_cancelledIcon = cancelledIcon();
                return m_cancelledIcon;
            }
            return stateIcon(e->state);
        }
        break;
    case Qt::ForegroundRole:
        if (e->state == MeetingState::Cancelled)
            return QColor(0x6b, 0x72, 0x80);
        break;
    case Qt::FontRole:
        if (e->state == MeetingState::Cancelled && index.column() == DateColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(e->date(), QLocale::LongFormat);
        case AttendanceColumn:
            if (e->state == MeetingState::Held) {
                return tr("%1 present, %2 absent, %3 excused")
                    .arg(e->present)
                    .arg(e->absent)
                    .arg(e->excused);
            }
            break;
        case StateColumn:
            if (e->state == MeetingState::Planned && !e->meeting.id)
                return tr("An occurrence of the series, not logged yet: press Enter to log it.");
            break;
        }
        break;
    case MeetingIdRole:
        return e->meeting.id;
    case SeriesIdRole:
        return e->meeting.seriesId;
    case OccurrenceRole:
        return e->meeting.occurrenceOn;
    case StateRole:
        return int(e->state);
    }
    return {};
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case SeriesColumn:
        return tr("Series");
    case LeaderColumn:
        return tr("Meeting leader");
    case StateColumn:
        return tr("State");
    case AttendanceColumn:
        return tr("Attendance");
    case DepartmentColumn:
        return tr("Department");
    }
    return {};
}

QString MeetingListModel::dateText(const QDate& date)
{
    if (!date.isValid())
        return {};
    QString weekday = QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
    if (weekday.endsWith(QLatin1Char('.')))
        weekday.chop(1);
    return tr("%1 %2 · week %3")
        .arg(weekday, date.toString(QStringLiteral("dd-MM-yyyy")))
        .arg(date.weekNumber());
}

QString MeetingListModel::timeText(const Meeting& meeting)
{
    if (!meeting.scheduledAt.isValid())
        return {};
    const QTime start = meeting.scheduledAt.time();
    const QString format = QStringLiteral("HH:mm");
    if (meeting.durationMinutes <= 0)
        return start.toString(format);
    return start.toString(format) + QChar(0x2013) +
           start.addSecs(meeting.durationMinutes * 60).toString(format);
}

QString MeetingListModel::stateText(MeetingState state)
{
    switch (state) {
    case MeetingState::Planned:
        return tr("Planned");
    case MeetingState::Held:
        return tr("Held");
    case MeetingState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QIcon MeetingListModel::stateIcon(MeetingState state)
{
    switch (state) {
    case MeetingState::Planned:
        return StatusStyle::icon(DeadlineStatus::Upcoming);
    case MeetingState::Held:
        return StatusStyle::icon(DeadlineStatus::Held);
    case MeetingState::Cancelled:
        return cancelledIcon();
    }
    return {};
}

QString MeetingListModel::attendanceText(const MeetingEntry& entry)
{
    if (entry.state != MeetingState::Held)
        return {};
    return tr("%1 of %2").arg(entry.present).arg(expectedCount(entry));
}

} // namespace tavle::ui
