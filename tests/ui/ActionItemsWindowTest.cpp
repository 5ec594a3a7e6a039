#include "dialogs/ActionItemDialog.h"
#include "models/ActionItemModel.h"
#include "services/MeetingLog.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "strategy/StrategyTemplate.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"
#include "widgets/ActionItemsView.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace tavle;
using namespace tavle::ui;

namespace {

// Today is Wednesday 10-03-2027.
const QByteArray kRoster = "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder\n"
                           "Anna Berg;KBU;Akutafdelingen;01-02-2027;;Mette Holm\n"
                           "Bo Dahl;HU;Akutafdelingen;15-01-2027;;Mette Holm\n"
                           "Søren Ågaard;INTRO;Neurologisk afdeling;20-01-2027;;Ole Vang\n";

/// Two education team meetings with action items, made from a second connection:
///
///   Akutafdelingen, held 01-03-2027:  "Ring til HR om vagtplan"  Anna Berg  due 05-03  overdue
///                                     "Book lokale til Ventil"   Bo Dahl    due 10-03  open
///                                     (today) "Bestil kage"              Anna Berg  done 02-03
///   Neurologisk afdeling, 03-03-2027: "Ønskeliste til kurser"    (nobody)   no due date  open
struct ActionFixture
{
    WindowFixture f{kRoster};
    QHash<QString, Id> people;
    QHash<QString, Id> departments;
    QHash<QString, Id> items;

    ActionFixture()
    {
        auto db = f.otherConnection();
        for (const Person& p : PersonRepository(*db).all().value())
            people.insert(p.name, p.id);
        for (const Department& d : DepartmentRepository(*db).all().value())
            departments.insert(d.name, d.id);
        const MeetingType team = *MeetingTypeRepository(*db).byCode("education_team").value();
        logMeeting(*db, team, departments["Akutafdelingen"], QDate(2027, 3, 1),
                   {item("Ring til HR om vagtplan", "Anna Berg", QDate(2027, 3, 5)),
                    item("Book lokale til Ventil", "Bo Dahl", QDate(2027, 3, 10)),
                    item("Bestil kage", "Anna Berg", QDate(2027, 3, 3), QDate(2027, 3, 2))});
        logMeeting(*db, team, departments["Neurologisk afdeling"], QDate(2027, 3, 3),
                   {item("Ønskeliste til kurser", {}, {})});
    }

    ActionItem item(const QString& text, const QString& owner, const QDate& due,
                    const QDate& done = {})
    {
        ActionItem a;
        a.text = text;
        a.ownerId = people.value(owner);
        a.dueDate = due;
        a.doneOn = done;
        return a;
    }

    void logMeeting(Database& db, const MeetingType& type, Id department, const QDate& held,
                    const QList<ActionItem>& actionItems)
    {
        auto draft = MeetingLog::draft(db, type, department, QDateTime(held, QTime(14, 0)));
        REQUIRE(draft.ok());
        LoggedMeeting logged = draft.value();
        logged.meeting.heldOn = held;
        logged.actionItems = actionItems;
        const auto saved = MeetingLog::save(db, logged, QDate(2027, 3, 10));
        REQUIRE(saved.ok());
        for (const ActionItem& a : saved->actionItems)
            items.insert(a.text, a.id);
    }
};

/// An action item as another Tavle process reads it.
struct StoredItem
{
    bool found = false;
    QString text;
    Id owner = 0;
    QString due;
    QString doneOn;
};

StoredItem storedItem(Database& db, Id id)
{
    QSqlQuery q(db.connection());
    q.prepare("SELECT text, owner_id, due_date, done_on FROM action_items WHERE id = ?");
    q.addBindValue(id);
    REQUIRE(q.exec());
    StoredItem item;
    if (!q.next())
        return item;
    item.found = true;
    item.text = q.value(0).toString();
    item.owner = q.value(1).toLongLong();
    item.due = q.value(2).toString();
    item.doneOn = q.value(3).toString();
    return item;
}

int itemCount(Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec("SELECT COUNT(*) FROM action_items"));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

QStringList texts(const ActionItemModel* model)
{
    QStringList list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->rowAt(row)->item.text;
    return list;
}

void select(ActionItemsView& view, Id item)
{
    REQUIRE(view.selectItem(item));
    view.table()->setFocus();
}

} // namespace

