#include "demo/DemoGenerator.h"

#include "rules/DeadlineRules.h"
#include "services/DeadlineBoard.h"
#include "services/StrategyGoals.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoleAssignmentRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace tavle;

namespace {

const QDate kToday(2027, 3, 10);

DemoOptions options(int trainees, quint64 seed = 1)
{
    DemoOptions o;
    o.trainees = trainees;
    o.seed = seed;
    o.today = kToday;
    return o;
}

DemoSummary generated(Database& db, const DemoOptions& o)
{
    const auto summary = DemoGenerator::generate(db, o);
    INFO((summary ? QString() : summary.errorMessage()).toStdString());
    REQUIRE(summary.ok());
    return summary.value();
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

/// How many placements of a level last fewer than `shortest` or more than `longest` days
/// (counted in C++: date arithmetic differs between the engines).
int lengthsOutside(Database& db, const QString& level, int shortest, int longest)
{
    QSqlQuery query(db.connection());
    query.prepare("SELECT start_date, end_date FROM placements WHERE level = ?");
    query.addBindValue(level);
    REQUIRE(query.exec());
    int outside = 0;
    while (query.next()) {
        const QDate start = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const QDate end = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const qint64 days = start.daysTo(end);
        if (days < shortest || days > longest)
            ++outside;
    }
    return outside;
}

/// The first column of every row a query returns, as text.
QStringList column(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

const QStringList kTables{"departments",    "persons",  "placements",           "meeting_types",
                          "deadline_rules", "meetings", "meeting_participants", "role_assignments"};

/// Every row of every table, in a fixed order, for comparing two databases.
QStringList dump(Database& db)
{
    QStringList rows;
    for (const QString& table : kTables) {
        QSqlQuery query(db.connection());
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)));
        while (query.next()) {
            QStringList fields{table};
            for (int i = 0; i < query.record().count(); ++i)
                fields << (query.isNull(i) ? QStringLiteral("NULL") : query.value(i).toString());
            rows << fields.join('|');
        }
    }
    return rows;
}

QList<qint64> rowCounts(Database& db)
{
    QList<qint64> counts;
    for (const QString& table : kTables)
        counts << count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    return counts;
}

QString asciiFolded(const QString& text)
{
    return text.toLower()
        .replace(QStringLiteral("æ"), QStringLiteral("ae"))
        .replace(QStringLiteral("ø"), QStringLiteral("oe"))
        .replace(QStringLiteral("å"), QStringLiteral("aa"))
        .replace(QStringLiteral("é"), QStringLiteral("e"));
}

} // namespace

