#pragma once

#include "services/DeadlineBoard.h"
#include "services/MeetingEditing.h"
#include "storage/PersonRepository.h"

#include <QDialog>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QRadioButton;
class QVBoxLayout;

namespace tavle::ui {

class Session;

/// A placement seen from the deadline board: schedule the expectation meeting, register it as
/// held (with participants and what was agreed), or change the main supervisor. Saving pushes
/// one undoable command; a refused save keeps the dialog open with the reason.
class PlacementDialog : public QDialog
{
    Q_OBJECT

public:
    /// Reads the placement's meeting and the department's supervisors; an error when the
    /// database cannot be read.
    static Result<PlacementDialog*> create(Session& session, const DeadlineRow& row,
                                           QWidget* parent);

    /// The meeting's state as the dialog offers it.
    enum class MeetingState
    {
        None,
        Scheduled,
        Held
    };

    void setMeetingState(MeetingState state);
    MeetingState meetingState() const;
    QDateEdit* heldDateEdit() { return m_heldOn; }
    QDateTimeEdit* scheduledEdit() { return m_scheduledAt; }
    QComboBox* supervisorCombo() { return m_supervisor; }
    QPlainTextEdit* notesEdit() { return m_notes; }
    QLabel* errorLabel() { return m_error; }

    void accept() override;

private:
    PlacementDialog(Session& session, const DeadlineRow& row, MeetingType type,
                    std::optional<MeetingRecord> meeting, QList<SupervisorLoad> supervisors,
                    QList<Person> otherParticipants, QWidget* parent);
    QWidget* buildHeader();
    QWidget* buildSupervisor();
    QWidget* buildMeeting();
    void updateMeetingFields();
    void updateParticipants();
    Id chosenSupervisor() const;
    MeetingRecord meetingAfter() const;
    QString commandText(bool meetingChanged, bool supervisorChanged) const;

    Session& m_session;
    DeadlineRow m_row;
    MeetingType m_type;
    std::optional<MeetingRecord> m_meeting;
    QList<SupervisorLoad> m_supervisors;
    QList<Person> m_otherParticipants;

    QComboBox* m_supervisor = nullptr;
    QButtonGroup* m_state = nullptr;
    QRadioButton* m_none = nullptr;
    QRadioButton* m_scheduled = nullptr;
    QRadioButton* m_held = nullptr;
    QDateTimeEdit* m_scheduledAt = nullptr;
    QDateEdit* m_heldOn = nullptr;
    QVBoxLayout* m_participantBox = nullptr;
    QList<std::pair<Id, QCheckBox*>> m_participants;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tavle::ui
