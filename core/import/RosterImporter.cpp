#include "import/RosterImporter.h"

#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleAssignmentRepository.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace tavle {

namespace {

QString folded(const QString& text)
{
    return text.simplified().toCaseFolded();
}

QString placementKey(Id traineeId, Id departmentId, const QDate& start)
{
    return QStringLiteral("%1/%2/%3")
        .arg(traineeId)
        .arg(departmentId)
        .arg(start.toString(Qt::ISODate));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("–");
}

/// Applies valid rows inside the caller's transaction, keeping in-memory indexes of what the
/// database holds so that rows later in the file see what earlier rows created.
class RosterApplier
{
    Q_DECLARE_TR_FUNCTIONS(RosterImporter)

public:
    RosterApplier(Database& database, const ParsedRoster& roster, ImportReport& report)
        : m_departments(database), m_persons(database), m_placements(database), m_roles(database),
          m_roster(roster), m_report(report)
    {}

    Status load()
    {
        const auto departments = m_departments.all();
        if (!departments)
            return departments.error();
        for (const Department& d : departments.value())
            m_departmentIds.insert(folded(d.name), d.id);

        const auto persons = m_persons.all();
        if (!persons)
            return persons.error();
        for (const Person& p : persons.value())
            remember(p);

        const auto placements = m_placements.all();
        if (!placements)
            return placements.error();
        for (const Placement& p : placements.value())
            m_placementByKey.insert(placementKey(p.traineeId, p.departmentId, p.startDate), p);

        const auto supervisors = m_roles.withRole(TeamRole::Supervisor);
        if (!supervisors)
            return supervisors.error();
        for (const RoleAssignment& a : supervisors.value())
            m_supervisorRoles.insert(qMakePair(a.personId, a.departmentId));
        return {};
    }

    Status apply(const RosterRow& row)
    {
        const auto departmentId = department(row);
        if (!departmentId)
            return departmentId.error();
        const auto traineeId = trainee(row);
        if (!traineeId)
            return traineeId.error();
        Id supervisorId = 0;
        if (!row.supervisor.isEmpty()) {
            const auto id = supervisor(row, departmentId.value());
            if (!id)
                return id.error();
            supervisorId = id.value();
        }
        return placement(row, traineeId.value(), departmentId.value(), supervisorId);
    }

private:
    void remember(const Person& p)
    {
        m_personById.insert(p.id, p);
        if (!p.email.isEmpty())
            m_personByEmail.insert(p.email.toLower(), p.id);
        m_personsByName[folded(p.name)].append(p.id);
    }

    void note(const RosterRow& row, const QString& description)
    {
        m_report.changes << ImportChange{row.line, description};
    }

    Result<Id> department(const RosterRow& row)
    {
        const QString key = folded(row.department);
        if (const Id id = m_departmentIds.value(key))
            return id;
        const auto id = m_departments.insert(row.department);
        if (!id)
            return id;
        m_departmentIds.insert(key, id.value());
        ++m_report.departmentsCreated;
        note(row, tr("new department %1").arg(row.department));
        return id;
    }

    /// A person without an e-mail whose name matches, or 0.
    Id personByNameWithoutEmail(const QString& name) const
    {
        for (const Id id : m_personsByName.value(folded(name))) {
            if (m_personById.value(id).email.isEmpty())
                return id;
        }
        return 0;
    }

    Result<Id> trainee(const RosterRow& row)
    {
        Id id = 0;
        if (!row.email.isEmpty()) {
            id = m_personByEmail.value(row.email);
            if (!id)
                id = personByNameWithoutEmail(row.name);
        } else {
            const QList<Id> sameName = m_personsByName.value(folded(row.name));
            id = sameName.isEmpty() ? 0 : sameName.first();
        }
        if (!id) {
            Person person{0, row.name, row.email};
            const auto created = m_persons.insert(person);
            if (!created)
                return created;
            person.id = created.value();
            remember(person);
            ++m_report.personsCreated;
            note(row, tr("new trainee %1").arg(row.name));
            return person.id;
        }
        Person person = m_personById.value(id);
        const bool nameChanged = !row.email.isEmpty() && person.name != row.name;
        const bool emailAdded = !row.email.isEmpty() && person.email != row.email;
        if (nameChanged || emailAdded) {
            if (nameChanged)
                note(row, tr("name changed from %1 to %2").arg(person.name, row.name));
            if (emailAdded)
                note(row, tr("e-mail of %1 set to %2").arg(row.name, row.email));
            m_personsByName[folded(person.name)].removeAll(id);
            person.name = row.name;
            person.email = row.email;
            if (const auto updated = m_persons.update(person); !updated)
                return updated.error();
            remember(person);
            ++m_report.personsUpdated;
        }
        return id;
    }

