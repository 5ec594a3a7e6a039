#include "GoalStyle.h"
#include "dialogs/GoalDialog.h"
#include "models/GoalHistoryModel.h"
#include "models/GoalMatrixModel.h"
#include "models/GoalTreeModel.h"
#include "services/StrategyGoals.h"
#include "storage/DepartmentRepository.h"
#include "strategy/StrategyTemplate.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"
#include "system/UserName.h"
#include "widgets/GoalDetailPanel.h"
#include "widgets/GoalStatusButtons.h"
#include "widgets/GoalTrendChart.h"
#include "widgets/MessageBar.h"
#include "widgets/TrafficLight.h"
#include "workspaces/GoalsWorkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace tavle;
using namespace tavle::ui;

namespace {

const QDate kToday(2026, 11, 24);

const QByteArray kOneDepartment =
    "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\n"
    "Anna Berg;KBU;Neurologisk afdeling;01-09-2026;;Mette Holm;\n";

const QByteArray kTwoDepartments =
    "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\n"
    "Anna Berg;KBU;Neurologisk afdeling;01-09-2026;;Mette Holm;\n"
    "Bo Dahl;HU;Kirurgisk afdeling;01-09-2026;;Lars Bak;\n";

int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/// The window on the goals workspace over a database with the hospital strategy loaded from
/// a second connection; `prepare` sets statuses there before the window reads them.
struct GoalsFixture
{
    WindowFixture f;
    QHash<QString, Id> departments;
    QList<Goal> departmentGoals; ///< the template's 18 department-scope goals, in order
    QStringList errors;

    explicit GoalsFixture(const QByteArray& roster,
                          const std::function<void(Database&, GoalsFixture&)>& prepare = {})
        : f(roster, kToday)
    {
        QObject::connect(f.session.get(), &Session::errorReported,
                         [this](const QString& message) { errors << message; });
        auto db = f.otherConnection();
        for (const Department& d : DepartmentRepository(*db).all().value())
            departments.insert(d.name, d.id);
        const auto loaded =
            StrategyTemplates::load(*db, StrategyTemplates::find(QStringLiteral("mvh")).value());
        REQUIRE(loaded.ok());
        const auto snapshot = StrategyGoals::load(*db).value();
        for (const Goal& g : snapshot->goals) {
            if (g.scope == GoalScope::Department)
                departmentGoals << g;
        }
        REQUIRE(departmentGoals.size() == 18);
        if (prepare)
            prepare(*db, *this);
        f.window->showWorkspace(MainWindow::Workspace::Goals);
        f.session->notifyChanged();
        workspace()->waitForLoad();
    }

    GoalsWorkspace* workspace() { return f.window->goals(); }

    void set(Database& db, const QString& code, Id department, GoalStatus status, const QDate& on,
             const QString& note = {})
    {
        const auto snapshot = StrategyGoals::load(db).value();
        const Goal* goal = snapshot->goalByCode(code);
        REQUIRE(goal);
        const auto entry = StrategyGoals::setStatus(
            db, {goal->id, department, status, on, note, QStringLiteral("ak"), {}}, kToday);
        REQUIRE(entry.ok());
    }

    void selectGoal(const QString& code)
    {
        const Goal* goal = workspace()->snapshot()->goalByCode(code);
        REQUIRE(goal);
        REQUIRE(workspace()->selectGoal(goal->id));
    }

    void undo()
    {
        f.window->undoAction()->trigger();
        workspace()->waitForLoad();
    }
};

/// Neurology: 16 of the 18 department goals achieved (88.9 %, not green), the 17th not
/// started and the 18th in progress.
void sixteenOfEighteen(Database& db, GoalsFixture& g)
{
    const Id neurology = g.departments.value(QStringLiteral("Neurologisk afdeling"));
    for (int i = 0; i < 16; ++i)
        g.set(db, g.departmentGoals[i].code, neurology, GoalStatus::Achieved, QDate(2026, 3, 1));
    g.set(db, g.departmentGoals[17].code, neurology, GoalStatus::InProgress, QDate(2026, 3, 1));
}

} // namespace

