#pragma once

#include "storage/PersonRepository.h"
#include "storage/PlacementRepository.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tavle::ui {

class Session;

/// A trainee and one placement: adds a new trainee with a first placement, or edits a
/// placement (level, dates, main supervisor) together with the trainee's name and e-mail.
/// Input is checked with the core's rules before anything is written; saving pushes one
/// undoable command; a refused save keeps the dialog open with the reason, naming the field.
class TraineeDialog : public QDialog
{
    Q_OBJECT

public:
    /// A dialog for a new trainee, in the window's department when one is chosen; an error
    /// when the database cannot be read.
    static Result<TraineeDialog*> createForNew(Session& session, QWidget* parent);
    /// A dialog for a placement as loaded; the department of a placement cannot change.
    static Result<TraineeDialog*> createForEdit(Session& session, const PlacementView& placement,
                                                QWidget* parent);

    bool isEditing() const { return m_original.has_value(); }

    QLineEdit* nameEdit() { return m_name; }
    QLineEdit* emailEdit() { return m_email; }
    QComboBox* levelCombo() { return m_level; }
    QComboBox* departmentCombo() { return m_department; }
    QDateEdit* startDateEdit() { return m_start; }
    QDateEdit* endDateEdit() { return m_end; }
    QCheckBox* openEndedCheck() { return m_openEnded; }
    QComboBox* supervisorCombo() { return m_supervisor; }
    QLabel* errorLabel() { return m_error; }

    void setLevel(Level level);
    /// Chooses a department (new trainees only) and offers its supervisors.
    void setDepartment(Id departmentId);
    /// A null date makes the placement open-ended.
    void setEndDate(const QDate& date);
    void setSupervisor(Id personId);

    /// The placement a new trainee got once the dialog was accepted; 0 before.
    Id addedPlacementId() const { return m_addedPlacementId; }

    void accept() override;

private:
    TraineeDialog(Session& session, QList<Department> departments,
                  std::optional<PlacementView> original, Id departmentId,
                  QList<SupervisorLoad> supervisors, QWidget* parent);
    void buildForm(Id departmentId);
    void departmentChosen();
    void updateEndDate();
    Id chosenDepartment() const;
    Person personAfter() const;
    Placement placementAfter() const;
    void saveNew(const Person& person, const Placement& placement);
    void saveEdit(const Person& person, const Placement& placement);

    Session& m_session;
    QList<Department> m_departments;
    std::optional<PlacementView> m_original;
    QList<SupervisorLoad> m_supervisors;
    Id m_addedPlacementId = 0;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_department = nullptr;
    QDateEdit* m_start = nullptr;
    QDateEdit* m_end = nullptr;
    QCheckBox* m_openEnded = nullptr;
    QComboBox* m_supervisor = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tavle::ui