TEST_CASE("demo data: the summary matches the database, in the hospital's level mix")
{
    TempDatabase t;
    Database& db = *t;
    const DemoSummary summary = generated(db, options(300));

    CHECK(summary.departments == 4);
    CHECK(summary.trainees == 300);
    CHECK(summary.placements == 300);
    CHECK(count(db, "SELECT COUNT(*) FROM departments") == summary.departments);
    CHECK(count(db, "SELECT COUNT(DISTINCT trainee_id) FROM placements") == summary.trainees);
    CHECK(count(db, "SELECT COUNT(*) FROM placements") == summary.placements);
    CHECK(count(db, "SELECT COUNT(*) FROM meetings WHERE placement_id IS NOT NULL") ==
          summary.meetings);
    CHECK(count(db, "SELECT COUNT(*) FROM meetings WHERE placement_id IS NULL") ==
          summary.loggedMeetings);
    CHECK(count(db, "SELECT COUNT(*) FROM meeting_series") == summary.series);
    CHECK(count(db, "SELECT COUNT(*) FROM action_items") == summary.actionItems);
    CHECK(count(db, "SELECT COUNT(*) FROM role_assignments") == summary.roleAssignments);
    CHECK(count(db, "SELECT COUNT(DISTINCT person_id) FROM role_assignments "
                    "WHERE role = 'SUPERVISOR'") == summary.supervisors);
    CHECK(summary.roleAssignments == summary.supervisors + 4 * summary.departments);
    CHECK(count(db, "SELECT COUNT(*) FROM persons") ==
          summary.trainees + summary.supervisors + 4 * summary.departments);

    // About one main supervisor per three trainees (rounded up in each department).
    CHECK(summary.supervisors >= 100);
    CHECK(summary.supervisors <= 100 + summary.departments);

    // 19 % KBU, 26 % INTRO, 55 % HU.
    CHECK(count(db, "SELECT COUNT(*) FROM placements WHERE level = 'KBU'") == 57);
    CHECK(count(db, "SELECT COUNT(*) FROM placements WHERE level = 'INTRO'") == 78);
    CHECK(count(db, "SELECT COUNT(*) FROM placements WHERE level = 'HU'") == 165);
    CHECK(lengthsOutside(db, "KBU", 179, 183) == 0);
    CHECK(lengthsOutside(db, "HU", 179, 731) == 0);

    // Most placements are current on today; a few have ended or are still to come.
    const qint64 current =
        count(db, "SELECT COUNT(*) FROM placements "
                  "WHERE start_date <= '2027-03-10' AND end_date >= '2027-03-10'");
    CHECK(current >= 200);
    CHECK(current < 300);
    CHECK(count(db, "SELECT COUNT(*) FROM placements WHERE start_date > '2027-03-10'") > 0);
    // No later than 60 days ahead (09-05, a Sunday: a weekend start moves to the Monday).
    CHECK(count(db, "SELECT COUNT(*) FROM placements WHERE start_date > '2027-05-10'") == 0);
    CHECK(count(db, "SELECT COUNT(*) FROM placements WHERE end_date < '2027-03-10'") > 0);
    int weekendStarts = 0;
    for (const QString& start : column(db, "SELECT start_date FROM placements"))
        weekendStarts += QDate::fromString(start, Qt::ISODate).dayOfWeek() >= 6 ? 1 : 0;
    CHECK(weekendStarts == 0);

    // A few placements lack a main supervisor; every other's is a supervisor of its department.
    const qint64 withoutSupervisor =
        count(db, "SELECT COUNT(*) FROM placements WHERE main_supervisor_id IS NULL");
    CHECK(withoutSupervisor > 0);
    CHECK(withoutSupervisor < 30);
    CHECK(count(db, "SELECT COUNT(*) FROM placements p WHERE main_supervisor_id IS NOT NULL AND "
                    "NOT EXISTS (SELECT 1 FROM role_assignments r WHERE r.role = 'SUPERVISOR' "
                    "AND r.person_id = p.main_supervisor_id AND r.department_id = p.department_id "
                    "AND r.start_date <= p.start_date AND r.end_date IS NULL)") == 0);

    // Each department has its team on today, and the team members are not trainees.
    const auto departments = DepartmentRepository(db).all();
    REQUIRE(departments.ok());
    REQUIRE(departments->size() == summary.departments);
    RoleAssignmentRepository roles(db);
    for (const Department& department : departments.value()) {
        for (const TeamRole role :
             {TeamRole::Uao, TeamRole::Ukyl, TeamRole::Uks, TeamRole::HeadOfDepartment}) {
            INFO(department.name.toStdString() << " " << teamRoleCode(role).toStdString());
            const auto held = roles.heldOn(role, department.id, kToday);
            REQUIRE(held.ok());
            CHECK(held->size() == 1);
        }
    }
    CHECK(count(db, "SELECT COUNT(*) FROM role_assignments r JOIN placements p "
                    "ON p.trainee_id = r.person_id") == 0);
}

TEST_CASE("demo data: the hospital strategy with a status history, some departments green")
{
    TempDatabase t;
    Database& db = *t;
    const DemoOptions demo = options(300);
    const DemoSummary summary = generated(db, demo);
    CHECK(count(db, "SELECT COUNT(*) FROM goal_statuses") == summary.goalStatuses);
    CHECK(summary.goalStatuses > 29);
    const auto snapshot = StrategyGoals::load(db);
    REQUIRE(snapshot.ok());
    REQUIRE(snapshot.value().has_value());
    const StrategySnapshot& s = *snapshot.value();
    CHECK(s.goals.size() == 29);
    CHECK(s.strategy.periodFrom == QDate(demo.today.year() - 3, 1, 1));
    // Nothing is set after today, and every status row is a real change over time.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM goal_statuses WHERE effective_on > '%1'")
                        .arg(demo.today.toString(Qt::ISODate))) == 0);
    // Progress over time: the hospital-wide figure grows from nothing, and ends between 70 % and
    // 95 % achieved.
    const GoalCount start = s.figure(0, s.strategy.periodFrom);
    const GoalCount now = s.figure(0, demo.today);
    CHECK(start.achieved == 0);
    REQUIRE(now.percent().has_value());
    CHECK(*now.percent() > 70.0);
    CHECK(*now.percent() < 95.0);
    CHECK(s.figure(0, demo.today.addYears(-1)).achieved < now.achieved);
}

