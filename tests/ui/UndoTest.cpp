#include "commands/ChangeCommand.h"
#include "rules/Recurrence.h"
#include "services/MeetingLog.h"
#include "services/SeriesEditing.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PlacementRepository.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"
#include "widgets/MessageBar.h"

#include <QAction>
#include <QSqlQuery>

using namespace tavle;
using namespace tavle::ui;

namespace {

const QByteArray kRoster = "Navn;Uddannelsestrin;Afdeling;Startdato;Hovedvejleder\n"
                           "Anna Berg;KBU;Akutafdelingen;01-02-2027;Mette Holm\n"
                           "Bo Dahl;HU;Akutafdelingen;15-02-2027;\n";

QString scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0).toString() : QString();
}

/// Pushes a one-change command and requires that it went through.
template <typename ChangeType, typename... Args>
void push(WindowFixture& f, const QString& text, Args&&... args)
{
    auto command = std::make_unique<ChangeCommand>(*f.session, text);
    command->add(std::make_unique<ChangeType>(std::forward<Args>(args)...));
    const Status pushed = pushChange(*f.session, std::move(command));
    INFO((pushed ? QString() : pushed.errorMessage()).toStdString());
    REQUIRE(pushed.ok());
}

} // namespace

TEST_CASE("undo: two steps back on one meeting, and forward again")
{
    WindowFixture f(kRoster);
    Database& db = f.session->database();
    const Placement anna = PlacementRepository(db).all()->first();
    const MeetingType type = MeetingEditing::expectationType(db).value();
    MeetingRecord held;
    held.meeting.meetingTypeId = type.id;
    held.meeting.placementId = anna.id;
    held.meeting.heldOn = QDate(2027, 3, 8);
    held.attendees = {Attendee{anna.traineeId, Attendance::Present}};
    push<MeetingChange>(f, "registration", std::nullopt, held);

    // The second command edits what the first one stored, on the version stored now.
    const auto stored = MeetingEditing::forPlacement(db, anna.id, type.id).value();
    REQUIRE(stored.has_value());
    MeetingRecord edited = *stored;
    edited.meeting.notes = "Mål: akutte patienter";
    push<MeetingChange>(f, "notes", stored, edited);

    QAction* undo = f.window->undoAction();
    QAction* redo = f.window->redoAction();
    undo->trigger();
    CHECK(scalar(db, "SELECT notes FROM meetings").isEmpty());
    undo->trigger(); // this one was refused while the change kept its first row version
    CHECK(scalar(db, "SELECT COUNT(*) FROM meetings") == "0");
    CHECK_FALSE(f.window->messageBar()->isVisible());
    redo->trigger();
    redo->trigger();
    CHECK(scalar(db, "SELECT notes FROM meetings") == "Mål: akutte patienter");
    CHECK(scalar(db, "SELECT held_on FROM meetings") == "2027-03-08");
}

TEST_CASE("undo: a placement changed twice goes back step by step")
{
    WindowFixture f(kRoster);
    Database& db = f.session->database();
    const Placement bo = PlacementRepository(db).all()->at(1);
    Placement ended = bo;
    ended.endDate = QDate(2027, 8, 31);
    push<PlacementChange>(f, "end", bo, ended);
    Placement stored = *PlacementRepository(db).byId(bo.id).value();
    Placement promoted = stored;
    promoted.level = Level::Intro;
    push<PlacementChange>(f, "level", stored, promoted);
    f.window->undoAction()->trigger();
    f.window->undoAction()->trigger();
    const Placement back = *PlacementRepository(db).byId(bo.id).value();
    CHECK(back.level == Level::Hu);
    CHECK_FALSE(back.endDate.isValid());
    CHECK_FALSE(f.window->messageBar()->isVisible());
}

TEST_CASE("undo: a logged meeting with action items goes back two steps and forward again")
{
    WindowFixture f(kRoster);
    Database& db = f.session->database();
    const Id department = DepartmentRepository(db).all()->first().id;
    const MeetingType team = *MeetingTypeRepository(db).byCode("education_team").value();
    LoggedMeeting logged =
        MeetingLog::draft(db, team, department, QDateTime(QDate(2027, 3, 4), QTime(14, 0))).value();
    logged.meeting.heldOn = QDate(2027, 3, 4);
    ActionItem a;
    a.text = "Book lokale";
    ActionItem b;
    b.text = "Send referat";
    logged.actionItems = {a, b};
    push<LoggedMeetingChange>(f, "meeting", std::nullopt, logged);
    const Id id = scalar(db, "SELECT id FROM meetings").toLongLong();

    // The second step drops one action item and adds another: ids change underneath.
    LoggedMeeting stored = MeetingLog::load(db, id).value();
    LoggedMeeting edited = stored;
    edited.actionItems.removeAt(1);
    ActionItem c;
    c.text = "Følg op på trivsel";
    edited.actionItems << c;
    edited.meeting.decisions = "Ny beslutning";
    push<LoggedMeetingChange>(f, "edit", stored, edited);

    f.window->undoAction()->trigger();
    CHECK(scalar(db, "SELECT group_concat(text, '|') FROM (SELECT text FROM action_items "
                     "ORDER BY text)") == "Book lokale|Send referat");
    f.window->undoAction()->trigger();
    CHECK(scalar(db, "SELECT COUNT(*) FROM meetings") == "0");
    CHECK(scalar(db, "SELECT COUNT(*) FROM action_items") == "0");
    f.window->redoAction()->trigger();
    f.window->redoAction()->trigger();
    CHECK(scalar(db, "SELECT decisions FROM meetings") == "Ny beslutning");
    CHECK(scalar(db, "SELECT group_concat(text, '|') FROM (SELECT text FROM action_items "
                     "ORDER BY text)") == "Book lokale|Følg op på trivsel");
    CHECK_FALSE(f.window->messageBar()->isVisible());
}

TEST_CASE("undo: a step that someone else's change got to first is refused and dropped")
{
    WindowFixture f(kRoster);
    Database& db = f.session->database();
    const Id department = DepartmentRepository(db).all()->first().id;
    const MeetingType ventil = *MeetingTypeRepository(db).byCode("ventil").value();
    MeetingSeries series;
    series.meetingTypeId = ventil.id;
    series.departmentId = department;
    series.title = "Ventil";
    series.startDate = QDate(2027, 3, 2);
    series.startTime = QTime(14, 50);
    series.durationMinutes = 34;
    push<SeriesChange>(f, "series", std::nullopt, SeriesWithLeaders{series, {}});

    // Another user renames the series.
    auto other = f.otherConnection();
    MeetingSeries theirs = MeetingSeriesRepository(*other).all(department)->first();
    theirs.title = "Ventil (tirsdage)";
    REQUIRE(SeriesEditing::save(*other, theirs).ok());

    f.window->undoAction()->trigger();
    CHECK(f.window->messageBar()->isVisible());
    CHECK(f.window->messageBar()->text().contains("changed or deleted by someone else"));
    CHECK(scalar(db, "SELECT title FROM meeting_series") == "Ventil (tirsdage)");
    CHECK_FALSE(f.window->undoAction()->isEnabled()); // the refused step is gone
}
