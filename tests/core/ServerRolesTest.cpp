// The roles a PostgreSQL server enforces: every case logs in as a person with one of Tavle's
// roles and tries the work of that role, and the work of another.

#include "storage/ServerRoles.h"

#include "domain/Level.h"
#include "import/RosterImporter.h"
#include "services/MeetingLog.h"
#include "services/StrategyGoals.h"
#include "storage/ActionItemRepository.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transactions.h"
#include "strategy/StrategyTemplate.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace tavle;

namespace {

const QDate kToday(2026, 11, 24);
const QString kSecretNote = QStringLiteral("Fortroligt: samtale om trivsel");

/// A login role of the test's own in one or more Tavle roles, with the test server's password
/// (so libpq finds it in PGPASSWORD); dropped at the end. Roles belong to the whole server, so
/// the name holds the process id.
class Login
{
public:
    explicit Login(const QStringList& groups)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("tavle_login_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1));
        QString password = qEnvironmentVariable("PGPASSWORD");
        password.replace(QLatin1Char('\''), QLatin1String("''"));
        QString sql = QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(m_name, password);
        if (!groups.isEmpty())
            sql += QStringLiteral(" IN ROLE ") + groups.join(QStringLiteral(", "));
        testserver::adminExec(sql);
    }
    ~Login()
    {
        QSqlQuery query(testserver::admin());
        query.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_name));
    }
    Login(const Login&) = delete;
    Login& operator=(const Login&) = delete;

    const QString& name() const { return m_name; }

private:
    QString m_name;
};

int rowCount(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

/// A department with trainees and its team, the hospital strategy, a held team meeting with
/// notes, and the roles set up: all done by the administrator who created the database.
struct Fixture
{
    TempDatabase t;
    Id department = 0;
    QHash<QString, Id> people;
    StrategySnapshot strategy;
    Id teamMeeting = 0;

    Fixture()
    {
        const QByteArray roster = "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder\n"
                                  "Anna Berg;KBU;Neurologisk afdeling;01-10-2026;;Mette Holm\n"
                                  "Bo Dahl;HU;Neurologisk afdeling;01-09-2026;;Mette Holm\n";
        const auto report = RosterImporter::importRoster(*t, RosterParser::parse(roster), {});
        REQUIRE(report.ok());
        department = DepartmentRepository(*t).all()->first().id;
        for (const Person& p : PersonRepository(*t).all().value())
            people.insert(p.name, p.id);

        const auto mvh = StrategyTemplates::find(QStringLiteral("mvh"));
        REQUIRE(mvh.ok());
        REQUIRE(StrategyTemplates::load(*t, mvh.value()).ok());
        strategy = *StrategyGoals::load(*t).value();

        auto draft = MeetingLog::draft(*t, teamType(*t), department,
                                       QDateTime(QDate(2026, 11, 2), QTime(14, 0)));
        REQUIRE(draft.ok());
        draft.value().meeting.heldOn = QDate(2026, 11, 2);
        draft.value().meeting.notes = kSecretNote;
        draft.value().attendees = {Attendee{people["Anna Berg"], Attendance::Present}};
        const auto saved = MeetingLog::save(*t, draft.value(), kToday);
        REQUIRE(saved.ok());
        teamMeeting = saved->meeting.id;

        const auto setUp = ServerRoles::setUp(*t);
        INFO((setUp ? QString() : setUp.errorMessage()).toStdString());
        REQUIRE(setUp.ok());
    }

    static MeetingType teamType(Database& db)
    {
        const auto type = MeetingTypeRepository(db).byCode(QStringLiteral("education_team"));
        REQUIRE(type.ok());
        REQUIRE(type.value().has_value());
        return *type.value();
    }

    /// Opens the database as `login`, the way a person's Tavle does.
    std::unique_ptr<Database> openAs(const Login& login)
    {
        auto opened =
            Database::open(t.server->location(login.name()), Database::OpenMode::MustExist);
        INFO((opened ? QString() : opened.errorMessage()).toStdString());
        REQUIRE(opened.ok());
        return std::move(opened).value();
    }

    const Goal& departmentGoal() const
    {
        for (const Goal& g : strategy.goals) {
            if (g.scope == GoalScope::Department)
                return g;
        }
        FAIL("the strategy has no department goal");
        return strategy.goals.first();
    }

    NewGoalStatus achieved() const
    {
        return NewGoalStatus{departmentGoal().id,  department, GoalStatus::Achieved, kToday, {},
                             QStringLiteral("ov"), {}};
    }

    Goal newGoal() const
    {
        Goal g;
        g.strategyId = strategy.strategy.id;
        g.focusAreaId = strategy.focusAreas.first().id;
        g.code = QStringLiteral("9.9");
        g.title = QStringLiteral("Ventil i alle afdelinger");
        g.countsFrom = QDate(2026, 1, 1);
        return g;
    }
};

const TableAccess* find(const QList<TableAccess>& list, const QString& table, ServerRole role)
{
    for (const TableAccess& a : list) {
        if (a.table == table && a.role == role)
            return &a;
    }
    return nullptr;
}

} // namespace

