#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "Session.h"
#include "dialogs/ImportRosterWizard.h"
#include "dialogs/LogMeetingDialog.h"
#include "dialogs/PlacementDialog.h"
#include "services/MeetingLog.h"
#include "storage/MeetingTypeRepository.h"
#include "workspaces/DeadlinesWorkspace.h"
#include "workspaces/GoalsWorkspace.h"
#include "workspaces/MeetingsWorkspace.h"
#include "workspaces/PeopleWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <cstdio>

namespace tavle::ui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

ScreenshotTour::ScreenshotTour(MainWindow& window, Session& session, QString folder,
                               QObject* parent)
    : QObject(parent), m_window(window), m_session(session), m_folder(std::move(folder))
{}

bool ScreenshotTour::save(QWidget* widget, const QString& name)
{
    settle();
    const QString path = QDir(m_folder).filePath(name);
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "tavle: could not save %s\n", qPrintable(path));
        ++m_failures;
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

void ScreenshotTour::run()
{
    QDir().mkpath(m_folder);
    m_window.resize(1280, 800);
    if (!m_session.isOpen() || m_session.isEmpty()) {
        save(&m_window, QStringLiteral("welcome.png"));
        QApplication::exit(m_failures ? 1 : 0);
        return;
    }

    // One department, as a UAO or UKYL works: the first.
    if (m_window.departmentSelector()->count() > 1)
        m_window.departmentSelector()->setCurrentIndex(1);
    m_window.showWorkspace(MainWindow::Workspace::Deadlines);
    m_window.deadlines()->reload();
    m_window.deadlines()->waitForLoad();
    save(&m_window, QStringLiteral("frister.png"));

    // The placement dialog of the most urgent row, as the UAO opens it on Monday morning.
    QTableView* table = m_window.deadlines()->table();
    const DeadlineRow* row = m_window.deadlines()->model()->rowAt(0);
    if (row) {
        const auto dialog = PlacementDialog::create(m_session, *row, &m_window);
        if (dialog) {
            dialog.value()->setMeetingState(PlacementDialog::MeetingState::Held);
            dialog.value()->show();
            save(dialog.value(), QStringLiteral("placement.png"));
            delete dialog.value();
        }
    }
    Q_UNUSED(table)

    m_window.showWorkspace(MainWindow::Workspace::People);
    m_window.people()->reload();
    save(&m_window, QStringLiteral("personer.png"));

    // The import preview of a small roster with one mistake on line 3.
    QTemporaryDir dir;
    const QString roster = dir.filePath(QStringLiteral("personaleliste.csv"));
    QFile file(roster);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("Navn;Uddannelsestrin;Afdeling;Startdato;Slutdato;Hovedvejleder;Email\r\n"
                   "Ida Kjær;KBU;Neurologisk afdeling;01-02-2027;31-07-2027;Mette Holm;"
                   "ida.kjaer@example.dk\r\n"
                   "Jens Ørum;Hoveduddannelse;Neurologisk afdeling;31-02-2027;;;\r\n"
                   "Åse Lund;introduktionsstilling;Neurologisk afdeling;15-02-2027;;"
                   "Mette Holm;\r\n");
        file.close();
        ImportRosterWizard wizard(m_session, &m_window);
        wizard.setFile(roster);
        wizard.show();
        wizard.next();
        save(&wizard, QStringLiteral("import.png"));
        wizard.reject();
    }

    // The meeting log: the list, the action items, attendance, and logging the next Ventil.
    m_window.showWorkspace(MainWindow::Workspace::Meetings);
    MeetingsWorkspace* meetings = m_window.meetings();
    meetings->tabs()->setCurrentIndex(0);
    meetings->waitForLoad();
    save(&m_window, QStringLiteral("moeder.png"));
    meetings->tabs()->setCurrentIndex(1);
    meetings->waitForLoad();
    save(&m_window, QStringLiteral("handlepunkter.png"));
    meetings->tabs()->setCurrentIndex(2);
    meetings->waitForLoad();
    save(&m_window, QStringLiteral("fremmoede.png"));
    meetings->tabs()->setCurrentIndex(0);
    const auto ventil =
        MeetingTypeRepository(m_session.database()).byCode(QStringLiteral("ventil"));
    if (ventil && ventil.value()) {
        const auto next = MeetingLog::nextOccurrence(m_session.database(), ventil.value()->id,
                                                     m_session.departmentId(), m_session.today());
        if (next && next.value()) {
            const auto dialog = LogMeetingDialog::createForOccurrence(
                m_session, next.value()->first.id, next.value()->second, &m_window);
            if (dialog) {
                dialog.value()->show();
                save(dialog.value(), QStringLiteral("log-moede.png"));
                delete dialog.value();
            }
        }
    }

    // Mål: the department view with the first goal chosen, the hospital matrix and the trend.
    m_window.showWorkspace(MainWindow::Workspace::Goals);
    GoalsWorkspace* goals = m_window.goals();
    goals->reload();
    goals->waitForLoad();
    goals->tabs()->setCurrentIndex(0);
    save(&m_window, QStringLiteral("maal.png"));
    goals->tabs()->setCurrentIndex(1);
    save(&m_window, QStringLiteral("maal-matrix.png"));
    goals->tabs()->setCurrentIndex(2);
    save(&m_window, QStringLiteral("maal-udvikling.png"));
    goals->tabs()->setCurrentIndex(0);
    m_window.showWorkspace(MainWindow::Workspace::Deadlines);
    QApplication::exit(m_failures ? 1 : 0);
}

} // namespace tavle::ui
