// The calendar export, read back by libical: every file written is parsed and compared with
// what the database and the recurrence rules say.

#include "CalendarExport.h"

#include "import/RosterImporter.h"
#include "rules/Recurrence.h"
#include "services/MeetingEditing.h"
#include "services/MeetingLog.h"
#include "services/SeriesEditing.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "support/CatchQt.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <libical/ical.h>

using namespace tavle;

namespace {

const QDate kToday(2027, 1, 20);
const QDateTime kStamp(QDate(2027, 1, 20), QTime(8, 30), Qt::UTC);

const QByteArray kRoster = "Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder\n"
                           // due 18-01-2027: overdue on kToday, still open
                           "Anna Berg;KBU;Neurologisk afdeling;04-01-2027;;Mette Holm\n"
                           // due 08-02-2027: upcoming; its expectation meeting is scheduled
                           "Bo Dahl;HU;Neurologisk afdeling;11-01-2027;;Mette Holm\n"
                           // due 29-12-2026, held on 20-12-2026
                           "Åse Lund;INTRO;Neurologisk afdeling;01-12-2026;;\n"
                           // ended before kToday: not on the board
                           "Carl Ebbe;HU;Neurologisk afdeling;01-06-2026;31-12-2026;\n"
                           // another department, due 15-02-2027
                           "Dorte Friis;KBU;Kardiologisk afdeling;01-02-2027;;Jens Krog\n";

/// A parsed iCalendar file, freed with the test.
class Parsed
{
public:
    explicit Parsed(const QByteArray& text) : m_root(icalparser_parse_string(text.constData())) {}
    ~Parsed()
    {
        if (m_root)
            icalcomponent_free(m_root);
    }
    Parsed(const Parsed&) = delete;
    Parsed& operator=(const Parsed&) = delete;

    icalcomponent* root() const { return m_root; }

    QList<icalcomponent*> components(icalcomponent_kind kind) const
    {
        QList<icalcomponent*> list;
        for (icalcomponent* c = icalcomponent_get_first_component(m_root, kind); c;
             c = icalcomponent_get_next_component(m_root, kind))
            list << c;
        return list;
    }
    QList<icalcomponent*> events() const { return components(ICAL_VEVENT_COMPONENT); }

    /// The events whose UID starts with `prefix` ("deadline-", "meeting-12-", "series-").
    QList<icalcomponent*> eventsWithUid(const QString& prefix) const
    {
        QList<icalcomponent*> list;
        for (icalcomponent* e : events()) {
            if (uid(e).startsWith(prefix))
                list << e;
        }
        return list;
    }
    /// The one master event (no RECURRENCE-ID) with this UID prefix.
    icalcomponent* event(const QString& prefix) const
    {
        icalcomponent* found = nullptr;
        for (icalcomponent* e : eventsWithUid(prefix)) {
            if (icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY))
                continue;
            REQUIRE(found == nullptr);
            found = e;
        }
        REQUIRE(found != nullptr);
        return found;
    }
    icalcomponent* eventWithSummary(const QString& summary) const
    {
        for (icalcomponent* e : events()) {
            if (text(e, ICAL_SUMMARY_PROPERTY) == summary &&
                !icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY))
                return e;
        }
        FAIL("no event titled " << summary.toStdString());
        return nullptr;
    }

    static QString text(icalcomponent* c, icalproperty_kind kind)
    {
        icalproperty* p = icalcomponent_get_first_property(c, kind);
        if (!p)
            return {};
        return QString::fromUtf8(icalvalue_get_text(icalproperty_get_value(p)));
    }
    static QString uid(icalcomponent* c) { return QString::fromUtf8(icalcomponent_get_uid(c)); }

private:
    icalcomponent* m_root;
};

QDate dateOf(const icaltimetype& t)
{
    return QDate(t.year, t.month, t.day);
}

QDateTime utcOf(icaltimetype t)
{
    const icaltimetype u = icaltime_convert_to_zone(t, icaltimezone_get_utc_timezone());
    return QDateTime(QDate(u.year, u.month, u.day), QTime(u.hour, u.minute, u.second), Qt::UTC);
}

/// A time libical read without resolving its TZID (EXDATE, RECURRENCE-ID), in the calendar's
/// Europe/Copenhagen.
icaltimetype inCopenhagen(const Parsed& calendar, icaltimetype t)
{
    t.zone = icalcomponent_get_timezone(calendar.root(), "Europe/Copenhagen");
    REQUIRE(t.zone != nullptr);
    return t;
}

QString tzidOf(icalcomponent* event, icalproperty_kind kind)
{
    icalproperty* p = icalcomponent_get_first_property(event, kind);
    REQUIRE(p != nullptr);
    icalparameter* tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    return tzid ? QString::fromUtf8(icalparameter_get_tzid(tzid)) : QString();
}

/// One instance of a recurring event: its day in Copenhagen and its start in UTC.
struct Instance
{
    QDate localDate;
    QDateTime utc;
};