TEST_CASE("server roles: a UKYL may not set a goal status, and nothing is written", "[server]")
{
    Fixture f;
    Login ukyl({QStringLiteral("tavle_ukyl")});
    const auto db = f.openAs(ukyl);
    const int before = rowCount(*f.t, QStringLiteral("goal_statuses"));

    const auto refused = StrategyGoals::setStatus(*db, f.achieved(), kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::NotPermitted);
    CHECK(refused.errorMessage().contains(QStringLiteral("may not change this (goal_statuses)")));
    CHECK(refused.errorMessage().contains(QStringLiteral("Nothing was saved")));
    CHECK(refused.errorMessage().contains(QStringLiteral("Ask the person who manages")));
    CHECK(rowCount(*f.t, QStringLiteral("goal_statuses")) == before);

    // Nor a goal, a person or a placement's trainee.
    CHECK(StrategyGoals::saveGoal(*db, f.newGoal()).error().kind == Error::Kind::NotPermitted);
    const auto person = inTransaction(*db, [&] {
        return PersonRepository(*db).insert(Person{0, QStringLiteral("Eva Holm"), {}});
    });
    REQUIRE_FALSE(person.ok());
    CHECK(person.error().kind == Error::Kind::NotPermitted);
    CHECK(person.errorMessage().contains(QStringLiteral("(persons)")));
}

TEST_CASE("server roles: a UKYL logs a meeting with attendance and an action item", "[server]")
{
    Fixture f;
    Login ukyl({QStringLiteral("tavle_ukyl")});
    const auto db = f.openAs(ukyl);
    CHECK(db->canReadMeetingNotes());

    auto draft = MeetingLog::draft(*db, Fixture::teamType(*db), f.department,
                                   QDateTime(QDate(2026, 11, 23), QTime(14, 0)));
    REQUIRE(draft.ok());
    LoggedMeeting logged = draft.value();
    logged.meeting.heldOn = QDate(2026, 11, 23);
    logged.meeting.notes = QStringLiteral("Gennemgang af frister");
    logged.meeting.decisions = QStringLiteral("Ventil flyttes til onsdag");
    logged.attendees = {Attendee{f.people["Anna Berg"], Attendance::Present},
                        Attendee{f.people["Bo Dahl"], Attendance::Absent}};
    ActionItem item;
    item.text = QStringLiteral("Book lokale til Ventil");
    item.ownerId = f.people["Anna Berg"];
    item.dueDate = QDate(2026, 11, 30);
    item.goalId = f.departmentGoal().id;
    logged.actionItems = {item};
    // Identity columns draw their next value without any right on their sequences.
    const auto saved = MeetingLog::save(*db, logged, kToday);
    INFO((saved ? QString() : saved.errorMessage()).toStdString());
    REQUIRE(saved.ok());
    QSqlQuery sequence(f.t->connection());
    REQUIRE(sequence.exec(QStringLiteral(
        "SELECT has_sequence_privilege('tavle_ukyl', pg_get_serial_sequence('meetings', 'id'), "
        "'USAGE')")));
    REQUIRE(sequence.next());
    CHECK_FALSE(sequence.value(0).toBool());

    // Changing it, marking the item done and deleting it (undo) work too.
    LoggedMeeting edited = saved.value();
    edited.meeting.decisions += QStringLiteral("\nNæste møde: december");
    edited.actionItems.first().doneOn = kToday;
    const auto again = MeetingLog::save(*db, edited, kToday);
    INFO((again ? QString() : again.errorMessage()).toStdString());
    REQUIRE(again.ok());
    const auto loaded = MeetingLog::load(*f.t, saved->meeting.id);
    REQUIRE(loaded.ok());
    CHECK(loaded->attendees.size() == 2);
    CHECK(loaded->actionItems.size() == 1);
    CHECK(loaded->actionItems.first().doneOn == kToday);
    CHECK(MeetingLog::remove(*db, again->meeting).ok());
    CHECK(rowCount(*f.t, QStringLiteral("action_items")) == 0);
}

