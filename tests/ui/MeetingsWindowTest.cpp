#include "dialogs/LogMeetingDialog.h"
#include "dialogs/SeriesDialog.h"
#include "i18n/Translations.h"
#include "models/ActionItemTableModel.h"
#include "models/AttendanceListModel.h"
#include "models/LeaderPeriodModel.h"
#include "models/MeetingListModel.h"
#include "models/RecurrenceText.h"
#include "rules/Recurrence.h"
#include "services/SeriesEditing.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingSeriesRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoleAssignmentRepository.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"
#include "widgets/ActionItemEditor.h"
#include "widgets/AttendanceChecklist.h"
#include "widgets/EditableTable.h"
#include "widgets/LeaderPeriodEditor.h"
#include "widgets/PeriodSelector.h"
#include "workspaces/MeetingsWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QWindow>

using namespace tavle;
using namespace tavle::ui;

namespace {

// Today is Wednesday 10-03-2027 (week 10). Bo Dahl's placement ended in February; Dorte
// Friis starts in May: neither is a current trainee.
const QByteArray kRoster =
    "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\n"
    "Anna Berg;KBU;Neurologisk afdeling;01-12-2026;;Mette Holm;anna@example.dk\n"
    "Bo Dahl;HU;Neurologisk afdeling;01-09-2026;28-02-2027;Mette Holm;\n"
    "Carl Ebbe;HU;Neurologisk afdeling;01-02-2027;;;\n"
    "Åse Lund;INTRO;Neurologisk afdeling;01-11-2026;;;\n"
    "Dorte Friis;KBU;Neurologisk afdeling;01-05-2027;;;\n";

const QDate kToday(2027, 3, 10);

/// The window on the neurology department with its team (UAO, UKYL, cheflæge) and a weekly
/// Ventil series on Tuesdays from 5 January 2027 at 14:50, led in turn by Anna Berg
/// (January-February, May-June...) and Åse Lund (March-April...). The team and the series
/// are written from a second connection, as another Tavle would.
struct MeetingsFixture
{
    WindowFixture f{kRoster, kToday};
    Id department = 0;
    MeetingType ventil;
    MeetingType team;
    MeetingSeries series;
    QHash<QString, Id> people;
    QStringList errors; ///< what the window reported in its message bar

    MeetingsFixture()
    {
        QObject::connect(f.session.get(), &Session::errorReported,
                         [this](const QString& message) { errors << message; });
        auto db = f.otherConnection();
        department = DepartmentRepository(*db).all()->first().id;
        for (const Person& p : PersonRepository(*db).all().value())
            people.insert(p.name, p.id);
        RoleAssignmentRepository roles(*db);
        for (const auto& [name, role] : {std::pair<QString, TeamRole>{"Ole Vang", TeamRole::Uao},
                                         {"Pia Friis", TeamRole::Ukyl},
                                         {"Karen Holst", TeamRole::HeadOfDepartment}}) {
            const auto id = PersonRepository(*db).insert(Person{0, name, {}});
            REQUIRE(id.ok());
            people.insert(name, id.value());
            REQUIRE(
                roles.insert(RoleAssignment{0, id.value(), department, role, QDate(2026, 1, 1), {}})
                    .ok());
        }
        MeetingTypeRepository types(*db);
        ventil = *types.byCode("ventil").value();
        team = *types.byCode("education_team").value();
        MeetingSeries s;
        s.meetingTypeId = ventil.id;
        s.departmentId = department;
        s.title = "Ventil";
        s.startDate = QDate(2027, 1, 5);
        s.startTime = QTime(14, 50);
        s.durationMinutes = 34;
        const auto saved = SeriesEditing::save(*db, s);
        REQUIRE(saved.ok());
        const auto led = SeriesEditing::setLeaders(
            *db, saved.value(),
            RecurrenceRules::rotateLeaders({people["Anna Berg"], people["Åse Lund"]},
                                           QDate(2027, 1, 1), QDate(2027, 12, 31), 2));
        REQUIRE(led.ok());
        series = led.value();

        f.window->showWorkspace(MainWindow::Workspace::Meetings);
        f.window->activateWindow();
        f.session->notifyChanged(); // as the window does after an edit
        workspace()->waitForLoad();
    }

    MeetingsWorkspace* workspace() { return f.window->meetings(); }
    MeetingListModel* model() { return workspace()->model(); }

    int rowOn(const QDate& date, const QString& type = "Ventil")
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            const MeetingEntry* e = model()->entryAt(row);
            if (e->date() == date && e->typeName == type)
                return row;
        }
        return -1;
    }

    QString cell(int row, int column) { return model()->index(row, column).data().toString(); }

    void select(int row)
    {
        REQUIRE(row >= 0);
        workspace()->table()->setCurrentIndex(model()->index(row, 0));
        workspace()->table()->setFocus();
    }
};