/// The instances libical makes of an event's RRULE from its DTSTART (with its TZID), up to and
/// including `until`, without the EXDATEs.
QList<Instance> expand(icalcomponent* event, const QDate& until)
{
    const icaltimetype start = icalcomponent_get_dtstart(event);
    REQUIRE(start.zone != nullptr); // the TZID was resolved to the calendar's VTIMEZONE
    icalproperty* rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    REQUIRE(rrule != nullptr);
    REQUIRE(icalcomponent_get_next_property(event, ICAL_RRULE_PROPERTY) == nullptr);
    QSet<QDate> excluded;
    for (icalproperty* p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY))
        excluded.insert(dateOf(icalproperty_get_exdate(p)));
    QList<Instance> instances;
    icalrecur_iterator* it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
    REQUIRE(it != nullptr);
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t);
         t = icalrecur_iterator_next(it)) {
        t.zone = start.zone;
        if (dateOf(t) > until)
            break;
        if (!excluded.contains(dateOf(t)))
            instances << Instance{dateOf(t), utcOf(t)};
    }
    icalrecur_iterator_free(it);
    return instances;
}

QString triggerOf(icalcomponent* event)
{
    icalcomponent* alarm = icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT);
    if (!alarm)
        return {};
    icalproperty* trigger = icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY);
    REQUIRE(trigger != nullptr);
    return QString::fromUtf8(
        icaldurationtype_as_ical_string(icalproperty_get_trigger(trigger).duration));
}

/// The file's text with its folded lines joined again (RFC 5545, 3.1).
QString unfolded(const QByteArray& text)
{
    return QString::fromUtf8(text).remove(QStringLiteral("\r\n "));
}

/// Two departments with trainees in every deadline state, a weekly Ventil series in
/// neurology with rotating leaders, a scheduled expectation meeting and a team meeting with
/// notes.
struct Fixture
{
    TempDatabase t;
    Id neurology = 0;
    Id cardiology = 0;
    QHash<QString, Id> people;
    QHash<QString, Id> placements;
    MeetingType ventil;
    MeetingType team;
    MeetingType expectation;
    MeetingSeries series;

    Fixture()
    {
        const auto report = RosterImporter::importRoster(*t, RosterParser::parse(kRoster), {});
        REQUIRE(report.ok());
        REQUIRE(report->problems.isEmpty());
        for (const Department& d : DepartmentRepository(*t).all().value())
            (d.name.startsWith("Neuro") ? neurology : cardiology) = d.id;
        for (const Person& p : PersonRepository(*t).all().value())
            people.insert(p.name, p.id);
        for (const Placement& p : PlacementRepository(*t).all().value()) {
            for (auto it = people.cbegin(); it != people.cend(); ++it) {
                if (it.value() == p.traineeId)
                    placements.insert(it.key(), p.id);
            }
        }
        MeetingTypeRepository types(*t);
        ventil = *types.byCode("ventil").value();
        team = *types.byCode("education_team").value();
        expectation = *types.byCode("expectation").value();

        series = addSeries("Ventil", Recurrence::Weekly, QDate(2027, 1, 5));
        const auto led = SeriesEditing::setLeaders(
            *t, series,
            RecurrenceRules::rotateLeaders({people["Anna Berg"], people["Åse Lund"]},
                                           QDate(2027, 1, 1), QDate(2027, 6, 30), 2));
        REQUIRE(led.ok());
        series = led.value();

        // Åse Lund's expectation meeting was held; Bo Dahl's is scheduled.
        MeetingRecord held;
        held.meeting.meetingTypeId = expectation.id;
        held.meeting.placementId = placements["Åse Lund"];
        held.meeting.heldOn = QDate(2026, 12, 20);
        REQUIRE(MeetingEditing::save(*t, held, kToday).ok());
        MeetingRecord scheduled;
        scheduled.meeting.meetingTypeId = expectation.id;
        scheduled.meeting.placementId = placements["Bo Dahl"];
        scheduled.meeting.scheduledAt = QDateTime(QDate(2027, 2, 3), QTime(10, 0));
        REQUIRE(MeetingEditing::save(*t, scheduled, kToday).ok());
    }

    MeetingSeries addSeries(const QString& title, Recurrence recurrence, const QDate& start,
                            int interval = 1, const QDate& end = {}, Id department = 0)
    {
        MeetingSeries s;
        s.meetingTypeId = ventil.id;
        s.departmentId = department ? department : neurology;
        s.title = title;
        s.recurrence = recurrence;
        s.interval = interval;
        s.startDate = start;
        s.endDate = end;
        s.startTime = QTime(14, 50);
        s.durationMinutes = 34;
        const auto saved = SeriesEditing::save(*t, s);
        INFO((saved ? QString() : saved.errorMessage()).toStdString());
        REQUIRE(saved.ok());
        return saved.value();
    }

    /// Stores an occurrence of the series: cancelled, or moved to another time.
    LoggedMeeting storeOccurrence(const MeetingSeries& s, const QDate& date, bool cancelled,
                                  const QTime& time = {})
    {
        auto draft = MeetingLog::draftForOccurrence(*t, s, date);
        REQUIRE(draft.ok());
        LoggedMeeting logged = draft.value();
        logged.meeting.cancelled = cancelled;
        if (time.isValid())
            logged.meeting.scheduledAt = QDateTime(date, time);
        const auto saved = MeetingLog::save(*t, logged, kToday);
        INFO((saved ? QString() : saved.errorMessage()).toStdString());
        REQUIRE(saved.ok());
        return saved.value();
    }