TEST_CASE("demo data: departments grow with the size, up to twelve")
{
    TempDatabase small;
    CHECK(generated(*small, options(1)).departments == 4);
    CHECK(count(*small, "SELECT COUNT(*) FROM role_assignments WHERE role <> 'SUPERVISOR'") == 16);
    TempDatabase larger;
    CHECK(generated(*larger, options(2600)).departments == 9);
    TempDatabase largest;
    CHECK(generated(*largest, options(6000)).departments == 12);
    const QStringList names = column(*largest, "SELECT name FROM departments ORDER BY name");
    CHECK(names == QStringList{"Akutafdelingen", "Anæstesiologisk afdeling",
                               "Børne- og ungeafdelingen", "Gynækologisk-obstetrisk afdeling",
                               "Kardiologisk afdeling", "Kirurgisk afdeling", "Medicinsk afdeling",
                               "Neurologisk afdeling", "Ortopædkirurgisk afdeling",
                               "Psykiatrisk afdeling", "Radiologisk afdeling",
                               "Øre-næse-halsafdelingen"});
}

TEST_CASE("demo data: the same seed, size and today give the same database")
{
    TempDatabase first;
    TempDatabase second;
    TempDatabase otherSeed;
    generated(*first, options(200, 42));
    generated(*second, options(200, 42));
    generated(*otherSeed, options(200, 43));

    const QStringList a = dump(*first);
    const QStringList b = dump(*second);
    const QStringList c = dump(*otherSeed);
    CHECK(a.size() > 1000);
    const bool same = a == b;
    CHECK(same);
    const bool differs = a != c;
    CHECK(differs);
}

TEST_CASE("demo data: Danish names, unique ASCII e-mail addresses")
{
    TempDatabase t;
    Database& db = *t;
    generated(db, options(300));

    const QStringList names = column(db, "SELECT name FROM persons");
    const QString all = names.join(' ');
    CHECK(all.contains(QStringLiteral("æ")));
    CHECK(all.contains(QStringLiteral("ø")));
    CHECK(all.contains(QStringLiteral("å")));
    CHECK(all.contains(QStringLiteral("Å")));
    CHECK(all.contains(QStringLiteral("Ø")));

    const QStringList traineeNames = column(
        db, "SELECT t.name FROM placements p JOIN persons t ON t.id = p.trainee_id ORDER BY t.id");
    CHECK(QSet<QString>(traineeNames.begin(), traineeNames.end()).size() > 250);

    QSqlQuery query(db.connection());
    REQUIRE(query.exec("SELECT name, email FROM persons ORDER BY id"));
    const QRegularExpression pattern(
        QStringLiteral("^[a-z-]+\\.[a-z-]+\\.[0-9]+@demo\\.tavle\\.dk$"));
    QSet<QString> emails;
    int rows = 0;
    while (query.next()) {
        ++rows;
        const QString name = query.value(0).toString();
        const QString email = query.value(1).toString();
        INFO(name.toStdString() << " <" << email.toStdString() << ">");
        CHECK(pattern.match(email).hasMatch());
        const QStringList parts = name.split(' ');
        CHECK(email.startsWith(asciiFolded(parts.first()) + '.' + asciiFolded(parts.last()) + '.'));
        emails.insert(email);
    }
    CHECK(rows > 300);
    CHECK(emails.size() == rows);
}