/// One value from the database, through a second connection.
QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0);
}

/// Sends keys to whatever has the focus, as a person at the keyboard does.
QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

/// Types text into the focus widget, key by key; letters beyond ASCII (é, æ, ø, å) as a
/// keyboard layout that has them sends them.
void type(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(focused(), c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, focused(), Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
    }
}

/// A window manager activates a modal dialog when it opens; the offscreen platform needs
/// to be asked.
void activate(QWidget* dialog)
{
    QWindow* window = dialog->windowHandle();
    REQUIRE(window);
    window->requestActivate();
    REQUIRE(QTest::qWaitFor([window] { return QGuiApplication::focusWindow() == window; }));
}

/// The object name of the focus widget or, inside a table's cell editor, of the table.
QString focusName()
{
    QWidget* widget = QApplication::focusWidget();
    for (; widget; widget = widget->parentWidget()) {
        if (!widget->objectName().isEmpty() && !widget->objectName().startsWith("qt_"))
            return widget->objectName();
    }
    return {};
}

} // namespace

TEST_CASE("meetings: log a meeting from the keyboard alone, undo and redo it")
{
    MeetingsFixture m;
    MainWindow* window = m.f.window.get();
    bool answered = false;
    whenModal<LogMeetingDialog>([&](LogMeetingDialog* dialog) {
        answered = true;
        activate(dialog);
        // The type comes first: an education team meeting unless another is chosen.
        CHECK(focusName() == "type");
        type("Uddannelsest");
        CHECK(dialog->typeCombo()->currentText() == "Uddannelsesteammøde");
        press(Qt::Key_Tab);
        CHECK(focusName() == "when");
        type("10-03-2027 13:15");
        press(Qt::Key_Tab);
        CHECK(focusName() == "length");
        press(Qt::Key_Tab);
        CHECK(focusName() == "leader");
        type("Pia");
        press(Qt::Key_Tab);
        CHECK(focusName() == "stateHeld");
        press(Qt::Key_Tab);
        // The team in Danish order: Karen Holst, Ole Vang, Pia Friis.
        CHECK(focusName() == "attendanceList");
        press(Qt::Key_Down);
        press(Qt::Key_A); // Ole Vang absent
        press(Qt::Key_Down);
        press(Qt::Key_E); // Pia Friis excused
        press(Qt::Key_Tab);
        CHECK(focusName() == "addPerson");
        press(Qt::Key_Tab);
        CHECK(focusName() == "agenda");
        press(Qt::Key_Tab);
        CHECK(focusName() == "notes");
        type("Frister gennemgået");
        press(Qt::Key_Tab);
        CHECK(focusName() == "decisions");
        type("Ny introduktionsplan fra april");
        press(Qt::Key_Tab);
        CHECK(focusName() == "actionItemTable");
        press(Qt::Key_Insert);
        type("Opdatér introduktionsprogrammet");
        press(Qt::Key_Tab);
        type("Pia");
        press(Qt::Key_Tab);
        type("24-03-2027");
        press(Qt::Key_Return);
        press(Qt::Key_Return, Qt::ControlModifier);
        INFO(dialog->errorLabel()->text().toStdString());
        CHECK_FALSE(dialog->isVisible());
    });
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    REQUIRE(answered);
    m.workspace()->waitForLoad();

    auto db = m.f.otherConnection();
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meetings").toInt() == 1);
    QSqlQuery q(db->connection());
    REQUIRE(q.exec("SELECT id, meeting_type_id, held_on, scheduled_at, leader_id, decisions, "
                   "notes, cancelled FROM meetings"));
    REQUIRE(q.next());
    const Id meetingId = q.value(0).toLongLong();
    CHECK(q.value(1).toLongLong() == m.team.id);
    CHECK(q.value(2).toString() == "2027-03-10");
    CHECK(q.value(3).toString() == "2027-03-10T13:15");
    CHECK(q.value(4).toLongLong() == m.people["Pia Friis"]);
    CHECK(q.value(5).toString() == "Ny introduktionsplan fra april");
    CHECK(q.value(6).toString() == "Frister gennemgået");
    CHECK(q.value(7).toInt() == 0);

    REQUIRE(q.exec(QString("SELECT p.name, mp.attendance FROM meeting_participants mp JOIN "
                           "persons p ON p.id = mp.person_id WHERE mp.meeting_id = %1 "
                           "ORDER BY p.name")
                       .arg(meetingId)));
    QStringList attendance;
    while (q.next())
        attendance << q.value(0).toString() + ": " + q.value(1).toString();
    CHECK(attendance ==
          QStringList{"Karen Holst: present", "Ole Vang: absent", "Pia Friis: excused"});

    REQUIRE(q.exec("SELECT text, owner_id, due_date, meeting_id, department_id FROM "
                   "action_items"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == "Opdatér introduktionsprogrammet");
    CHECK(q.value(1).toLongLong() == m.people["Pia Friis"]);
    CHECK(q.value(2).toString() == "2027-03-24");
    CHECK(q.value(3).toLongLong() == meetingId);
    CHECK(q.value(4).toLongLong() == m.department);
    CHECK_FALSE(q.next());

    // The list shows it held with its counts, and selects it.
    const int row = m.rowOn(kToday, "Uddannelsesteammøde");
    REQUIRE(row >= 0);
    CHECK(m.cell(row, MeetingListModel::StateColumn) == "Held");
    CHECK(m.cell(row, MeetingListModel::AttendanceColumn) == "1 of 3");
    CHECK(m.workspace()->table()->currentIndex().row() == row);
    CHECK(window->undoAction()->text() == "&Undo new meeting Uddannelsesteammøde 10-03-2027");

    // Ctrl+Z takes it away, Ctrl+Shift+Z brings it back, all of it.
    activate(window);
    m.workspace()->table()->setFocus();
    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier);
    m.workspace()->waitForLoad();
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meetings").toInt() == 0);
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meeting_participants").toInt() == 0);
    CHECK(scalar(*db, "SELECT COUNT(*) FROM action_items").toInt() == 0);
    CHECK(m.rowOn(kToday, "Uddannelsesteammøde") < 0);

    QTest::keyClick(window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    m.workspace()->waitForLoad();
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meetings").toInt() == 1);
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meeting_participants WHERE attendance = 'excused'")
              .toInt() == 1);
    CHECK(scalar(*db, "SELECT text FROM action_items").toString() ==
          "Opdatér introduktionsprogrammet");
    CHECK(m.rowOn(kToday, "Uddannelsesteammøde") >= 0);
    CHECK(m.errors.isEmpty());
}