    LoggedMeeting addTeamMeeting(const QDateTime& when, const QString& notes,
                                 const QString& decisions = {})
    {
        auto draft = MeetingLog::draft(*t, team, neurology, when);
        REQUIRE(draft.ok());
        LoggedMeeting logged = draft.value();
        logged.meeting.notes = notes;
        logged.meeting.decisions = decisions;
        const auto saved = MeetingLog::save(*t, logged, kToday);
        INFO((saved ? QString() : saved.errorMessage()).toStdString());
        REQUIRE(saved.ok());
        return saved.value();
    }

    CalendarOptions options(Id department = 0) const
    {
        CalendarOptions o;
        o.today = kToday;
        o.departmentId = department;
        o.stamp = kStamp;
        return o;
    }

    QByteArray build(const CalendarOptions& o, CalendarCounts* counts = nullptr)
    {
        const auto built = CalendarExport::build(*t, o, counts);
        INFO((built ? QString() : built.errorMessage()).toStdString());
        REQUIRE(built.ok());
        return built.value();
    }
};

QSet<QString> uidsOf(const Parsed& calendar)
{
    QSet<QString> uids;
    for (icalcomponent* e : calendar.events())
        uids.insert(Parsed::uid(e));
    return uids;
}

} // namespace

TEST_CASE("calendar export: the calendar is RFC 5545 with Copenhagen's time zone and its DST")
{
    Fixture f;
    const QByteArray text = f.build(f.options());
    CHECK(text.startsWith("BEGIN:VCALENDAR\r\n"));
    CHECK(text.endsWith("END:VCALENDAR\r\n"));
    const Parsed calendar(text);
    REQUIRE(calendar.root() != nullptr);
    CHECK(icalcomponent_isa(calendar.root()) == ICAL_VCALENDAR_COMPONENT);
    CHECK(Parsed::text(calendar.root(), ICAL_PRODID_PROPERTY) == "-//Tavle//Tavle 0.1//DA");
    CHECK(QString::fromUtf8(icalproperty_get_version(
              icalcomponent_get_first_property(calendar.root(), ICAL_VERSION_PROPERTY))) == "2.0");
    CHECK(QString::fromUtf8(icalproperty_get_calscale(icalcomponent_get_first_property(
              calendar.root(), ICAL_CALSCALE_PROPERTY))) == "GREGORIAN");
    CHECK(icalproperty_get_method(icalcomponent_get_first_property(
              calendar.root(), ICAL_METHOD_PROPERTY)) == ICAL_METHOD_PUBLISH);

    // One VTIMEZONE, named as the events name it, with the EU summer-time rules.
    const auto zones = calendar.components(ICAL_VTIMEZONE_COMPONENT);
    REQUIRE(zones.size() == 1);
    CHECK(QString::fromUtf8(icalproperty_get_tzid(icalcomponent_get_first_property(
              zones.first(), ICAL_TZID_PROPERTY))) == "Europe/Copenhagen");
    CHECK(icalcomponent_get_first_component(zones.first(), ICAL_XDAYLIGHT_COMPONENT) != nullptr);
    CHECK(icalcomponent_get_first_component(zones.first(), ICAL_XSTANDARD_COMPONENT) != nullptr);
    icaltimezone* zone = icalcomponent_get_timezone(calendar.root(), "Europe/Copenhagen");
    REQUIRE(zone != nullptr);
    int dst = 0;
    icaltimetype winter = icaltime_from_string("20270115T120000");
    icaltimetype summer = icaltime_from_string("20270715T120000");
    CHECK(icaltimezone_get_utc_offset(zone, &winter, &dst) == 3600);
    CHECK(dst == 0);
    CHECK(icaltimezone_get_utc_offset(zone, &summer, &dst) == 7200);
    CHECK(dst == 1);

    // Every event has what RFC 5545 requires, and libical finds nothing to complain about.
    for (icalcomponent* e : calendar.events()) {
        INFO(Parsed::uid(e).toStdString());
        CHECK(Parsed::uid(e).endsWith('-' + f.t->databaseId() + "@tavle"));
        CHECK(icalcomponent_get_first_property(e, ICAL_DTSTAMP_PROPERTY) != nullptr);
        CHECK(icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY) != nullptr);
        CHECK(icalcomponent_get_first_property(e, ICAL_DTEND_PROPERTY) != nullptr);
        CHECK(utcOf(icalcomponent_get_dtstamp(e)) == kStamp);
        CHECK(icalcomponent_count_errors(e) == 0);
    }
}

