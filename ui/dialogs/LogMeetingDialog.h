#pragma once

#include "dialogs/LogMeetingForm.h"
#include "models/DepartmentPeople.h"
#include "models/MeetingListModel.h"
#include "services/MeetingLog.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QLabel;

namespace tavle::ui {

class Session;

/// Logs a meeting, from the keyboard in well under a minute: type, date and time, length,
/// meeting leader, held / planned / cancelled, who came, agenda, notes, decisions (one per
/// line) and action items (the fields: LogMeetingForm). Opens with the focus on the first
/// thing to change; Tab follows the form; Ctrl+Enter saves. For a new meeting, choosing
/// another type or department prefills again what the user has not changed. Saving pushes
/// one undoable command; a refused save keeps the dialog open with the reason.
class LogMeetingDialog : public QDialog
{
    Q_OBJECT

public:
    using State = LogMeetingForm::State;

    /// A new meeting of a type (0: the education team meeting) in a department (0: the
    /// session's, else the first), prefilled by MeetingDrafts::forNew().
    static Result<LogMeetingDialog*> createForNew(Session& session, Id meetingTypeId,
                                                  Id departmentId, QWidget* parent);
    /// An occurrence of a series that is not logged yet (one logged meanwhile opens as
    /// stored).
    static Result<LogMeetingDialog*> createForOccurrence(Session& session, Id seriesId,
                                                         const QDate& occurrence, QWidget* parent);
    /// A stored meeting, as stored.
    static Result<LogMeetingDialog*> createForMeeting(Session& session, Id meetingId,
                                                      QWidget* parent);

    bool isNew() const { return !m_before.has_value(); }
    State state() const { return m_form->state(); }
    void setState(State state) { m_form->setState(state); }

    LogMeetingForm* form() { return m_form; }
    QComboBox* typeCombo() { return m_form->typeCombo(); }
    QComboBox* departmentCombo() { return m_form->departmentCombo(); }
    QDateTimeEdit* whenEdit() { return m_form->whenEdit(); }
    QSpinBox* lengthSpin() { return m_form->lengthSpin(); }
    QComboBox* leaderCombo() { return m_form->leaderCombo(); }
    AttendanceChecklist* attendance() { return m_form->attendance(); }
    QPlainTextEdit* agendaEdit() { return m_form->agendaEdit(); }
    QPlainTextEdit* notesEdit() { return m_form->notesEdit(); }
    QPlainTextEdit* decisionsEdit() { return m_form->decisionsEdit(); }
    ActionItemEditor* actionItems() { return m_form->actionItems(); }
    QLabel* seriesLabel() { return m_form->seriesLabel(); }
    QLabel* errorLabel() { return m_error; }

    /// The meeting as the form holds it now (an open table cell left out).
    LoggedMeeting formMeeting() const;
    /// After a successful save: the line of the list the meeting is on.
    const MeetingKey& savedKey() const { return m_savedKey; }

    void accept() override;

private:
    enum class Mode
    {
        New,        ///< the type (and the department) may change, and prefill again
        Occurrence, ///< a series' occurrence: the type is the series'
        Stored      ///< a stored meeting
    };

    /// What the form offers, read before the dialog opens.
    struct Choices
    {
        QList<MeetingType> types;
        QList<Department> departments;
        QHash<Id, QString> seriesTitles;
        DepartmentPeople people;
    };

    static Result<Choices> readChoices(Session& session, const LoggedMeeting& meeting);
    LogMeetingDialog(Session& session, Mode mode, Choices choices,
                     std::optional<LoggedMeeting> before, LoggedMeeting draft, QWidget* parent);
    void buildButtons(QLayout* layout);
    void showDraft(const LoggedMeeting& draft);
    QString seriesText(const Meeting& meeting) const;
    void redraft();
    void placeInitialFocus();
    QString commandText(const LoggedMeeting& after) const;
    void showError(const QString& message, QWidget* field);

    Session& m_session;
    Mode m_mode;
    Choices m_choices;
    std::optional<LoggedMeeting> m_before;
    LoggedMeeting m_draft; ///< what the form was last filled from
    MeetingKey m_savedKey;
    LogMeetingForm* m_form = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tavle::ui