TEST_CASE("action items: open and overdue by default, with the counts, overdue marked in words")
{
    ActionFixture a;
    ActionItemsView view(*a.f.session, a.f.settings);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    const ActionItemModel* model = view.model();
    // By due date; no due date last; the done one is not shown.
    CHECK(texts(model) == QStringList{"Ring til HR om vagtplan", "Book lokale til Ventil",
                                      "Ønskeliste til kurser"});
    CHECK(model->counts().open == 3);
    CHECK(model->counts().overdue == 1);
    CHECK(model->counts().done == 1);
    CHECK(view.countsLabel()->text() == "Open: 3, of which overdue: 1. Done: 1.");

    // Overdue shows as a word, an icon and a highlight; due today is still open.
    const QModelIndex overdue = model->index(0, ActionItemModel::StatusColumn);
    CHECK(overdue.data().toString() == "Overdue");
    CHECK_FALSE(overdue.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(overdue.data(Qt::BackgroundRole).value<QColor>().isValid());
    CHECK(model->index(0, ActionItemModel::DueColumn).data().toString().startsWith("05-03-2027 ("));
    CHECK(model->index(1, ActionItemModel::StatusColumn).data().toString() == "Open");
    CHECK(model->index(1, ActionItemModel::DueColumn).data().toString() == "10-03-2027");
    CHECK(model->index(0, ActionItemModel::MeetingColumn).data().toString() ==
          "Uddannelsesteammøde 01-03-2027");
    CHECK(model->index(2, ActionItemModel::OwnerColumn).data().toString() == "(nobody)");
    // All departments are shown, so the department column is too.
    CHECK_FALSE(view.table()->isColumnHidden(ActionItemModel::DepartmentColumn));
    CHECK(model->index(2, ActionItemModel::DepartmentColumn).data().toString() ==
          "Neurologisk afdeling");

    view.statusFilter()->setCurrentIndex(view.statusFilter()->findText("Done"));
    REQUIRE(texts(model) == QStringList{"Bestil kage"});
    CHECK(model->index(0, ActionItemModel::DoneColumn).data().toString() == "02-03-2027");
    CHECK(model->index(0, ActionItemModel::StatusColumn).data().toString() == "Done");
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findText("Overdue"));
    CHECK(texts(model) == QStringList{"Ring til HR om vagtplan"});
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findText("All"));
    CHECK(model->rowCount() == 4);

    // One department: its items only, without the department column.
    a.f.session->setDepartmentId(a.departments["Akutafdelingen"]);
    CHECK(model->rowCount() == 3);
    CHECK(view.table()->isColumnHidden(ActionItemModel::DepartmentColumn));
    CHECK(view.countsLabel()->text() == "Open: 2, of which overdue: 1. Done: 1.");
}

TEST_CASE("action items: mark an overdue item done, it leaves the list, and undo reopens it")
{
    ActionFixture a;
    ActionItemsView view(*a.f.session, a.f.settings);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    const ActionItemModel* model = view.model();
    const Id overdue = a.items["Ring til HR om vagtplan"];
    select(view, overdue);
    CHECK(view.findChild<QPushButton*>("markActionItemDone")->isEnabled());
    CHECK_FALSE(view.findChild<QPushButton*>("reopenActionItem")->isEnabled());

    view.findChild<QPushButton*>("markActionItemDone")->click();
    auto other = a.f.otherConnection();
    CHECK(storedItem(*other, overdue).doneOn == "2027-03-10"); // Session::today()
    CHECK(texts(model) == QStringList{"Book lokale til Ventil", "Ønskeliste til kurser"});
    CHECK(model->counts().open == 2);
    CHECK(model->counts().overdue == 0);
    CHECK(view.countsLabel()->text() == "Open: 2, of which overdue: 0. Done: 2.");
    // The row that took its place is current, ready for the next one.
    CHECK(view.selectedItem() == a.items["Book lokale til Ventil"]);
    CHECK(a.f.window->undoAction()->text().contains("Ring til HR om vagtplan"));

    a.f.window->undoAction()->trigger();
    CHECK(storedItem(*other, overdue).doneOn.isEmpty());
    CHECK(texts(model).first() == "Ring til HR om vagtplan");
    CHECK(model->counts().overdue == 1);

    a.f.window->redoAction()->trigger();
    CHECK(storedItem(*other, overdue).doneOn == "2027-03-10");

    // Reopen it from the list of done items, with Ctrl+D marking the next one done.
    view.statusFilter()->setCurrentIndex(view.statusFilter()->findText("Done"));
    select(view, overdue);
    CHECK_FALSE(view.findChild<QPushButton*>("markActionItemDone")->isEnabled());
    view.findChild<QPushButton*>("reopenActionItem")->click();
    CHECK(storedItem(*other, overdue).doneOn.isEmpty());
    CHECK(texts(model) == QStringList{"Bestil kage"});
    view.statusFilter()->setCurrentIndex(0);
    select(view, a.items["Book lokale til Ventil"]);
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QTest::keyClick(view.table(), Qt::Key_D, Qt::ControlModifier);
    CHECK(storedItem(*other, a.items["Book lokale til Ventil"]).doneOn == "2027-03-10");
}

