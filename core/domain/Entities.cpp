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

bool isPlausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s;,]+@[^@\s;,]+\.[^@\s;,]+$)"));
    return pattern.match(email).hasMatch();
}

} // namespace tavle