TEST_CASE("meetings: the list shows the period's occurrences with their leader and state")
{
    MeetingsFixture m;
    MeetingsWorkspace* w = m.workspace();
    QAbstractItemModelTester tester(m.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    // Four weeks back to eight weeks ahead: Tuesdays 16-02 to 04-05-2027.
    CHECK(w->period()->from() == QDate(2027, 2, 10));
    CHECK(w->period()->to() == QDate(2027, 5, 5));
    REQUIRE(m.model()->rowCount() == 12);
    CHECK(m.cell(0, MeetingListModel::DateColumn) == "Tue 16-02-2027 · week 7");
    CHECK(m.cell(0, MeetingListModel::TimeColumn) == "14:50–15:24");
    CHECK(m.cell(0, MeetingListModel::TypeColumn) == "Ventil");
    CHECK(m.cell(0, MeetingListModel::SeriesColumn) == "Ventil");
    CHECK(m.cell(0, MeetingListModel::LeaderColumn) == "Anna Berg");
    CHECK(m.cell(0, MeetingListModel::StateColumn) == "Planned");
    CHECK_FALSE(m.model()
                    ->index(0, MeetingListModel::StateColumn)
                    .data(Qt::DecorationRole)
                    .value<QIcon>()
                    .isNull());
    CHECK(m.cell(0, MeetingListModel::AttendanceColumn).isEmpty());
    CHECK(m.cell(m.rowOn(QDate(2027, 3, 2)), MeetingListModel::LeaderColumn) == "Åse Lund");
    // The database's one department is chosen: no department column, until all are shown.
    CHECK(w->table()->isColumnHidden(MeetingListModel::DepartmentColumn));
    m.f.window->departmentSelector()->setCurrentIndex(0);
    w->waitForLoad();
    CHECK_FALSE(w->table()->isColumnHidden(MeetingListModel::DepartmentColumn));
    CHECK(m.cell(0, MeetingListModel::DepartmentColumn) == "Neurologisk afdeling");

    // Sorted on a column, back by date and time on the date column.
    w->table()->sortByColumn(MeetingListModel::LeaderColumn, Qt::AscendingOrder);
    CHECK(m.cell(0, MeetingListModel::LeaderColumn) == "Anna Berg");
    CHECK(m.cell(11, MeetingListModel::LeaderColumn) == "Åse Lund");
    w->table()->sortByColumn(MeetingListModel::DateColumn, Qt::DescendingOrder);
    CHECK(m.model()->entryAt(0)->date() == QDate(2027, 5, 4));
    w->table()->sortByColumn(MeetingListModel::DateColumn, Qt::AscendingOrder);

    // Search as you type (Ctrl+F), and the type filter.
    QTest::keyClick(m.f.window.get(), Qt::Key_F, Qt::ControlModifier);
    CHECK(w->searchField()->hasFocus());
    QTest::keyClicks(w->searchField(), "åse");
    CHECK(m.model()->rowCount() == 9); // the Tuesdays of March and April
    CHECK(w->findChild<QLabel*>("meetingsShown")->text().startsWith("Showing 9 of 12"));
    w->searchField()->clear();
    w->typeFilter()->setCurrentIndex(w->typeFilter()->findText("Uddannelsesteammøde"));
    CHECK(m.model()->rowCount() == 0);
    w->typeFilter()->setCurrentIndex(0);
    CHECK(m.model()->rowCount() == 12);

    // The next period, and back to the one around today.
    w->period()->next();
    w->waitForLoad();
    CHECK(w->period()->from() == QDate(2027, 5, 6));
    CHECK(m.model()->entryAt(0)->date() == QDate(2027, 5, 11));
    w->findChild<QToolButton*>("usualPeriod")->click();
    w->waitForLoad();
    CHECK(m.model()->rowCount() == 12);
}

TEST_CASE("meetings: Enter on a planned Ventil occurrence logs it, prefilled")
{
    MeetingsFixture m;
    MeetingsWorkspace* w = m.workspace();
    m.select(m.rowOn(QDate(2027, 3, 9))); // yesterday
    bool answered = false;
    whenModal<LogMeetingDialog>([&](LogMeetingDialog* dialog) {
        answered = true;
        activate(dialog);
        CHECK(dialog->whenEdit()->dateTime() == QDateTime(QDate(2027, 3, 9), QTime(14, 50)));
        CHECK(dialog->lengthSpin()->value() == 34);
        CHECK(dialog->leaderCombo()->currentText() == "Åse Lund");
        CHECK(dialog->typeCombo()->currentText() == "Ventil");
        CHECK_FALSE(dialog->typeCombo()->isEnabled());
        CHECK(dialog->state() == LogMeetingDialog::State::Held);
        CHECK(dialog->agendaEdit()->toPlainText().startsWith("Ca. 10 minutter"));
        CHECK(dialog->seriesLabel()->text().contains("Tue 09-03-2027"));
        // The current trainees, in Danish order; the first thing to change has the focus.
        QStringList names;
        for (const auto& row : dialog->attendance()->model()->rows())
            names << row.name;
        CHECK(names == QStringList{"Anna Berg", "Carl Ebbe", "Åse Lund"});
        CHECK(focusName() == "attendanceList");
        press(Qt::Key_Down);
        press(Qt::Key_Space); // Carl Ebbe absent
        press(Qt::Key_Return, Qt::ControlModifier);
        CHECK_FALSE(dialog->isVisible());
    });
    QTest::keyClick(w->table(), Qt::Key_Return);
    REQUIRE(answered);
    w->waitForLoad();

    const int row = m.rowOn(QDate(2027, 3, 9));
    REQUIRE(row >= 0);
    CHECK(m.model()->entryAt(row)->meeting.id != 0);
    CHECK(m.cell(row, MeetingListModel::StateColumn) == "Held");
    CHECK(m.cell(row, MeetingListModel::AttendanceColumn) == "2 of 3");
    CHECK(m.cell(row, MeetingListModel::LeaderColumn) == "Åse Lund");
    CHECK(w->table()->currentIndex().row() == row); // the selection stays on it
    CHECK(m.model()->rowCount() == 12);

    auto db = m.f.otherConnection();
    CHECK(scalar(*db, "SELECT occurrence_on FROM meetings").toString() == "2027-03-09");
    CHECK(scalar(*db, "SELECT duration_minutes FROM meetings").toInt() == 34);
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meeting_participants WHERE attendance = 'absent'")
              .toInt() == 1);

    // Opened again it shows what is stored; saving a change is one undoable edit.
    whenModal<LogMeetingDialog>([&](LogMeetingDialog* dialog) {
        activate(dialog);
        CHECK_FALSE(dialog->isNew());
        CHECK(dialog->attendance()->model()->count(Attendance::Absent) == 1);
        CHECK(focusName() == "notes");
        type("Tema: nattevagter");
        press(Qt::Key_Return, Qt::ControlModifier);
    });
    REQUIRE(w->openSelected());
    CHECK(scalar(*db, "SELECT notes FROM meetings").toString() == "Tema: nattevagter");
    CHECK(m.f.window->undoAction()->text() == "&Undo changes to the meeting Ventil 09-03-2027");
    m.f.window->undoAction()->trigger();
    CHECK(scalar(*db, "SELECT notes FROM meetings").toString().isEmpty());
    CHECK(m.errors.isEmpty());
}

