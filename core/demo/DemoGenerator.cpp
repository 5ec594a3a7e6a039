#include "demo/DemoGenerator.h"

#include "demo/DemoMeetingLog.h"
#include "demo/DemoRandom.h"
#include "demo/DemoStrategy.h"
#include "rules/DeadlineRules.h"
#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/MeetingRepository.h"
#include "storage/MeetingTypeRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleAssignmentRepository.h"
#include "storage/SummaryRepository.h"

#include <QStringBuilder>
#include <QTime>
#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

namespace tavle {

namespace {

/// A name part, and the form it takes in an e-mail address.
struct NamePart
{
    QString text;
    QString ascii; ///< lower-case ASCII: æ → ae, ø → oe, å → aa
};

/// A full name, with the parts its e-mail address is made of.
struct DrawnName
{
    QString text;
    const NamePart* first = nullptr;
    const NamePart* surname = nullptr;
};

/// Our names hold only a-z, æ, ø, å, é and hyphens; this makes them e-mail-safe.
QString asciiFolded(const QString& text)
{
    return text.toLower()
        .replace(QChar(u'æ'), QLatin1String("ae"))
        .replace(QChar(u'ø'), QLatin1String("oe"))
        .replace(QChar(u'å'), QLatin1String("aa"))
        .replace(QChar(u'é'), QLatin1Char('e'));
}

/// Name parts from a space-separated list.
std::vector<NamePart> nameParts(const char16_t* list)
{
    const QStringList names = QString::fromUtf16(list).split(QLatin1Char(' '));
    std::vector<NamePart> parts;
    for (const QString& name : names)
        parts.push_back(NamePart{name, asciiFolded(name)});
    return parts;
}

const char16_t* const kFirstNames =
    u"Søren Åse Mette Jørgen Bjørn Sofie Frederik Anders Mads Rasmus Kasper Mikkel Emil Magnus "
    u"Asger Thøger Jens Niels Henrik Torben Kåre Jørn Øjvind Bent Anne Camilla Ida Freja Maja "
    u"Signe Louise Astrid Lærke Bodil Birgitte Karen Kirsten Nanna Cecilie Julie Solvej Tove Søs "
    u"Aksel René Anne-Sofie Marie Ea Malthe";
const char16_t* const kMiddleNames =
    u"Bech Krogh Holm Dahl Lund Skov Juul Bak Kjær Bøgh Grønbæk Møhl Friis Aagaard";
const char16_t* const kSurnames =
    u"Sørensen Møller Ågaard Lærkesen Thomsen Jørgensen Nielsen Jensen Hansen Pedersen Andersen "
    u"Christensen Larsen Rasmussen Petersen Madsen Kristensen Olsen Poulsen Johansen Knudsen "
    u"Mortensen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Schmidt Eriksen Clausen "
    u"Svendsen Iversen Østergaard Jeppesen Vestergaard Nørgaard Søndergaard Kjærgaard Dalsgaard "
    u"Brøndum Frølund Skovgård Åberg Høj Bækgaard Damgård";

const char16_t* const kDepartmentNames[] = {
    u"Neurologisk afdeling",      u"Akutafdelingen",
    u"Medicinsk afdeling",        u"Kirurgisk afdeling",
    u"Ortopædkirurgisk afdeling", u"Gynækologisk-obstetrisk afdeling",
    u"Børne- og ungeafdelingen",  u"Anæstesiologisk afdeling",
    u"Kardiologisk afdeling",     u"Psykiatrisk afdeling",
    u"Radiologisk afdeling",      u"Øre-næse-halsafdelingen"};

const char16_t* const kHeldNotes[] = {
    u"Mål, opgaver og ansvar aftalt; uddannelsesplan gennemgået.",
    u"Forventninger afstemt; uddannelsesplan lagt og første kompetencevurderinger planlagt.",
    u"Læringsmål, vagtplan og supervision gennemgået; næste samtale aftalt.",
    u"Fokus på kurser og kompetencevurdering aftalt; uddannelsesplan underskrevet.",
    u"Samarbejde og feedback drøftet; uddannelsesplan opdateret."};

const TeamRole kTeamRoles[] = {TeamRole::Uao, TeamRole::Ukyl, TeamRole::Uks,
                               TeamRole::HeadOfDepartment};

/// Days before today a placement may start beyond its length, so a few have just ended.
constexpr int kEndedDays = 14;
/// Days ahead a placement may start, so the board has coming placements too.
constexpr int kComingDays = 60;

QDate mondayIfWeekend(const QDate& date)
{
    const int dayOfWeek = date.dayOfWeek();
    return dayOfWeek >= 6 ? date.addDays(8 - dayOfWeek) : date;
}

/// Writes the demo data inside the caller's transaction, with one repository per table so
/// that each statement is prepared once.
class Writer
{
public:
    Writer(Database& database, const DemoOptions& options)
        : m_database(database), m_departments(database), m_persons(database),
          m_placements(database), m_meetings(database), m_roles(database), m_rng(options.seed),
          m_today(options.today), m_traineeCount(options.trainees)
    {}

