#include "domain/Entities.h"

#include <QRegularExpression>
#include <array>
#include <utility>

namespace tavle {

namespace {
const std::array<std::pair<TeamRole, const char*>, 6> kRoleCodes = {{
    {TeamRole::Uao, "UAO"},
    {TeamRole::Uks, "UKS"},
    {TeamRole::Ukyl, "UKYL"},
    {TeamRole::ApUkyl, "AP_UKYL"},
    {TeamRole::HeadOfDepartment, "CHEFLAEGE"},
    {TeamRole::Supervisor, "SUPERVISOR"},
}};
} // namespace

QString teamRoleCode(TeamRole role)
{
    for (const auto& [r, code] : kRoleCodes) {
        if (r == role)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<TeamRole> teamRoleFromCode(const QString& code)
{
    for (const auto& [r, c] : kRoleCodes) {
        if (code == QLatin1String(c))
            return r;
    }
    return std::nullopt;
}

QString defaultParticipantsCode(DefaultParticipants participants)
{
    switch (participants) {
    case DefaultParticipants::None:
        return QStringLiteral("none");
    case DefaultParticipants::Placement:
        return QStringLiteral("placement");
    case DefaultParticipants::Team:
        return QStringLiteral("team");
    case DefaultParticipants::Trainees:
        return QStringLiteral("trainees");
    }
    return {};
}

std::optional<DefaultParticipants> defaultParticipantsFromCode(const QString& code)
{
    for (const auto p : {DefaultParticipants::None, DefaultParticipants::Placement,
                         DefaultParticipants::Team, DefaultParticipants::Trainees}) {
        if (defaultParticipantsCode(p) == code)
            return p;
    }
    return std::nullopt;
}

QString attendanceCode(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Present:
        return QStringLiteral("present");
    case Attendance::Absent:
        return QStringLiteral("absent");
    case Attendance::Excused:
        return QStringLiteral("excused");
    }
    return {};
}

std::optional<Attendance> attendanceFromCode(const QString& code)
{
    for (const auto a : {Attendance::Present, Attendance::Absent, Attendance::Excused}) {
        if (attendanceCode(a) == code)
            return a;
    }
    return std::nullopt;
}

bool isPlausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$)"));
    return pattern.match(email).hasMatch();
}

} // namespace tavle
