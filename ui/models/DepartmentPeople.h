#pragma once

#include "Result.h"
#include "domain/Entities.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

namespace tavle {
class Database;
}

namespace tavle::ui {

/// The people a meeting of a department can name (attendees, meeting leader, owner of an
/// action item), by name in Danish order: the department's current trainees, its supervisors
/// and the holders of its team roles (and the hospital-wide ones). For all departments
/// (departmentId 0): everybody.
class DepartmentPeople
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentPeople)

public:
    static Result<DepartmentPeople> load(Database& database, Id departmentId, const QDate& day);

    const QList<Person>& people() const { return m_people; }
    bool contains(Id personId) const { return m_names.contains(personId); }
    /// The name of a person of the list or added with include(); empty for 0.
    QString name(Id personId) const { return m_names.value(personId); }
    /// Adds people who belong to a meeting without belonging to the department (an attendee
    /// from elsewhere, a leader whose role has ended), read by id; the list stays in name
    /// order.
    Status include(Database& database, const QList<Id>& personIds);

private:
    void add(const Person& person);
    void sort();

    QList<Person> m_people;
    QHash<Id, QString> m_names;
};

} // namespace tavle::ui