TEST_CASE("meetings: cancel an occurrence, delete a logged meeting, and undo both")
{
    MeetingsFixture m;
    MeetingsWorkspace* w = m.workspace();
    auto db = m.f.otherConnection();
    const QDate next(2027, 3, 16);
    m.select(m.rowOn(next));
    whenModal<QMessageBox>([](QMessageBox* box) {
        CHECK(box->text().contains("Ventil 16-03-2027"));
        box->buttons().at(0)->click(); // "Cancel the meeting"
    });
    REQUIRE(w->cancelSelected());
    w->waitForLoad();
    int row = m.rowOn(next);
    CHECK(m.cell(row, MeetingListModel::StateColumn) == "Cancelled");
    CHECK(w->table()->currentIndex().row() == row);
    CHECK(scalar(*db, "SELECT cancelled FROM meetings").toInt() == 1);
    CHECK(scalar(*db, "SELECT occurrence_on FROM meetings").toString() == "2027-03-16");
    CHECK(m.f.window->undoAction()->text() == "&Undo cancellation of Ventil 16-03-2027");
    // Nothing to cancel twice; a cancelled meeting can be deleted.
    CHECK_FALSE(w->findChild<QPushButton*>("cancelMeeting")->isEnabled());
    CHECK(w->findChild<QPushButton*>("deleteMeeting")->isEnabled());

    m.f.window->undoAction()->trigger();
    w->waitForLoad();
    row = m.rowOn(next);
    CHECK(m.cell(row, MeetingListModel::StateColumn) == "Planned");
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meetings").toInt() == 0);

    // Saying no changes nothing.
    m.select(row);
    whenModal<QMessageBox>([](QMessageBox* box) { box->reject(); });
    REQUIRE(w->cancelSelected());
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meetings").toInt() == 0);

    // Delete (the key) a cancelled meeting, then undo.
    m.f.window->redoAction()->trigger();
    w->waitForLoad();
    m.select(m.rowOn(next));
    whenModal<QMessageBox>([](QMessageBox* box) { box->buttons().at(0)->click(); });
    QTest::keyClick(w->table(), Qt::Key_Delete);
    w->waitForLoad();
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meetings").toInt() == 0);
    CHECK(m.cell(m.rowOn(next), MeetingListModel::StateColumn) == "Planned");
    m.f.window->undoAction()->trigger();
    w->waitForLoad();
    CHECK(scalar(*db, "SELECT cancelled FROM meetings").toInt() == 1);
    CHECK(m.errors.isEmpty());
}