TEST_CASE("server roles: a write refused part-way leaves nothing behind", "[server]")
{
    Fixture f;
    Login ukyl({QStringLiteral("tavle_ukyl")});
    const auto db = f.openAs(ukyl);
    const int types = rowCount(*f.t, QStringLiteral("meeting_types"));
    const int rules = rowCount(*f.t, QStringLiteral("deadline_rules"));

    // A UKYL may add a meeting type, but not its deadline rule (the UAO's): the type is
    // written first, then the rule is refused, and the type goes with it.
    MeetingType midway;
    midway.code = QStringLiteral("midway");
    midway.name = QStringLiteral("Justeringssamtale");
    midway.perPlacement = true;
    DeadlineRule rule;
    rule.anchor = DeadlineAnchor::Start;
    rule.offsetDays = 90;
    const auto refused =
        inTransaction(*db, [&] { return MeetingTypeRepository(*db).insert(midway, {rule}); });
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::NotPermitted);
    CHECK(refused.errorMessage().contains(QStringLiteral("(deadline_rules)")));
    CHECK(rowCount(*f.t, QStringLiteral("meeting_types")) == types);
    CHECK(rowCount(*f.t, QStringLiteral("deadline_rules")) == rules);

    // Without the rule the type is the UKYL's to add.
    const auto added =
        inTransaction(*db, [&] { return MeetingTypeRepository(*db).insert(midway, {}); });
    CHECK(added.ok());
    CHECK(rowCount(*f.t, QStringLiteral("meeting_types")) == types + 1);
}

TEST_CASE("server roles: the UAO sets a goal status but cannot add a goal", "[server]")
{
    Fixture f;
    Login uao({QStringLiteral("tavle_uao")});
    const auto db = f.openAs(uao);

    NewGoalStatus status = f.achieved();
    status.expectedLatestId = 0; // as the window does: no status seen yet
    const auto set = StrategyGoals::setStatus(*db, status, kToday);
    INFO((set ? QString() : set.errorMessage()).toStdString());
    REQUIRE(set.ok());
    CHECK(rowCount(*f.t, QStringLiteral("goal_statuses")) == 1);
    CHECK(StrategyGoals::removeStatus(*db, set->id).ok()); // undo
    CHECK(rowCount(*f.t, QStringLiteral("goal_statuses")) == 0);

    const int goals = rowCount(*f.t, QStringLiteral("goals"));
    const auto goal = StrategyGoals::saveGoal(*db, f.newGoal());
    REQUIRE_FALSE(goal.ok());
    CHECK(goal.error().kind == Error::Kind::NotPermitted);
    CHECK(goal.errorMessage().contains(QStringLiteral("(goals)")));
    CHECK(rowCount(*f.t, QStringLiteral("goals")) == goals);

    // The UAO keeps the people and the departments.
    CHECK(inTransaction(*db, [&] {
              return DepartmentRepository(*db).insert(QStringLiteral("Akutafdelingen"));
          }).ok());
}

