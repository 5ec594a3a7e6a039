#include "services/MeetingLog.h"

#include "import/RosterImporter.h"
#include "rules/Recurrence.h"
#include "services/SeriesEditing.h"
#include "storage/ActionItemRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoleAssignmentRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

using namespace tavle;

namespace {

const QDate kToday(2027, 1, 20);

/// A neurology department with four trainees (one ending early, one starting late), its team,
/// and a weekly Ventil series from Tuesday 5 January 2027, led in turn by two trainees.
struct Fixture
{
    TempDatabase t;
    Id department = 0;
    MeetingType ventil;
    MeetingType team;
    MeetingSeries series;
    QHash<QString, Id> people;

    Fixture()
    {
        const QByteArray roster =
            "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder\n"
            "Anna Berg;KBU;Neurologisk afdeling;01-12-2026;;Mette Holm\n"
            "Bo Dahl;HU;Neurologisk afdeling;01-09-2026;10-01-2027;Mette Holm\n"
            "Åse Lund;INTRO;Neurologisk afdeling;01-11-2026;;\n"
            "Carl Ebbe;HU;Neurologisk afdeling;01-02-2027;;\n";
        const auto report = RosterImporter::importRoster(*t, RosterParser::parse(roster), {});
        REQUIRE(report.ok());
        REQUIRE(report->problems.isEmpty());
        department = DepartmentRepository(*t).all()->first().id;
        for (const Person& p : PersonRepository(*t).all().value())
            people.insert(p.name, p.id);
        RoleAssignmentRepository roles(*t);
        for (const auto& [name, role] : {std::pair<QString, TeamRole>{"Ole Vang", TeamRole::Uao},
                                         {"Pia Friis", TeamRole::Ukyl},
                                         {"Karen Holst", TeamRole::HeadOfDepartment}}) {
            const auto id = PersonRepository(*t).insert(Person{0, name, {}});
            REQUIRE(id.ok());
            people.insert(name, id.value());
            REQUIRE(
                roles.insert(RoleAssignment{0, id.value(), department, role, QDate(2026, 1, 1), {}})
                    .ok());
        }
        MeetingTypeRepository types(*t);
        ventil = *types.byCode("ventil").value();
        team = *types.byCode("education_team").value();

        MeetingSeries s;
        s.meetingTypeId = ventil.id;
        s.departmentId = department;
        s.title = "Ventil";
        s.recurrence = Recurrence::Weekly;
        s.startDate = QDate(2027, 1, 5);
        s.startTime = QTime(14, 50);
        s.durationMinutes = 34;
        const auto saved = SeriesEditing::save(*t, s);
        REQUIRE(saved.ok());
        const auto led = SeriesEditing::setLeaders(
            *t, saved.value(),
            RecurrenceRules::rotateLeaders({people["Anna Berg"], people["Åse Lund"]},
                                           QDate(2027, 1, 1), QDate(2027, 12, 31), 2));
        REQUIRE(led.ok());
        series = led.value();
    }

    QStringList names(const QList<Person>& persons) const
    {
        QStringList list;
        for (const Person& p : persons)
            list << p.name;
        return list;
    }
};

} // namespace

TEST_CASE("meeting log: who is expected follows the type, the roles and the placements")
{
    Fixture f;
    const auto trainees = MeetingLog::expectedPeople(*f.t, f.ventil, f.department, kToday);
    REQUIRE(trainees.ok());
    // Bo Dahl ended on 10 January, Carl Ebbe starts in February; Danish order puts Å last.
    CHECK(f.names(trainees.value()) == QStringList{"Anna Berg", "Åse Lund"});
    const auto team = MeetingLog::expectedPeople(*f.t, f.team, f.department, kToday);
    REQUIRE(team.ok());
    CHECK(f.names(team.value()) == QStringList{"Karen Holst", "Ole Vang", "Pia Friis"});
    MeetingType other = f.team;
    other.defaultParticipants = DefaultParticipants::None;
    CHECK(MeetingLog::expectedPeople(*f.t, other, f.department, kToday)->isEmpty());
}

