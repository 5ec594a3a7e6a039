#include "Settings.h"

#include "models/DeadlineBoardModel.h"
#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/WindowFixture.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

using namespace tavle;
using namespace tavle::ui;

TEST_CASE("settings: the language follows the command line, then the setting")
{
    Settings settings;
    settings.clear();
    CHECK(settings.language() == Settings::Language::System);
    settings.setLanguage(Settings::Language::Danish);
    CHECK(settings.uiLocale().language() == QLocale::Danish);
    CHECK(settings.uiLocale("en").language() == QLocale::English);
    settings.setLanguage(Settings::Language::English);
    CHECK(Settings().language() == Settings::Language::English); // stored, not just held
    CHECK(settings.uiLocale().language() == QLocale::English);
    CHECK(settings.uiLocale("da").language() == QLocale::Danish);
    settings.setLanguage(Settings::Language::System);
    CHECK(settings.language() == Settings::Language::System);
}

TEST_CASE("settings: recent databases, newest first, and a department per database")
{
    Settings settings;
    settings.clear();
    settings.setLastDatabase("/tmp/a.sqlite");
    settings.setLastDatabase("/tmp/b.sqlite");
    settings.setLastDatabase("/tmp/a.sqlite");
    CHECK(settings.recentDatabases() == QStringList{"/tmp/a.sqlite", "/tmp/b.sqlite"});
    CHECK(settings.lastDatabase() == "/tmp/a.sqlite");
    settings.setDepartment("/tmp/a.sqlite", 7);
    CHECK(settings.department("/tmp/a.sqlite") == 7);
    CHECK(settings.department("/tmp/b.sqlite") == 0);
}

TEST_CASE("settings: server databases are remembered without password, at most eight")
{
    Settings settings;
    settings.clear();
    settings.setLastDatabase("/tmp/a.sqlite");
    settings.setLastDatabase("postgresql://anna:secret@db.hospital.local:5432/tavle");
    CHECK(settings.lastDatabase() == "postgresql://anna@db.hospital.local/tavle");
    CHECK(settings.recentServers() == QStringList{"postgresql://anna@db.hospital.local/tavle"});
    CHECK(settings.recentDatabases() ==
          QStringList{"postgresql://anna@db.hospital.local/tavle", "/tmp/a.sqlite"});
    for (const QString& key : QSettings(QStringLiteral("Tavle"), QStringLiteral("tavle")).allKeys())
        CHECK_FALSE(QSettings(QStringLiteral("Tavle"), QStringLiteral("tavle"))
                        .value(key)
                        .toStringList()
                        .join(' ')
                        .contains("secret"));

    for (int i = 0; i < 10; ++i)
        settings.setLastDatabase(
            QStringLiteral("postgresql://anna@db%1.hospital.local/tavle").arg(i));
    const QStringList servers = settings.recentServers();
    CHECK(servers.size() == 8);
    CHECK(servers.first() == "postgresql://anna@db9.hospital.local/tavle");
    CHECK_FALSE(servers.contains("postgresql://anna@db.hospital.local/tavle"));

    // A department is remembered per server database, whatever folder Tavle started in.
    settings.setDepartment("postgresql://anna@db9.hospital.local/tavle", 4);
    CHECK(settings.department("postgresql://anna@db9.hospital.local:5432/tavle") == 4);
    CHECK(settings.department("postgresql://anna@db8.hospital.local/tavle") == 0);
}

TEST_CASE("window: its size and the board's column widths are remembered")
{
    const QByteArray roster = "Navn;Uddannelsestrin;Afdeling;Startdato\n"
                              "Anna Berg;KBU;Akutafdelingen;01-02-2027\n";
    WindowFixture f(roster);
    f.window->resize(1000, 700);
    QHeaderView* header = f.window->deadlines()->table()->horizontalHeader();
    header->resizeSection(DeadlineBoardModel::TraineeColumn, 321);
    f.window->close(); // saves, as quitting does
    f.open();
    CHECK(f.window->size() == QSize(1000, 700));
    CHECK(f.window->deadlines()->table()->horizontalHeader()->sectionSize(
              DeadlineBoardModel::TraineeColumn) == 321);
}

TEST_CASE("window: a database of one department opens on that department")
{
    const QByteArray roster = "Navn;Uddannelsestrin;Afdeling;Startdato\n"
                              "Anna Berg;KBU;Akutafdelingen;01-02-2027\n";
    WindowFixture f(roster);
    CHECK(f.window->departmentSelector()->currentText() == "Akutafdelingen");
    f.window->departmentSelector()->setCurrentIndex(0); // all departments, chosen on purpose
    f.open();
    CHECK(f.window->departmentSelector()->currentIndex() == 0);
}
