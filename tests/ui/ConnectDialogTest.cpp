// File > Connect to server and `tavle --db postgresql://...`, driven as a user would: the
// dialog filled in, the password prompt answered, on the PostgreSQL test server
// (scripts/test-postgres.sh) where one is needed.

#include "dialogs/ConnectDialog.h"

#include "support/CatchQt.h"
#include "support/GuiHelpers.h"
#include "support/TestServer.h"
#include "support/WindowFixture.h"
#include "widgets/MessageBar.h"
#include "workspaces/WelcomePage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace tavle;
using namespace tavle::ui;

namespace {

const QByteArray kRoster = "Navn;Uddannelsestrin;Afdeling;Startdato\n"
                           "Anna Berg;KBU;Akutafdelingen;01-02-2027\n";

QLineEdit* field(QWidget* dialog, const char* name)
{
    auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(edit != nullptr);
    return edit;
}

/// Fills the dialog's fields with the parts of a server URL, as a user types them.
void fillIn(ConnectDialog* dialog, const QString& location)
{
    const QUrl url(location);
    field(dialog, "host")->setText(url.host());
    dialog->findChild<QSpinBox*>(QStringLiteral("port"))->setValue(url.port(5432));
    field(dialog, "database")->setText(url.path().mid(1));
    field(dialog, "user")->setText(url.userName());
}

QString errorShown(QWidget* dialog)
{
    auto* label = dialog->findChild<QLabel*>(QStringLiteral("error"));
    REQUIRE(label != nullptr);
    return label->isVisible() ? label->text() : QString();
}

void clickConnect(ConnectDialog* dialog)
{
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

/// The status bar's text on the open database.
QString statusText(MainWindow& window)
{
    QStringList texts;
    for (const QLabel* label : window.statusBar()->findChildren<QLabel*>())
        texts << label->text();
    return texts.join(QLatin1Char('\n'));
}

/// Whether `secret` appears anywhere in the settings file the window wrote.
bool settingsHold(const QString& secret)
{
    QSettings stored(QStringLiteral("Tavle"), QStringLiteral("tavle"));
    stored.sync();
    QFile file(stored.fileName());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll().contains(secret.toUtf8());
}

/// A login role of the test's own, with a password that no other text contains (the test
/// server's own password is also part of the tests' folder names), dropped at the end. Declare it
/// before the database it owns, so that the database is dropped first.
class TempLoginRole
{
public:
    TempLoginRole()
        : m_name(QStringLiteral("tavle_connect_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter++)),
          m_password(QStringLiteral("Pw-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        // A role's password cannot be a bound value; this is the test's own, made up above.
        testserver::adminExec(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_name, m_password));
    }
    ~TempLoginRole()
    {
        QSqlQuery query(testserver::admin());
        query.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
    }
    TempLoginRole(const TempLoginRole&) = delete;
    TempLoginRole& operator=(const TempLoginRole&) = delete;

    /// Makes the role the owner of `database`, so that Tavle may create its tables there.
    void own(const testserver::TempServerDatabase& database)
    {
        testserver::adminExec(
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database.name(), m_name));
    }
    const QString& name() const { return m_name; }
    const QString& password() const { return m_password; }

private:
    static inline int counter = 0;
    QString m_name;
    QString m_password;
};

/// Takes PGPASSWORD away for one test, so that the server has to ask; puts it back after.
class WithoutPgPassword
{
public:
    WithoutPgPassword() : m_password(qgetenv("PGPASSWORD")) { qunsetenv("PGPASSWORD"); }
    ~WithoutPgPassword() { qputenv("PGPASSWORD", m_password); }
    WithoutPgPassword(const WithoutPgPassword&) = delete;
    WithoutPgPassword& operator=(const WithoutPgPassword&) = delete;

private:
    QByteArray m_password;
};

} // namespace

TEST_CASE("connect: the dialog builds the server address from its fields")
{
    ConnectDialog dialog({}, {});
    fillIn(&dialog, QStringLiteral("postgresql://anna@db.hospital.local/tavle"));
    CHECK(dialog.findChild<QSpinBox*>(QStringLiteral("port"))->value() == 5432);
    CHECK(dialog.location().value() == "postgresql://anna@db.hospital.local/tavle");

    dialog.findChild<QSpinBox*>(QStringLiteral("port"))->setValue(5433);
    field(&dialog, "host")->setText("  db.hospital.local ");
    CHECK(dialog.location().value() == "postgresql://anna@db.hospital.local:5433/tavle");

    field(&dialog, "host")->setText("db hospital");
    REQUIRE_FALSE(dialog.location().ok());
    CHECK(dialog.location().errorMessage().contains("db hospital"));

    // The password is never part of the address.
    field(&dialog, "host")->setText("db.hospital.local");
    field(&dialog, "password")->setText("secret");
    CHECK_FALSE(dialog.location().value().contains("secret"));
    CHECK(field(&dialog, "password")->echoMode() == QLineEdit::Password);
}

TEST_CASE("connect: the dialog names the missing field, and Cancel changes nothing")
{
    WindowFixture f(kRoster);
    const QString before = f.session->location();
    bool checked = false;
    whenModal<ConnectDialog>([&](ConnectDialog* dialog) {
        fillIn(dialog, QStringLiteral("postgresql://anna@db.hospital.local/tavle"));
        field(dialog, "database")->clear();
        clickConnect(dialog);
        CHECK(dialog->isVisible());
        CHECK(errorShown(dialog).contains("name of the database"));
        CHECK(QApplication::focusWidget() == field(dialog, "database"));

        field(dialog, "database")->setText("tavle");
        field(dialog, "user")->setText(" ");
        clickConnect(dialog);
        CHECK(errorShown(dialog).contains("user name"));

        field(dialog, "host")->clear();
        clickConnect(dialog);
        CHECK(errorShown(dialog).contains("host name"));
        CHECK(dialog->isVisible());
        checked = true;
        dialog->reject();
    });
    f.window->connectServerAction()->trigger();
    CHECK(checked);
    CHECK(f.session->location() == before);
    CHECK(f.settings.recentServers().isEmpty());
    CHECK(f.settings.lastDatabase() == before);
}

TEST_CASE("connect: recent server connections are offered, newest first, and fill the fields")
{
    const QStringList recent = {QStringLiteral("postgresql://anna@db.hospital.local/tavle"),
                                QStringLiteral("postgresql://bo@10.0.0.7:5433/uddannelse")};
    ConnectDialog dialog(recent, {});
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("recent"));
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text() == recent.at(0));
    CHECK(list->currentRow() == 0);
    CHECK(field(&dialog, "host")->text() == "db.hospital.local");
    CHECK(dialog.location().value() == recent.at(0));

