// Measures the window on a large database: how long until the board is filled after start,
// and how long a keystroke in the search field takes, side by side with the floor (the core's
// board load without any window). Prints medians; scripts/benchmark.sh runs it and
// docs/PERFORMANCE.md records the results. Not a test: it never fails on a slow machine.
//
//   window_benchmark DATABASE [RUNS]

#include "Clock.h"
#include "MainWindow.h"
#include "Session.h"
#include "Settings.h"
#include "services/DeadlineBoard.h"
#include "storage/Database.h"
#include "workspaces/DeadlinesWorkspace.h"
#include "workspaces/GoalsWorkspace.h"
#include "workspaces/MeetingsWorkspace.h"
#include "workspaces/PeopleWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tavle;
using namespace tavle::ui;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

void report(const char* what, const std::vector<double>& ms)
{
    std::printf("| %s | %.0f ms | %.0f ms | %.0f ms | %zu |\n", what, median(ms),
                *std::min_element(ms.begin(), ms.end()), *std::max_element(ms.begin(), ms.end()),
                ms.size());
    std::fflush(stdout);
}

long peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return 0;
}

void settle()
{
    QApplication::processEvents();
    QApplication::processEvents();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    if (argc < 2) {
        std::fprintf(stderr, "usage: window_benchmark DATABASE [RUNS]\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 5;
    const QDate today(2026, 11, 22);

    std::printf("| measurement | median | min | max | runs |\n|---|---:|---:|---:|---:|\n");

    // Floor: the core's board load alone, all departments.
    qsizetype rowCount = 0;
    {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            auto db = Database::open(path, Database::OpenMode::Inspect);
            if (!db) {
                std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
                return 1;
            }
            QElapsedTimer timer;
            timer.start();
            const auto rows = DeadlineBoard::load(*db.value(), today, 0);
            ms.push_back(timer.nsecsElapsed() / 1e6);
            rowCount = rows ? rows->size() : 0;
        }
        report("floor: core board load, all departments", ms);
    }

    // The window from construction to a filled board, all departments and one department.
    Settings settings;
    settings.clear();
    Id oneDepartment = 0;
    for (const bool all : {true, false}) {
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            Clock clock;
            clock.setFixedToday(today);
            Session session(&clock);
            MainWindow window(session, settings);
            window.openDatabase(path);
            if (!all) {
                QComboBox* department = window.departmentSelector();
                if (!oneDepartment)
                    oneDepartment = department->itemData(department->count() - 1).toLongLong();
                department->setCurrentIndex(department->findData(oneDepartment));
            } else {
                window.departmentSelector()->setCurrentIndex(0);
            }
            window.show();
            window.deadlines()->waitForLoad();
            settle();
            ms.push_back(timer.nsecsElapsed() / 1e6);
            if (window.deadlines()->model()->rowCount() == 0)
                std::fprintf(stderr, "warning: the board is empty\n");
        }
        report(all ? "window: start to filled board, all departments"
                   : "window: start to filled board, one department",
               ms);
    }

    // Keystrokes in the search field on the all-departments board.
    {
        Clock clock;
        clock.setFixedToday(today);
        Session session(&clock);
        MainWindow window(session, settings);
        window.openDatabase(path);
        window.departmentSelector()->setCurrentIndex(0);
        window.show();
        window.deadlines()->waitForLoad();
        settle();
        QLineEdit* search = window.deadlines()->searchField();
        const QStringList texts = {QStringLiteral("s"),     QStringLiteral("sø"),
                                   QStringLiteral("sør"),   QStringLiteral("søre"),
                                   QStringLiteral("søren"), QStringLiteral("søre"),
                                   QStringLiteral("sør"),   QStringLiteral("sø"),
                                   QStringLiteral("s"),     QString()};
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            for (const QString& text : texts) {
                QElapsedTimer timer;
                timer.start();
                search->setText(text); // what a keystroke does: filter, sort, repaint
                window.deadlines()->table()->viewport()->repaint();
                ms.push_back(timer.nsecsElapsed() / 1e6);
            }
        }
        report("window: one keystroke in the search field, all departments", ms);
    }
    // A workspace read again, in a window on all departments and on one: `reload` reads it and
    // waits for the load to finish.
    const auto timeReloads = [&](const char* allText, const char* oneText,
                                 const std::function<void(MainWindow&)>& reload) {
        for (const bool all : {true, false}) {
            Clock clock;
            clock.setFixedToday(today);
            Session session(&clock);
            MainWindow window(session, settings);
            window.openDatabase(path);
            QComboBox* department = window.departmentSelector();
            department->setCurrentIndex(all ? 0 : department->findData(oneDepartment));
            window.show();
            window.deadlines()->waitForLoad();
            std::vector<double> ms;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer timer;
                timer.start();
                reload(window);
                settle();
                ms.push_back(timer.nsecsElapsed() / 1e6);
            }
            report(all ? allText : oneText, ms);
        }
    };
    // The people workspace: both lists, read on the window's thread.
    timeReloads("people: both lists, all departments", "people: both lists, one department",
                [](MainWindow& window) { window.people()->reload(); });
    // The meeting log: its three tabs (meetings of the period, action items, attendance).
    timeReloads("meetings: three tabs, all departments", "meetings: three tabs, one department",
                [](MainWindow& window) {
                    window.meetings()->reload();
                    window.meetings()->waitForLoad();
                });
    // The goals workspace: the strategy with its history, the tree, the matrix and the trend.
    timeReloads("goals: every view, all departments", "goals: every view, one department",
                [](MainWindow& window) {
                    window.goals()->reload();
                    window.goals()->waitForLoad();
                });
    std::printf("\nRows on the all-departments board: %lld. Peak memory: %ld MB.\n",
                static_cast<long long>(rowCount), peakMemoryKb() / 1024);
    return 0;
}
