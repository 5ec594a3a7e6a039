#pragma once

#include <QWidget>

namespace tavle::ui {

class Session;
class Settings;

/// Attendance over time: per series (a chart), each person's attendance rate, and an
/// absence report for a period, exportable to CSV.
class AttendanceView : public QWidget
{
    Q_OBJECT

public:
    AttendanceView(Session& session, Settings& settings, QWidget* parent = nullptr);

    /// Reads the view again from the database.
    void reload();
    void saveState();

private:
    Session& m_session;
    Settings& m_settings;
};

} // namespace tavle::ui
