#include "MeetingDrafts.h"

#include "storage/Database.h"
#include "storage/MeetingTypeRepository.h"

#include <QSet>
#include <algorithm>

namespace tavle::ui {

Result<QList<MeetingType>> MeetingDrafts::departmentTypes(Database& database)
{
    const auto all = MeetingTypeRepository(database).all();
    if (!all)
        return all.error();
    QList<MeetingType> types;
    for (const MeetingType& type : all.value()) {
        if (!type.perPlacement)
            types << type;
    }
    return types;
}

QTime MeetingDrafts::roundedToQuarter(const QTime& time)
{
    const int minutes = time.hour() * 60 + time.minute() + (time.second() >= 30 ? 1 : 0);
    const int rounded = std::min((minutes + 7) / 15 * 15, 23 * 60 + 45);
    return QTime(rounded / 60, rounded % 60);
}

Result<LoggedMeeting> MeetingDrafts::forNew(Database& database, const MeetingType& type,
                                            Id departmentId, const QDate& today, const QTime& now)
{
    const auto next = MeetingLog::nextOccurrence(database, type.id, departmentId, today);
    if (!next)
        return next.error();
    if (next.value() && today.daysTo(next.value()->second) <= kOccurrenceReachDays)
        return MeetingLog::draftForOccurrence(database, next.value()->first, next.value()->second);
    return MeetingLog::draft(database, type, departmentId, QDateTime(today, roundedToQuarter(now)));
}

LoggedMeeting MeetingDrafts::carryOver(const LoggedMeeting& fresh, const LoggedMeeting& shown,
                                       const LoggedMeeting& form)
{
    LoggedMeeting next = fresh;
    Meeting& m = next.meeting;
    const Meeting& was = shown.meeting;
    const Meeting& now = form.meeting;
    if (now.scheduledAt != was.scheduledAt) {
        m.scheduledAt = now.scheduledAt;
        m.seriesId = 0;
        m.occurrenceOn = QDate();
    }
    if (now.durationMinutes != was.durationMinutes)
        m.durationMinutes = now.durationMinutes;
    if (now.leaderId != was.leaderId)
        m.leaderId = now.leaderId;
    if (now.agenda != cleanLines(was.agenda))
        m.agenda = now.agenda;
    m.notes = now.notes;
    m.decisions = now.decisions;
    next.actionItems = form.actionItems;

    QSet<Id> expected;
    for (const Attendee& a : shown.attendees)
        expected.insert(a.personId);
    for (Attendee& a : next.attendees) {
        for (const Attendee& marked : form.attendees) {
            if (marked.personId == a.personId)
                a.status = marked.status;
        }
    }
    for (const Attendee& marked : form.attendees) {
        const bool listed =
            std::any_of(next.attendees.cbegin(), next.attendees.cend(),
                        [&marked](const Attendee& a) { return a.personId == marked.personId; });
        if (!listed && !expected.contains(marked.personId))
            next.attendees << marked;
    }
    return next;
}

QString MeetingDrafts::cleanLines(const QString& text)
{
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines.join(QLatin1Char('\n'));
}

bool MeetingDrafts::sameContent(const LoggedMeeting& a, const LoggedMeeting& b)
{
    const Meeting& x = a.meeting;
    const Meeting& y = b.meeting;
    if (x.meetingTypeId != y.meetingTypeId || x.departmentId != y.departmentId ||
        x.scheduledAt != y.scheduledAt || x.heldOn != y.heldOn || x.cancelled != y.cancelled ||
        x.durationMinutes != y.durationMinutes || x.leaderId != y.leaderId ||
        x.agenda != y.agenda || x.notes != y.notes || x.decisions != y.decisions ||
        a.attendees != b.attendees || a.actionItems.size() != b.actionItems.size())
        return false;
    for (qsizetype i = 0; i < a.actionItems.size(); ++i) {
        const ActionItem& p = a.actionItems.at(i);
        const ActionItem& q = b.actionItems.at(i);
        if (p.id != q.id || p.text != q.text || p.ownerId != q.ownerId || p.dueDate != q.dueDate ||
            p.doneOn != q.doneOn)
            return false;
    }
    return true;
}

} // namespace tavle::ui