TEST_CASE("action items: change text, owner and due date in the dialog, and undo it")
{
    ActionFixture a;
    ActionItemsView view(*a.f.session, a.f.settings);
    view.show();
    const Id id = a.items["Ønskeliste til kurser"];
    select(view, id);
    bool answered = false;
    whenModal<ActionItemDialog>([&](ActionItemDialog* dialog) {
        CHECK(dialog->textEdit()->text() == "Ønskeliste til kurser");
        CHECK(dialog->ownerCombo()->currentText() == "(nobody)");
        CHECK_FALSE(dialog->dueCheck()->isChecked());
        CHECK(dialog->dueDateEdit()->displayFormat() == "dd-MM-yyyy");
        // Without a strategy in the database there is no goal to choose.
        CHECK(dialog->goalCombo()->isHidden());
        // A name that is not on the list is refused, and the dialog stays open.
        dialog->ownerCombo()->setEditText("Niels Ingen");
        dialog->accept();
        CHECK(dialog->isVisible());
        CHECK(dialog->errorLabel()->text().contains("Niels Ingen"));
        dialog->textEdit()->setText("Ønskeliste til kurser, med priser");
        dialog->ownerCombo()->setEditText("søren ågaard"); // any case
        dialog->dueCheck()->setChecked(true);
        dialog->dueDateEdit()->setDate(QDate(2027, 4, 1));
        dialog->accept();
        answered = !dialog->isVisible();
    });
    QTest::keyClick(view.table(), Qt::Key_Return);
    CHECK(answered);
    auto other = a.f.otherConnection();
    StoredItem stored = storedItem(*other, id);
    CHECK(stored.text == "Ønskeliste til kurser, med priser");
    CHECK(stored.owner == a.people["Søren Ågaard"]);
    CHECK(stored.due == "2027-04-01");
    CHECK(view.model()->rowAt(view.model()->rowOfItem(id))->ownerName == "Søren Ågaard");

    a.f.window->undoAction()->trigger();
    stored = storedItem(*other, id);
    CHECK(stored.text == "Ønskeliste til kurser");
    CHECK(stored.owner == 0);
    CHECK(stored.due.isEmpty());
}

TEST_CASE("action items: delete one with the Delete key, and undo brings it back")
{
    ActionFixture a;
    ActionItemsView view(*a.f.session, a.f.settings);
    view.show();
    auto other = a.f.otherConnection();
    REQUIRE(itemCount(*other) == 4);
    select(view, a.items["Book lokale til Ventil"]);
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QTest::keyClick(view.table(), Qt::Key_Delete);
    CHECK(itemCount(*other) == 3);
    CHECK_FALSE(texts(view.model()).contains("Book lokale til Ventil"));
    a.f.window->undoAction()->trigger();
    CHECK(itemCount(*other) == 4);
    CHECK(texts(view.model()).contains("Book lokale til Ventil"));
    a.f.window->redoAction()->trigger();
    CHECK(itemCount(*other) == 3);
}