TEST_CASE("calendar export: open deadlines, overdue ones too, are all-day events on the due date")
{
    Fixture f;
    CalendarCounts counts;
    const Parsed calendar(f.build(f.options(), &counts));
    const auto deadlines = calendar.eventsWithUid("deadline-");
    // Anna Berg (overdue), Bo Dahl (upcoming), Dorte Friis (another department). Åse Lund's
    // was held; Carl Ebbe's placement ended before today.
    REQUIRE(deadlines.size() == 3);
    CHECK(counts.deadlines == 3);

    icalcomponent* anna = calendar.event(QString("deadline-%1-").arg(f.placements["Anna Berg"]));
    CHECK(Parsed::text(anna, ICAL_SUMMARY_PROPERTY) == "Expectation meeting due: Anna Berg");
    const icaltimetype start = icalcomponent_get_dtstart(anna);
    CHECK(start.is_date == 1);
    CHECK(dateOf(start) == QDate(2027, 1, 18));
    const icaltimetype end = icalcomponent_get_dtend(anna);
    CHECK(end.is_date == 1);
    CHECK(dateOf(end) == QDate(2027, 1, 19));
    const QString description = Parsed::text(anna, ICAL_DESCRIPTION_PROPERTY);
    CHECK(description.contains("KBU"));
    CHECK(description.contains("Neurologisk afdeling"));
    CHECK(description.contains("Main supervisor: Mette Holm"));
    CHECK(icalcomponent_get_first_property(anna, ICAL_TRANSP_PROPERTY) != nullptr);

    icalcomponent* bo = calendar.event(QString("deadline-%1-").arg(f.placements["Bo Dahl"]));
    CHECK(dateOf(icalcomponent_get_dtstart(bo)) == QDate(2027, 2, 8));
    CHECK(calendar.eventsWithUid(QString("deadline-%1-").arg(f.placements["Åse Lund"])).isEmpty());
    CHECK(calendar.eventsWithUid(QString("deadline-%1-").arg(f.placements["Carl Ebbe"])).isEmpty());

    // One department: the other's deadlines, meetings and series stay out.
    const Parsed neurology(f.build(f.options(f.neurology)));
    CHECK(neurology.eventsWithUid("deadline-").size() == 2);
    CHECK(neurology.eventsWithUid(QString("deadline-%1-").arg(f.placements["Dorte Friis"]))
              .isEmpty());
    const Parsed cardiology(f.build(f.options(f.cardiology)));
    CHECK(cardiology.eventsWithUid("deadline-").size() == 1);
    CHECK(cardiology.eventsWithUid("series-").isEmpty());
    CHECK(cardiology.eventsWithUid("meeting-").isEmpty());
}

TEST_CASE("calendar export: a scheduled expectation meeting is a timed event until it is held")
{
    Fixture f;
    const Parsed calendar(f.build(f.options()));
    icalcomponent* meeting = calendar.eventWithSummary("Forventningsafstemning: Bo Dahl");
    CHECK(Parsed::uid(meeting).startsWith("meeting-"));
    CHECK(tzidOf(meeting, ICAL_DTSTART_PROPERTY) == "Europe/Copenhagen");
    CHECK(tzidOf(meeting, ICAL_DTEND_PROPERTY) == "Europe/Copenhagen");
    CHECK(utcOf(icalcomponent_get_dtstart(meeting)) ==
          QDateTime(QDate(2027, 2, 3), QTime(9, 0), Qt::UTC));
    // The type's default length: an hour.
    CHECK(utcOf(icalcomponent_get_dtend(meeting)) ==
          QDateTime(QDate(2027, 2, 3), QTime(10, 0), Qt::UTC));
    CHECK(Parsed::text(meeting, ICAL_DESCRIPTION_PROPERTY).contains("Mette Holm"));
    // Held meetings (Åse Lund's) are not in the calendar.
    for (icalcomponent* e : calendar.events())
        CHECK_FALSE(Parsed::text(e, ICAL_SUMMARY_PROPERTY).contains("Åse Lund"));
}

