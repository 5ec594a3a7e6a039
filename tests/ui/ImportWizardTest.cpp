#include "dialogs/ImportRosterWizard.h"
#include "dialogs/RosterFilePage.h"
#include "dialogs/RosterPreviewPage.h"
#include "dialogs/RosterResultPage.h"
#include "models/DeadlineBoardModel.h"
#include "models/RosterPreviewModel.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"
#include "widgets/MessageBar.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace tavle;
using namespace tavle::ui;

namespace {

// Today is Wednesday 10-03-2027.
const QByteArray kHeader =
    "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\r\n";

// A roster as Danish Excel saves it as UTF-8: semicolons, CRLF, æøå.
const QByteArray kValidRoster = kHeader +
                                "Søren Ågaard;KBU;Akutafdelingen;01-03-2027;;Mette Holm;"
                                "soren@example.dk\r\n"                               // line 2
                                "Åse Lund;HU;Akutafdelingen;15-02-2027;;;\r\n"       // line 3
                                "Bjørn Æbelø;intro;Neurologisk afdeling;01-04-2027;" // line 4
                                "31-03-2028;Ole Vang;\r\n";

// Two bad rows among good ones.
const QByteArray kRosterWithProblems =
    kHeader + "Anna Berg;KBU;Akutafdelingen;01-02-2027;;Mette Holm;anna@example.dk\r\n" // 2
              "Bo Dahl;HU;Akutafdelingen;31-02-2027;;;\r\n"                             // 3: date
              "Carl Ebbe;HU;Akutafdelingen;01-03-2027;;;\r\n"                           // 4
              "Dorte Friis;Speciallæge;Neurologisk afdeling;01-04-2027;;;\r\n"          // 5: level
              "Eva Gram;INTRO;Neurologisk afdeling;01-01-2027;;;\r\n";                  // 6

QString writeRoster(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    writeFile(path, bytes);
    return path;
}

int countRows(Database& db, const char* table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

struct Counts
{
    int persons = 0;
    int placements = 0;
    int departments = 0;
    bool operator==(const Counts& other) const
    {
        return persons == other.persons && placements == other.placements &&
               departments == other.departments;
    }
};

/// What another Tavle process sees in the database.
Counts countsIn(WindowFixture& f)
{
    auto other = f.otherConnection();
    return Counts{countRows(*other, "persons"), countRows(*other, "placements"),
                  countRows(*other, "departments")};
}

/// Moves what the session wrote from the write-ahead log into the database file.
void checkpoint(WindowFixture& f)
{
    QSqlQuery q(f.session->database().connection());
    REQUIRE(q.exec("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QStringList boardTrainees(WindowFixture& f)
{
    QStringList names;
    for (const DeadlineRow& row : f.window->deadlines()->model()->allRows())
        names << row.view.traineeName;
    names.sort();
    return names;
}

QList<int> previewLines(RosterPreviewModel* model)
{
    QList<int> lines;
    for (int row = 0; row < model->rowCount(); ++row)
        lines << model->index(row, 0).data(RosterPreviewModel::LineRole).toInt();
    return lines;
}

QList<int> problemLines(RosterPreviewModel* model)
{
    QList<int> lines;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(RosterPreviewModel::HasProblemRole).toBool())
            lines << index.data(RosterPreviewModel::LineRole).toInt();
    }
    return lines;
}

QString cell(RosterPreviewModel* model, int line, int column)
{
    const int row = model->rowOfLine(line);
    REQUIRE(row >= 0);
    return model->index(row, column).data().toString();
}

bool shown(QAbstractButton* button)
{
    return button && button->isVisible() && button->isEnabled();
}

} // namespace

TEST_CASE("import wizard: a valid roster is previewed without writing, then imported")
{
    WindowFixture f(QByteArray{});
    QTemporaryDir dir;
    const QString path = writeRoster(dir, "personaleliste.csv", kValidRoster);

    ImportRosterWizard wizard(*f.session, f.window.get());
    CHECK(wizard.windowTitle() == "Import roster");
    QAbstractItemModelTester tester(wizard.previewPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    wizard.setFile(path);
    wizard.show();
    CHECK(wizard.currentId() == ImportRosterWizard::FilePageId);
    CHECK(shown(wizard.button(QWizard::NextButton)));
    wizard.next();
    REQUIRE(wizard.currentId() == ImportRosterWizard::PreviewPageId);

    RosterPreviewPage* preview = wizard.previewPage();
    RosterPreviewModel* model = preview->model();
    CHECK(previewLines(model) == QList<int>{2, 3, 4});
    CHECK(problemLines(model).isEmpty());
    CHECK(cell(model, 2, RosterPreviewModel::NameColumn) == "Søren Ågaard");
    CHECK(cell(model, 2, RosterPreviewModel::LevelColumn) == "KBU");
    CHECK(cell(model, 2, RosterPreviewModel::DepartmentColumn) == "Akutafdelingen");
    CHECK(cell(model, 2, RosterPreviewModel::StartColumn) == "01-03-2027");
    CHECK(cell(model, 2, RosterPreviewModel::SupervisorColumn) == "Mette Holm");
    CHECK(cell(model, 2, RosterPreviewModel::EmailColumn) == "soren@example.dk");
    CHECK(cell(model, 4, RosterPreviewModel::NameColumn) == "Bjørn Æbelø");
    CHECK(cell(model, 4, RosterPreviewModel::EndColumn) == "31-03-2028");
    CHECK(model->lineAt(model->rowOfLine(2))->changes ==
          QStringList{"new department Akutafdelingen", "new trainee Søren Ågaard",
                      "new supervisor Mette Holm in Akutafdelingen",
                      "new placement: Søren Ågaard, Akutafdelingen, KBU from 01-03-2027"});
    CHECK(model->lineAt(model->rowOfLine(3))->changes ==
          QStringList{"new trainee Åse Lund",
                      "new placement: Åse Lund, Akutafdelingen, HU from 15-02-2027"});
    CHECK(cell(model, 4, RosterPreviewModel::ChangeColumn)
              .contains("new placement: Bjørn Æbelø, Neurologisk afdeling, INTRO from 01-04-2027"));
    CHECK(cell(model, 4, RosterPreviewModel::ProblemColumn).isEmpty());
    CHECK(preview->summaryLabel()->text().startsWith("3 row"));
    CHECK(preview->summaryLabel()->text().contains("3 new placement"));
    CHECK_FALSE(preview->importNothingButton()->isVisible());
    CHECK(preview->choice() == RosterPreviewPage::Choice::ImportAll);
    CHECK(preview->table()->isColumnHidden(RosterPreviewModel::ProblemColumn));
    CHECK(preview->findChild<QLabel*>("undoNote")->text().contains("cannot be undone"));

    // The dry run wrote nothing.
    CHECK(countsIn(f) == Counts{0, 0, 0});

    QAbstractButton* import = wizard.button(QWizard::CommitButton);
    REQUIRE(shown(import));
    CHECK(import->text() == "&Import");
    import->click();
    REQUIRE(wizard.currentId() == ImportRosterWizard::ResultPageId);
    CHECK(wizard.resultPage()->textLabel()->text().contains("Imported 3 of 3"));
    CHECK(wizard.resultPage()->textLabel()->text().contains("personaleliste.csv"));
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled()); // the import is done
    CHECK(countsIn(f) == Counts{5, 3, 2}); // 3 trainees and 2 main supervisors

    f.waitForBoard();
    CHECK(boardTrainees(f) == QStringList{"Bjørn Æbelø", "Søren Ågaard", "Åse Lund"});

    REQUIRE(shown(wizard.button(QWizard::FinishButton)));
    wizard.button(QWizard::FinishButton)->click();
    CHECK_FALSE(wizard.isVisible());
    CHECK(wizard.QDialog::result() == QDialog::Accepted);
    CHECK(f.window->undoAction()->isEnabled() == false); // not an undo step
}

TEST_CASE("import wizard: rows already in Tavle show as updated or unchanged")
{
    WindowFixture f(kValidRoster);
    QTemporaryDir dir;
    const QString path = writeRoster(
        dir, "roster.csv",
        kHeader + "Søren Ågaard;KBU;Akutafdelingen;01-03-2027;;Mette Holm;soren@example.dk\r\n"
                  "Åse Lund;INTRO;Akutafdelingen;15-02-2027;;;\r\n" // level HU -> INTRO
                  "Carl Ebbe;HU;Akutafdelingen;01-03-2027;;;\r\n");
    ImportRosterWizard wizard(*f.session, f.window.get());
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportRosterWizard::PreviewPageId);
    RosterPreviewModel* model = wizard.previewPage()->model();
    CHECK(cell(model, 2, RosterPreviewModel::ChangeColumn) == "unchanged");
    CHECK(cell(model, 3, RosterPreviewModel::ChangeColumn) ==
          "placement of Åse Lund in Akutafdelingen from 15-02-2027 updated: level HU → INTRO");
    CHECK(cell(model, 4, RosterPreviewModel::ChangeColumn)
              .startsWith("new trainee Carl Ebbe\nnew placement: Carl Ebbe"));
    const QString summary = wizard.previewPage()->summaryLabel()->text();
    CHECK(summary.contains("1 new placement"));
    CHECK(summary.contains("1 updated"));
    CHECK(summary.contains("1 unchanged"));
    CHECK(countsIn(f) == Counts{5, 3, 2});
    wizard.reject();
    CHECK(countsIn(f) == Counts{5, 3, 2});
}

TEST_CASE("import wizard: bad rows are marked on their lines, and importing nothing writes "
          "nothing")
{
    WindowFixture f(QByteArray{});
    QTemporaryDir dir;
    const QString path = writeRoster(dir, "roster.csv", kRosterWithProblems);
    ImportRosterWizard wizard(*f.session, f.window.get());
    QAbstractItemModelTester tester(wizard.previewPage()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportRosterWizard::PreviewPageId);
    RosterPreviewPage* preview = wizard.previewPage();
    RosterPreviewModel* model = preview->model();

    CHECK(previewLines(model) == QList<int>{2, 3, 4, 5, 6});
    CHECK(problemLines(model) == QList<int>{3, 5});
    CHECK(model->problemCount() == 2);
    CHECK(cell(model, 3, RosterPreviewModel::ProblemColumn) ==
          "start date: the date 31-02-2027 does not exist");
    CHECK(cell(model, 3, RosterPreviewModel::StartColumn) == "31-02-2027");
    CHECK(cell(model, 5, RosterPreviewModel::ProblemColumn)
              .startsWith("unknown level 'Speciallæge'"));
    CHECK(cell(model, 5, RosterPreviewModel::LevelColumn) == "Speciallæge");
    CHECK(cell(model, 3, RosterPreviewModel::ChangeColumn) == "not imported");
    CHECK(cell(model, 2, RosterPreviewModel::ProblemColumn).isEmpty());
    CHECK(cell(model, 2, RosterPreviewModel::ChangeColumn).contains("new placement: Anna Berg"));

    // Marked by an icon, a tint and the text, not by colour alone.
    const int bad = model->rowOfLine(3);
    const int good = model->rowOfLine(2);
    const QModelIndex badLine = model->index(bad, RosterPreviewModel::LineColumn);
    CHECK_FALSE(badLine.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(badLine.data(Qt::BackgroundRole).isValid());
    CHECK(model->index(bad, RosterPreviewModel::NameColumn).data(Qt::BackgroundRole).isValid());
    CHECK(model->index(bad, RosterPreviewModel::NameColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains("the date 31-02-2027 does not exist"));
    CHECK(badLine.data(Qt::AccessibleTextRole).toString().contains("problem"));
    CHECK_FALSE(
        model->index(good, RosterPreviewModel::LineColumn).data(Qt::DecorationRole).isValid());
    CHECK_FALSE(
        model->index(good, RosterPreviewModel::NameColumn).data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(preview->table()->isColumnHidden(RosterPreviewModel::ProblemColumn));

    const QString summary = preview->summaryLabel()->text();
    CHECK(summary.startsWith("5 row"));
    CHECK(summary.contains("3 new placement"));
    CHECK(summary.contains("2 rows with problems"));

    // Only the rows with problems, and back.
    REQUIRE(preview->onlyProblemsBox()->isVisible());
    preview->onlyProblemsBox()->setChecked(true);
    CHECK(previewLines(model) == QList<int>{3, 5});
    preview->onlyProblemsBox()->setChecked(false);
    CHECK(model->rowCount() == 5);

    // All or nothing by default: Finish closes and writes nothing.
    CHECK(preview->choice() == RosterPreviewPage::Choice::ImportNothing);
    CHECK(preview->importNothingButton()->isChecked());
    CHECK(preview->importValidButton()->text().contains("3 valid row"));
    CHECK_FALSE(shown(wizard.button(QWizard::CommitButton)));
    REQUIRE(shown(wizard.button(QWizard::FinishButton)));
    CHECK(wizard.button(QWizard::BackButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    CHECK_FALSE(wizard.isVisible());
    CHECK_FALSE(wizard.importResult().has_value());
    CHECK(countsIn(f) == Counts{0, 0, 0});
}

TEST_CASE("import wizard: import only the valid rows")
{
    WindowFixture f(QByteArray{});
    QTemporaryDir dir;
    const QString path = writeRoster(dir, "roster.csv", kRosterWithProblems);
    ImportRosterWizard wizard(*f.session, f.window.get());
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    RosterPreviewPage* preview = wizard.previewPage();
    REQUIRE(wizard.currentId() == ImportRosterWizard::PreviewPageId);

    QTest::mouseClick(preview->importValidButton(), Qt::LeftButton, Qt::NoModifier,
                      QPoint(8, preview->importValidButton()->height() / 2));
    CHECK(preview->choice() == RosterPreviewPage::Choice::ImportValidOnly);
    CHECK_FALSE(shown(wizard.button(QWizard::FinishButton)));
    REQUIRE(shown(wizard.button(QWizard::CommitButton)));
    CHECK(countsIn(f) == Counts{0, 0, 0});

    // Changing one's mind turns the button back into Finish.
    preview->setChoice(RosterPreviewPage::Choice::ImportNothing);
    CHECK(shown(wizard.button(QWizard::FinishButton)));
    CHECK_FALSE(shown(wizard.button(QWizard::CommitButton)));
    preview->setChoice(RosterPreviewPage::Choice::ImportValidOnly);

    wizard.button(QWizard::CommitButton)->click();
    REQUIRE(wizard.currentId() == ImportRosterWizard::ResultPageId);
    const QString text = wizard.resultPage()->textLabel()->text();
    CHECK(text.contains("Imported 3 of 5"));
    CHECK(text.contains("left out"));
    CHECK(countsIn(f) == Counts{4, 3, 2}); // Anna, Carl, Eva and Mette Holm
    f.waitForBoard();
    CHECK(boardTrainees(f) == QStringList{"Anna Berg", "Carl Ebbe", "Eva Gram"});
    wizard.accept();
}

TEST_CASE("import wizard: Back picks the corrected file again")
{
    WindowFixture f(QByteArray{});
    QTemporaryDir dir;
    const QString path = writeRoster(dir, "roster.csv", kRosterWithProblems);
    ImportRosterWizard wizard(*f.session, f.window.get());
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    REQUIRE(wizard.previewPage()->model()->problemCount() == 2);

    wizard.back();
    REQUIRE(wizard.currentId() == ImportRosterWizard::FilePageId);
    QByteArray corrected = kRosterWithProblems;
    corrected.replace("31-02-2027", "28-02-2027");
    corrected.replace("Speciallæge", "HU");
    writeFile(path, corrected);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportRosterWizard::PreviewPageId);
    RosterPreviewPage* preview = wizard.previewPage();
    CHECK(preview->model()->problemCount() == 0);
    CHECK(preview->choice() == RosterPreviewPage::Choice::ImportAll);
    CHECK_FALSE(preview->onlyProblemsBox()->isVisible());
    REQUIRE(shown(wizard.button(QWizard::CommitButton)));
    wizard.button(QWizard::CommitButton)->click();
    REQUIRE(wizard.currentId() == ImportRosterWizard::ResultPageId);
    CHECK(countsIn(f).placements == 5);
    wizard.accept();
}

TEST_CASE("import wizard: a file that is no roster is refused on the file page")
{
    WindowFixture f(QByteArray{});
    QTemporaryDir dir;

    struct Case
    {
        const char* name;
        QByteArray bytes;
        const char* message;
    };
    const QList<Case> cases = {
        {"roster.xlsx", QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 14),
         "Excel workbook"},
        {"random.csv", QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", 18),
         "binary data"},
        {"empty.csv", QByteArray(), "the file is empty"},
        {"notes.txt", "Dear team,\nplease find the list attached.\n", "required column Navn"},
    };
    ImportRosterWizard wizard(*f.session, f.window.get());
    wizard.show();
    checkpoint(f);
    const QByteArray before = fileBytes(f.path);
    REQUIRE_FALSE(before.isEmpty());

    for (const Case& c : cases) {
        INFO(c.name);
        const QString path = writeRoster(dir, QString::fromLatin1(c.name), c.bytes);
        wizard.setFile(path);
        wizard.next();
        CHECK(wizard.currentId() == ImportRosterWizard::FilePageId);
        MessageBar* message = wizard.filePage()->messageBar();
        CHECK(message->isVisible());
        CHECK(message->isError());
        CHECK(message->text().contains(QDir::toNativeSeparators(path)));
        CHECK(message->text().contains(QString::fromLatin1(c.message)));
        // Changing the path clears the message.
        wizard.filePage()->pathEdit()->setText(path + "x");
        CHECK_FALSE(message->isVisible());
    }

    const QString missing = dir.filePath("missing.csv");
    wizard.setFile(missing);
    wizard.next();
    CHECK(wizard.currentId() == ImportRosterWizard::FilePageId);
    CHECK(wizard.filePage()->messageBar()->text().startsWith("Cannot read " +
                                                             QDir::toNativeSeparators(missing)));

    // No path, no Next.
    wizard.filePage()->pathEdit()->clear();
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());

    checkpoint(f);
    CHECK(fileBytes(f.path) == before);
    CHECK(countsIn(f) == Counts{0, 0, 0});
}

TEST_CASE("import wizard: from the window, by keyboard alone")
{
    WindowFixture f(QByteArray{});
    QTemporaryDir dir;
    const QString path = writeRoster(dir, "roster.csv", kValidRoster);
    bool finished = false;
    whenModal<ImportRosterWizard>([&](ImportRosterWizard* wizard) {
        // No REQUIRE in here: an exception must not cross Qt's event loop. On a failed step
        // the wizard is closed so that exec() returns.
        auto giveUp = [wizard](const char* step) {
            FAIL_CHECK(step);
            wizard->reject();
        };
        CHECK(wizard->windowTitle() == "Import roster");
        CHECK(wizard->currentId() == ImportRosterWizard::FilePageId);
        CHECK(wizard->width() >= 850);
        // As a window manager would: the new dialog becomes the active window.
        wizard->activateWindow();
        if (!QTest::qWaitFor([wizard] { return QApplication::activeWindow() == wizard; }))
            return giveUp("the wizard did not become the active window");
        QLineEdit* pathEdit = wizard->filePage()->pathEdit();
        CHECK(pathEdit->text() == QDir::toNativeSeparators(path));
        CHECK_FALSE(pathEdit->accessibleName().isEmpty());
        CHECK(pathEdit->hasFocus());

        QTest::keyClick(pathEdit, Qt::Key_Return); // Next
        if (wizard->currentId() != ImportRosterWizard::PreviewPageId)
            return giveUp("Enter on the file page did not show the preview");
        QTableView* table = wizard->previewPage()->table();
        CHECK(table->accessibleName() == "Roster preview");
        CHECK(table->hasFocus());
        CHECK(countsIn(f) == Counts{0, 0, 0});

        QTest::keyClick(table, Qt::Key_Return); // Import
        if (wizard->currentId() != ImportRosterWizard::ResultPageId)
            return giveUp("Enter on the preview did not import");
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : wizard, Qt::Key_Return); // Finish
        finished = !wizard->isVisible();
        if (!finished)
            giveUp("Enter on the result page did not close the wizard");
    });
    f.window->importRoster(path);
    CHECK(finished);
    f.waitForBoard();
    CHECK(boardTrainees(f) == QStringList{"Bjørn Æbelø", "Søren Ågaard", "Åse Lund"});
    CHECK(countsIn(f) == Counts{5, 3, 2});
}

TEST_CASE("import wizard: a database failure at the import is shown, nothing is written")
{
    WindowFixture f(QByteArray{});
    QTemporaryDir dir;
    const QString path = writeRoster(dir, "roster.csv", kValidRoster);
    ImportRosterWizard wizard(*f.session, f.window.get());
    wizard.setFile(path);
    wizard.show();
    wizard.next();
    REQUIRE(wizard.currentId() == ImportRosterWizard::PreviewPageId);

    // Between the preview and the import the database starts refusing placements.
    auto other = f.otherConnection();
    QSqlQuery q(other->connection());
    REQUIRE(q.exec("CREATE TRIGGER refuse BEFORE INSERT ON placements "
                   "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"));
    wizard.button(QWizard::CommitButton)->click();
    CHECK(wizard.currentId() == ImportRosterWizard::PreviewPageId);
    MessageBar* message = wizard.previewPage()->messageBar();
    CHECK(message->isVisible());
    CHECK(message->text().contains("the disk is full"));
    CHECK(message->text().contains("left as it was"));
    CHECK(countsIn(f) == Counts{0, 0, 0}); // the departments and persons were rolled back too
    CHECK_FALSE(wizard.importResult().has_value());

    // Once the database works again, the same page imports.
    REQUIRE(q.exec("DROP TRIGGER refuse"));
    wizard.button(QWizard::CommitButton)->click();
    REQUIRE(wizard.currentId() == ImportRosterWizard::ResultPageId);
    CHECK(countsIn(f) == Counts{5, 3, 2});
    wizard.accept();
}