TEST_CASE("meetings: choosing the Ventil type makes a weekly series at 14:50 for 34 minutes")
{
    MeetingsFixture m;
    bool answered = false;
    whenModal<SeriesDialog>([&](SeriesDialog* dialog) {
        answered = true;
        dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findText("Uddannelsesforum"));
        CHECK(dialog->titleEdit()->text() == "Uddannelsesforum");
        dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findText("Ventil"));
        CHECK(dialog->titleEdit()->text() == "Ventil");
        CHECK(dialog->startTimeEdit()->time() == QTime(14, 50));
        CHECK(dialog->lengthSpin()->value() == 34);
        CHECK(dialog->recurrenceCombo()->currentData().toInt() == int(Recurrence::Weekly));
        CHECK(dialog->leaders()->rotationMonths() == 2);
        CHECK(dialog->departmentCombo()->currentData().toLongLong() == m.department);
        // Today, Wednesday 10 March.
        CHECK(dialog->recurrenceLabel()->text() == "Meets every week on Wednesday.");
        CHECK(dialog->previewLabel()->text().startsWith(
            "Wed 10-03-2027 · week 10 at 14:50 · no meeting leader"));
        dialog->titleEdit()->setText("Ventil (onsdag)");
        dialog->accept();
        CHECK_FALSE(dialog->isVisible());
    });
    m.workspace()->newSeries();
    REQUIRE(answered);
    auto db = m.f.otherConnection();
    const auto all = MeetingSeriesRepository(*db).all(m.department);
    REQUIRE(all->size() == 2);
    const MeetingSeries& made = all->at(0).title == "Ventil (onsdag)" ? all->at(0) : all->at(1);
    CHECK(made.startTime == QTime(14, 50));
    CHECK(made.durationMinutes == 34);
    CHECK(made.recurrence == Recurrence::Weekly);
    CHECK(made.interval == 1);
    CHECK(m.f.window->undoAction()->text() == "&Undo new series Ventil (onsdag)");
}