TEST_CASE("goals window: without a strategy the empty state loads the hospital template")
{
    WindowFixture f(kOneDepartment, kToday);
    f.window->showWorkspace(MainWindow::Workspace::Goals);
    GoalsWorkspace* goals = f.window->goals();
    goals->reload();
    goals->waitForLoad();
    REQUIRE(f.window->currentPage() == goals);
    CHECK_FALSE(goals->hasStrategy());
    CHECK(goals->pages()->currentWidget() == goals->emptyPage());
    CHECK(goals->loadTemplateButton()->isVisibleTo(f.window.get()));

    QTest::mouseClick(goals->loadTemplateButton(), Qt::LeftButton);
    goals->waitForLoad();
    REQUIRE(goals->hasStrategy());
    CHECK(goals->pages()->currentWidget() != goals->emptyPage());
    CHECK(count(*f.otherConnection(), QStringLiteral("SELECT COUNT(*) FROM strategies")) == 1);
    // The one department is shown: its 18 department-scope goals in six focus areas... of
    // which five hold department goals.
    CHECK(goals->departmentId() != 0);
    CHECK(goals->treeModel()->goalCount() == 18);
    CHECK(goals->figureLabel()->text().startsWith(QStringLiteral("0 of 18")));
    CHECK(goals->trafficLight()->light() == GoalStyle::Light::Red);
}

TEST_CASE("goals window: one click sets a status, the light turns green, undo takes it back")
{
    GoalsFixture g(kOneDepartment, sixteenOfEighteen);
    GoalsWorkspace* w = g.workspace();
    const Id neurology = g.departments.value(QStringLiteral("Neurologisk afdeling"));
    REQUIRE(w->departmentId() == neurology);
    CHECK(w->figureLabel()->text().startsWith(QStringLiteral("16 of 18")));
    CHECK(w->trafficLight()->light() == GoalStyle::Light::Amber);
    CHECK(w->trafficLight()->accessibleName().contains(QStringLiteral("Amber")));
    CHECK(w->trafficLight()->text().startsWith(QStringLiteral("Amber")));
    CHECK(w->progressBar()->value() == 16);
    CHECK(w->progressBar()->maximum() == 18);

    const Goal seventeenth = g.departmentGoals[16];
    g.selectGoal(seventeenth.code);
    CHECK(w->selectedGoal()->status == GoalStatus::NotStarted);
    CHECK(w->statusButtons()->button(GoalStatus::NotStarted)->isChecked());
    auto db = g.f.otherConnection();
    const int rowsBefore = count(*db, QStringLiteral("SELECT COUNT(*) FROM goal_statuses"));

    w->statusButtons()->noteEdit()->setText(QStringLiteral("Referat fra uddannelsesteamet"));
    QTest::mouseClick(w->statusButtons()->button(GoalStatus::Achieved), Qt::LeftButton);
    CHECK(g.errors.isEmpty());
    CHECK(w->trafficLight()->light() == GoalStyle::Light::Green);
    CHECK(w->trafficLight()->text().startsWith(QStringLiteral("Green")));
    CHECK(w->figureLabel()->text().startsWith(QStringLiteral("17 of 18")));
    CHECK(w->figureLabel()->text().contains(QStringLiteral("94.4")));
    CHECK(w->progressBar()->value() == 17);
    // The selection stays on the goal and shows the new status and its history.
    REQUIRE(w->selectedGoal());
    CHECK(w->selectedGoal()->goal.id == seventeenth.id);
    CHECK(w->selectedGoal()->status == GoalStatus::Achieved);
    CHECK(w->statusButtons()->button(GoalStatus::Achieved)->isChecked());
    CHECK(w->statusButtons()->noteEdit()->text().isEmpty());
    CHECK(w->detail()->historyModel()->rowCount() == 1);
    // What changed since last month lists it.
    CHECK(w->changesLabel()->text().contains(seventeenth.code));

    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT goal_id, department_id, status, effective_on, set_by, "
                                  "note FROM goal_statuses ORDER BY id DESC LIMIT 1")));
    REQUIRE(q.next());
    const QVariantList row{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4), q.value(5)};
    q.finish(); // end the read, or this connection keeps seeing the file as it is now
    CHECK(row[0].toLongLong() == seventeenth.id);
    CHECK(row[1].toLongLong() == neurology);
    CHECK(row[2].toString() == QStringLiteral("achieved"));
    CHECK(row[3].toString() == QStringLiteral("2026-11-24"));
    CHECK(row[4].toString() == systemUserName().simplified());
    CHECK(row[5].toString() == QStringLiteral("Referat fra uddannelsesteamet"));
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM goal_statuses")) == rowsBefore + 1);

    // Ctrl+Z: the row is gone, the light is amber again.
    g.undo();
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM goal_statuses")) == rowsBefore);
    CHECK(w->trafficLight()->light() == GoalStyle::Light::Amber);
    CHECK(w->figureLabel()->text().startsWith(QStringLiteral("16 of 18")));
    CHECK(w->selectedGoal()->status == GoalStatus::NotStarted);

    // Redo writes it again.
    g.f.window->redoAction()->trigger();
    w->waitForLoad();
    CHECK(w->trafficLight()->light() == GoalStyle::Light::Green);
    CHECK(count(*db, QStringLiteral("SELECT COUNT(*) FROM goal_statuses")) == rowsBefore + 1);
}

