#pragma once

#include "Result.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QStackedWidget;

namespace tavle::ui {

class DeadlinesWorkspace;
class GoalsWorkspace;
class LiveRefresh;
class MeetingsWorkspace;
class MessageBar;
class PeopleWorkspace;
class Session;
class Settings;
class WelcomePage;

/// The Tavle window: a workspace per job (deadlines, people, meetings, goals), a department
/// selector shared by all of them, undo and redo for every edit, and a message bar for what
/// went wrong. Holds no data logic of its own: workspaces ask the core through the session.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Workspace
    {
        Deadlines,
        People,
        Meetings,
        Goals
    };

    MainWindow(Session& session, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    void showWorkspace(Workspace workspace);
    /// The page on screen: a workspace, or the welcome page of an empty database.
    QWidget* currentPage() const;
    DeadlinesWorkspace* deadlines() { return m_deadlines; }
    PeopleWorkspace* people() { return m_people; }
    MeetingsWorkspace* meetings() { return m_meetings; }
    GoalsWorkspace* goals() { return m_goals; }
    WelcomePage* welcome() { return m_welcome; }
    MessageBar* messageBar() { return m_messages; }
    /// Reloads the views when someone else changes the database.
    LiveRefresh* liveRefresh() { return m_liveRefresh; }
    QComboBox* departmentSelector() { return m_department; }
    QAction* undoAction() { return m_undo; }
    QAction* redoAction() { return m_redo; }

    /// Opens a database chosen by the user or given on the command line: a file, or a server
    /// database's URL. When the server wants a password, asks for it (again when refused) and
    /// uses it for that connection only. On failure the message bar says why and the database
    /// open before stays open.
    bool openDatabase(const QString& location);
    /// File > Connect to server: asks for a server database in a ConnectDialog.
    void connectToServer();
    QAction* connectServerAction() { return m_connectServer; }
    /// Starts the roster import wizard, optionally with a file chosen.
    void importRoster(const QString& file = {});
    /// Asks for a department name and adds it.
    void addDepartment();
    QAction* exportCalendarAction() { return m_exportCalendar; }
    QAction* logMeetingAction() { return m_logMeeting; }
    /// Opens (making it first when missing) the separate demo database.
    void openDemoData();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void refreshDepartments();
    void departmentChosen(int index);
    void updatePage();
    void updateTitle();
    /// Opens `location` with `password` (empty: none given) and remembers it; the error
    /// otherwise, with nothing shown.
    Status openWith(const QString& location, const QString& password);
    /// Where the file dialogs start: the open file's folder, else the home folder.
    QString fileFolder() const;
    void chooseDatabase();
    void newDatabase();
    void showSettings();
    void exportCalendar();
    void showAbout();
    void findInWorkspace();
    void newInWorkspace();

    Session& m_session;
    Settings& m_settings;
    QStackedWidget* m_stack;
    MessageBar* m_messages;
    LiveRefresh* m_liveRefresh;
    WelcomePage* m_welcome;
    DeadlinesWorkspace* m_deadlines;
    PeopleWorkspace* m_people;
    MeetingsWorkspace* m_meetings;
    GoalsWorkspace* m_goals;
    QComboBox* m_department = nullptr;
    QLabel* m_location = nullptr;
    QActionGroup* m_workspaceGroup = nullptr;
    QList<QAction*> m_workspaceActions;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_find = nullptr;
    QAction* m_new = nullptr;
    QAction* m_logMeeting = nullptr;
    QAction* m_exportCalendar = nullptr;
    QAction* m_import = nullptr;
    QAction* m_addDepartment = nullptr;
    QAction* m_openDatabase = nullptr;
    QAction* m_connectServer = nullptr;
    QAction* m_newDatabase = nullptr;
    QAction* m_demo = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_about = nullptr;
    Workspace m_workspace = Workspace::Deadlines;
};

} // namespace tavle::ui
