#include "services/SeriesEditing.h"

#include "rules/Recurrence.h"
#include "storage/Database.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/Transactions.h"

namespace tavle {

Result<MeetingSeries> SeriesEditing::save(Database& database, const MeetingSeries& series)
{
    MeetingSeries stored = series;
    stored.title = series.title.simplified();
    if (const auto valid = RecurrenceRules::validate(stored); !valid)
        return valid.error();
    return inTransaction(database, [&] {
        MeetingSeriesRepository repository(database);
        return storeVersioned(repository, stored);
    });
}

Status SeriesEditing::remove(Database& database, const MeetingSeries& series)
{
    return inTransaction(database,
                         [&] { return MeetingSeriesRepository(database).remove(series); });
}

Result<MeetingSeries> SeriesEditing::setLeaders(Database& database, const MeetingSeries& series,
                                                const QList<LeaderPeriod>& periods)
{
    for (const LeaderPeriod& p : periods) {
        if (!p.personId)
            return Error::invalidInput(tr("Choose who leads each period."));
        if (!p.from.isValid() || !p.to.isValid() || p.to < p.from) {
            return Error::invalidInput(
                tr("A leader period runs from its first to its last day: %1 to %2 does not.")
                    .arg(p.from.toString(QStringLiteral("dd-MM-yyyy")),
                         p.to.toString(QStringLiteral("dd-MM-yyyy"))));
        }
    }
    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    MeetingSeriesRepository repository(database);
    // Saving the series unchanged takes its row version: the lock for the leader list.
    const auto version = repository.update(series);
    if (!version)
        return version.error();
    if (const auto set = repository.setLeaders(series.id, periods); !set)
        return set.error();
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    MeetingSeries stored = series;
    stored.rowVersion = version.value();
    return stored;
}

Result<QList<LeaderPeriod>> SeriesEditing::leaders(Database& database, Id seriesId)
{
    return MeetingSeriesRepository(database).leaders(seriesId);
}

} // namespace tavle
