#pragma once

#include "Clock.h"
#include "MainWindow.h"
#include "Session.h"
#include "Settings.h"
#include "import/RosterImporter.h"
#include "support/TempDatabase.h"
#include "workspaces/DeadlinesWorkspace.h"

#include <catch2/catch.hpp>
#include <memory>

/// A real Tavle window on a real SQLite file in a temporary folder (or on `location`, e.g. a
/// database on the PostgreSQL test server), with a fixed date and settings of its own (the
/// test main turns on QStandardPaths' test mode).
struct WindowFixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("tavle.sqlite"));
    tavle::ui::Clock clock;
    tavle::ui::Settings settings;
    std::unique_ptr<tavle::ui::Session> session;
    std::unique_ptr<tavle::ui::MainWindow> window;

    /// `roster` (CSV, header included) is imported before the window opens; empty for an
    /// empty database.
    explicit WindowFixture(const QByteArray& roster, const QDate& today = QDate(2027, 3, 10),
                           const QString& location = {})
    {
        if (!location.isEmpty())
            path = location;
        settings.clear();
        clock.setFixedToday(today);
        {
            auto db = tavle::Database::open(path, tavle::Database::OpenMode::CreateOrUpgrade);
            REQUIRE(db.ok());
            if (!roster.isEmpty()) {
                const auto report = tavle::RosterImporter::importRoster(
                    *db.value(), tavle::RosterParser::parse(roster), {});
                REQUIRE(report.ok());
                INFO((report->problems.isEmpty() ? QString() : report->problems.first().message)
                         .toStdString());
                REQUIRE(report->problems.isEmpty());
            }
        }
        open();
    }

    /// (Re)creates session and window, as a new start of the program would.
    void open()
    {
        window.reset();
        session = std::make_unique<tavle::ui::Session>(&clock);
        window = std::make_unique<tavle::ui::MainWindow>(*session, settings);
        REQUIRE(window->openDatabase(path));
        window->show();
        waitForBoard();
    }

    void waitForBoard() { window->deadlines()->waitForLoad(); }

    /// A second connection to the same file, as another Tavle process would have.
    std::unique_ptr<tavle::Database> otherConnection()
    {
        auto db = tavle::Database::open(path, tavle::Database::OpenMode::MustExist);
        REQUIRE(db.ok());
        return std::move(db).value();
    }
};
