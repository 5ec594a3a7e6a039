#pragma once

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <catch2/catch.hpp>

/// The PostgreSQL server the tests may use: TAVLE_TEST_PG, an administrator's URL set by
/// scripts/test-postgres.sh (the password travels in PGPASSWORD). Tests make a database of
/// their own on it for every case and drop it afterwards.
namespace testserver {

/// The administrator's URL, or empty when no server was started.
inline QString adminUrl()
{
    return qEnvironmentVariable("TAVLE_TEST_PG");
}

/// Whether this run of the core suite puts its databases on the server
/// (TAVLE_TEST_ENGINE=postgresql) rather than in SQLite files.
inline bool coreSuiteOnServer()
{
    return qEnvironmentVariable("TAVLE_TEST_ENGINE") == QLatin1String("postgresql");
}

/// One administrator connection to the server's maintenance database, made once.
inline QSqlDatabase admin()
{
    const QString name = QStringLiteral("tavle-test-admin");
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    const QUrl url(adminUrl());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    INFO("TAVLE_TEST_PG=" << adminUrl().toStdString());
    REQUIRE(db.open());
    return db;
}

/// Runs administrator SQL; the test fails with the server's message when it fails.
inline void adminExec(const QString& sql)
{
    QSqlQuery query(admin());
    INFO(sql.toStdString() << ": " << query.lastError().text().toStdString());
    const bool ok = query.exec(sql);
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

/// The URL of a database on the test server, as `user`.
inline QString locationOf(const QString& databaseName, const QString& user = {})
{
    QUrl url(adminUrl());
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPassword(QString());
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

/// A new, empty database on the test server, dropped (with its connections) at the end.
class TempServerDatabase
{
public:
    TempServerDatabase()
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("tavle_test_%1_%2")
                     .arg(QCoreApplication::applicationPid())
                     .arg(counter.fetchAndAddRelaxed(1));
        adminExec(QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(m_name));
    }
    ~TempServerDatabase()
    {
        QSqlQuery query(admin());
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    TempServerDatabase(const TempServerDatabase&) = delete;
    TempServerDatabase& operator=(const TempServerDatabase&) = delete;

    const QString& name() const { return m_name; }
    QString location(const QString& user = {}) const { return locationOf(m_name, user); }

private:
    QString m_name;
};

} // namespace testserver

namespace testserver {

/// Whether a case that needs the test server may go on. Without a server it is skipped with a
/// warning on a developer's machine, and fails under CI (CI=true), where the server must run.
inline bool serverAvailable()
{
    if (!adminUrl().isEmpty())
        return true;
    if (qEnvironmentVariable("CI") == QLatin1String("true"))
        FAIL("TAVLE_TEST_PG is not set: under CI the PostgreSQL tests must run "
             "(scripts/test-postgres.sh starts the server).");
    WARN("skipped: no PostgreSQL test server (TAVLE_TEST_PG is not set; "
         "scripts/test-postgres.sh starts one).");
    return false;
}

} // namespace testserver
