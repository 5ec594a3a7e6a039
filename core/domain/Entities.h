#pragma once

#include "domain/Level.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
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

/// Who is expected at a meeting of a type, unless the user changes it.
enum class DefaultParticipants
{
    None,
    Placement, ///< the trainee and the main supervisor
    Team,      ///< the department's UAO, UKYL and cheflæge
    Trainees   ///< the department's current trainees
};

QString defaultParticipantsCode(DefaultParticipants participants);
std::optional<DefaultParticipants> defaultParticipantsFromCode(const QString& code);

struct MeetingType
{
    Id id = 0;
    QString code;        ///< stable code of a built-in type ("expectation"); empty for user types
    QString name;        ///< shown to users, e.g. "Forventningsafstemning"
    Id departmentId = 0; ///< 0 for a type every department shares
    bool perPlacement = false; ///< held per placement (with a deadline) rather than per department
    int defaultDurationMinutes = 60;
    QTime defaultStartTime; ///< null when the type has no usual time
    DefaultParticipants defaultParticipants = DefaultParticipants::None;
    QString agendaTemplate; ///< one agenda item per line; empty for none
    int position = 100;     ///< the order types are listed in
};

/// Whether a participant came.
enum class Attendance
{
    Present,
    Absent, ///< did not come and did not send word
    Excused ///< did not come, with notice (afbud)
};

QString attendanceCode(Attendance attendance);
std::optional<Attendance> attendanceFromCode(const QString& code);

/// A person expected at a meeting, and whether they came.
struct Attendee
{
    Id personId = 0;
    Attendance status = Attendance::Present;

    bool operator==(const Attendee& other) const
    {
        return personId == other.personId && status == other.status;
    }
    bool operator!=(const Attendee& other) const { return !(*this == other); }
};

struct Meeting
{
    Id id = 0;
    Id meetingTypeId = 0;
    Id placementId = 0;    ///< set for per-placement meetings
    Id departmentId = 0;   ///< set for department meetings
    QDateTime scheduledAt; ///< when it starts (local time); for a held meeting, when it started
    QDate heldOn;          ///< null until held
    QString notes;
    int rowVersion = 1;
    Id seriesId = 0;    ///< the series this meeting is an occurrence of; 0 for none
    QDate occurrenceOn; ///< with a series: the occurrence's date
    bool cancelled = false;
    int durationMinutes = 0; ///< 0 when not given
    Id leaderId = 0;         ///< the meeting leader; 0 when none was named
    QString agenda;          ///< one item per line
    QString decisions;       ///< one decision per line
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
