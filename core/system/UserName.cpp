#include "system/UserName.h"

#include <QtGlobal>

namespace tavle {

QString systemUserName()
{
    for (const char* variable : {"TAVLE_USER", "USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return {};
}

} // namespace tavle