TEST_CASE("meetings: a series with rotating leaders shows each period's leader, edit and undo")
{
    MeetingsFixture m;
    MeetingsWorkspace* w = m.workspace();
    bool answered = false;
    whenModal<SeriesDialog>([&](SeriesDialog* dialog) {
        answered = true;
        dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findText("Uddannelsesforum"));
        CHECK(dialog->recurrenceCombo()->currentData().toInt() == int(Recurrence::MonthlyWeekday));
        dialog->startDateEdit()->setDate(QDate(2027, 3, 17)); // the 3rd Wednesday
        CHECK(dialog->recurrenceLabel()->text() == "Meets every 3rd Wednesday of the month.");
        CHECK(dialog->recurrenceCombo()->currentText() == "Monthly on the 3rd Wednesday");
        dialog->setEndDate(QDate(2027, 12, 31));
        LeaderPeriodEditor* leaders = dialog->leaders();
        leaders->setRotating(m.people["Ole Vang"], true);
        leaders->setRotating(m.people["Pia Friis"], true);
        leaders->setRotationMonths(1);
        REQUIRE(leaders->fillRotation());
        // Ole Vang and Pia Friis in turn, a month each, from 17 March to the end.
        const QList<LeaderPeriod> periods = leaders->periods();
        REQUIRE(periods.size() == 10);
        CHECK(periods.at(0).personId == m.people["Ole Vang"]);
        CHECK(periods.at(0).from == QDate(2027, 3, 17));
        CHECK(periods.at(0).to == QDate(2027, 4, 16));
        CHECK(periods.at(1).personId == m.people["Pia Friis"]);
        CHECK(periods.last().to == QDate(2027, 12, 31));
        const QStringList preview = dialog->previewLabel()->text().split('\n');
        REQUIRE(preview.size() == 5);
        CHECK(preview.at(0) == "Wed 17-03-2027 · week 11 at 14:00 · Ole Vang");
        CHECK(preview.at(1) == "Wed 21-04-2027 · week 16 at 14:00 · Pia Friis");
        dialog->accept();
        CHECK_FALSE(dialog->isVisible());
    });
    w->newSeries();
    REQUIRE(answered);
    w->waitForLoad();
    const int march = m.rowOn(QDate(2027, 3, 17), "Uddannelsesforum");
    const int april = m.rowOn(QDate(2027, 4, 21), "Uddannelsesforum");
    REQUIRE(march >= 0);
    REQUIRE(april >= 0);
    CHECK(m.cell(march, MeetingListModel::LeaderColumn) == "Ole Vang");
    CHECK(m.cell(april, MeetingListModel::LeaderColumn) == "Pia Friis");
    CHECK(m.cell(march, MeetingListModel::TimeColumn) == "14:00–15:00");

    // Edit the series: another time and title; undo puts the old ones back.
    m.select(april);
    whenModal<SeriesDialog>([&](SeriesDialog* dialog) {
        CHECK(dialog->isEditing());
        CHECK(dialog->leaders()->periods().size() == 10);
        dialog->startTimeEdit()->setTime(QTime(15, 0));
        dialog->titleEdit()->setText("Uddannelsesforum (neurologi)");
        dialog->accept();
        CHECK_FALSE(dialog->isVisible());
    });
    REQUIRE(w->editSelectedSeries());
    w->waitForLoad();
    int row = m.rowOn(QDate(2027, 4, 21), "Uddannelsesforum");
    CHECK(m.cell(row, MeetingListModel::SeriesColumn) == "Uddannelsesforum (neurologi)");
    CHECK(m.cell(row, MeetingListModel::TimeColumn) == "15:00–16:00");
    CHECK(m.cell(row, MeetingListModel::LeaderColumn) == "Pia Friis");
    CHECK(m.f.window->undoAction()->text() ==
          "&Undo changes to the series Uddannelsesforum (neurologi)");
    m.f.window->undoAction()->trigger();
    w->waitForLoad();
    row = m.rowOn(QDate(2027, 4, 21), "Uddannelsesforum");
    CHECK(m.cell(row, MeetingListModel::SeriesColumn) == "Uddannelsesforum");
    CHECK(m.cell(row, MeetingListModel::TimeColumn) == "14:00–15:00");
    CHECK(m.cell(row, MeetingListModel::LeaderColumn) == "Pia Friis");
    CHECK(m.errors.isEmpty());
}