    list->setCurrentRow(1);
    CHECK(field(&dialog, "host")->text() == "10.0.0.7");
    CHECK(dialog.findChild<QSpinBox*>(QStringLiteral("port"))->value() == 5433);
    CHECK(field(&dialog, "database")->text() == "uddannelse");
    CHECK(field(&dialog, "user")->text() == "bo");
    CHECK(dialog.location().value() == recent.at(1));
}

TEST_CASE("connect: an unreachable server at start leaves the window usable")
{
    Settings settings;
    settings.clear();
    Clock clock;
    Session session(&clock);
    MainWindow window(session, settings);
    window.show();
    // Port 1 on this machine: nothing listens there, so the connection is refused at once.
    CHECK_FALSE(window.openDatabase(QStringLiteral("postgresql://anna@127.0.0.1:1/tavle")));
    CHECK_FALSE(session.isOpen());
    CHECK(window.messageBar()->isVisible());
    CHECK(window.messageBar()->isError());
    CHECK(window.messageBar()->text().contains("127.0.0.1:1"));
    CHECK(window.currentPage() == window.welcome());
    CHECK(window.windowTitle() == "Tavle");
    CHECK(settings.lastDatabase().isEmpty());
}

TEST_CASE("connect: the window connects to a server database through the dialog")
{
    if (!testserver::serverAvailable())
        return;
    testserver::TempServerDatabase server;
    WindowFixture f(kRoster);
    const QString location = server.location();
    whenModal<ConnectDialog>([&](ConnectDialog* dialog) {
        fillIn(dialog, location);
        clickConnect(dialog); // the password comes from PGPASSWORD
        CHECK(errorShown(dialog).isEmpty());
        CHECK_FALSE(dialog->isVisible());
    });
    f.window->connectServerAction()->trigger();
    REQUIRE(f.session->isOpen());
    CHECK(f.session->database().isServer());
    CHECK(f.session->location() == location);
    const QUrl url(location);
    CHECK(f.window->windowTitle() ==
          QStringLiteral("%1 on %2:%3 – Tavle").arg(server.name(), url.host()).arg(url.port()));
    CHECK(statusText(*f.window).contains("Connected as postgres"));
    CHECK(f.settings.recentServers() == QStringList{location});
    CHECK(f.settings.lastDatabase() == location);

    // The next start reconnects to the server, as main() does with the last database.
    Session next(&f.clock);
    MainWindow window(next, f.settings);
    REQUIRE(window.openDatabase(f.settings.lastDatabase()));
    CHECK(next.database().isServer());
    CHECK(window.windowTitle().startsWith(server.name() + " on "));

    // A later visit to the dialog offers the connection and connects with a double-click.
    f.window->openDatabase(f.path);
    REQUIRE_FALSE(f.session->database().isServer());
    whenModal<ConnectDialog>([&](ConnectDialog* dialog) {
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("recent"));
        REQUIRE(list->count() == 1);
        CHECK(list->item(0)->text() == location);
        const QPoint where = list->visualItemRect(list->item(0)).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, where);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, where);
        CHECK_FALSE(dialog->isVisible());
        if (dialog->isVisible())
            dialog->reject();
    });
    f.window->connectServerAction()->trigger();
    CHECK(f.session->location() == location);
}

