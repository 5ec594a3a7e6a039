#pragma once

#include <QDialog>

namespace tavle::ui {

class Session;

/// Export calendar: choose the file and the reminders, and whether meeting notes go along
/// (never by default). Writes with the export library, as `tavle-cli export ics` does.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarExportDialog(Session& session, QWidget* parent = nullptr);

private:
    Session& m_session;
};

} // namespace tavle::ui
