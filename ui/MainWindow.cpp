#include "MainWindow.h"

#include "LiveRefresh.h"
#include "Session.h"
#include "Settings.h"
#include "commands/ChangeCommand.h"
#include "demo/DemoGenerator.h"
#include "dialogs/CalendarExportDialog.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ImportRosterWizard.h"
#include "dialogs/SettingsDialog.h"
#include "storage/DatabaseLocation.h"
#include "storage/ServerAddress.h"
#include "widgets/MessageBar.h"
#include "workspaces/DeadlinesWorkspace.h"
#include "workspaces/GoalsWorkspace.h"
#include "workspaces/MeetingsWorkspace.h"
#include "workspaces/PeopleWorkspace.h"
#include "workspaces/WelcomePage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace tavle::ui {

MainWindow::MainWindow(Session& session, Settings& settings, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_settings(settings),
      m_stack(new QStackedWidget(this)), m_messages(new MessageBar(this)),
      m_liveRefresh(new LiveRefresh(session, this)), m_welcome(new WelcomePage(this)),
      m_deadlines(new DeadlinesWorkspace(session, settings, this)),
      m_people(new PeopleWorkspace(session, settings, this)),
      m_meetings(new MeetingsWorkspace(session, settings, this)),
      m_goals(new GoalsWorkspace(session, settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tavle.svg")));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_deadlines);
    m_stack->addWidget(m_people);
    m_stack->addWidget(m_meetings);
    m_stack->addWidget(m_goals);

    createActions();
    createMenus();
    createToolBar();
    m_location = new QLabel(this);
    statusBar()->addPermanentWidget(m_location);

    connect(&m_session, &Session::errorReported, m_messages, &MessageBar::showError);
    connect(&m_session, &Session::conflictReported, m_messages, &MessageBar::showConflict);
    connect(m_messages, &MessageBar::reloadRequested, &m_session, &Session::notifyChanged);
    connect(&m_session, &Session::databaseOpened, this, [this] {
        refreshDepartments();
        updatePage();
        updateTitle();
    });
    connect(&m_session, &Session::dataChanged, this, [this] {
        refreshDepartments();
        updatePage();
    });
    connect(m_goals, &GoalsWorkspace::message, m_messages, &MessageBar::showInfo);
    connect(m_welcome, &WelcomePage::importRequested, this, [this] { importRoster(); });
    connect(m_welcome, &WelcomePage::addDepartmentRequested, this, &MainWindow::addDepartment);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoData);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseDatabase);

    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 760);
    if (m_session.isOpen()) {
        refreshDepartments();
        m_deadlines->reload();
    }
    updateTitle();
    updatePage();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto action = [this](const QString& text, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    m_newDatabase = action(tr("&New database..."), QKeySequence(), &MainWindow::newDatabase);
    m_openDatabase =
        action(tr("&Open database..."), QKeySequence::Open, &MainWindow::chooseDatabase);
    m_connectServer =
        action(tr("Connect to ser&ver..."), QKeySequence(), &MainWindow::connectToServer);
    m_connectServer->setObjectName(QStringLiteral("connectServer"));
    m_import = action(tr("&Import roster..."), QKeySequence(Qt::CTRL | Qt::Key_I),
                      [this] { importRoster(); });
    m_addDepartment = action(tr("Add &department..."), QKeySequence(), &MainWindow::addDepartment);
    m_exportCalendar = action(tr("&Export calendar..."), QKeySequence(Qt::CTRL | Qt::Key_E),
                              &MainWindow::exportCalendar);
    m_demo = action(tr("Open de&mo data"), QKeySequence(), &MainWindow::openDemoData);
    m_settingsAction =
        action(tr("&Settings..."), QKeySequence::Preferences, &MainWindow::showSettings);
    m_quit = action(tr("&Quit"), QKeySequence::Quit, &QWidget::close);
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_about = action(tr("&About Tavle"), QKeySequence(), &MainWindow::showAbout);

    m_undo = m_session.undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_session.undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    addAction(m_undo);
    addAction(m_redo);
    m_find = action(tr("&Find"), QKeySequence::Find, &MainWindow::findInWorkspace);
    m_new = action(tr("&New trainee..."), QKeySequence::New, &MainWindow::newInWorkspace);
    m_logMeeting = action(tr("&Log meeting..."), QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        showWorkspace(Workspace::Meetings);
        m_meetings->logMeeting();
    });

    m_workspaceGroup = new QActionGroup(this);
    const std::tuple<Workspace, QString, QString> workspaces[] = {
        {Workspace::Deadlines, tr("&Deadlines"), QStringLiteral("workspace-deadlines")},
        {Workspace::People, tr("&People"), QStringLiteral("workspace-people")},
        {Workspace::Meetings, tr("&Meetings"), QStringLiteral("workspace-meetings")},
        {Workspace::Goals, tr("&Goals"), QStringLiteral("workspace-goals")},
    };
    int number = 1;
    for (const auto& [workspace, text, icon] : workspaces) {
        auto* a = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)), text, this);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + number++)));
        a->setObjectName(icon);
        const Workspace target = workspace;
        connect(a, &QAction::triggered, this, [this, target] { showWorkspace(target); });
        m_workspaceGroup->addAction(a);
        m_workspaceActions << a;
        addAction(a);
    }
    m_workspaceActions.first()->setChecked(true);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDatabase);
    file->addAction(m_openDatabase);
    file->addAction(m_connectServer);
    file->addAction(m_demo);
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_exportCalendar);
    file->addAction(m_addDepartment);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_new);
    edit->addAction(m_logMeeting);
    edit->addAction(m_find);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_workspaceActions);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Workspaces"));
    bar->setObjectName(QStringLiteral("workspaces"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(22, 22));
    bar->addActions(m_workspaceActions);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto* label = new QLabel(tr("Depar&tment:"), bar);
    bar->addWidget(label);
    m_department = new QComboBox(bar);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_department->setMinimumContentsLength(18);
    m_department->setAccessibleName(tr("Department"));
    label->setBuddy(m_department);
    bar->addWidget(m_department);
    connect(m_department, &QComboBox::currentIndexChanged, this, &MainWindow::departmentChosen);
}

