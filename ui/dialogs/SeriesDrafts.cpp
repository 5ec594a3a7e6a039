#include "SeriesDrafts.h"

#include "dialogs/DialogParts.h"
#include "models/MeetingListModel.h"
#include "rules/Recurrence.h"

namespace tavle::ui {

void SeriesDrafts::applyType(MeetingSeries& series, const MeetingType& type)
{
    series.meetingTypeId = type.id;
    if (type.defaultStartTime.isValid())
        series.startTime = type.defaultStartTime;
    series.durationMinutes = type.defaultDurationMinutes;
    series.interval = 1;
    if (type.code == QLatin1String("ventil"))
        series.recurrence = Recurrence::Weekly;
    else if (type.code == QLatin1String("education_team") ||
             type.code == QLatin1String("supervisor_forum"))
        series.recurrence = Recurrence::MonthlyWeekday;
}

Status SeriesDrafts::checkLeaders(const QList<LeaderPeriod>& periods)
{
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const LeaderPeriod& p = periods.at(i);
        if (!p.personId) {
            return Error::invalidInput(
                tr("Meeting leader %1: choose a person, or remove the row with Delete.")
                    .arg(i + 1));
        }
        if (!p.from.isValid() || !p.to.isValid()) {
            return Error::invalidInput(
                tr("Meeting leader %1: give the first and the last day.").arg(i + 1));
        }
        if (p.to < p.from) {
            return Error::invalidInput(
                tr("Meeting leader %1: the period ends on %2, before it starts on %3.")
                    .arg(i + 1)
                    .arg(DialogParts::dateText(p.to), DialogParts::dateText(p.from)));
        }
    }
    return {};
}

bool SeriesDrafts::sameContent(const SeriesWithLeaders& a, const SeriesWithLeaders& b)
{
    const MeetingSeries& x = a.series;
    const MeetingSeries& y = b.series;
    if (x.meetingTypeId != y.meetingTypeId || x.departmentId != y.departmentId ||
        x.title != y.title || x.recurrence != y.recurrence || x.interval != y.interval ||
        x.startDate != y.startDate || x.endDate != y.endDate || x.startTime != y.startTime ||
        x.durationMinutes != y.durationMinutes || a.leaders.size() != b.leaders.size())
        return false;
    for (qsizetype i = 0; i < a.leaders.size(); ++i) {
        const LeaderPeriod& p = a.leaders.at(i);
        const LeaderPeriod& q = b.leaders.at(i);
        if (p.personId != q.personId || p.from != q.from || p.to != q.to)
            return false;
    }
    return true;
}

QStringList SeriesDrafts::preview(const SeriesWithLeaders& series, const QDate& from,
                                  const std::function<QString(Id)>& nameOf)
{
    QStringList lines;
    QDate day = std::max(from, series.series.startDate);
    for (int i = 0; i < kPreviewCount; ++i) {
        day = RecurrenceRules::nextOccurrence(series.series, day);
        if (!day.isValid())
            break;
        const Id leader = RecurrenceRules::leaderOn(series.leaders, day);
        lines << tr("%1 at %2 · %3")
                     .arg(MeetingListModel::dateText(day),
                          series.series.startTime.toString(QStringLiteral("HH:mm")),
                          leader ? nameOf(leader) : tr("no meeting leader"));
        day = day.addDays(1);
    }
    if (lines.isEmpty())
        lines << tr("No more meetings: the series has ended.");
    return lines;
}

} // namespace tavle::ui
