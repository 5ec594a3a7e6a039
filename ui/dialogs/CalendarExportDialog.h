#pragma once

#include "CalendarExport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tavle::ui {

class Session;

/// Export calendar: choose the file and the department, the reminders, and whether meeting
/// notes go along (never by default: they are personal data). Export writes the file with the
/// export library, as `tavle-cli export ics` does, and says where; the dialog stays open with
/// the result, or with the error inline.
class CalendarExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarExportDialog(Session& session, QWidget* parent = nullptr);

    /// tavle.ics in the user's Documents folder.
    static QString defaultPath();

    QLineEdit* pathEdit() { return m_path; }
    QComboBox* departmentCombo() { return m_department; }
    QSpinBox* deadlineReminderSpin() { return m_deadlineReminder; }
    QSpinBox* meetingReminderSpin() { return m_meetingReminder; }
    QCheckBox* includeNotesCheck() { return m_includeNotes; }
    QPushButton* exportButton() { return m_export; }
    QLabel* errorLabel() { return m_error; }
    QLabel* resultLabel() { return m_result; }

    /// The options as chosen, from the session's today.
    CalendarOptions options() const;
    /// The file as chosen, made absolute (a bare name goes in the Documents folder).
    QString chosenPath() const;

    /// Writes the calendar; shows where, or why not. True when the file was written.
    bool exportCalendar();

private:
    void browse();
    void fitHeight();

    Session& m_session;
    QLineEdit* m_path = nullptr;
    QComboBox* m_department = nullptr;
    QSpinBox* m_deadlineReminder = nullptr;
    QSpinBox* m_meetingReminder = nullptr;
    QCheckBox* m_includeNotes = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace tavle::ui
