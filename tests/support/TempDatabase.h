#pragma once

#include "storage/Database.h"
#include "support/TestServer.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

/// A real, new Tavle database, removed after the test: a SQLite file in a fresh temporary
/// folder, or, when the core suite runs on PostgreSQL (TAVLE_TEST_ENGINE=postgresql), a new
/// database on the test server. `path` is its location either way.
struct TempDatabase
{
    QTemporaryDir dir;
    std::optional<testserver::TempServerDatabase> server;
    QString path;
    std::unique_ptr<tavle::Database> db;

    TempDatabase()
    {
        if (testserver::coreSuiteOnServer()) {
            server.emplace();
            path = server->location();
        } else {
            path = dir.filePath(QStringLiteral("tavle.sqlite"));
        }
        auto opened = tavle::Database::open(path, tavle::Database::OpenMode::CreateOrUpgrade);
        INFO((opened ? QString() : opened.errorMessage()).toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }
    ~TempDatabase() { db.reset(); } // before the server database is dropped

    bool onServer() const { return server.has_value(); }
    tavle::Database& operator*() { return *db; }
    tavle::Database* operator->() { return db.get(); }
};

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}