TEST_CASE("goals window: keys 1-4 in the goal list set the status of the selected goal")
{
    GoalsFixture g(kOneDepartment, sixteenOfEighteen);
    GoalsWorkspace* w = g.workspace();
    const Goal eighteenth = g.departmentGoals[17];
    g.selectGoal(eighteenth.code);
    w->tree()->setFocus();
    QTest::keyClick(w->tree(), Qt::Key_4);
    CHECK(w->selectedGoal()->goal.id == eighteenth.id);
    CHECK(w->selectedGoal()->status == GoalStatus::NotApplicable);
    // Left out of the denominator: 16 of 17 = 94.1 %, green.
    CHECK(w->figureLabel()->text().startsWith(QStringLiteral("16 of 17")));
    CHECK(w->trafficLight()->light() == GoalStyle::Light::Green);
    QTest::keyClick(w->tree(), Qt::Key_2);
    CHECK(w->selectedGoal()->status == GoalStatus::InProgress);
    CHECK(w->trafficLight()->light() == GoalStyle::Light::Amber);
}

TEST_CASE("goals window: the hospital matrix shows each status as a symbol with its figure")
{
    GoalsFixture g(kTwoDepartments, [](Database& db, GoalsFixture& fx) {
        const Id neurology = fx.departments.value(QStringLiteral("Neurologisk afdeling"));
        const Id surgery = fx.departments.value(QStringLiteral("Kirurgisk afdeling"));
        fx.set(db, QStringLiteral("1.2"), neurology, GoalStatus::Achieved, QDate(2026, 5, 1),
               QStringLiteral("Referat"));
        fx.set(db, QStringLiteral("1.3"), neurology, GoalStatus::InProgress, QDate(2026, 5, 1));
        fx.set(db, QStringLiteral("1.2"), surgery, GoalStatus::NotApplicable, QDate(2026, 5, 1));
        fx.set(db, QStringLiteral("1.1"), 0, GoalStatus::Achieved, QDate(2026, 6, 1));
    });
    GoalsWorkspace* w = g.workspace();
    GoalMatrixModel* m = w->matrixModel();
    const auto& s = *w->snapshot();
    const int neurology = m->rowOf(g.departments.value(QStringLiteral("Neurologisk afdeling")));
    const int surgery = m->rowOf(g.departments.value(QStringLiteral("Kirurgisk afdeling")));
    const int hospital = m->rowOf(0);
    REQUIRE(m->rowCount() == 3);
    CHECK(hospital == 2);
    REQUIRE(neurology >= 0);
    REQUIRE(surgery >= 0);
    const int c11 = m->columnOf(s.goalByCode(QStringLiteral("1.1"))->id);
    const int c12 = m->columnOf(s.goalByCode(QStringLiteral("1.2"))->id);
    const int c13 = m->columnOf(s.goalByCode(QStringLiteral("1.3"))->id);
    auto cell = [m](int row, int column) {
        return m->index(row, column).data().toString();
    };
    CHECK(cell(neurology, c12) == QStringLiteral("✓"));
    CHECK(cell(neurology, c13) == QStringLiteral("◐"));
    CHECK(cell(surgery, c12) == QStringLiteral("–"));
    CHECK(cell(surgery, c13) == QStringLiteral("○"));
    // 1.1 holds for the hospital: only the hospital row has it.
    CHECK(cell(neurology, c11).isEmpty());
    CHECK(cell(hospital, c11) == QStringLiteral("✓"));
    CHECK(cell(hospital, c12).isEmpty());
    const QString tip = m->index(neurology, c12).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QStringLiteral("01-05-2026")));
    CHECK(tip.contains(QStringLiteral("Referat")));
    CHECK(tip.contains(QStringLiteral("ak")));
    CHECK(m->index(neurology, c12).data(Qt::BackgroundRole).value<QColor>() ==
          GoalStyle::background(GoalStatus::Achieved));
    // Figures: neurology 1 of 18, surgery 0 of 17, the hospital 2 of 46.
    CHECK(cell(neurology, GoalMatrixModel::PercentColumn).contains(QStringLiteral("5.6")));
    CHECK(cell(surgery, GoalMatrixModel::PercentColumn).contains(QStringLiteral("0.0")));
    CHECK(cell(hospital, GoalMatrixModel::PercentColumn).contains(QStringLiteral("4.3")));
    CHECK(cell(surgery, GoalMatrixModel::LightColumn).contains(QStringLiteral("Red")));
}