TEST_CASE("calendar export: every kind of series expands in libical to RecurrenceRules' dates")
{
    Fixture f;
    QList<MeetingSeries> all{
        f.series, // weekly on Tuesdays
        f.addSeries("Hver anden torsdag", Recurrence::Weekly, QDate(2027, 1, 7), 2),
        f.addSeries("Den 31.", Recurrence::MonthlyDay, QDate(2027, 1, 31)),
        f.addSeries("Den 31. hvert kvartal", Recurrence::MonthlyDay, QDate(2027, 1, 31), 3),
        f.addSeries("Den 29.", Recurrence::MonthlyDay, QDate(2027, 1, 29)),
        f.addSeries("Anden tirsdag", Recurrence::MonthlyWeekday, QDate(2027, 1, 12)),
        f.addSeries("Sidste fredag", Recurrence::MonthlyWeekday, QDate(2027, 1, 29)),
        f.addSeries("Fjerde fredag hver anden måned", Recurrence::MonthlyWeekday,
                    QDate(2026, 12, 25), 2),
        f.addSeries("Til sommer", Recurrence::Weekly, QDate(2027, 1, 5), 1, QDate(2027, 6, 15)),
        f.addSeries("Slutter en onsdag", Recurrence::MonthlyWeekday, QDate(2027, 1, 12), 1,
                    QDate(2027, 9, 15)),
        f.addSeries("Startet for længe siden", Recurrence::Weekly, QDate(2024, 9, 3)),
    };
    const QDate until(2029, 12, 31); // over a leap year: 29 February 2028
    CalendarCounts counts;
    const Parsed calendar(f.build(f.options(), &counts));
    CHECK(counts.series == all.size());
    for (const MeetingSeries& s : all) {
        INFO(s.title.toStdString());
        icalcomponent* event = calendar.event(QString("series-%1-").arg(s.id));
        // With both departments in the calendar, a series says whose it is.
        CHECK(Parsed::text(event, ICAL_SUMMARY_PROPERTY) == s.title + " (Neurologisk afdeling)");
        CHECK(tzidOf(event, ICAL_DTSTART_PROPERTY) == "Europe/Copenhagen");
        CHECK(dateOf(icalcomponent_get_dtstart(event)) == s.startDate);
        const QList<Instance> instances = expand(event, until);
        QList<QDate> dates;
        for (const Instance& i : instances)
            dates << i.localDate;
        const QList<QDate> expected = RecurrenceRules::occurrences(s, s.startDate, until);
        REQUIRE(expected.size() > 5);
        CHECK(dates == expected);
        for (const Instance& i : instances) {
            INFO(i.localDate.toString(Qt::ISODate).toStdString());
            CHECK(i.utc == RecurrenceRules::occurrenceStart(s, i.localDate).toUTC());
        }
        // 34 minutes, whatever the season.
        CHECK(
            utcOf(icalcomponent_get_dtstart(event)).secsTo(utcOf(icalcomponent_get_dtend(event))) ==
            34 * 60);
    }
    // The 29th in February only in the leap year.
    const QList<Instance> the29th =
        expand(calendar.event(QString("series-%1-").arg(all[4].id)), until);
    QList<QDate> februaries;
    for (const Instance& i : the29th) {
        if (i.localDate.month() == 2)
            februaries << i.localDate;
    }
    CHECK(februaries == QList<QDate>{QDate(2028, 2, 29)});
    // An end date is an UNTIL in UTC that keeps the last occurrence.
    const auto untilOf = [&](const MeetingSeries& s) {
        icalproperty* rrule = icalcomponent_get_first_property(
            calendar.event(QString("series-%1-").arg(s.id)), ICAL_RRULE_PROPERTY);
        return icalproperty_get_rrule(rrule).until;
    };
    const icaltimetype summerEnd = untilOf(all[8]);
    CHECK(icaltime_is_utc(summerEnd));
    CHECK(utcOf(summerEnd) == QDateTime(QDate(2027, 6, 15), QTime(21, 59, 59), Qt::UTC));
    CHECK(expand(calendar.event(QString("series-%1-").arg(all[8].id)), until).last().localDate ==
          QDate(2027, 6, 15));
    CHECK(icaltime_is_null_time(untilOf(all[0])));
}

TEST_CASE("calendar export: 14:50 in Copenhagen is 13:50 UTC in winter and 12:50 UTC in summer")
{
    Fixture f;
    const Parsed calendar(f.build(f.options()));
    QHash<QDate, QDateTime> utc;
    for (const Instance& i : expand(calendar.event("series-"), QDate(2028, 12, 31)))
        utc.insert(i.localDate, i.utc);
    auto at = [](int y, int m, int d, int h) {
        return QDateTime(QDate(y, m, d), QTime(h, 50), Qt::UTC);
    };
    // Summer time starts on 28 March 2027 and 26 March 2028, ends on 31 October 2027 and 29
    // October 2028.
    CHECK(utc.value(QDate(2027, 3, 23)) == at(2027, 3, 23, 13));
    CHECK(utc.value(QDate(2027, 3, 30)) == at(2027, 3, 30, 12));
    CHECK(utc.value(QDate(2027, 10, 26)) == at(2027, 10, 26, 12));
    CHECK(utc.value(QDate(2027, 11, 2)) == at(2027, 11, 2, 13));
    CHECK(utc.value(QDate(2028, 3, 21)) == at(2028, 3, 21, 13));
    CHECK(utc.value(QDate(2028, 3, 28)) == at(2028, 3, 28, 12));
    CHECK(utc.value(QDate(2028, 10, 24)) == at(2028, 10, 24, 12));
    CHECK(utc.value(QDate(2028, 10, 31)) == at(2028, 10, 31, 13));
}

