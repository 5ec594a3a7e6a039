#include "services/MeetingRegistration.h"

#include "import/RosterImporter.h"
#include "services/DeadlineBoard.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PlacementRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace tavle;

namespace {

void seed(Database& db, const QByteArray& rows)
{
    const QByteArray header =
        "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\n";
    const auto report = RosterImporter::importRoster(db, RosterParser::parse(header + rows), {});
    REQUIRE(report.ok());
    REQUIRE(report->problems.isEmpty());
}

HeldRequest request(const QString& trainee, const QDate& date)
{
    HeldRequest r;
    r.trainee = trainee;
    r.heldOn = date;
    r.today = QDate(2027, 6, 1);
    return r;
}

const QDate kToday(2027, 3, 10);

const DeadlineRow* rowFor(const QList<DeadlineRow>& rows, const QString& name)
{
    for (const DeadlineRow& row : rows) {
        if (row.view.traineeName == name)
            return &row;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the board shows each current or coming placement with its deadline status")
{
    TempDatabase t;
    seed(*t, "Anna Berg;KBU;Akutafdelingen;01-02-2027;;Mette Holm;\n"   // due 15-02: overdue
             "Bo Dahl;HU;Akutafdelingen;15-02-2027;;Mette Holm;\n"      // due 15-03: due soon
             "Carl Ebbe;HU;Akutafdelingen;01-03-2027;;;\n"              // due 29-03: upcoming
             "Dorte Friis;KBU;Akutafdelingen;01-04-2027;;;\n"           // future: upcoming
             "Eva Gram;KBU;Akutafdelingen;01-01-2027;09-03-2027;;\n"    // ended yesterday
             "Finn Hald;KBU;Akutafdelingen;01-01-2027;10-03-2027;;\n"); // ends today
    const auto rows = DeadlineBoard::load(*t, kToday, 0);
    REQUIRE(rows.ok());
    QStringList order;
    for (const DeadlineRow& row : rows.value())
        order << row.view.traineeName;
    CHECK(order == QStringList{"Finn Hald", "Anna Berg", "Bo Dahl", "Carl Ebbe", "Dorte Friis"});
    CHECK(rowFor(*rows, "Anna Berg")->deadline.status == DeadlineStatus::Overdue);
    CHECK(rowFor(*rows, "Anna Berg")->deadline.daysLeft == -23);
    CHECK(rowFor(*rows, "Bo Dahl")->deadline.status == DeadlineStatus::DueSoon);
    CHECK(rowFor(*rows, "Carl Ebbe")->deadline.status == DeadlineStatus::Upcoming);
    CHECK(rowFor(*rows, "Dorte Friis")->deadline.status == DeadlineStatus::Upcoming);
    CHECK(rowFor(*rows, "Bo Dahl")->view.supervisorName == "Mette Holm");

    const DeadlineCounts counts = DeadlineBoard::count(rows.value());
    CHECK(counts.overdue == 2);
    CHECK(counts.dueSoon == 1);
    CHECK(counts.upcoming == 2);
    CHECK(counts.held == 0);
    CHECK(counts.withoutMainSupervisor == 3);
}

TEST_CASE("the board sorts by due date, then names in Danish order")
{
    TempDatabase t;
    seed(*t, "Åse Lund;KBU;Akut;01-02-2027;;;\n"
             "Øjvind Holm;KBU;Akut;01-02-2027;;;\n"
             "Ærø Bach;KBU;Akut;01-02-2027;;;\n"
             "anders Zahle;KBU;Akut;01-02-2027;;;\n"
             "Zenia Ahl;KBU;Akut;01-02-2027;;;\n"
             "Bent Alm;KBU;Akut;01-01-2027;;;\n");
    const auto rows = DeadlineBoard::load(*t, kToday, 0);
    REQUIRE(rows.ok());
    QStringList order;
    for (const DeadlineRow& row : rows.value())
        order << row.view.traineeName;
    CHECK(order == QStringList{"Bent Alm", "anders Zahle", "Zenia Ahl", "Ærø Bach", "Øjvind Holm",
                               "Åse Lund"});
}

TEST_CASE("the board can show one department")
{
    TempDatabase t;
    seed(*t, "Anna Berg;KBU;Akutafdelingen;01-02-2027;;;\n"
             "Bo Dahl;HU;Neurologisk afdeling;15-02-2027;;;\n");
    const auto all = DeadlineBoard::load(*t, kToday, 0);
    const auto placements = PlacementRepository(*t).all().value();
    const auto neuro = DeadlineBoard::load(*t, kToday, placements[1].departmentId);
    REQUIRE(neuro.ok());
    CHECK(all->size() == 2);
    REQUIRE(neuro->size() == 1);
    CHECK(neuro->first().view.traineeName == "Bo Dahl");
}

TEST_CASE("registering a held expectation meeting makes the deadline held")
{
    TempDatabase t;
    seed(*t, "Anna Berg;KBU;Akutafdelingen;01-02-2027;;Mette Holm;\n");
    const auto outcome = MeetingRegistration::registerHeld(*t, request("anna berg", {2027, 2, 20}));
    REQUIRE(outcome.ok());
    CHECK(outcome->kind == HeldOutcome::Kind::Created);
    CHECK(outcome->traineeName == "Anna Berg");
    CHECK(outcome->dueDate == QDate(2027, 2, 15));
    const auto rows = DeadlineBoard::load(*t, kToday, 0);
    CHECK(rows->first().deadline.status == DeadlineStatus::Held);
    CHECK(rows->first().view.heldOn == QDate(2027, 2, 20));
    CHECK(MeetingRepository(*t).attendees(outcome->meetingId)->size() == 2);

    const auto again = MeetingRegistration::registerHeld(*t, request("Anna Berg", {2027, 2, 20}));
    CHECK(again->kind == HeldOutcome::Kind::AlreadyRegistered);
    const auto corrected =
        MeetingRegistration::registerHeld(*t, request("Anna Berg", {2027, 2, 14}));
    CHECK(corrected->kind == HeldOutcome::Kind::DateChanged);
    CHECK(corrected->previousDate == QDate(2027, 2, 20));
    CHECK(DeadlineBoard::load(*t, kToday, 0)->first().view.heldOn == QDate(2027, 2, 14));
}

TEST_CASE("a scheduled meeting becomes held instead of getting a twin")
{
    TempDatabase t;
    seed(*t, "Anna Berg;KBU;Akutafdelingen;01-02-2027;;;\n");
    const auto placement = PlacementRepository(*t).all()->first();
    const auto type = MeetingTypeRepository(*t).byCode(expectationMeetingCode()).value();
    Meeting scheduled;
    scheduled.meetingTypeId = type->id;
    scheduled.placementId = placement.id;
    scheduled.scheduledAt = QDateTime(QDate(2027, 2, 10), QTime(9, 30));
    const auto inserted = MeetingRepository(*t).insert(scheduled, {});
    INFO((inserted ? QString() : inserted.errorMessage()).toStdString());
    REQUIRE(inserted.ok());
    const auto outcome = MeetingRegistration::registerHeld(*t, request("Anna Berg", {2027, 2, 10}));
    REQUIRE(outcome.ok());
    CHECK(outcome->kind == HeldOutcome::Kind::ScheduledNowHeld);
    const auto meetings = MeetingRepository(*t).forPlacement(placement.id, type->id).value();
    REQUIRE(meetings.size() == 1);
    CHECK(meetings[0].heldOn == QDate(2027, 2, 10));
    CHECK(meetings[0].scheduledAt == QDateTime(QDate(2027, 2, 10), QTime(9, 30)));
}

TEST_CASE("registration refuses unknown, ambiguous and future input and changes nothing")
{
    TempDatabase t;
    seed(*t, "Anna Berg;KBU;Akutafdelingen;01-02-2027;;;anna1@example.dk\n"
             "Anna Berg;HU;Akutafdelingen;01-02-2027;;;anna2@example.dk\n"
             "Bo Dahl;HU;Akutafdelingen;01-01-2027;;;\n"
             "Bo Dahl;HU;Neurologisk afdeling;01-02-2027;;;\n");
    auto expectInvalid = [&](const HeldRequest& r, const char* fragment) {
        const auto outcome = MeetingRegistration::registerHeld(*t, r);
        REQUIRE_FALSE(outcome.ok());
        INFO(outcome.errorMessage().toStdString());
        CHECK(outcome.error().kind == Error::Kind::InvalidInput);
        CHECK(outcome.errorMessage().contains(QString::fromUtf8(fragment)));
    };
    expectInvalid(request("Ukendt Person", {2027, 2, 10}), "no trainee named Ukendt Person");
    expectInvalid(request("Anna Berg", {2027, 2, 10}), "anna1@example.dk");
    expectInvalid(request("Bo Dahl", {2027, 2, 10}), "Akutafdelingen, Neurologisk afdeling");
    expectInvalid(request("anna1@example.dk", {2027, 7, 1}), "in the future");
    HeldRequest wrongType = request("anna1@example.dk", {2027, 2, 10});
    wrongType.meetingType = "Slutevaluering";
    expectInvalid(wrongType, "no meeting type 'Slutevaluering'");
    HeldRequest wrongDepartment = request("anna1@example.dk", {2027, 2, 10});
    wrongDepartment.department = "Kirurgisk afdeling";
    expectInvalid(wrongDepartment, "no placement in Kirurgisk afdeling");
    CHECK(DeadlineBoard::count(DeadlineBoard::load(*t, kToday, 0).value()).held == 0);

    HeldRequest named = request("Bo Dahl", {2027, 2, 10});
    named.department = "neurologisk afdeling";
    const auto outcome = MeetingRegistration::registerHeld(*t, named);
    REQUIRE(outcome.ok());
    CHECK(outcome->departmentName == "Neurologisk afdeling");
}

TEST_CASE("an update based on a stale read is refused")
{
    TempDatabase t;
    seed(*t, "Anna Berg;KBU;Akutafdelingen;01-02-2027;;;\n");
    PlacementRepository placements(*t);
    Placement first = placements.all()->first();
    Placement second = first;
    first.endDate = QDate(2027, 7, 31);
    REQUIRE(placements.update(first).ok());
    second.level = Level::Hu;
    const auto refused = placements.update(second);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains("changed or deleted by someone else"));
    const Placement stored = placements.all()->first();
    CHECK(stored.level == Level::Kbu);
    CHECK(stored.endDate == QDate(2027, 7, 31));
    CHECK(stored.rowVersion == 2);
}