TEST_CASE("meeting log: a series occurrence is drafted with its time, leader and people")
{
    Fixture f;
    const auto next = MeetingLog::nextOccurrence(*f.t, f.ventil.id, f.department, kToday);
    REQUIRE(next.ok());
    REQUIRE(next.value().has_value());
    CHECK(next.value()->second == QDate(2027, 1, 26));
    const auto draft = MeetingLog::draftForOccurrence(*f.t, f.series, QDate(2027, 3, 2));
    REQUIRE(draft.ok());
    const Meeting& m = draft->meeting;
    CHECK(m.scheduledAt == QDateTime(QDate(2027, 3, 2), QTime(14, 50)));
    CHECK(m.durationMinutes == 34);
    CHECK(m.seriesId == f.series.id);
    CHECK(m.leaderId == f.people["Åse Lund"]); // March-April is Åse's turn
    CHECK(m.agenda.startsWith("Ca. 10 minutter"));
    CHECK(draft->attendees.size() == 3); // Carl Ebbe has started by March
}

TEST_CASE("meeting log: log an occurrence with attendance, decisions and action items")
{
    Fixture f;
    auto draft = MeetingLog::draftForOccurrence(*f.t, f.series, QDate(2027, 1, 12));
    REQUIRE(draft.ok());
    LoggedMeeting logged = draft.value();
    logged.meeting.heldOn = QDate(2027, 1, 12);
    logged.meeting.decisions = "Cases sendes til UKYL dagen før\nNæste gang: tema om nattevagter";
    logged.attendees = {Attendee{f.people["Anna Berg"], Attendance::Present},
                        Attendee{f.people["Åse Lund"], Attendance::Excused}};
    ActionItem reminder;
    reminder.text = "Send påmindelse om Ventil tirsdag morgen";
    reminder.ownerId = f.people["Pia Friis"];
    reminder.dueDate = QDate(2027, 1, 19);
    logged.actionItems = {reminder};
    const auto saved = MeetingLog::save(*f.t, logged, kToday);
    REQUIRE(saved.ok());
    CHECK(saved->meeting.id != 0);
    REQUIRE(saved->actionItems.size() == 1);
    CHECK(saved->actionItems[0].id != 0);
    CHECK(saved->actionItems[0].departmentId == f.department);

    const auto entries =
        MeetingLog::entries(*f.t, QDate(2027, 1, 1), QDate(2027, 1, 31), f.department, 0);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 4); // 5, 12, 19 and 26 January
    const MeetingEntry& held = entries->at(1);
    CHECK(held.meeting.id == saved->meeting.id);
    CHECK(held.state == MeetingState::Held);
    CHECK(held.present == 1);
    CHECK(held.excused == 1);
    CHECK(held.leaderName == "Anna Berg");
    CHECK(entries->at(0).state == MeetingState::Planned);
    CHECK(entries->at(0).meeting.id == 0);
    CHECK(entries->at(3).leaderName == "Anna Berg");

    // The same occurrence cannot be logged twice, nor a day the series does not meet.
    const auto twice = MeetingLog::save(*f.t, logged, kToday);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.errorMessage().contains("logged already"));
    LoggedMeeting wrongDay = draft.value();
    wrongDay.meeting.occurrenceOn = QDate(2027, 1, 13);
    CHECK(MeetingLog::save(*f.t, wrongDay, kToday).errorMessage().contains("does not meet"));
}

TEST_CASE("meeting log: action items are matched by id, and a stale one is refused")
{
    Fixture f;
    auto draft = MeetingLog::draft(*f.t, f.team, f.department, QDateTime(kToday, QTime(14, 0)));
    REQUIRE(draft.ok());
    CHECK(draft->attendees.size() == 3);
    LoggedMeeting logged = draft.value();
    logged.meeting.heldOn = kToday;
    ActionItem a;
    a.text = "Opdatér introduktionsprogrammet";
    ActionItem b;
    b.text = "Book lokale til uddannelsesforum";
    logged.actionItems = {a, b};
    auto saved = MeetingLog::save(*f.t, logged, kToday);
    REQUIRE(saved.ok());

    // Edit the first, drop the second, add a third.
    LoggedMeeting edited = saved.value();
    edited.actionItems[0].doneOn = kToday;
    edited.actionItems.removeAt(1);
    ActionItem c;
    c.text = "Følg op på trivselsmålingen";
    c.dueDate = QDate(2027, 2, 15);
    edited.actionItems << c;
    const auto resaved = MeetingLog::save(*f.t, edited, kToday);
    REQUIRE(resaved.ok());
    const auto items = ActionItemRepository(*f.t).forMeeting(saved->meeting.id);
    REQUIRE(items.ok());
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).id == saved->actionItems[0].id);
    CHECK(items->at(0).doneOn == kToday);
    CHECK(items->at(1).text == "Følg op på trivselsmålingen");

    // Someone marks an item undone meanwhile: saving the meeting as read is refused whole.
    ActionItem other = items->at(0);
    other.doneOn = QDate();
    REQUIRE(MeetingLog::saveActionItem(*f.t, other).ok());
    LoggedMeeting stale = resaved.value();
    stale.meeting.decisions = "Ny beslutning";
    stale.actionItems[0].text = "Opdatér introduktionsprogrammet nu";
    const auto refused = MeetingLog::save(*f.t, stale, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains("changed or deleted by someone else"));
    const auto reloaded = MeetingLog::load(*f.t, saved->meeting.id);
    REQUIRE(reloaded.ok());
    CHECK(reloaded->meeting.decisions.isEmpty()); // the meeting's change was rolled back

    // The list of every item: all of them, or the open ones, by due date (none last).
    const auto all = ActionItemRepository(*f.t).list(f.department, false);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).item.text == "Følg op på trivselsmålingen"); // due 15-02; the other: none
    CHECK(all->at(0).meetingDate == kToday);
    CHECK(all->at(0).meetingTypeName == f.team.name);
    const auto open = ActionItemRepository(*f.t).list(0, true);
    REQUIRE(open.ok());
    CHECK(open->size() == 2); // the first item was marked undone again above
}