TEST_CASE(
    "calendar export: cancelled occurrences are EXDATEs, changed ones override their instance")
{
    Fixture f;
    f.storeOccurrence(f.series, QDate(2027, 1, 12), true); // before today
    f.storeOccurrence(f.series, QDate(2027, 2, 2), true);
    f.storeOccurrence(f.series, QDate(2027, 3, 30), true); // in summer time
    const LoggedMeeting moved =
        f.storeOccurrence(f.series, QDate(2027, 2, 9), false, QTime(15, 30));
    CalendarCounts counts;
    const Parsed calendar(f.build(f.options(), &counts));
    const QString uid = QString("series-%1-%2@tavle").arg(f.series.id).arg(f.t->databaseId());
    icalcomponent* master = calendar.event(uid);

    QList<QDateTime> exdates;
    for (icalproperty* p = icalcomponent_get_first_property(master, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(master, ICAL_EXDATE_PROPERTY)) {
        icalparameter* tzid = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
        REQUIRE(tzid != nullptr);
        CHECK(QString::fromUtf8(icalparameter_get_tzid(tzid)) == "Europe/Copenhagen");
        exdates << utcOf(inCopenhagen(calendar, icalproperty_get_exdate(p)));
    }
    CHECK(exdates == QList<QDateTime>{QDateTime(QDate(2027, 1, 12), QTime(13, 50), Qt::UTC),
                                      QDateTime(QDate(2027, 2, 2), QTime(13, 50), Qt::UTC),
                                      QDateTime(QDate(2027, 3, 30), QTime(12, 50), Qt::UTC)});
    const QList<Instance> instances = expand(master, QDate(2027, 4, 6));
    QList<QDate> dates;
    for (const Instance& i : instances)
        dates << i.localDate;
    QList<QDate> expected =
        RecurrenceRules::occurrences(f.series, f.series.startDate, QDate(2027, 4, 6));
    expected.removeAll(QDate(2027, 1, 12));
    expected.removeAll(QDate(2027, 2, 2));
    expected.removeAll(QDate(2027, 3, 30));
    CHECK(dates == expected);

    // The moved occurrence: the same UID, the instance it replaces, its own time.
    const auto all = calendar.eventsWithUid(uid);
    REQUIRE(all.size() == 2);
    icalcomponent* changed = all.first() == master ? all.last() : all.first();
    CHECK(counts.changedOccurrences == 1);
    CHECK(tzidOf(changed, ICAL_RECURRENCEID_PROPERTY) == "Europe/Copenhagen");
    CHECK(utcOf(inCopenhagen(calendar, icalcomponent_get_recurrenceid(changed))) ==
          QDateTime(QDate(2027, 2, 9), QTime(13, 50), Qt::UTC));
    CHECK(utcOf(icalcomponent_get_dtstart(changed)) ==
          QDateTime(QDate(2027, 2, 9), QTime(14, 30), Qt::UTC));
    CHECK(utcOf(icalcomponent_get_dtend(changed)) ==
          QDateTime(QDate(2027, 2, 9), QTime(15, 4), Qt::UTC));
    CHECK(Parsed::text(changed, ICAL_SUMMARY_PROPERTY) == "Ventil (Neurologisk afdeling)");
    CHECK(Parsed::text(changed, ICAL_DESCRIPTION_PROPERTY).contains("Meeting leader: Anna Berg"));
    CHECK(moved.meeting.id != 0);
    CHECK(calendar.eventsWithUid(QString("meeting-%1-").arg(moved.meeting.id)).isEmpty());
}

TEST_CASE("calendar export: the series names the meeting leader of each period and the agenda")
{
    Fixture f;
    const Parsed calendar(f.build(f.options()));
    const QString description = Parsed::text(calendar.event("series-"), ICAL_DESCRIPTION_PROPERTY);
    CHECK(description.contains("Meeting leader: Anna Berg 01-01-2027 – 28-02-2027, "
                               "Åse Lund 01-03-2027 – 30-04-2027, "
                               "Anna Berg 01-05-2027 – 30-06-2027"));
    CHECK(description.contains("Ca. 10 minutter: luft ud efter svære oplevelser"));
    CHECK(description.contains("Neurologisk afdeling"));

    // Periods that ended before today are left out.
    CalendarOptions later = f.options();
    later.today = QDate(2027, 3, 15);
    const Parsed march(f.build(later));
    const QString fromMarch = Parsed::text(march.event("series-"), ICAL_DESCRIPTION_PROPERTY);
    CHECK(fromMarch.contains("Meeting leader: Åse Lund 01-03-2027 – 30-04-2027, Anna Berg"));
    CHECK_FALSE(fromMarch.contains("28-02-2027"));
}

TEST_CASE("calendar export: a series that has ended and cancelled meetings are left out")
{
    Fixture f;
    const MeetingSeries ended =
        f.addSeries("Efteråret", Recurrence::Weekly, QDate(2026, 9, 1), 1, QDate(2026, 12, 15));
    auto draft =
        MeetingLog::draft(*f.t, f.team, f.neurology, QDateTime(QDate(2027, 2, 10), QTime(14, 0)));
    REQUIRE(draft.ok());
    LoggedMeeting cancelled = draft.value();
    cancelled.meeting.cancelled = true;
    const auto saved = MeetingLog::save(*f.t, cancelled, kToday);
    REQUIRE(saved.ok());
    const LoggedMeeting past =
        f.addTeamMeeting(QDateTime(QDate(2027, 1, 13), QTime(14, 0)), "Holdt");
    const Parsed calendar(f.build(f.options()));
    CHECK(calendar.eventsWithUid(QString("series-%1-").arg(ended.id)).isEmpty());
    CHECK(calendar.eventsWithUid(QString("meeting-%1-").arg(saved->meeting.id)).isEmpty());
    CHECK(calendar.eventsWithUid(QString("meeting-%1-").arg(past.meeting.id)).isEmpty());
}

TEST_CASE("calendar export: meeting notes and decisions only when asked")
{
    Fixture f;
    const LoggedMeeting meeting = f.addTeamMeeting(QDateTime(QDate(2027, 2, 10), QTime(14, 0)),
                                                   "Fortroligt: Bo Dahl har bedt om en samtale",
                                                   "Beslutning: nyt lokale til Ventil");
    const LoggedMeeting moved = f.storeOccurrence(f.series, QDate(2027, 2, 16), false);
    LoggedMeeting withNotes = moved;
    withNotes.meeting.notes = "Fortroligt om Åse";
    REQUIRE(MeetingLog::save(*f.t, withNotes, kToday).ok());

    const QByteArray plain = f.build(f.options());
    CHECK_FALSE(unfolded(plain).contains("Fortroligt"));
    CHECK_FALSE(unfolded(plain).contains("Beslutning"));
    const Parsed withoutNotes(plain);
    icalcomponent* event = withoutNotes.event(QString("meeting-%1-").arg(meeting.meeting.id));
    CHECK(Parsed::text(event, ICAL_SUMMARY_PROPERTY) ==
          "Uddannelsesteammøde (Neurologisk afdeling)");
    CHECK(Parsed::text(event, ICAL_DESCRIPTION_PROPERTY).contains("Opfølgning på handlepunkter"));

    const Parsed neurology(f.build(f.options(f.neurology)));
    CHECK(Parsed::text(neurology.event(QString("meeting-%1-").arg(meeting.meeting.id)),
                       ICAL_SUMMARY_PROPERTY) == "Uddannelsesteammøde");

    CalendarOptions asked = f.options();
    asked.includeNotes = true;
    const Parsed calendar(f.build(asked));
    const QString description = Parsed::text(
        calendar.event(QString("meeting-%1-").arg(meeting.meeting.id)), ICAL_DESCRIPTION_PROPERTY);
    CHECK(description.contains("Fortroligt: Bo Dahl har bedt om en samtale"));
    CHECK(description.contains("Beslutning: nyt lokale til Ventil"));
    bool occurrenceNotes = false;
    for (icalcomponent* e : calendar.eventsWithUid("series-"))
        occurrenceNotes = occurrenceNotes ||
                          Parsed::text(e, ICAL_DESCRIPTION_PROPERTY).contains("Fortroligt om Åse");
    CHECK(occurrenceNotes);
}

TEST_CASE("calendar export: reminders are a day before a deadline and 15 minutes before a meeting")
{
    Fixture f;
    f.addTeamMeeting(QDateTime(QDate(2027, 2, 10), QTime(14, 0)), {});
    // The triggers of each kind of event, and the deadlines without a reminder.
    const auto triggers = [&](const CalendarOptions& o, QSet<QString>* silentDeadlines) {
        const Parsed calendar(f.build(o));
        QHash<QString, QSet<QString>> byKind;
        for (icalcomponent* e : calendar.events()) {
            const QString kind = Parsed::uid(e).section('-', 0, 0);
            icalcomponent* alarm = icalcomponent_get_first_component(e, ICAL_VALARM_COMPONENT);
            if (!alarm) {
                CHECK(kind == "deadline");
                silentDeadlines->insert(Parsed::text(e, ICAL_SUMMARY_PROPERTY));
                continue;
            }
            byKind[kind].insert(triggerOf(e));
            CHECK(icalproperty_get_action(icalcomponent_get_first_property(
                      alarm, ICAL_ACTION_PROPERTY)) == ICAL_ACTION_DISPLAY);
            CHECK(Parsed::text(alarm, ICAL_DESCRIPTION_PROPERTY) ==
                  Parsed::text(e, ICAL_SUMMARY_PROPERTY));
            CHECK(icalcomponent_get_next_component(e, ICAL_VALARM_COMPONENT) == nullptr);
        }
        return byKind;
    };
    QSet<QString> silent;
    auto byDefault = triggers(f.options(), &silent);
    CHECK(byDefault["deadline"] == QSet<QString>{"-P1D"}); // Bo Dahl's and Dorte Friis's
    CHECK(byDefault["meeting"] == QSet<QString>{"-PT15M"});
    CHECK(byDefault["series"] == QSet<QString>{"-PT15M"});
    // Anna Berg's deadline is overdue: shown, but a reminder of it would be past already.
    CHECK(silent == QSet<QString>{"Expectation meeting due: Anna Berg"});

    CalendarOptions other = f.options();
    other.deadlineReminderDays = 3;
    other.meetingReminderMinutes = 90;
    auto changed = triggers(other, &silent);
    CHECK(changed["deadline"] == QSet<QString>{"-P3D"});
    CHECK(changed["meeting"] == QSet<QString>{"-PT1H30M"});
    CHECK(changed["series"] == QSet<QString>{"-PT1H30M"});

    CalendarOptions none = f.options();
    none.deadlineReminderDays = 0;
    none.meetingReminderMinutes = 0;
    const QByteArray quiet = f.build(none);
    CHECK_FALSE(quiet.contains("BEGIN:VALARM"));
}

TEST_CASE("calendar export: UIDs are stable across exports and differ between databases")
{
    Fixture f;
    f.storeOccurrence(f.series, QDate(2027, 2, 9), false, QTime(15, 30));
    f.addTeamMeeting(QDateTime(QDate(2027, 2, 10), QTime(14, 0)), {});
    CalendarOptions first = f.options();
    CalendarOptions second = f.options();
    second.stamp = kStamp.addSecs(3600);
    const Parsed a(f.build(first));
    const Parsed b(f.build(second));
    const QSet<QString> uids = uidsOf(a);
    CHECK(uids.size() == 6); // 3 deadlines, 2 meetings, 1 series (with its changed occurrence)
    CHECK(uidsOf(b) == uids);
    // One event per UID, but for the instances of a series.
    QSet<QString> masters;
    for (icalcomponent* e : a.events()) {
        if (!icalcomponent_get_first_property(e, ICAL_RECURRENCEID_PROPERTY)) {
            CHECK_FALSE(masters.contains(Parsed::uid(e)));
            masters.insert(Parsed::uid(e));
        }
    }
    CHECK(masters == uids);
    // The same options give the same bytes.
    CHECK(f.build(first) == f.build(first));

    // The same data in another database: other UIDs.
    Fixture other;
    REQUIRE(other.t->databaseId() != f.t->databaseId());
    const QSet<QString> theirs = uidsOf(Parsed(other.build(other.options())));
    CHECK_FALSE(theirs.isEmpty());
    CHECK_FALSE(theirs.intersects(uids));
}

TEST_CASE("calendar export: Danish letters, commas, semicolons, quotes, backslashes and line "
          "breaks survive")
{
    Fixture f;
    const MeetingSeries odd =
        f.addSeries("Ventil, uge 3; \"cases\" ÆØÅ æøå\nny linje \\ C:\\mapper", Recurrence::Weekly,
                    QDate(2027, 1, 6));
    // The core keeps a title on one line: its line break is stored as a space.
    const QString title = "Ventil, uge 3; \"cases\" ÆØÅ æøå ny linje \\ C:\\mapper";
    REQUIRE(odd.title == title);
    const QString agenda = "Punkt 1, om vagter; og \\ skråstreg\r\nPunkt 2: ÆØÅ æøå "
                           "med en meget lang linje der skal foldes over flere linjer i filen, "
                           "æøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøåæøå";
    auto draft =
        MeetingLog::draft(*f.t, f.team, f.neurology, QDateTime(QDate(2027, 2, 10), QTime(14, 0)));
    REQUIRE(draft.ok());
    LoggedMeeting logged = draft.value();
    logged.meeting.agenda = agenda;
    const auto saved = MeetingLog::save(*f.t, logged, kToday);
    REQUIRE(saved.ok());

    const QByteArray text = f.build(f.options(f.neurology));
    for (const QByteArray& line : text.split('\n'))
        CHECK(line.size() <= 76); // 75 octets and the CR
    const Parsed calendar(text);
    CHECK(Parsed::text(calendar.event(QString("series-%1-").arg(odd.id)), ICAL_SUMMARY_PROPERTY) ==
          title);
    const QString description = Parsed::text(
        calendar.event(QString("meeting-%1-").arg(saved->meeting.id)), ICAL_DESCRIPTION_PROPERTY);
    QString expected = agenda;
    expected.replace("\r\n", "\n");
    CHECK(description.contains(expected));
}

TEST_CASE("calendar export: write replaces the file whole, and a failure names the path")
{
    Fixture f;
    QTemporaryDir dir;
    const QString path = dir.filePath("tavle.ics");
    writeFile(path, "old calendar");
    CalendarCounts counts;
    REQUIRE(CalendarExport::write(*f.t, f.options(), path, &counts).ok());
    CHECK(fileBytes(path) == f.build(f.options()));
    CHECK(counts.total() == 3 + 1 + 1); // deadlines, Bo Dahl's meeting, the series

    // Bad options: refused before anything is written; the old file stays.
    CalendarOptions bad = f.options();
    bad.today = QDate();
    const QByteArray before = fileBytes(path);
    const auto refused = CalendarExport::write(*f.t, bad, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::InvalidInput);
    CHECK(fileBytes(path) == before);
    bad = f.options();
    bad.meetingReminderMinutes = -5;
    CHECK(CalendarExport::validate(bad).error().kind == Error::Kind::InvalidInput);

    // A folder that cannot exist (its parent is a file), and a path that is a folder.
    const QString impossible = dir.filePath("tavle.ics/inside.ics");
    const auto failed = CalendarExport::write(*f.t, f.options(), impossible);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == Error::Kind::Failure);
    CHECK(failed.errorMessage().contains(impossible));
    CHECK(fileBytes(path) == before);
    const auto folder = CalendarExport::write(*f.t, f.options(), dir.path());
    REQUIRE_FALSE(folder.ok());
    CHECK(folder.errorMessage().contains(dir.path()));
    CHECK(QFileInfo(dir.path()).isDir());
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{"tavle.ics"});
}