TEST_CASE("server roles: the head of department adds and removes a goal", "[server]")
{
    Fixture f;
    Login chief({QStringLiteral("tavle_cheflaege")});
    const auto db = f.openAs(chief);
    const int goals = rowCount(*f.t, QStringLiteral("goals"));

    const auto goal = StrategyGoals::saveGoal(*db, f.newGoal());
    INFO((goal ? QString() : goal.errorMessage()).toStdString());
    REQUIRE(goal.ok());
    CHECK(rowCount(*f.t, QStringLiteral("goals")) == goals + 1);
    CHECK(StrategyGoals::setStatus(*db, f.achieved(), kToday).ok());
    CHECK(StrategyGoals::removeGoal(*db, goal.value()).ok());
    CHECK(rowCount(*f.t, QStringLiteral("goals")) == goals);
}

TEST_CASE("server roles: read-only lists meetings without their notes", "[server]")
{
    Fixture f;
    Login council({QStringLiteral("tavle_readonly")});
    const auto db = f.openAs(council);
    CHECK_FALSE(db->canReadMeetingNotes());

    const auto entries =
        MeetingLog::entries(*db, QDate(2026, 11, 1), QDate(2026, 11, 30), f.department, 0);
    INFO((entries ? QString() : entries.errorMessage()).toStdString());
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().meeting.id == f.teamMeeting);
    CHECK(entries->first().meeting.notes.isEmpty());
    CHECK(entries->first().present == 1);
    const auto loaded = MeetingLog::load(*db, f.teamMeeting);
    REQUIRE(loaded.ok());
    CHECK(loaded->meeting.notes.isEmpty());
    CHECK(loaded->meeting.heldOn == QDate(2026, 11, 2));
    CHECK(ActionItemRepository(*db).list(0, false).ok());
    CHECK(MeetingLog::load(*f.t, f.teamMeeting)->meeting.notes == kSecretNote);

    QSqlQuery raw(db->connection());
    CHECK_FALSE(raw.exec(QStringLiteral("SELECT notes FROM meetings")));
    CHECK(raw.lastError().nativeErrorCode() == QStringLiteral("42501"));

    LoggedMeeting changed = loaded.value();
    changed.meeting.decisions = QStringLiteral("Intet");
    const auto refused = MeetingLog::save(*db, changed, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::NotPermitted);
    CHECK(MeetingLog::load(*f.t, f.teamMeeting)->meeting.decisions.isEmpty());
}

TEST_CASE("server roles: setting up twice gives the same grants, and only the owner may",
          "[server]")
{
    Fixture f;
    const auto first = ServerRoles::access(*f.t);
    REQUIRE(first.ok());
    REQUIRE(ServerRoles::setUp(*f.t).ok());
    const auto second = ServerRoles::access(*f.t);
    REQUIRE(second.ok());
    REQUIRE(second->size() == first->size());
    for (qsizetype i = 0; i < first->size(); ++i) {
        const TableAccess& a = first->at(i);
        const TableAccess& b = second->at(i);
        INFO(a.table.toStdString() << " " << ServerRoles::name(a.role).toStdString());
        CHECK((a.table == b.table && a.role == b.role && a.read == b.read &&
               a.unreadColumns == b.unreadColumns && a.insert == b.insert && a.update == b.update &&
               a.remove == b.remove));
    }
    // Every Tavle table, four roles each.
    QSqlQuery tables(f.t->connection());
    REQUIRE(tables.exec(
        QStringLiteral("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()")));
    REQUIRE(tables.next());
    CHECK(tables.value(0).toInt() >= 16);
    CHECK(second->size() == 4 * tables.value(0).toInt());

    const auto& list = second.value();
    const TableAccess* notes = find(list, QStringLiteral("meetings"), ServerRole::ReadOnly);
    REQUIRE(notes);
    CHECK(notes->read);
    CHECK(notes->unreadColumns == QStringList{QStringLiteral("notes")});
    const TableAccess* statuses = find(list, QStringLiteral("goal_statuses"), ServerRole::Uao);
    REQUIRE(statuses);
    CHECK((statuses->insert && statuses->remove && !statuses->update));
    const TableAccess* ukylStatuses = find(list, QStringLiteral("goal_statuses"), ServerRole::Ukyl);
    REQUIRE(ukylStatuses);
    CHECK((ukylStatuses->read && !ukylStatuses->insert && !ukylStatuses->remove));
    const TableAccess* meta =
        find(list, QStringLiteral("tavle_meta"), ServerRole::HeadOfDepartment);
    REQUIRE(meta);
    CHECK((meta->read && !meta->insert && !meta->update && !meta->remove));
    const TableAccess* goals = find(list, QStringLiteral("goals"), ServerRole::HeadOfDepartment);
    REQUIRE(goals);
    CHECK((goals->insert && goals->update && goals->remove));

    // Someone who does not own the tables is told so, and nothing changes.
    Login ukyl({QStringLiteral("tavle_ukyl")});
    const auto db = f.openAs(ukyl);
    const auto refused = ServerRoles::setUp(*db);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::NotPermitted);
    CHECK(refused.errorMessage().contains(QStringLiteral("owner")));
    CHECK(refused.errorMessage().contains(ukyl.name()));
}

