#include "DepartmentPeople.h"

#include "i18n/DanishOrder.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"
#include "storage/RoleAssignmentRepository.h"

#include <QCollator>
#include <algorithm>

namespace tavle::ui {

Result<DepartmentPeople> DepartmentPeople::load(Database& database, Id departmentId,
                                                const QDate& day)
{
    DepartmentPeople result;
    PersonRepository persons(database);
    if (!departmentId) {
        const auto all = persons.all();
        if (!all)
            return all.error();
        for (const Person& p : all.value())
            result.add(p);
        result.sort();
        return result;
    }
    const auto placements = PlacementRepository(database).inDepartment(departmentId, 0);
    if (!placements)
        return placements.error();
    for (const PlacementView& v : placements.value()) {
        const Placement& p = v.placement;
        if (p.startDate <= day && (!p.endDate.isValid() || p.endDate >= day))
            result.add(Person{p.traineeId, v.traineeName, v.traineeEmail});
    }
    const auto supervisors = persons.supervisors(departmentId, day);
    if (!supervisors)
        return supervisors.error();
    for (const SupervisorLoad& s : supervisors.value())
        result.add(s.person);
    RoleAssignmentRepository roles(database);
    QList<Id> holders;
    for (const TeamRole role : {TeamRole::Uao, TeamRole::Uks, TeamRole::Ukyl, TeamRole::ApUkyl,
                                TeamRole::HeadOfDepartment}) {
        for (const Id department : {departmentId, Id(0)}) {
            const auto held = roles.heldOn(role, department, day);
            if (!held)
                return held.error();
            for (const RoleAssignment& a : held.value())
                holders << a.personId;
        }
    }
    if (const auto included = result.include(database, holders); !included)
        return included.error();
    result.sort();
    return result;
}

Status DepartmentPeople::include(Database& database, const QList<Id>& personIds)
{
    PersonRepository persons(database);
    bool added = false;
    for (const Id id : personIds) {
        if (!id || m_names.contains(id))
            continue;
        const auto person = persons.byId(id);
        if (!person)
            return person.error();
        if (person.value()) {
            add(*person.value());
            added = true;
        }
    }
    if (added)
        sort();
    return {};
}

void DepartmentPeople::add(const Person& person)
{
    if (m_names.contains(person.id))
        return;
    m_names.insert(person.id, person.name);
    m_people << person;
}

void DepartmentPeople::sort()
{
    const QCollator collator = danishCollator();
    std::stable_sort(m_people.begin(), m_people.end(),
                     [&collator](const Person& a, const Person& b) {
                         return collator.compare(a.name, b.name) < 0;
                     });
}

} // namespace tavle::ui