    Status write(Id expectationTypeId, QList<DeadlineRule> rules)
    {
        m_expectationTypeId = expectationTypeId;
        m_rules = std::move(rules);
        if (const auto done = addDepartments(); !done)
            return done;
        const std::vector<int> departmentOfTrainee = drawTraineeDepartments();
        if (const auto done = addSupervisors(departmentOfTrainee); !done)
            return done;
        if (const auto done = addTrainees(departmentOfTrainee); !done)
            return done;
        const auto log = DemoMeetingLog(m_database, m_rng, m_today).write(m_departmentIds);
        if (!log)
            return log.error();
        m_summary.series = log->series;
        m_summary.loggedMeetings = log->meetings;
        m_summary.actionItems = log->actionItems;
        const auto strategy = DemoStrategy(m_database, m_rng, m_today).write(m_departmentIds);
        if (!strategy)
            return strategy.error();
        m_summary.goalStatuses = strategy.value();
        return {};
    }

    const DemoSummary& summary() const { return m_summary; }

private:
    Status addDepartments()
    {
        const int count = std::min(int(std::size(kDepartmentNames)), 4 + m_traineeCount / 500);
        for (int i = 0; i < count; ++i) {
            const auto id = m_departments.insert(QString::fromUtf16(kDepartmentNames[i]));
            if (!id)
                return id.error();
            m_departmentIds.push_back(id.value());
            ++m_summary.departments;
            for (const TeamRole role : kTeamRoles) {
                const QDate start = m_today.addDays(-m_rng.between(30, 3000));
                if (const auto person = addPerson(drawName(), id.value(), role, start); !person)
                    return person.error();
            }
        }
        return {};
    }

    /// Spreads the trainees over the departments, some departments bigger than others.
    std::vector<int> drawTraineeDepartments()
    {
        std::vector<int> weights;
        int totalWeight = 0;
        for (size_t d = 0; d < m_departmentIds.size(); ++d) {
            weights.push_back(m_rng.between(2, 6));
            totalWeight += weights.back();
        }
        std::vector<int> departmentOfTrainee(static_cast<size_t>(m_traineeCount));
        for (int& department : departmentOfTrainee) {
            int roll = int(m_rng.below(quint64(totalWeight)));
            department = 0;
            while (roll >= weights[size_t(department)])
                roll -= weights[size_t(department++)];
        }
        return departmentOfTrainee;
    }

    /// One main supervisor per three trainees (rounded up) in each department. They are added
    /// in name order, each in a department drawn from the shuffled quotas.
    Status addSupervisors(const std::vector<int>& departmentOfTrainee)
    {
        std::vector<int> trainees(m_departmentIds.size());
        for (const int department : departmentOfTrainee)
            ++trainees[size_t(department)];
        std::vector<int> departmentOfSupervisor;
        for (size_t d = 0; d < trainees.size(); ++d)
            departmentOfSupervisor.insert(departmentOfSupervisor.end(), (trainees[d] + 2) / 3,
                                          int(d));
        shuffle(departmentOfSupervisor);

        const std::vector<DrawnName> names = drawSortedNames(departmentOfSupervisor.size());
        m_supervisors.resize(m_departmentIds.size());
        for (size_t i = 0; i < names.size(); ++i) {
            const auto department = size_t(departmentOfSupervisor[i]);
            // Well before any placement starts: placements start at most 24 months ago.
            const QDate start = m_today.addDays(-m_rng.between(800, 6000));
            const auto person =
                addPerson(names[i], m_departmentIds[department], TeamRole::Supervisor, start);
            if (!person)
                return person.error();
            m_supervisors[department].push_back(person.value());
            ++m_summary.supervisors;
        }
        return {};
    }

    /// The level of each trainee: exact KBU/INTRO/HU quotas of the hospital's 19/26/55 % mix,
    /// shuffled, so the mix is right at every size.
    std::vector<Level> drawLevels()
    {
        const qint64 n = m_traineeCount;
        const auto kbu = size_t((n * 19 + 50) / 100);
        const auto intro = size_t((n * 26 + 50) / 100);
        std::vector<Level> levels(size_t(n), Level::Hu);
        std::fill_n(levels.begin(), kbu, Level::Kbu);
        std::fill_n(levels.begin() + std::ptrdiff_t(kbu), intro, Level::Intro);
        shuffle(levels);
        return levels;
    }