TEST_CASE("demo data: expectation meetings held, late, scheduled and missing")
{
    TempDatabase t;
    Database& db = *t;
    const DemoSummary summary = generated(db, options(300));
    CHECK(summary.meetings > 200);

    CHECK(count(db, "SELECT COUNT(*) FROM meetings WHERE held_on > '2027-03-10'") == 0);
    CHECK(count(db, "SELECT COUNT(*) FROM meetings m JOIN placements p ON p.id = m.placement_id "
                    "WHERE m.held_on < p.start_date OR m.held_on > p.end_date") == 0);
    CHECK(count(db, "SELECT COUNT(*) FROM meetings WHERE placement_id IS NOT NULL "
                    "AND held_on IS NOT NULL AND notes = ''") == 0);
    CHECK(
        count(db, "SELECT COUNT(*) FROM meetings WHERE held_on IS NULL AND scheduled_at IS NULL") ==
        0);
    // Each meeting has the trainee and the main supervisor as participants, and no one else.
    CHECK(count(db,
                "SELECT COUNT(*) FROM meeting_participants x JOIN meetings m "
                "ON m.id = x.meeting_id WHERE m.placement_id IS NOT NULL") == 2 * summary.meetings);
    CHECK(count(db, "SELECT COUNT(*) FROM meetings m JOIN placements p ON p.id = m.placement_id "
                    "WHERE NOT EXISTS (SELECT 1 FROM meeting_participants x WHERE x.meeting_id = "
                    "m.id AND x.person_id = p.trainee_id) OR NOT EXISTS (SELECT 1 FROM "
                    "meeting_participants x WHERE x.meeting_id = m.id AND x.person_id = "
                    "p.main_supervisor_id)") == 0);

    // Scheduled meetings: on a weekday, 9:00 to 15:00, from today on.
    const QStringList scheduled = column(db, "SELECT scheduled_at FROM meetings "
                                             "WHERE scheduled_at IS NOT NULL "
                                             "AND placement_id IS NOT NULL");
    CHECK(scheduled.size() > 10);
    for (const QString& text : scheduled) {
        INFO(text.toStdString());
        const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
        REQUIRE(when.isValid());
        CHECK(when.date() >= kToday);
        CHECK(when.date().dayOfWeek() <= 5);
        CHECK(when.time() >= QTime(9, 0));
        CHECK(when.time() <= QTime(15, 0));
    }

    // A meeting scheduled before its deadline is scheduled on or before the due date.
    {
        QSqlQuery rows(db.connection());
        REQUIRE(rows.exec("SELECT p.level, p.start_date, m.scheduled_at FROM meetings m "
                          "JOIN placements p ON p.id = m.placement_id "
                          "WHERE m.scheduled_at IS NOT NULL"));
        int afterDue = 0;
        while (rows.next()) {
            const int offset = rows.value(0).toString() == "KBU" ? 14 : 28;
            const QDate due =
                QDate::fromString(rows.value(1).toString(), Qt::ISODate).addDays(offset);
            const QDate on = QDate::fromString(rows.value(2).toString().left(10), Qt::ISODate);
            if (due >= QDate(2027, 3, 10) && on > due)
                ++afterDue;
        }
        CHECK(afterDue == 0);
    }

    // The board shows every status.
    const auto rows = DeadlineBoard::load(db, kToday, 0);
    REQUIRE(rows.ok());
    const DeadlineCounts counts = DeadlineBoard::count(rows.value());
    CHECK(counts.overdue > 0);
    CHECK(counts.dueSoon > 0);
    CHECK(counts.upcoming > 0);
    CHECK(counts.held > 0);
    CHECK(counts.withoutMainSupervisor > 0);

    // Placements whose due date passed are mostly held, most of those on time.
    int pastDue = 0;
    int held = 0;
    int heldOnTime = 0;
    for (const DeadlineRow& row : rows.value()) {
        const QDate due = row.deadline.due;
        if (!due.isValid() || due >= kToday)
            continue;
        ++pastDue;
        if (row.view.heldOn) {
            ++held;
            if (*row.view.heldOn <= due)
                ++heldOnTime;
            CHECK(*row.view.heldOn <= due.addDays(56)); // late, but not months late
        }
    }
    REQUIRE(pastDue > 100);
    CHECK(held >= pastDue * 80 / 100);
    CHECK(held < pastDue);
    CHECK(heldOnTime >= pastDue * 70 / 100);
    CHECK(heldOnTime < held);
}

