#pragma once

#include <QWidget>

namespace tavle::ui {

class Session;
class Settings;

/// Møder: the UKYL's meeting log. Tabs: the meetings of a period (series occurrences, logged,
/// cancelled), the action items of every meeting (ActionItemsView) and attendance over time
/// (AttendanceView).
class MeetingsWorkspace : public QWidget
{
    Q_OBJECT

public:
    MeetingsWorkspace(Session& session, Settings& settings, QWidget* parent = nullptr);

    /// Reads the lists again from the database.
    void reload();
    void focusSearch();
    void saveState();
    /// Opens the log dialog for a new meeting, prefilled (Ctrl+L).
    void logMeeting();

signals:
    void loaded();

private:
    Session& m_session;
    Settings& m_settings;
};

} // namespace tavle::ui