TEST_CASE("server roles: the current role is the strongest one held", "[server]")
{
    Fixture f;
    CHECK(ServerRoles::currentRole(*f.t).value().isEmpty()); // the administrator

    Login ukyl({QStringLiteral("tavle_ukyl")});
    CHECK(ServerRoles::currentRole(*f.openAs(ukyl)).value() == QStringLiteral("tavle_ukyl"));
    Login both({QStringLiteral("tavle_ukyl"), QStringLiteral("tavle_uao")});
    CHECK(ServerRoles::currentRole(*f.openAs(both)).value() == QStringLiteral("tavle_uao"));
    Login council({QStringLiteral("tavle_readonly")});
    CHECK(ServerRoles::currentRole(*f.openAs(council)).value() == QStringLiteral("tavle_readonly"));
    CHECK(ServerRoles::fromName(QStringLiteral("tavle_readonly")) == ServerRole::ReadOnly);
    for (const ServerRole role : ServerRoles::all()) {
        CHECK_FALSE(ServerRoles::title(role).isEmpty());
        CHECK_FALSE(ServerRoles::description(role).isEmpty());
    }

    // A file has no roles.
    QTemporaryDir dir;
    auto file = Database::open(dir.filePath(QStringLiteral("tavle.sqlite")),
                               Database::OpenMode::CreateOrUpgrade);
    REQUIRE(file.ok());
    CHECK(ServerRoles::currentRole(*file.value()).value().isEmpty());
    CHECK(ServerRoles::access(*file.value()).value().isEmpty());
    const auto refused = ServerRoles::setUp(*file.value());
    REQUIRE_FALSE(refused.ok());
    CHECK(
        refused.errorMessage().contains(QStringLiteral("roles exist only on a PostgreSQL server")));
}

TEST_CASE("server roles: an owner who is no superuser sets the roles up", "[server]")
{
    {
        Fixture f; // makes sure the four roles exist on the server
    }
    Login owner({});
    testserver::TempServerDatabase server;
    testserver::adminExec(
        QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(server.name(), owner.name()));
    auto opened =
        Database::open(server.location(owner.name()), Database::OpenMode::CreateOrUpgrade);
    INFO((opened ? QString() : opened.errorMessage()).toStdString());
    REQUIRE(opened.ok());
    const auto db = std::move(opened).value();
    CHECK(ServerRoles::currentRole(*db).value().isEmpty());
    const auto setUp = ServerRoles::setUp(*db);
    INFO((setUp ? QString() : setUp.errorMessage()).toStdString());
    REQUIRE(setUp.ok());
    REQUIRE(inTransaction(*db, [&] {
                return DepartmentRepository(*db).insert(QStringLiteral("Neurologisk afdeling"));
            }).ok());

    Login ukyl({QStringLiteral("tavle_ukyl")});
    auto asUkyl = Database::open(server.location(ukyl.name()), Database::OpenMode::MustExist);
    REQUIRE(asUkyl.ok());
    const auto departments = DepartmentRepository(*asUkyl.value()).all();
    REQUIRE(departments.ok());
    CHECK(departments->size() == 1);
    const auto refused = inTransaction(*asUkyl.value(), [&] {
        return DepartmentRepository(*asUkyl.value()).insert(QStringLiteral("Akutafdelingen"));
    });
    CHECK(refused.error().kind == Error::Kind::NotPermitted);
}