TEST_CASE("demo data: a database that holds data is refused and left unchanged")
{
    TempDatabase t;
    Database& db = *t;

    SECTION("a department")
    {
        REQUIRE(DepartmentRepository(db).insert("Akutafdelingen").ok());
    }
    SECTION("a person")
    {
        REQUIRE(PersonRepository(db).insert(Person{0, "Søren Ågaard", {}}).ok());
    }
    SECTION("earlier demo data")
    {
        generated(db, options(20));
    }

    const QList<qint64> countsBefore = rowCounts(db);
    const QStringList before = dump(db);
    const auto summary = DemoGenerator::generate(db, options(50));
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().kind == Error::Kind::InvalidInput);
    CHECK(summary.errorMessage().contains(t.path));
    CHECK(rowCounts(db) == countsBefore);
    const bool unchanged = dump(db) == before;
    CHECK(unchanged);
}

TEST_CASE("demo data: invalid options are refused and nothing is written")
{
    TempDatabase t;
    Database& db = *t;
    const QList<qint64> before = rowCounts(db);

    DemoOptions o = options(0);
    SECTION("no trainees") {}
    SECTION("a negative count")
    {
        o.trainees = -5;
    }
    SECTION("more than the maximum")
    {
        o.trainees = DemoGenerator::kMaxTrainees + 1;
    }
    SECTION("no today")
    {
        o.trainees = 10;
        o.today = QDate();
    }

    const auto summary = DemoGenerator::generate(db, o);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().kind == Error::Kind::InvalidInput);
    CHECK_FALSE(summary.errorMessage().isEmpty());
    CHECK(rowCounts(db) == before);
}

TEST_CASE("demo data: a meeting log of series with leaders, attendance and action items")
{
    TempDatabase t;
    Database& db = *t;
    const DemoSummary summary = generated(db, options(300));
    CHECK(summary.series == 3 * summary.departments); // Ventil, education team, forum
    CHECK(summary.loggedMeetings > 4 * (26 + 6 + 6) - 20);
    CHECK(summary.actionItems >= 4 * 6);
    // Every logged meeting is an occurrence of its series, held in the past or cancelled.
    CHECK(count(db, "SELECT COUNT(*) FROM meetings WHERE placement_id IS NULL "
                    "AND (series_id IS NULL OR occurrence_on IS NULL)") == 0);
    CHECK(count(db, "SELECT COUNT(*) FROM meetings WHERE cancelled = 1 AND held_on IS NOT NULL") ==
          0);
    CHECK(count(db, "SELECT COUNT(*) FROM meetings WHERE cancelled = 1") > 0);
    CHECK(count(db, "SELECT COUNT(*) FROM meetings WHERE occurrence_on >= '2027-03-10'") == 0);
    // Attendance of every kind, and the Ventil leaders rotate.
    CHECK(count(db, "SELECT COUNT(*) FROM meeting_participants WHERE attendance = 'absent'") > 0);
    CHECK(count(db, "SELECT COUNT(*) FROM meeting_participants WHERE attendance = 'excused'") > 0);
    CHECK(count(db, "SELECT COUNT(DISTINCT person_id) FROM series_leaders l JOIN meeting_series s "
                    "ON s.id = l.series_id JOIN meeting_types t ON t.id = s.meeting_type_id "
                    "WHERE t.code = 'ventil'") >= 4);
    // Action items: done, open and overdue ones, none done before its meeting.
    CHECK(count(db, "SELECT COUNT(*) FROM action_items WHERE done_on IS NOT NULL") > 0);
    CHECK(count(db, "SELECT COUNT(*) FROM action_items WHERE done_on IS NULL "
                    "AND due_date < '2027-03-10'") > 0);
    CHECK(count(db, "SELECT COUNT(*) FROM action_items WHERE done_on IS NULL "
                    "AND due_date >= '2027-03-10'") > 0);
    CHECK(count(db, "SELECT COUNT(*) FROM action_items a JOIN meetings m ON m.id = a.meeting_id "
                    "WHERE a.done_on <= m.held_on") == 0);
    CHECK(db.integrityProblems()->isEmpty());
}