    Status addTrainees(const std::vector<int>& departmentOfTrainee)
    {
        const std::vector<Level> levels = drawLevels();
        const std::vector<DrawnName> names = drawSortedNames(levels.size());
        Placement placement;
        for (size_t i = 0; i < levels.size(); ++i) {
            const auto trainee = addPerson(names[i]);
            if (!trainee)
                return trainee.error();
            ++m_summary.trainees;

            const int department = departmentOfTrainee[i];
            placement.traineeId = trainee.value();
            placement.departmentId = m_departmentIds[size_t(department)];
            placement.level = levels[i];
            const int months = placement.level == Level::Kbu     ? 6
                               : placement.level == Level::Intro ? 12
                                                                 : 6 * m_rng.between(1, 4);
            const int lengthDays = int(m_today.addMonths(-months).daysTo(m_today));
            placement.startDate = mondayIfWeekend(
                m_today.addDays(m_rng.between(-lengthDays - kEndedDays, kComingDays)));
            placement.endDate = placement.startDate.addMonths(months).addDays(-1);
            // A few placements lack a main supervisor, so the board has someone to flag.
            const std::vector<Id>& supervisors = m_supervisors[size_t(department)];
            placement.mainSupervisorId = m_rng.chance(3) ? 0 : m_rng.pick(supervisors);

            const auto id = m_placements.insert(placement);
            if (!id)
                return id.error();
            placement.id = id.value();
            ++m_summary.placements;
            if (const auto done = addExpectationMeeting(placement); !done)
                return done;
        }
        return {};
    }

    /// The expectation meeting of a placement, as a department really has them: most held on
    /// time, some late, some scheduled, some missing. Without a main supervisor nobody held it.
    Status addExpectationMeeting(const Placement& placement)
    {
        if (!placement.mainSupervisorId)
            return {};
        const auto rule = ruleForLevel(m_rules, placement.level);
        if (!rule)
            return {};
        const QDate due = dueDate(*rule, placement.startDate, placement.endDate);
        if (!due.isValid())
            return {};

        Meeting meeting;
        meeting.meetingTypeId = m_expectationTypeId;
        meeting.placementId = placement.id;
        const int roll = m_rng.between(0, 99);
        if (due < m_today) {
            // Late, but within eight weeks, before today and before the placement ended.
            const QDate lastLateDay =
                std::min({due.addDays(56), m_today.addDays(-1), placement.endDate});
            if (roll < 80) {
                meeting.heldOn = dayBetween(placement.startDate, due);
            } else if (roll < 90 && due < lastLateDay) {
                meeting.heldOn = dayBetween(due.addDays(1), lastLateDay);
            } else if (placement.endDate >= m_today && m_rng.chance(50)) {
                // Overdue, but finally scheduled in the coming two weeks.
                meeting.scheduledAt = slotBetween(m_today, m_today.addDays(14));
            }
        } else if (roll < 30 && placement.startDate <= m_today) {
            meeting.heldOn = dayBetween(placement.startDate, m_today);
        } else if (roll < 75) {
            meeting.scheduledAt = slotBetween(std::max(m_today, placement.startDate), due);
        }
        if (!meeting.heldOn.isValid() && !meeting.scheduledAt.isValid())
            return {};
        if (meeting.heldOn.isValid())
            meeting.notes = QString::fromUtf16(m_rng.pick(kHeldNotes));

        const auto id =
            m_meetings.insert(meeting, {Attendee{placement.traineeId, Attendance::Present},
                                        Attendee{placement.mainSupervisorId, Attendance::Present}});
        if (!id)
            return id.error();
        ++m_summary.meetings;
        return {};
    }

    /// A Danish name: a first name, sometimes a middle name, and a surname.
    DrawnName drawName()
    {
        DrawnName name;
        name.first = &m_rng.pick(m_firstNames);
        const NamePart* middle = m_rng.chance(25) ? &m_rng.pick(m_middleNames) : nullptr;
        name.surname = &m_rng.pick(m_surnames);
        const QLatin1Char space(' ');
        name.text =
            middle ? QString(name.first->text % space % middle->text % space % name.surname->text)
                   : QString(name.first->text % space % name.surname->text);
        return name;
    }

