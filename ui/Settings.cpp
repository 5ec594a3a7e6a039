#include "Settings.h"

#include "storage/ServerAddress.h"

#include <QCryptographicHash>
#include <QFileInfo>

namespace tavle::ui {

namespace {

const QString kVersionKey = QStringLiteral("version");
const int kMaxRecent = 8;

/// How a location is remembered: a file by its absolute path, a server database by its URL
/// without password. Empty for a server address that cannot be read, so that nothing holding a
/// password is ever stored.
QString rememberedLocation(const QString& location)
{
    if (!ServerAddress::isServerLocation(location))
        return QFileInfo(location).absoluteFilePath();
    const auto address = ServerAddress::parse(location);
    return address ? address->displayLocation() : QString();
}

/// Puts `location` first in the list stored under `key`, keeping at most kMaxRecent.
void prependRecent(QSettings& settings, const QString& key, const QString& location)
{
    QStringList recent = settings.value(key).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(key, recent);
}

/// A settings group name for a database location (slashes would nest groups).
QString databaseKey(const QString& location)
{
    const QString remembered = rememberedLocation(location);
    return QString::fromLatin1(
        QCryptographicHash::hash(remembered.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

Settings::Settings() : m_settings(QStringLiteral("Tavle"), QStringLiteral("tavle")) {}

void Settings::migrate()
{
    const int version = m_settings.value(kVersionKey, 0).toInt();
    if (version >= kVersion)
        return;
    // Version 0 is a first run: nothing to carry over yet. Later versions add their steps here,
    // one `if (version < N)` each, oldest first.
    m_settings.setValue(kVersionKey, kVersion);
}

Settings::Language Settings::language() const
{
    const QString value = m_settings.value(QStringLiteral("ui/language")).toString();
    if (value == QLatin1String("da"))
        return Language::Danish;
    if (value == QLatin1String("en"))
        return Language::English;
    return Language::System;
}

void Settings::setLanguage(Language language)
{
    switch (language) {
    case Language::System:
        m_settings.remove(QStringLiteral("ui/language"));
        break;
    case Language::Danish:
        m_settings.setValue(QStringLiteral("ui/language"), QStringLiteral("da"));
        break;
    case Language::English:
        m_settings.setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
        break;
    }
}

QLocale Settings::uiLocale(const QString& override) const
{
    const QLocale danish(QLocale::Danish, QLocale::Denmark);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    if (override == QLatin1String("da"))
        return danish;
    if (override == QLatin1String("en"))
        return english;
    switch (language()) {
    case Language::Danish:
        return danish;
    case Language::English:
        return english;
    case Language::System:
        break;
    }
    return QLocale::system().language() == QLocale::Danish ? danish : english;
}

QString Settings::lastDatabase() const
{
    const QStringList recent = recentDatabases();
    return recent.isEmpty() ? QString() : recent.first();
}

void Settings::setLastDatabase(const QString& location)
{
    const QString remembered = rememberedLocation(location);
    if (remembered.isEmpty())
        return;
    prependRecent(m_settings, QStringLiteral("databases/recent"), remembered);
    if (ServerAddress::isServerLocation(remembered))
        prependRecent(m_settings, QStringLiteral("servers/recent"), remembered);
}

QStringList Settings::recentDatabases() const
{
    return m_settings.value(QStringLiteral("databases/recent")).toStringList();
}

QStringList Settings::recentServers() const
{
    return m_settings.value(QStringLiteral("servers/recent")).toStringList();
}

Id Settings::department(const QString& databaseLocation) const
{
    return m_settings.value(QStringLiteral("departments/%1").arg(databaseKey(databaseLocation)), 0)
        .toLongLong();
}

bool Settings::hasDepartment(const QString& databaseLocation) const
{
    return m_settings.contains(QStringLiteral("departments/%1").arg(databaseKey(databaseLocation)));
}

void Settings::setDepartment(const QString& databaseLocation, Id departmentId)
{
    m_settings.setValue(QStringLiteral("departments/%1").arg(databaseKey(databaseLocation)),
                        departmentId);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::viewState(const QString& name) const
{
    return m_settings.value(QStringLiteral("views/") + name).toByteArray();
}

void Settings::setViewState(const QString& name, const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("views/") + name, state);
}

void Settings::clear()
{
    m_settings.clear();
    m_settings.setValue(kVersionKey, kVersion);
}

} // namespace tavle::ui
