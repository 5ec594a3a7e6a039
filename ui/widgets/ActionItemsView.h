#pragma once

#include <QWidget>

namespace tavle::ui {

class Session;
class Settings;

/// The action items of every meeting: open, overdue (highlighted) and done (with the day
/// they were closed); mark done, edit, filter.
class ActionItemsView : public QWidget
{
    Q_OBJECT

public:
    ActionItemsView(Session& session, Settings& settings, QWidget* parent = nullptr);

    /// Reads the view again from the database.
    void reload();
    void saveState();

private:
    Session& m_session;
    Settings& m_settings;
};

} // namespace tavle::ui
