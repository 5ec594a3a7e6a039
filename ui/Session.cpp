#include "Session.h"

#include "Clock.h"
#include "services/MeetingEditing.h"
#include "storage/DepartmentRepository.h"

namespace tavle::ui {

Session::Session(Clock* clock, QObject* parent) : QObject(parent), m_clock(clock)
{
    connect(m_clock, &Clock::todayChanged, this, &Session::todayChanged);
}

Session::~Session() = default;

Status Session::open(const QString& location, Database::OpenMode mode, const QString& password)
{
    auto opened = Database::open(location, mode, password);
    if (!opened)
        return opened.error();
    m_undoStack.clear(); // undo steps belong to the database they were made in
    m_database = std::move(opened).value();
    m_expectationType.reset();
    m_departmentId = 0;
    emit databaseOpened();
    return {};
}

QDate Session::today() const
{
    return m_clock->today();
}

void Session::setDepartmentId(Id departmentId)
{
    if (departmentId == m_departmentId)
        return;
    m_departmentId = departmentId;
    emit departmentChanged(departmentId);
}

Result<QList<Department>> Session::departments()
{
    if (!m_database)
        return QList<Department>();
    return DepartmentRepository(*m_database).all();
}

bool Session::isEmpty()
{
    const auto all = departments();
    return all.ok() && all->isEmpty();
}

Result<MeetingType> Session::expectationType()
{
    if (m_expectationType)
        return *m_expectationType;
    if (!m_database)
        return Error{tr("No database is open.")};
    const auto type = MeetingEditing::expectationType(*m_database);
    if (type)
        m_expectationType = type.value();
    return type;
}

void Session::notifyChanged()
{
    emit dataChanged();
}

void Session::report(const Error& error)
{
    if (error.kind == Error::Kind::Conflict)
        emit conflictReported(error.message);
    else
        emit errorReported(error.message);
}

} // namespace tavle::ui
