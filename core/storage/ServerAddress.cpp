#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace tavle {

bool ServerAddress::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& location)
{
    const auto invalid = [&location](const QString& what) {
        return Error::invalidInput(
            QCoreApplication::translate("Database",
                                        "%1 is not a usable server address: %2. Write it as "
                                        "postgresql://USER@HOST:PORT/DATABASE.")
                .arg(location, what));
    };
    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() || !isServerLocation(location))
        return invalid(QCoreApplication::translate("Database", "it is not a valid URL"));
    ServerAddress address;
    address.user = url.userName();
    address.password = url.password();
    address.host = url.host();
    address.port = url.port(5432);
    address.databaseName = url.path().mid(1);
    if (address.host.isEmpty())
        return invalid(QCoreApplication::translate("Database", "the host is missing"));
    if (address.databaseName.isEmpty() || address.databaseName.contains(QLatin1Char('/')))
        return invalid(QCoreApplication::translate("Database", "the database name is missing"));
    if (address.port <= 0 || address.port > 65535)
        return invalid(QCoreApplication::translate("Database", "the port is not a number"));
    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        // libpq's keyword=value syntax: quote the value so spaces cannot start a new keyword.
        QString value = item.second;
        value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        options << item.first + QLatin1String("='") + value + QLatin1Char('\'');
    }
    address.options = options.join(QLatin1Char(' '));
    return address;
}

QString ServerAddress::displayLocation() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    if (port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + databaseName);
    QString text = url.toString();
    if (!options.isEmpty()) {
        QString query = options;
        query.remove(QLatin1Char('\'')).replace(QLatin1Char(' '), QLatin1Char('&'));
        text += QLatin1Char('?') + query;
    }
    return text;
}

} // namespace tavle
