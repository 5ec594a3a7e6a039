#pragma once

#include "domain/Level.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace tavle {

/// Database ids. 0 never names a stored row.
using Id = qint64;

struct Department
{
    Id id = 0;
    QString name;
};

/// A person: a trainee, a supervisor, a team member, or several of these at once.
struct Person
{
    Id id = 0;
    QString name;
    QString email; ///< lower-case; empty when unknown
};

/// One trainee's employment in one department at one level.
struct Placement
{
    Id id = 0;
    Id traineeId = 0;
    Id departmentId = 0;
    Level level = Level::Kbu;
    QDate startDate;
    QDate endDate;           ///< null while open-ended
    Id mainSupervisorId = 0; ///< 0 when no main supervisor is assigned
    int rowVersion = 1;      ///< bumped on every update, for lost-update detection
};

/// Where a deadline is counted from.
enum class DeadlineAnchor
{
    Start, ///< due = start date + offset days
    End    ///< due = end date - offset days (no deadline while the end is open)
};

/// A deadline rule of a meeting type. A rule with a level applies to that level only and wins
/// over a rule without one.
struct DeadlineRule
{
    Id id = 0;
    Id meetingTypeId = 0;
    std::optional<Level> level;
    DeadlineAnchor anchor = DeadlineAnchor::Start;
    int offsetDays = 0;
};

struct MeetingType
{
    Id id = 0;
    QString code;        ///< stable code of a built-in type ("expectation"); empty for user types
    QString name;        ///< shown to users, e.g. "Forventningsafstemning"
    Id departmentId = 0; ///< 0 for a type every department shares
    bool perPlacement = false; ///< held per placement (with a deadline) rather than per department
};

struct Meeting
{
    Id id = 0;
    Id meetingTypeId = 0;
    Id placementId = 0;  ///< set for per-placement meetings
    Id departmentId = 0; ///< set for department meetings
    QDateTime scheduledAt;
    QDate heldOn; ///< null until held
    QString notes;
    int rowVersion = 1;
};

enum class TeamRole
{
    Uao,
    Uks,
    Ukyl,
    ApUkyl,
    HeadOfDepartment, ///< cheflæge
    Supervisor
};

QString teamRoleCode(TeamRole role);
std::optional<TeamRole> teamRoleFromCode(const QString& code);

/// A person holding a role, in a department or (departmentId 0) across the hospital, for a period.
struct RoleAssignment
{
    Id id = 0;
    Id personId = 0;
    Id departmentId = 0;
    TeamRole role = TeamRole::Supervisor;
    QDate startDate;
    QDate endDate; ///< null while the role is held
};

/// Whether text has the shape of an e-mail address (one @, a dot in the domain, no spaces or
/// list separators). Used wherever people type or import addresses.
bool isPlausibleEmail(const QString& email);

/// The code of the built-in expectation-meeting type.
inline const QString& expectationMeetingCode()
{
    static const QString code = QStringLiteral("expectation");
    return code;
}

} // namespace tavle
