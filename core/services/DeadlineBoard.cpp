#include "services/DeadlineBoard.h"

#include "i18n/DanishOrder.h"
#include "storage/Database.h"
#include "storage/MeetingTypeRepository.h"

#include <QCollator>
#include <algorithm>

namespace tavle {

Result<QList<DeadlineRow>> DeadlineBoard::load(Database& database, const QDate& today,
                                               Id departmentId)
{
    return load(database, today, departmentId ? QList<Id>{departmentId} : QList<Id>{});
}

Result<QList<DeadlineRow>> DeadlineBoard::load(Database& database, const QDate& today,
                                               const QList<Id>& departmentIds)
{
    MeetingTypeRepository types(database);
    const auto type = types.byCode(expectationMeetingCode());
    if (!type)
        return type.error();
    if (!type.value()) {
        return Error{tr("The database has no expectation-meeting type. Run the integrity check "
                        "and restore from a backup.")};
    }
    const auto rules = types.rules(type.value()->id);
    if (!rules)
        return rules.error();

    PlacementRepository placements(database);
    auto views = placements.currentAndComing(today, departmentIds, type.value()->id);
    if (!views)
        return views.error();

    QList<DeadlineRow> rows;
    rows.reserve(views->size());
    for (PlacementView& view : views.value()) {
        const Placement& p = view.placement;
        const Deadline deadline =
            computeDeadline(rules.value(), p.level, p.startDate, p.endDate, view.heldOn, today);
        rows.append(DeadlineRow{std::move(view), deadline});
    }
    sort(rows);
    return rows;
}

DeadlineCounts DeadlineBoard::count(const QList<DeadlineRow>& rows)
{
    DeadlineCounts counts;
    for (const DeadlineRow& row : rows) {
        switch (row.deadline.status) {
        case DeadlineStatus::Overdue:
            ++counts.overdue;
            break;
        case DeadlineStatus::DueSoon:
            ++counts.dueSoon;
            break;
        case DeadlineStatus::Upcoming:
            ++counts.upcoming;
            break;
        case DeadlineStatus::Held:
            ++counts.held;
            break;
        case DeadlineStatus::NoDeadline:
            break;
        }
        if (row.view.placement.mainSupervisorId == 0)
            ++counts.withoutMainSupervisor;
    }
    return counts;
}

void DeadlineBoard::sort(QList<DeadlineRow>& rows)
{
    const QCollator collator = danishCollator();
    // Sort keys once: comparing keys is far cheaper than collating strings in every comparison.
    std::vector<std::pair<QCollatorSortKey, qsizetype>> keys;
    keys.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        keys.emplace_back(collator.sortKey(rows.at(i).view.traineeName), i);
    std::vector<qsizetype> order(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        order[size_t(i)] = i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const DeadlineRow& ra = rows.at(a);
        const DeadlineRow& rb = rows.at(b);
        const QDate& da = ra.deadline.due;
        const QDate& db = rb.deadline.due;
        if (da != db) {
            if (!da.isValid())
                return false;
            if (!db.isValid())
                return true;
            return da < db;
        }
        const int byName = keys[size_t(a)].first.compare(keys[size_t(b)].first);
        if (byName != 0)
            return byName < 0;
        return ra.view.placement.id < rb.view.placement.id;
    });
    QList<DeadlineRow> sorted;
    sorted.reserve(rows.size());
    for (const qsizetype i : order)
        sorted.append(std::move(rows[i]));
    rows = std::move(sorted);
}

QList<DeadlineRow> DeadlineBoard::merge(QList<DeadlineRow> first, QList<DeadlineRow> second)
{
    // The same order as sort(): due date (none last), trainee name, placement id. Names are
    // compared only when due dates tie, so a merge costs far less than sorting again.
    const QCollator collator = danishCollator();
    auto before = [&collator](const DeadlineRow& a, const DeadlineRow& b) {
        const QDate& da = a.deadline.due;
        const QDate& db = b.deadline.due;
        if (da != db) {
            if (!da.isValid())
                return false;
            if (!db.isValid())
                return true;
            return da < db;
        }
        const int byName = collator.compare(a.view.traineeName, b.view.traineeName);
        if (byName != 0)
            return byName < 0;
        return a.view.placement.id < b.view.placement.id;
    };
    QList<DeadlineRow> merged;
    merged.reserve(first.size() + second.size());
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < first.size() && j < second.size()) {
        if (before(second.at(j), first.at(i)))
            merged.append(std::move(second[j++]));
        else
            merged.append(std::move(first[i++]));
    }
    while (i < first.size())
        merged.append(std::move(first[i++]));
    while (j < second.size())
        merged.append(std::move(second[j++]));
    return merged;
}

} // namespace tavle