TEST_CASE("goals window: the trend chart has a line per department and the threshold")
{
    GoalsFixture g(kTwoDepartments, [](Database& db, GoalsFixture& fx) {
        const Id neurology = fx.departments.value(QStringLiteral("Neurologisk afdeling"));
        for (int i = 0; i < 9; ++i)
            fx.set(db, fx.departmentGoals[i].code, neurology, GoalStatus::Achieved,
                   QDate(2026, 8, 10));
    });
    GoalsWorkspace* w = g.workspace();
    // All departments: one line each, then the threshold.
    g.f.window->departmentSelector()->setCurrentIndex(0);
    w->waitForLoad();
    REQUIRE(w->departmentId() == 0);
    CHECK(w->trendChart()->seriesNames() == QStringList{QStringLiteral("Kirurgisk afdeling"),
                                                        QStringLiteral("Neurologisk afdeling"),
                                                        QStringLiteral("Green at 90 %")});
    // From the first status (August) to today: 31-08, 30-09, 31-10, 24-11.
    CHECK(w->trendChart()->values(QStringLiteral("Neurologisk afdeling")) ==
          QList<qreal>{50.0, 50.0, 50.0, 50.0});
    CHECK(w->trendChart()->values(QStringLiteral("Green at 90 %")) == QList<qreal>{90.0, 90.0});

    // One department: that department and the hospital-wide line.
    const int index =
        g.f.window->departmentSelector()->findText(QStringLiteral("Kirurgisk afdeling"));
    g.f.window->departmentSelector()->setCurrentIndex(index);
    w->waitForLoad();
    CHECK(w->trendChart()->seriesNames() == QStringList{QStringLiteral("Kirurgisk afdeling"),
                                                        QStringLiteral("Hospital-wide"),
                                                        QStringLiteral("Green at 90 %")});
}

TEST_CASE("goals window: adding and retiring a goal change the figure, and undo restores it")
{
    GoalsFixture g(kOneDepartment, sixteenOfEighteen);
    GoalsWorkspace* w = g.workspace();
    REQUIRE(w->figureLabel()->text().startsWith(QStringLiteral("16 of 18")));

    g.selectGoal(g.departmentGoals[0].code);
    whenModal<GoalDialog>([](GoalDialog* dialog) {
        dialog->codeEdit()->setText(QStringLiteral("1.9"));
        dialog->titleEdit()->setText(QStringLiteral("Introduktion af nye vejledere"));
        dialog->accept();
    });
    QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("addGoal")), Qt::LeftButton);
    CHECK(g.errors.isEmpty());
    CHECK(w->figureLabel()->text().startsWith(QStringLiteral("16 of 19")));
    REQUIRE(w->selectedGoal());
    CHECK(w->selectedGoal()->goal.code == QStringLiteral("1.9"));
    CHECK(w->selectedGoal()->goal.scope == GoalScope::Department);
    CHECK(w->detail()->heading().contains(QStringLiteral("Introduktion af nye vejledere")));
    g.undo();
    CHECK(w->figureLabel()->text().startsWith(QStringLiteral("16 of 18")));
    CHECK(count(*g.f.otherConnection(),
                QStringLiteral("SELECT COUNT(*) FROM goals WHERE code = '1.9'")) == 0);

    // Retiring the goal in progress leaves 16 of 17: green.
    g.selectGoal(g.departmentGoals[17].code);
    whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    CHECK(w->retireSelected());
    CHECK(g.errors.isEmpty());
    CHECK(w->figureLabel()->text().startsWith(QStringLiteral("16 of 17")));
    CHECK(w->trafficLight()->light() == GoalStyle::Light::Green);
    CHECK(w->treeModel()->indexOfGoal(g.departmentGoals[17].id).isValid() == false);
    g.undo();
    CHECK(w->figureLabel()->text().startsWith(QStringLiteral("16 of 18")));
    CHECK(w->trafficLight()->light() == GoalStyle::Light::Amber);
}

