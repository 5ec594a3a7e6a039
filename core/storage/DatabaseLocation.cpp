#include "storage/DatabaseLocation.h"

#include <QStandardPaths>

namespace tavle {

QString dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString defaultDatabasePath()
{
    const QString fromEnvironment = qEnvironmentVariable("TAVLE_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return dataFolder() + QStringLiteral("/tavle.sqlite");
}

} // namespace tavle