TEST_CASE("connect: the window asks for the server's password and forgets it")
{
    if (!testserver::serverAvailable())
        return;
    TempLoginRole role;
    testserver::TempServerDatabase server;
    role.own(server);
    const QString location = server.location(role.name());
    WindowFixture f(kRoster);
    const WithoutPgPassword noPassword;
    bool asked = false;
    whenModal<QInputDialog>([&](QInputDialog* prompt) {
        asked = true;
        CHECK(prompt->textEchoMode() == QLineEdit::Password);
        CHECK(prompt->labelText().contains("wants a password for " + role.name()));
        prompt->setTextValue(role.password());
        prompt->accept();
    });
    REQUIRE(f.window->openDatabase(location));
    CHECK(asked);
    CHECK(f.session->database().isServer());
    CHECK(f.window->windowTitle().startsWith(server.name() + " on "));
    CHECK(statusText(*f.window).contains("Connected as " + role.name()));
    CHECK(f.settings.lastDatabase() == location);
    CHECK_FALSE(settingsHold(role.password()));
}

TEST_CASE("connect: a wrong password is refused clearly and the previous database stays open")
{
    if (!testserver::serverAvailable())
        return;
    TempLoginRole role;
    testserver::TempServerDatabase server;
    role.own(server);
    const QString location = server.location(role.name());
    WindowFixture f(kRoster);
    const WithoutPgPassword noPassword;

    SECTION("at the password prompt")
    {
        bool askedAgain = false;
        whenModal<QInputDialog>([&](QInputDialog* prompt) {
            prompt->setTextValue(QStringLiteral("not-the-password"));
            whenModal<QInputDialog>([&](QInputDialog* again) {
                askedAgain = true;
                CHECK(
                    again->labelText().contains("did not accept the password for " + role.name()));
                again->reject();
            });
            prompt->accept();
        });
        CHECK_FALSE(f.window->openDatabase(location));
        CHECK(askedAgain);
        CHECK(f.window->messageBar()->isError());
        CHECK(f.window->messageBar()->text().contains("did not accept the password"));
        CHECK(f.session->location() == f.path);
        CHECK_FALSE(f.session->database().isServer());
        CHECK(f.window->windowTitle() == "tavle.sqlite – Tavle");
        CHECK(f.settings.recentServers().isEmpty());
    }

    SECTION("in the dialog, then the right one")
    {
        bool connected = false;
        whenModal<ConnectDialog>([&](ConnectDialog* dialog) {
            fillIn(dialog, location);
            clickConnect(dialog);
            CHECK(errorShown(dialog).contains("wants a password for " + role.name()));
            CHECK(QApplication::focusWidget() == field(dialog, "password"));

            field(dialog, "password")->setText(QStringLiteral("not-the-password"));
            clickConnect(dialog);
            CHECK(dialog->isVisible());
            CHECK(errorShown(dialog).contains("did not accept the password"));
            CHECK(field(dialog, "password")->text().isEmpty());
            CHECK_FALSE(f.session->database().isServer());

            field(dialog, "password")->setText(role.password());
            clickConnect(dialog);
            connected = !dialog->isVisible();
        });
        f.window->connectServerAction()->trigger();
        CHECK(connected);
        CHECK(f.session->location() == location);
        CHECK_FALSE(settingsHold(role.password()));
    }
}