TEST_CASE("goals window: editing and moving a goal are undoable")
{
    GoalsFixture g(kOneDepartment);
    GoalsWorkspace* w = g.workspace();
    const Goal first = g.departmentGoals[0];
    const Goal second = g.departmentGoals[1];
    REQUIRE(first.focusAreaId == second.focusAreaId);
    g.selectGoal(first.code);
    whenModal<GoalDialog>([](GoalDialog* dialog) {
        dialog->titleEdit()->setText(QStringLiteral("Nyt navn"));
        dialog->accept();
    });
    CHECK(w->editSelected());
    CHECK(w->selectedGoal()->goal.title == QStringLiteral("Nyt navn"));
    g.undo();
    g.selectGoal(first.code);
    CHECK(w->selectedGoal()->goal.title == first.title);

    const QModelIndex area = w->treeModel()->indexOfArea(first.focusAreaId);
    auto codeAt = [&](int row) {
        return w->treeModel()->index(row, GoalTreeModel::CodeColumn, area).data().toString();
    };
    REQUIRE(codeAt(0) == first.code);
    CHECK(w->moveSelected(1));
    CHECK(codeAt(0) == second.code);
    CHECK(codeAt(1) == first.code);
    CHECK(w->selectedGoal()->goal.id == first.id);
    g.undo();
    CHECK(codeAt(0) == first.code);
    // The first goal cannot move up: refused with a message, nothing on the undo stack.
    g.selectGoal(first.code);
    const int commands = g.f.session->undoStack()->count();
    CHECK_FALSE(w->moveSelected(-1));
    CHECK(g.errors.size() == 1);
    CHECK(g.f.session->undoStack()->count() == commands);
}

TEST_CASE("goals window: the goal models pass the model tester")
{
    GoalsFixture g(kTwoDepartments, [](Database& db, GoalsFixture& fx) {
        const Id neurology = fx.departments.value(QStringLiteral("Neurologisk afdeling"));
        fx.set(db, QStringLiteral("1.2"), neurology, GoalStatus::InProgress, QDate(2026, 2, 1));
        fx.set(db, QStringLiteral("1.2"), neurology, GoalStatus::Achieved, QDate(2026, 11, 2));
    });
    GoalsWorkspace* w = g.workspace();
    QAbstractItemModelTester tree(w->treeModel(),
                                  QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester matrix(w->matrixModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester history(w->detail()->historyModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int index =
        g.f.window->departmentSelector()->findText(QStringLiteral("Neurologisk afdeling"));
    g.f.window->departmentSelector()->setCurrentIndex(index);
    w->waitForLoad();
    g.selectGoal(QStringLiteral("1.2"));
    // Newest first.
    REQUIRE(w->detail()->historyModel()->rowCount() == 2);
    CHECK(w->detail()->historyModel()->index(0, GoalHistoryModel::DateColumn).data().toString() ==
          QStringLiteral("02-11-2026"));
    CHECK(w->treeModel()->changedGoals().size() == 1);
    g.f.window->departmentSelector()->setCurrentIndex(0);
    w->waitForLoad();
    CHECK(w->departmentId() == 0);
    CHECK(w->treeModel()->goalCount() == 11); // the hospital-scope goals
}

TEST_CASE("goals window: the report of the department shown is exported as a PDF")
{
    GoalsFixture g(kOneDepartment, sixteenOfEighteen);
    const QString path = g.f.dir.filePath(QStringLiteral("maal.pdf"));
    const Status written = g.workspace()->exportReportTo(path);
    INFO((written ? QString() : written.errorMessage()).toStdString());
    REQUIRE(written.ok());
    CHECK(fileBytes(path).startsWith("%PDF"));
}
