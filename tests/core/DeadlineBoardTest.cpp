#include "services/DeadlineBoard.h"

#include "demo/DemoGenerator.h"
#include "storage/DepartmentRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace tavle;

namespace {

QList<Id> placementIds(const QList<DeadlineRow>& rows)
{
    QList<Id> ids;
    for (const DeadlineRow& row : rows)
        ids << row.view.placement.id;
    return ids;
}

} // namespace

TEST_CASE("boards of disjoint departments merge into exactly the board of all of them")
{
    TempDatabase t;
    DemoOptions options;
    options.trainees = 600;
    options.seed = 7;
    options.today = QDate(2027, 3, 10);
    REQUIRE(DemoGenerator::generate(*t, options).ok());
    const auto departments = DepartmentRepository(*t).all();
    REQUIRE(departments.ok());
    REQUIRE(departments->size() >= 3);

    QList<Id> even;
    QList<Id> odd;
    for (qsizetype i = 0; i < departments->size(); ++i)
        (i % 2 ? odd : even) << departments->at(i).id;
    const auto all = DeadlineBoard::load(*t, options.today, QList<Id>{});
    const auto first = DeadlineBoard::load(*t, options.today, even);
    const auto second = DeadlineBoard::load(*t, options.today, odd);
    REQUIRE(all.ok());
    REQUIRE(first.ok());
    REQUIRE(second.ok());
    CHECK(first->size() + second->size() == all->size());
    CHECK(first->size() > 0);
    CHECK(second->size() > 0);

    const QList<DeadlineRow> merged = DeadlineBoard::merge(first.value(), second.value());
    CHECK(placementIds(merged) == placementIds(all.value()));
    CHECK(placementIds(DeadlineBoard::merge(second.value(), first.value())) ==
          placementIds(all.value()));
    CHECK(DeadlineBoard::merge({}, all.value()).size() == all->size());

    // Ties on the due date are common enough to test the name order of the merge.
    int ties = 0;
    for (qsizetype i = 1; i < merged.size(); ++i)
        ties += merged.at(i).deadline.due == merged.at(i - 1).deadline.due ? 1 : 0;
    CHECK(ties > 10);
}
