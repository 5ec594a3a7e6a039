#pragma once

#include <QWidget>

namespace tavle::ui {

class Session;
class Settings;

/// Personer: the department's trainees with their placements, and its supervisors with their
/// load. Add a trainee, edit or end a placement, assign a main supervisor, add a supervisor.
class PeopleWorkspace : public QWidget
{
    Q_OBJECT

public:
    PeopleWorkspace(Session& session, Settings& settings, QWidget* parent = nullptr);

    /// Reads the lists again from the database.
    void reload();
    void focusSearch();
    void saveState();
    /// Asks for a new trainee and their first placement (Ctrl+N).
    void addTrainee();

signals:
    void loaded();

private:
    Session& m_session;
    Settings& m_settings;
};

} // namespace tavle::ui