    Result<Id> supervisor(const RosterRow& row, Id departmentId)
    {
        const QList<Id> sameName = m_personsByName.value(folded(row.supervisor));
        Id id = sameName.isEmpty() ? 0 : sameName.first();
        if (!id) {
            Person person{0, row.supervisor, {}};
            const auto created = m_persons.insert(person);
            if (!created)
                return created;
            person.id = created.value();
            remember(person);
            id = person.id;
            ++m_report.personsCreated;
        }
        if (!m_supervisorRoles.contains(qMakePair(id, departmentId))) {
            RoleAssignment role;
            role.personId = id;
            role.departmentId = departmentId;
            role.role = TeamRole::Supervisor;
            role.startDate = row.startDate;
            if (const auto added = m_roles.insert(role); !added)
                return added.error();
            m_supervisorRoles.insert(qMakePair(id, departmentId));
            note(row, tr("new supervisor %1 in %2").arg(row.supervisor, row.department));
        }
        return id;
    }

    Status placement(const RosterRow& row, Id traineeId, Id departmentId, Id supervisorId)
    {
        const QString key = placementKey(traineeId, departmentId, row.startDate);
        const auto existing = m_placementByKey.constFind(key);
        if (existing == m_placementByKey.constEnd()) {
            Placement p;
            p.traineeId = traineeId;
            p.departmentId = departmentId;
            p.level = row.level;
            p.startDate = row.startDate;
            p.endDate = row.endDate;
            p.mainSupervisorId = supervisorId;
            const auto id = m_placements.insert(p);
            if (!id)
                return id.error();
            p.id = id.value();
            m_placementByKey.insert(key, p);
            ++m_report.placementsCreated;
            note(row,
                 tr("new placement: %1, %2, %3 from %4")
                     .arg(row.name, row.department, levelCode(row.level), dateText(row.startDate)));
            return {};
        }

        Placement p = existing.value();
        QStringList changed;
        if (p.level != row.level) {
            changed << tr("level %1 → %2").arg(levelCode(p.level), levelCode(row.level));
            p.level = row.level;
        }
        if (m_roster.hasEndColumn && p.endDate != row.endDate) {
            changed << tr("end date %1 → %2").arg(dateText(p.endDate), dateText(row.endDate));
            p.endDate = row.endDate;
        }
        // An empty supervisor cell keeps the main supervisor assigned in Tavle.
        if (supervisorId && p.mainSupervisorId != supervisorId) {
            const QString before = p.mainSupervisorId ? m_personById.value(p.mainSupervisorId).name
                                                      : QStringLiteral("–");
            changed << tr("main supervisor %1 → %2").arg(before, row.supervisor);
            p.mainSupervisorId = supervisorId;
        }
        if (changed.isEmpty()) {
            ++m_report.placementsUnchanged;
            return {};
        }
        const auto version = m_placements.update(p);
        if (!version)
            return version.error();
        p.rowVersion = version.value();
        m_placementByKey.insert(key, p);
        ++m_report.placementsUpdated;
        note(row, tr("placement of %1 in %2 from %3 updated: %4")
                      .arg(row.name, row.department, dateText(row.startDate),
                           changed.join(QStringLiteral(", "))));
        return {};
    }

    DepartmentRepository m_departments;
    PersonRepository m_persons;
    PlacementRepository m_placements;
    RoleAssignmentRepository m_roles;
    const ParsedRoster& m_roster;
    ImportReport& m_report;

    QHash<QString, Id> m_departmentIds;
    QHash<Id, Person> m_personById;
    QHash<QString, Id> m_personByEmail;
    QHash<QString, QList<Id>> m_personsByName;
    QHash<QString, Placement> m_placementByKey;
    QSet<QPair<Id, Id>> m_supervisorRoles;
};

} // namespace

Result<ImportReport> RosterImporter::importFile(Database& database, const QString& path,
                                                const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot read %1: %2. Check the file name and that you may read it.")
                         .arg(path, file.errorString())};
    }
    return importRoster(database, RosterParser::parse(file.readAll()), options);
}

Result<ImportReport> RosterImporter::importRoster(Database& database, const ParsedRoster& roster,
                                                  const ImportOptions& options)
{
    ImportReport report;
    report.problems = roster.problems;
    report.rowsRead = int(roster.rows.size());
    QSet<int> badLines;
    for (const FileProblem& p : roster.problems) {
        if (p.line > 1)
            badLines.insert(p.line);
    }
    report.rowsRead += int(badLines.size());
    if (roster.fileRejected || (!roster.problems.isEmpty() && !options.skipInvalid))
        return report;
    if (database.isReadOnly())
        return Error{tr("The database %1 is open read-only.").arg(database.location())};

    auto transaction = database.begin();
    if (!transaction)
        return transaction.error();
    RosterApplier applier(database, roster, report);
    if (const auto loaded = applier.load(); !loaded)
        return loaded.error();
    for (const RosterRow& row : roster.rows) {
        if (const auto applied = applier.apply(row); !applied) {
            return Error{tr("Line %1 could not be saved, so nothing was imported: %2")
                             .arg(row.line)
                             .arg(applied.errorMessage())};
        }
        ++report.rowsImported;
    }
    if (options.dryRun)
        return report; // the guard rolls everything back
    if (const auto committed = transaction.value().commit(); !committed)
        return committed.error();
    report.written = !report.changes.isEmpty();
    return report;
}

} // namespace tavle