TEST_CASE("action items: filter by owner and text, and sort on every column")
{
    ActionFixture a;
    ActionItemsView view(*a.f.session, a.f.settings);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    const ActionItemModel* model = view.model();
    QComboBox* owner = view.ownerFilter();
    CHECK(owner->itemText(0) == "Anyone");
    owner->setCurrentIndex(owner->findText("Anna Berg"));
    CHECK(texts(model) == QStringList{"Ring til HR om vagtplan"});
    owner->setCurrentIndex(owner->findText("(nobody)"));
    CHECK(texts(model) == QStringList{"Ønskeliste til kurser"});
    owner->setCurrentIndex(0);

    QTest::keyClicks(view.searchField(), "VENTIL");
    CHECK(texts(model) == QStringList{"Book lokale til Ventil"});
    view.searchField()->clear();
    QTest::keyClicks(view.searchField(), "uddannelsesteam"); // the meeting it came from
    CHECK(model->rowCount() == 3);
    view.searchField()->clear();

    view.statusFilter()->setCurrentIndex(view.statusFilter()->findText("All"));
    QTableView* table = view.table();
    table->sortByColumn(ActionItemModel::TextColumn, Qt::AscendingOrder);
    CHECK(texts(model) == QStringList{"Bestil kage", "Book lokale til Ventil",
                                      "Ring til HR om vagtplan", "Ønskeliste til kurser"});
    table->sortByColumn(ActionItemModel::StatusColumn, Qt::AscendingOrder);
    CHECK(texts(model).first() == "Ring til HR om vagtplan");
    CHECK(texts(model).last() == "Bestil kage");
    table->sortByColumn(ActionItemModel::OwnerColumn, Qt::AscendingOrder);
    CHECK(texts(model).last() == "Ønskeliste til kurser"); // nobody sorts last
    table->sortByColumn(ActionItemModel::DoneColumn, Qt::AscendingOrder);
    CHECK(texts(model).first() == "Bestil kage");
    table->sortByColumn(ActionItemModel::MeetingColumn, Qt::DescendingOrder);
    CHECK(texts(model).first() == "Ønskeliste til kurser");
    table->sortByColumn(ActionItemModel::DepartmentColumn, Qt::DescendingOrder);
    CHECK(texts(model).first() == "Ønskeliste til kurser");
    table->sortByColumn(ActionItemModel::DueColumn, Qt::DescendingOrder);
    for (int column = 0; column < ActionItemModel::ColumnCount; ++column) {
        table->sortByColumn(column, Qt::AscendingOrder);
        table->sortByColumn(column, Qt::DescendingOrder);
    }

    // The model on its own, empty and filled.
    ActionItemModel own;
    QAbstractItemModelTester ownTester(&own, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto other = a.f.otherConnection();
    auto rows = ActionItemRepository(*other).list(0, false);
    INFO((rows ? QString() : rows.errorMessage()).toStdString());
    REQUIRE(rows.ok());
    own.setRows(rows.value(), QDate(2027, 3, 10));
    CHECK(own.rowCount() == 3);
    own.setFilter(ActionItemFilter{ActionItemFilter::Status::Any, ActionItemFilter::kAnyOwner, {}});
    CHECK(own.rowCount() == 4);
    own.sort(ActionItemModel::OwnerColumn, Qt::DescendingOrder);
    own.setRows({}, QDate(2027, 3, 11));
    CHECK(own.rowCount() == 0);
}

TEST_CASE("action items: an item serves a strategy goal, shown in the list, and undo unlinks it")
{
    ActionFixture a;
    {
        auto other = a.f.otherConnection();
        REQUIRE(StrategyTemplates::load(*other, StrategyTemplates::find("mvh").value()).ok());
    }
    ActionItemsView view(*a.f.session, a.f.settings);
    view.show();
    const Id id = a.items["Book lokale til Ventil"];
    select(view, id);
    bool answered = false;
    whenModal<ActionItemDialog>([&](ActionItemDialog* dialog) {
        QComboBox* goal = dialog->goalCombo();
        CHECK_FALSE(goal->isHidden());
        CHECK(goal->currentText() == "(none)");
        CHECK(goal->count() == 30); // (none) and the 29 goals
        const int wellbeing = goal->findText("5.3", Qt::MatchStartsWith);
        REQUIRE(wellbeing > 0);
        CHECK(goal->itemText(wellbeing) == "5.3 Regelmæssige trivselsmøder i afdelingen");
        goal->setCurrentIndex(wellbeing);
        dialog->accept();
        answered = !dialog->isVisible();
    });
    QTest::keyClick(view.table(), Qt::Key_Return);
    REQUIRE(answered);

    auto other = a.f.otherConnection();
    const auto linked = [&] {
        QSqlQuery q(other->connection());
        q.prepare("SELECT g.code FROM action_items a LEFT JOIN goals g ON g.id = a.goal_id "
                  "WHERE a.id = ?");
        q.addBindValue(id);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK(linked() == "5.3");
    const int row = view.model()->rowOfItem(id);
    const QModelIndex cell = view.model()->index(row, ActionItemModel::GoalColumn);
    CHECK(cell.data().toString() == "5.3");
    CHECK(cell.data(Qt::ToolTipRole).toString().contains("Regelmæssige trivselsmøder"));

    a.f.window->undoAction()->trigger();
    CHECK(linked().isEmpty());
    CHECK(view.model()
              ->index(view.model()->rowOfItem(id), ActionItemModel::GoalColumn)
              .data()
              .toString()
              .isEmpty());
}