TEST_CASE("meetings: bad input keeps the dialog open with the reason and writes nothing")
{
    MeetingsFixture m;
    MeetingsWorkspace* w = m.workspace();
    auto db = m.f.otherConnection();

    SECTION("a held meeting in the future")
    {
        whenModal<LogMeetingDialog>([&](LogMeetingDialog* dialog) {
            activate(dialog);
            dialog->setState(LogMeetingDialog::State::Held);
            dialog->whenEdit()->setDateTime(QDateTime(QDate(2027, 3, 12), QTime(14, 0)));
            CHECK(dialog->state() == LogMeetingDialog::State::Held); // chosen, so kept
            dialog->accept();
            CHECK(dialog->isVisible());
            CHECK(dialog->errorLabel()->isVisible());
            CHECK(dialog->errorLabel()->text().contains("12-03-2027 is in the future"));
            CHECK(focusName() == "when");
            dialog->reject();
        });
        w->logMeeting();
    }
    SECTION("an action item without a text")
    {
        whenModal<LogMeetingDialog>([&](LogMeetingDialog* dialog) {
            ActionItemEditor* items = dialog->actionItems();
            items->addItem();
            items->view()->commitOpenEditor();
            ActionItemTableModel* model = items->model();
            REQUIRE(model->setData(model->index(0, ActionItemTableModel::OwnerColumn),
                                   m.people["Pia Friis"]));
            dialog->accept();
            CHECK(dialog->isVisible());
            CHECK(dialog->errorLabel()->text().startsWith("Action item 1 has no text"));
            dialog->reject();
        });
        w->logMeeting();
    }
    SECTION("a series that ends before it starts")
    {
        whenModal<SeriesDialog>([&](SeriesDialog* dialog) {
            activate(dialog);
            dialog->startDateEdit()->setDate(QDate(2027, 4, 1));
            dialog->setEndDate(QDate(2027, 3, 1));
            dialog->accept();
            CHECK(dialog->isVisible());
            CHECK(dialog->errorLabel()->text() ==
                  "The series ends on 01-03-2027, before its first meeting on 01-04-2027.");
            CHECK(focusName() == "endDate");
            dialog->reject();
        });
        w->newSeries();
    }
    SECTION("a leader period without a person")
    {
        whenModal<SeriesDialog>([&](SeriesDialog* dialog) {
            QTest::keyClick(dialog->leaders()->view(), Qt::Key_Insert);
            dialog->accept();
            CHECK(dialog->isVisible());
            CHECK(dialog->errorLabel()->text().startsWith("Meeting leader 1: choose a person"));
            dialog->reject();
        });
        w->newSeries();
    }
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meetings").toInt() == 0);
    CHECK(scalar(*db, "SELECT COUNT(*) FROM action_items").toInt() == 0);
    CHECK(scalar(*db, "SELECT COUNT(*) FROM meeting_series").toInt() == 1);
    CHECK_FALSE(m.f.window->undoAction()->isEnabled());
}

TEST_CASE("meetings: a new meeting of a type with a series this week is that occurrence")
{
    MeetingsFixture m;
    m.select(m.rowOn(QDate(2027, 3, 23))); // a Ventil row: Ventil is the type offered
    whenModal<LogMeetingDialog>([&](LogMeetingDialog* dialog) {
        CHECK(dialog->typeCombo()->currentText() == "Ventil");
        // The next occurrence not logged yet is within a week: Tuesday 16 March, planned.
        CHECK(dialog->whenEdit()->dateTime() == QDateTime(QDate(2027, 3, 16), QTime(14, 50)));
        CHECK(dialog->state() == LogMeetingDialog::State::Planned);
        CHECK(dialog->leaderCombo()->currentText() == "Åse Lund");
        CHECK(dialog->formMeeting().meeting.seriesId == m.series.id);
        // Another type: now, rounded to the quarter hour, on its own.
        dialog->typeCombo()->setCurrentIndex(dialog->typeCombo()->findText("Trivselsmøde"));
        CHECK(dialog->whenEdit()->date() == kToday);
        CHECK(dialog->whenEdit()->time().minute() % 15 == 0);
        CHECK(dialog->formMeeting().meeting.seriesId == 0);
        CHECK(dialog->attendance()->model()->rowCount() == 0);
        CHECK(dialog->state() == LogMeetingDialog::State::Held);
        // Someone else who came, added by name.
        QTest::keyClicks(dialog->attendance()->addField(), "karen");
        QTest::keyClick(dialog->attendance()->addField(), Qt::Key_Return);
        CHECK(dialog->attendance()->attendees() ==
              QList<Attendee>{Attendee{m.people["Karen Holst"], Attendance::Present}});
        dialog->reject();
    });
    m.workspace()->logMeeting();
}

TEST_CASE("meetings: recurrence in words")
{
    MeetingSeries s;
    s.startDate = QDate(2027, 1, 12); // the 2nd Tuesday
    s.recurrence = Recurrence::Weekly;
    CHECK(RecurrenceText::describe(s) == "every week on Tuesday");
    s.interval = 2;
    CHECK(RecurrenceText::describe(s) == "every 2 weeks on Tuesday");
    s.recurrence = Recurrence::MonthlyWeekday;
    s.interval = 1;
    CHECK(RecurrenceText::describe(s) == "every 2nd Tuesday of the month");
    s.startDate = QDate(2027, 1, 29);
    CHECK(RecurrenceText::describe(s) == "every last Friday of the month");
    s.recurrence = Recurrence::MonthlyDay;
    s.startDate = QDate(2027, 1, 31);
    CHECK(RecurrenceText::describe(s) ==
          "on the 31st of each month: months without a 31st have no meeting");
    s.startDate = QDate(2027, 1, 12);
    s.interval = 3;
    CHECK(RecurrenceText::describe(s) == "on the 12th of every 3rd month");
    CHECK(RecurrenceText::ordinal(11) == "11th");
    CHECK(RecurrenceText::ordinal(22) == "22nd");
    CHECK(RecurrenceText::ordinal(23) == "23rd");
}