    /// Names in alphabetical order, as a roster lists them. Inserting people in that order
    /// also keeps the writes to the name and e-mail indexes local, which makes a large run
    /// several times faster. stable_sort keeps the order of equal names, so it is the same
    /// with every standard library.
    std::vector<DrawnName> drawSortedNames(size_t count)
    {
        std::vector<DrawnName> names;
        names.reserve(count);
        for (size_t i = 0; i < count; ++i)
            names.push_back(drawName());
        std::stable_sort(names.begin(), names.end(),
                         [](const DrawnName& a, const DrawnName& b) { return a.text < b.text; });
        return names;
    }

    /// A person with a unique e-mail address: firstname.surname.N@demo.tavle.dk; with a role
    /// from `roleStart` on, open-ended, when `departmentId` is set.
    Result<Id> addPerson(const DrawnName& name, Id departmentId = 0,
                         TeamRole role = TeamRole::Supervisor, const QDate& roleStart = {})
    {
        ++m_personNumber;
        m_person.name = name.text;
        m_person.email = name.first->ascii % QLatin1Char('.') % name.surname->ascii %
                         QLatin1Char('.') % QString::number(m_personNumber) %
                         QLatin1String("@demo.tavle.dk");
        const auto id = m_persons.insert(m_person);
        if (!id || !departmentId)
            return id;
        const auto assignment =
            m_roles.insert(RoleAssignment{0, id.value(), departmentId, role, roleStart, {}});
        if (!assignment)
            return assignment.error();
        ++m_summary.roleAssignments;
        return id;
    }

    /// Fisher-Yates with our own draws (std::shuffle differs between standard libraries).
    template <typename T> void shuffle(std::vector<T>& items)
    {
        for (size_t i = items.size(); i > 1; --i)
            std::swap(items[i - 1], items[size_t(m_rng.below(i))]);
    }

    QDate dayBetween(const QDate& first, const QDate& last)
    {
        return first.addDays(m_rng.between(0, int(first.daysTo(last))));
    }

    /// A weekday in [first, last] at a quarter hour from 9:00 to 15:00; invalid when the
    /// range holds no weekday.
    QDateTime slotBetween(const QDate& first, const QDate& last)
    {
        if (last < first)
            return {};
        QDate day = dayBetween(first, last);
        const QDate friday = day.addDays(5 - day.dayOfWeek()); // before a weekend day
        day = day.dayOfWeek() < 6 ? day : friday >= first ? friday : mondayIfWeekend(day);
        if (day > last)
            return {};
        const int quarter = m_rng.between(0, 24);
        return QDateTime(day, QTime(9 + quarter / 4, (quarter % 4) * 15));
    }

    Database& m_database;
    DepartmentRepository m_departments;
    PersonRepository m_persons;
    PlacementRepository m_placements;
    MeetingRepository m_meetings;
    RoleAssignmentRepository m_roles;

    Rng m_rng;
    const QDate m_today;
    const int m_traineeCount;
    const std::vector<NamePart> m_firstNames = nameParts(kFirstNames);
    const std::vector<NamePart> m_middleNames = nameParts(kMiddleNames);
    const std::vector<NamePart> m_surnames = nameParts(kSurnames);
    Id m_expectationTypeId = 0;
    QList<DeadlineRule> m_rules;

    std::vector<Id> m_departmentIds;
    std::vector<std::vector<Id>> m_supervisors; ///< per department, by index
    Person m_person;                            ///< reused, so its strings keep their capacity
    qint64 m_personNumber = 0;
    DemoSummary m_summary;
};

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database& database, const DemoOptions& options)
{
    if (!options.today.isValid()) {
        return Error::invalidInput(
            tr("The demo data needs a valid date to build around; give today's date."));
    }
    if (options.trainees < 1 || options.trainees > kMaxTrainees) {
        return Error::invalidInput(tr("The number of trainees must be from 1 to %1; %2 was given.")
                                       .arg(kMaxTrainees)
                                       .arg(options.trainees));
    }

    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();

    const auto held = SummaryRepository(database).summary();
    if (!held)
        return held.error();
    if (held->departments > 0 || held->persons > 0) {
        return Error::invalidInput(
            tr("%1 already holds departments or persons. Demo data is only written to an empty "
               "database; choose a new file name to create one.")
                .arg(database.location()));
    }

    MeetingTypeRepository types(database);
    const auto type = types.byCode(expectationMeetingCode());
    if (!type)
        return type.error();
    if (!type.value()) {
        return Error{tr("The database has no expectation-meeting type. Run the integrity check "
                        "and restore from a backup.")};
    }
    auto rules = types.rules(type.value()->id);
    if (!rules)
        return rules.error();

    Writer writer(database, options);
    if (const auto written = writer.write(type.value()->id, std::move(rules).value()); !written)
        return written.error();
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return writer.summary();
}

} // namespace tavle
