#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

/// A real SQLite database file in a fresh temporary folder, removed after the test.
struct TempDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("tavle.sqlite"));
    std::unique_ptr<tavle::Database> db;

    TempDatabase()
    {
        auto opened = tavle::Database::open(path, tavle::Database::OpenMode::CreateOrUpgrade);
        INFO((opened ? QString() : opened.errorMessage()).toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened).value();
    }

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
