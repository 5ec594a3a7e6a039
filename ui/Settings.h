#pragma once

#include "domain/Entities.h"

#include <QByteArray>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace tavle::ui {

/// The window's settings, typed, over QSettings (~/.config/Tavle/tavle.conf). Carries a format
/// version; migrate() brings settings written by an older Tavle up to date. Settings keys are
/// internal and never translated.
class Settings
{
public:
    enum class Language
    {
        System, ///< Danish on a Danish system, English otherwise
        Danish,
        English
    };

    static constexpr int kVersion = 1;

    Settings();

    /// Brings older settings up to kVersion; called once at start-up.
    void migrate();

    Language language() const;
    void setLanguage(Language language);
    /// The locale the window speaks: `override` ("da" or "en", from the command line) when
    /// given, else the language setting, else Danish on a Danish system and English otherwise.
    QLocale uiLocale(const QString& override = {}) const;

    /// The database opened last: a file's absolute path or a server database's URL (never with
    /// a password); empty before the first run.
    QString lastDatabase() const;
    /// Remembers `location` as the last database opened: a file by its absolute path, a server
    /// database by its URL with any password left out (then also among recentServers()).
    void setLastDatabase(const QString& location);
    /// Databases opened before, newest first.
    QStringList recentDatabases() const;
    /// Server databases connected to before, as URLs without password, newest first.
    QStringList recentServers() const;

    /// The department chosen in a database; 0 for all departments.
    Id department(const QString& databaseLocation) const;
    /// Whether a department choice was ever stored for the database.
    bool hasDepartment(const QString& databaseLocation) const;
    void setDepartment(const QString& databaseLocation, Id departmentId);

    /// Window geometry and dock/toolbar state.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    /// The saved state of a header or splitter, by a stable name such as "deadlines/table".
    QByteArray viewState(const QString& name) const;
    void setViewState(const QString& name, const QByteArray& state);

    /// For tests and tools: drops every setting.
    void clear();

private:
    mutable QSettings m_settings;
};

} // namespace tavle::ui