void MainWindow::refreshDepartments()
{
    const auto departments = m_session.departments();
    if (!departments) {
        m_messages->showError(departments.errorMessage());
        return;
    }
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("All departments"), Id(0));
    for (const Department& d : departments.value())
        m_department->addItem(d.name, d.id);
    Id wanted = m_session.departmentId();
    if (wanted == 0)
        wanted = m_settings.department(m_session.location());
    int index = m_department->findData(wanted);
    // A database of one department shows that department, unless "all" was chosen on purpose.
    if (index < 0 || (wanted == 0 && departments->size() == 1 &&
                      !m_settings.hasDepartment(m_session.location())))
        index = departments->size() == 1 ? 1 : 0;
    m_department->setCurrentIndex(index);
    m_session.setDepartmentId(m_department->currentData().toLongLong());
}

void MainWindow::departmentChosen(int index)
{
    if (index < 0)
        return;
    const Id id = m_department->itemData(index).toLongLong();
    m_settings.setDepartment(m_session.location(), id);
    m_session.setDepartmentId(id);
}

void MainWindow::showWorkspace(Workspace workspace)
{
    m_workspace = workspace;
    m_workspaceActions.at(int(workspace))->setChecked(true);
    updatePage();
}

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

void MainWindow::updatePage()
{
    const bool empty = !m_session.isOpen() || m_session.isEmpty();
    m_workspaceGroup->setEnabled(!empty);
    m_department->setEnabled(!empty);
    m_find->setEnabled(!empty);
    m_new->setEnabled(!empty);
    m_logMeeting->setEnabled(!empty);
    m_exportCalendar->setEnabled(!empty);
    m_import->setEnabled(m_session.isOpen());
    m_addDepartment->setEnabled(m_session.isOpen());
    if (empty) {
        m_welcome->setDatabaseLocation(m_session.location());
        m_welcome->setDatabaseOpen(m_session.isOpen());
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    switch (m_workspace) {
    case Workspace::Deadlines:
        m_stack->setCurrentWidget(m_deadlines);
        break;
    case Workspace::People:
        m_stack->setCurrentWidget(m_people);
        break;
    case Workspace::Meetings:
        m_stack->setCurrentWidget(m_meetings);
        break;
    case Workspace::Goals:
        m_stack->setCurrentWidget(m_goals);
        break;
    }
}

void MainWindow::updateTitle()
{
    const QString location = m_session.location();
    if (!m_session.isOpen()) {
        setWindowTitle(QStringLiteral("Tavle"));
        m_location->clear();
        return;
    }
    const auto address = ServerAddress::parse(location);
    if (!m_session.database().isServer() || !address) {
        setWindowTitle(tr("%1 – Tavle").arg(QFileInfo(location).fileName()));
        m_location->setText(location);
        return;
    }
    // A server database is named by where it is, and who the user is there matters: what
    // they may do depends on their role.
    QString server = address->host;
    if (address->port != 5432)
        server += QLatin1Char(':') + QString::number(address->port);
    setWindowTitle(tr("%1 on %2 – Tavle").arg(address->databaseName, server));
    m_location->setText(tr("Connected as %1 to %2").arg(m_session.database().userName(), location));
}

bool MainWindow::openDatabase(const QString& location)
{
    Status opened = openWith(location, QString());
    while (!opened && opened.error().kind == Error::Kind::NeedsPassword) {
        const std::optional<QString> password =
            ConnectDialog::askPassword(this, location, opened.errorMessage());
        if (!password)
            break;
        opened = openWith(location, *password);
    }
    if (!opened) {
        m_messages->showError(opened.errorMessage());
        return false;
    }
    return true;
}

Status MainWindow::openWith(const QString& location, const QString& password)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status opened = m_session.open(location, Database::OpenMode::CreateOrUpgrade, password);
    QApplication::restoreOverrideCursor();
    if (!opened)
        return opened;
    m_settings.setLastDatabase(m_session.location());
    m_messages->hide();
    return {};
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(
        m_settings.recentServers(),
        [this](const QString& location, const QString& password) {
            return openWith(location, password);
        },
        this);
    dialog.exec();
}

