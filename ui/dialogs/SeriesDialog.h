#pragma once

#include "commands/Changes.h"
#include "models/DepartmentPeople.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace tavle::ui {

class LeaderPeriodEditor;
class Session;

/// A recurring meeting: type, title, department, how it repeats (in words derived from the
/// first date), first and last date, time and length, and the rotating meeting leader, with
/// the next five meetings and their leader as a preview. Choosing a type fills its usual
/// time, length and rhythm (Ventil: 14:50, 34 minutes, weekly). Saving pushes one undoable
/// command; a refused save keeps the dialog open with the reason.
class SeriesDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new series in a department (0: the session's, else the first), of a type (0: Ventil).
    static Result<SeriesDialog*> createForNew(Session& session, Id departmentId, Id meetingTypeId,
                                              QWidget* parent);
    /// A stored series with its leaders.
    static Result<SeriesDialog*> createForEdit(Session& session, Id seriesId, QWidget* parent);

    bool isEditing() const { return m_before.has_value(); }

    QComboBox* typeCombo() { return m_type; }
    QLineEdit* titleEdit() { return m_title; }
    QComboBox* departmentCombo() { return m_department; }
    QComboBox* recurrenceCombo() { return m_recurrence; }
    QSpinBox* intervalSpin() { return m_interval; }
    QDateEdit* startDateEdit() { return m_start; }
    QDateEdit* endDateEdit() { return m_end; }
    QCheckBox* openEndedCheck() { return m_openEnded; }
    QTimeEdit* startTimeEdit() { return m_time; }
    QSpinBox* lengthSpin() { return m_length; }
    LeaderPeriodEditor* leaders() { return m_leaders; }
    QLabel* recurrenceLabel() { return m_description; }
    QLabel* previewLabel() { return m_preview; }
    QLabel* errorLabel() { return m_error; }

    void setRecurrence(Recurrence recurrence);
    /// A null date makes the series open-ended.
    void setEndDate(const QDate& date);
    /// The series as the form holds it now.
    SeriesWithLeaders formSeries();
    /// After a successful save: the series as stored.
    Id savedSeriesId() const { return m_savedId; }

    void accept() override;

private:
    SeriesDialog(Session& session, QList<MeetingType> types, QList<Department> departments,
                 DepartmentPeople people, std::optional<SeriesWithLeaders> before,
                 SeriesWithLeaders shown, QWidget* parent);
    QWidget* buildSeriesForm();
    QWidget* buildLeaderColumn();
    void showSeries(const SeriesWithLeaders& shown);
    void typeChosen();
    void departmentChosen();
    void updateRecurrenceTexts();
    void updatePreview();
    void updateRotationDates();
    QWidget* fieldOf(const MeetingSeries& series) const;

    Session& m_session;
    QList<MeetingType> m_types;
    QList<Department> m_departments;
    DepartmentPeople m_people;
    std::optional<SeriesWithLeaders> m_before;
    Id m_shownType = 0; ///< the type whose defaults the form shows
    Id m_savedId = 0;

    QComboBox* m_type = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_recurrence = nullptr;
    QSpinBox* m_interval = nullptr;
    QLabel* m_intervalUnit = nullptr;
    QLabel* m_description = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QCheckBox* m_openEnded = nullptr;
    QTimeEdit* m_time = nullptr;
    QSpinBox* m_length = nullptr;
    LeaderPeriodEditor* m_leaders = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tavle::ui