TEST_CASE("meeting log: bad meetings are refused with the field, and nothing is written")
{
    Fixture f;
    auto draft = MeetingLog::draft(*f.t, f.team, f.department, QDateTime(kToday, QTime(14, 0)));
    REQUIRE(draft.ok());
    LoggedMeeting bad = draft.value();
    bad.meeting.heldOn = kToday;
    bad.meeting.cancelled = true;
    CHECK(MeetingLog::save(*f.t, bad, kToday).error().kind == Error::Kind::InvalidInput);
    bad.meeting.cancelled = false;
    bad.attendees << bad.attendees.first();
    CHECK(MeetingLog::save(*f.t, bad, kToday).errorMessage().contains("twice"));
    bad.attendees.removeLast();
    bad.actionItems = {ActionItem{}};
    CHECK(MeetingLog::save(*f.t, bad, kToday).errorMessage().contains("action item"));
    bad.actionItems.clear();
    bad.meeting.heldOn = kToday.addDays(1);
    CHECK_FALSE(MeetingLog::save(*f.t, bad, kToday).ok());
    const auto entries =
        MeetingLog::entries(*f.t, QDate(2027, 1, 1), QDate(2027, 1, 31), f.department, f.team.id);
    REQUIRE(entries.ok());
    CHECK(entries->isEmpty());
}

TEST_CASE("meeting log: a cancelled occurrence, and attendance read back for statistics")
{
    Fixture f;
    for (const QDate& date : {QDate(2027, 1, 5), QDate(2027, 1, 12), QDate(2027, 1, 19)}) {
        auto draft = MeetingLog::draftForOccurrence(*f.t, f.series, date);
        REQUIRE(draft.ok());
        LoggedMeeting logged = draft.value();
        if (date == QDate(2027, 1, 12)) {
            logged.meeting.cancelled = true;
        } else {
            logged.meeting.heldOn = date;
            logged.attendees = {Attendee{f.people["Anna Berg"], Attendance::Present},
                                Attendee{f.people["Åse Lund"], date == QDate(2027, 1, 5)
                                                                   ? Attendance::Absent
                                                                   : Attendance::Present}};
        }
        REQUIRE(MeetingLog::save(*f.t, logged, kToday).ok());
    }
    const auto entries =
        MeetingLog::entries(*f.t, QDate(2027, 1, 1), QDate(2027, 1, 19), f.department, 0);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(1).state == MeetingState::Cancelled);
    const auto records =
        MeetingLog::attendance(*f.t, QDate(2027, 1, 1), QDate(2027, 1, 31), f.department, 0);
    REQUIRE(records.ok());
    CHECK(records->size() == 4); // two held meetings, two people each; the cancelled one none
    const auto perPerson = AttendanceStats::perPerson(records.value());
    REQUIRE(perPerson.size() == 2);
    CHECK(perPerson[0].rate() == Approx(1.0));
    CHECK(perPerson[1].rate() == Approx(0.5));
    const auto next =
        MeetingLog::nextOccurrence(*f.t, f.ventil.id, f.department, QDate(2027, 1, 5));
    REQUIRE(next.ok());
    CHECK(next.value()->second == QDate(2027, 1, 26)); // the 5th, 12th and 19th are logged
}