QString MainWindow::fileFolder() const
{
    const QString location = m_session.location();
    if (ServerAddress::isServerLocation(location))
        return QDir::homePath();
    return QFileInfo(location).absolutePath();
}

void MainWindow::chooseDatabase()
{
    const QString location =
        QFileDialog::getOpenFileName(this, tr("Open a Tavle database"), fileFolder(),
                                     tr("Tavle databases (*.sqlite *.db);;All files (*)"));
    if (!location.isEmpty())
        openDatabase(location);
}

void MainWindow::newDatabase()
{
    QString location = QFileDialog::getSaveFileName(this, tr("New Tavle database"), fileFolder(),
                                                    tr("Tavle databases (*.sqlite)"));
    if (location.isEmpty())
        return;
    if (QFileInfo(location).suffix().isEmpty())
        location += QStringLiteral(".sqlite");
    openDatabase(location);
}

void MainWindow::importRoster(const QString& file)
{
    ImportRosterWizard wizard(m_session, this);
    if (!file.isEmpty())
        wizard.setFile(file);
    wizard.exec();
}

void MainWindow::addDepartment()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add department"), tr("Name of the department:"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    auto change = std::make_unique<AddDepartmentChange>(name);
    AddDepartmentChange* added = change.get();
    auto command =
        std::make_unique<ChangeCommand>(m_session, tr("new department %1").arg(name.simplified()));
    command->add(std::move(change));
    if (const Status pushed = pushChange(m_session, std::move(command)); !pushed) {
        m_messages->showError(pushed.errorMessage());
        return;
    }
    const int index = m_department->findData(added->departmentId());
    if (index >= 0)
        m_department->setCurrentIndex(index);
    showWorkspace(Workspace::People);
}

void MainWindow::openDemoData()
{
    const QString location = dataFolder() + QStringLiteral("/tavle-demo.sqlite");
    if (!QFileInfo::exists(location)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto database = Database::open(location, Database::OpenMode::CreateOrUpgrade);
        Status made = database ? Status() : Status(database.error());
        if (database) {
            DemoOptions options;
            options.today = m_session.today();
            const auto summary = DemoGenerator::generate(*database.value(), options);
            if (!summary)
                made = summary.error();
        }
        QApplication::restoreOverrideCursor();
        if (!made) {
            m_messages->showError(made.errorMessage());
            return;
        }
    }
    if (openDatabase(location)) {
        m_messages->showInfo(tr("This is demo data in %1. Open your own database again from the "
                                "File menu.")
                                 .arg(location));
    }
}

void MainWindow::exportCalendar()
{
    CalendarExportDialog dialog(m_session, this);
    dialog.exec();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Tavle"),
        tr("<h3>Tavle %1</h3><p>The education team's board: expectation-meeting deadlines, "
           "meetings and the education strategy of a hospital department.</p><p>Free software "
           "under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::findInWorkspace()
{
    if (m_stack->currentWidget() == m_deadlines)
        m_deadlines->focusSearch();
    else if (m_stack->currentWidget() == m_people)
        m_people->focusSearch();
    else if (m_stack->currentWidget() == m_meetings)
        m_meetings->focusSearch();
}

void MainWindow::newInWorkspace()
{
    showWorkspace(Workspace::People);
    m_people->addTrainee();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_deadlines->saveState();
    m_people->saveState();
    m_meetings->saveState();
    m_goals->saveState();
    event->accept();
}

} // namespace tavle::ui