TEST_CASE("meetings: the models pass the model tester")
{
    MeetingsFixture m;
    MeetingListModel list;
    QAbstractItemModelTester listTester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto entries =
        MeetingLog::entries(m.f.session->database(), QDate(2027, 1, 1), QDate(2027, 6, 30), 0, 0);
    REQUIRE(entries.ok());
    list.setEntries(entries.value());
    for (int column = 0; column < MeetingListModel::ColumnCount; ++column) {
        list.sort(column, Qt::AscendingOrder);
        list.sort(column, Qt::DescendingOrder);
    }
    list.setFilter(MeetingListFilter{m.ventil.id, "anna"});
    CHECK(list.rowCount() > 0);
    list.setFilter(MeetingListFilter{m.team.id, {}});
    CHECK(list.rowCount() == 0);
    list.setEntries({});

    AttendanceListModel attendance;
    QAbstractItemModelTester attendanceTester(
        &attendance, QAbstractItemModelTester::FailureReportingMode::Fatal);
    attendance.setRows({{1, "Anna Berg", Attendance::Present}, {2, "Bo Dahl", Attendance::Absent}});
    attendance.cycleStatus(0);
    CHECK(attendance.count(Attendance::Absent) == 2);
    CHECK(attendance.addPerson(3, "Carl Ebbe"));
    CHECK_FALSE(attendance.addPerson(3, "Carl Ebbe"));
    attendance.removeRow(1);
    CHECK(attendance.rowCount() == 2);

    ActionItemTableModel items;
    QAbstractItemModelTester itemsTester(&items,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    items.setNames({{1, "Anna Berg"}});
    const int row = items.insertItem(-1);
    CHECK(items.isBlank(row));
    items.setData(items.index(row, ActionItemTableModel::TextColumn), "Book lokale");
    items.setData(items.index(row, ActionItemTableModel::OwnerColumn), Id(1));
    items.setData(items.index(row, ActionItemTableModel::DueColumn), QDate(2027, 4, 1));
    CHECK(items.index(row, ActionItemTableModel::OwnerColumn).data().toString() == "Anna Berg");
    CHECK(items.index(row, ActionItemTableModel::DueColumn).data().toString() == "01-04-2027");
    items.insertItem(0);
    items.removeItem(0);
    CHECK(items.items().size() == 1);

    LeaderPeriodModel leaders;
    QAbstractItemModelTester leadersTester(&leaders,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    leaders.setNames({{1, "Anna Berg"}});
    leaders.appendPeriod(QDate(2027, 1, 1), QDate(2027, 2, 28));
    leaders.setData(leaders.index(0, LeaderPeriodModel::PersonColumn), Id(1));
    CHECK(leaders.index(0, LeaderPeriodModel::PersonColumn).data().toString() == "Anna Berg");
    leaders.removePeriod(0);
    CHECK(leaders.rowCount() == 0);
}

TEST_CASE("attendance checklist: the status keys follow the language, T/F/A in Danish")
{
    const QList<AttendanceListModel::Row> rows = {{1, QStringLiteral("Anna Berg")},
                                                  {2, QStringLiteral("Bo Dahl")}};
    CHECK(AttendanceListModel::statusKey(Attendance::Present) == QLatin1Char('P'));
    CHECK(AttendanceListModel::statusKey(Attendance::Absent) == QLatin1Char('A'));
    CHECK(AttendanceListModel::statusKey(Attendance::Excused) == QLatin1Char('E'));

    REQUIRE(tavle::installTranslations(*qApp, QLocale(QLocale::Danish, QLocale::Denmark)));
    struct English
    {
        ~English()
        {
            tavle::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedKingdom));
        }
    } restore;
    CHECK(AttendanceListModel::statusKey(Attendance::Present) == QLatin1Char('T'));
    CHECK(AttendanceListModel::statusKey(Attendance::Absent) == QLatin1Char('F'));
    CHECK(AttendanceListModel::statusKey(Attendance::Excused) == QLatin1Char('A'));
    CHECK(AttendanceListModel::keyHint().startsWith(QStringLiteral("T: til stede, F: fraværende")));

    AttendanceChecklist checklist;
    checklist.setRows(rows);
    checklist.show();
    QTableView* view = checklist.view();
    view->setFocus();
    view->setCurrentIndex(checklist.model()->index(0, AttendanceListModel::PersonColumn));
    QTest::keyClick(view, Qt::Key_F); // fraværende
    view->setCurrentIndex(checklist.model()->index(1, AttendanceListModel::PersonColumn));
    QTest::keyClick(view, Qt::Key_A); // afbud, not absent
    const QList<Attendee> attendees = checklist.attendees();
    REQUIRE(attendees.size() == 2);
    CHECK(attendees[0].status == Attendance::Absent);
    CHECK(attendees[1].status == Attendance::Excused);
    QTest::keyClick(view, Qt::Key_T);
    CHECK(checklist.attendees()[1].status == Attendance::Present);
}
