#pragma once

#include "models/DepartmentPeople.h"
#include "services/MeetingLog.h"

#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;

namespace tavle::ui {

class ActionItemEditor;
class AttendanceChecklist;

/// The fields of LogMeetingDialog, in two columns: the meeting (type, department, series,
/// date and time, length, meeting leader, state, attendance) and what it was about (agenda,
/// notes, decisions, action items). Tab follows that order. Shows a LoggedMeeting and reads
/// one back; reads nothing from the database.
class LogMeetingForm : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Held,
        Planned,
        Cancelled
    };

    /// `chooseDepartment` shows the department chooser: all departments are in view and
    /// there are several.
    LogMeetingForm(const QList<MeetingType>& types, const QList<Department>& departments,
                   bool chooseDepartment, QWidget* parent = nullptr);

    void setTypeEditable(bool editable);
    void setDepartmentEditable(bool editable);
    /// Fills every field from a meeting; `people` names its people and is offered as
    /// attendees, meeting leader and owners; `series` says which occurrence it is, if any.
    void showMeeting(const LoggedMeeting& meeting, const DepartmentPeople& people,
                     const QString& series);
    /// `base` with the values of the fields; `base` gives what the form does not show (ids,
    /// row versions, the series link). Call commit() first when saving.
    LoggedMeeting read(const LoggedMeeting& base) const;
    /// Stores what an open cell of the action items holds.
    void commit();

    State state() const;
    /// Chooses the state, as a click does: a later change of the date keeps it.
    void setState(State state);
    /// Without a chosen state: held up to `today`, planned after it.
    void showDefaultState(const QDate& today);
    Id typeId() const;
    Id departmentId() const;

    QComboBox* typeCombo() { return m_type; }
    QComboBox* departmentCombo() { return m_department; }
    QDateTimeEdit* whenEdit() { return m_when; }
    QSpinBox* lengthSpin() { return m_length; }
    QComboBox* leaderCombo() { return m_leader; }
    AttendanceChecklist* attendance() { return m_attendance; }
    QPlainTextEdit* agendaEdit() { return m_agenda; }
    QPlainTextEdit* notesEdit() { return m_notes; }
    QPlainTextEdit* decisionsEdit() { return m_decisions; }
    ActionItemEditor* actionItems() { return m_actionItems; }
    QLabel* seriesLabel() { return m_series; }

signals:
    void typeChosen();
    void departmentChosen();
    void whenChanged();

private:
    QWidget* buildMeetingColumn(const QList<MeetingType>& types,
                                const QList<Department>& departments, bool chooseDepartment);
    QWidget* buildStates(QWidget* parent);
    QWidget* buildContentColumn();
    void setTabOrders();
    void showState(State state);

    bool m_stateChosen = false;
    bool m_settingState = false;
    QComboBox* m_type = nullptr;
    QComboBox* m_department = nullptr;
    QLabel* m_series = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QSpinBox* m_length = nullptr;
    QComboBox* m_leader = nullptr;
    QButtonGroup* m_state = nullptr;
    QRadioButton* m_held = nullptr;
    QRadioButton* m_planned = nullptr;
    QRadioButton* m_cancelled = nullptr;
    AttendanceChecklist* m_attendance = nullptr;
    QPlainTextEdit* m_agenda = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_decisions = nullptr;
    ActionItemEditor* m_actionItems = nullptr;
};

} // namespace tavle::ui
